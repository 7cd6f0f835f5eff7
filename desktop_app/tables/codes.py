"""New codes for rows added in a table (E000123, BP004, RP001…)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session


def next_code(session: Session, attr: InstrumentedAttribute, prefix: str, width: int = 4) -> str:
    """The first free code ``prefix`` + number, counting on from the number of rows (deleted
    ones included: their codes stay taken)."""
    n = session.scalar(select(func.count()).select_from(attr.class_)) or 0
    while True:
        n += 1
        code = f"{prefix}{n:0{width}d}"
        if not session.scalar(select(attr).where(attr == code)):
            return code
