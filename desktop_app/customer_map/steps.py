"""Reordering the steps of a business process: a step swaps its number with the live step
before or after it, in one transaction (the table's sequence rule would refuse the first of
the two cell edits a user could make by hand)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.model import ProcessStep

__all__ = ["move_step"]


def move_step(session: Session, step_id: str, offset: int) -> str | None:
    """Swaps the sequence of live step ``step_id`` with its neighbour ``offset`` (-1 before,
    +1 after) in its process; returns the neighbour's id, or None when there is none (first
    or last step) and nothing changed. KeyError for a missing or deleted step."""
    if offset not in (-1, 1):
        raise ValueError(offset)
    step = session.get(ProcessStep, step_id)
    if step is None or step.deleted_at is not None:
        raise KeyError(step_id)
    s = ProcessStep
    order = s.sequence.desc() if offset < 0 else s.sequence.asc()
    beyond = s.sequence < step.sequence if offset < 0 else s.sequence > step.sequence
    neighbour = session.scalar(select(s).where(s.process_id == step.process_id, s.deleted_at.is_(None), beyond)
                               .order_by(order, s.id).limit(1))
    if neighbour is None:
        return None
    step.sequence, neighbour.sequence = neighbour.sequence, step.sequence
    session.flush()
    return neighbour.id
