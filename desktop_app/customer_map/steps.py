"""Reordering the steps of a business process: a step swaps its number with the live step
before or after it, in one transaction (the table's sequence rule would refuse the first of
the two cell edits a user could make by hand)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop_app.model import ProcessStep
from desktop_app.tables.ordering import swap_with_neighbour

__all__ = ["move_step"]


def move_step(session: Session, step_id: str, offset: int) -> str | None:
    """Swaps the sequence of live step ``step_id`` with its neighbour ``offset`` (-1 before,
    +1 after) in its process; returns the neighbour's id, or None when there is none (first
    or last step) and nothing changed. KeyError for a missing or deleted step."""
    step = session.get(ProcessStep, step_id)
    if step is None or step.deleted_at is not None:
        raise KeyError(step_id)
    return swap_with_neighbour(session, step, "process_id", offset)
