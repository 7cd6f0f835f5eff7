"""The rows a reference cell can point at, for pickers."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.tables.sort_keys import sorted_by
from desktop_app.tables.spec import RefTarget


@dataclass(frozen=True)
class Choice:
    id: str
    text: str  # "name (code)" so that equal names stay apart


def ref_choices(session: Session, ref: RefTarget, limit: int = 20_000) -> list[Choice]:
    if ref.choices is not None:
        return ref.choices(session, limit)
    model = ref.model
    label = getattr(model, ref.label)
    cols = [model.id, label] + ([getattr(model, ref.code)] if ref.code else [])
    stmt = select(*cols).where(model.deleted_at.is_(None)).order_by(sorted_by(label), model.id).limit(limit)
    out = []
    for r in session.execute(stmt):
        out.append(Choice(r[0], f"{r[1]} ({r[2]})" if ref.code else str(r[1])))
    return out
