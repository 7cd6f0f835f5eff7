"""Reordering numbered rows inside their parent (a process' steps, a meeting's agenda items): a
row swaps its number with the live row before or after it, in one transaction (the tables'
rule that numbers are distinct would refuse the first of the two cell edits a user could make
by hand)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session


def swap_with_neighbour(session: Session, row: Any, parent: str, offset: int, number: str = "sequence") -> str | None:
    """Swaps ``row``'s ``number`` with that of the live row of the same ``parent`` value just
    before (``offset`` -1) or after (+1) it; returns that row's id, or None when there is none
    (the first or last row) and nothing changed."""
    if offset not in (-1, 1):
        raise ValueError(offset)
    model = type(row)
    column, mine = getattr(model, number), getattr(row, number)
    order = column.desc() if offset < 0 else column.asc()
    beyond = column < mine if offset < 0 else column > mine
    neighbour = session.scalar(select(model).where(getattr(model, parent) == getattr(row, parent),
                                                   model.deleted_at.is_(None), beyond).order_by(order, model.id).limit(1))
    if neighbour is None:
        return None
    theirs = getattr(neighbour, number)
    setattr(row, number, theirs)
    setattr(neighbour, number, mine)
    session.flush()
    return neighbour.id
