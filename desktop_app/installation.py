"""Setting this installation's identity and current operator."""

from __future__ import annotations

from sqlalchemy import select

from desktop_app.model import Installation
from desktop_app.storage.database import Database, Identity


def set_identity(db: Database, name: str, operator: str, unit: str) -> Identity:
    """Creates or updates the single installation row; committed at once."""
    with db.write() as s:
        inst = s.scalars(select(Installation)).first()
        if inst is None:
            inst = Installation(name=name.strip())
            s.add(inst)
        inst.name = name.strip()[:100]
        inst.operator_name = operator.strip()[:100]
        inst.operator_unit = unit.strip()[:100]
    return db.reload_identity()
