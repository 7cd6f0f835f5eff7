"""Moving staff between positions while keeping their position history."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.model import PositionAssignment, Staff
from desktop_app.model.base import new_id


def assign_position(session: Session, staff: Staff, position_id: str | None, on: date) -> None:
    """Sets ``staff``'s current post from ``on``: the open history entry ends the day before.

    Callers run this inside a write session; the staff row and the history change together.
    """
    if staff.position_id == position_id:
        return
    if staff.id is not None:
        open_rows = session.scalars(
            select(PositionAssignment).where(
                PositionAssignment.staff_id == staff.id,
                PositionAssignment.end.is_(None),
                PositionAssignment.deleted_at.is_(None),
            )
        )
        for row in open_rows:
            row.end = max(row.start, date.fromordinal(on.toordinal() - 1))
    staff.position_id = position_id
    if position_id is not None:
        if staff.id is None:
            staff.id = new_id()
        session.add(staff)
        session.add(PositionAssignment(staff=staff, staff_id=staff.id, position_id=position_id, start=on))
