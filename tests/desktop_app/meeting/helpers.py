"""Meeting types, meetings and the parts of their minutes for the meeting tests, written
through the table specs and verbs so that every rule applies."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from desktop_app.meeting.meetings import new_meeting, set_cooperating_units, set_meeting_status
from desktop_app.meeting.minutes_tables import (
    ATTENDEES, INVITED_UNITS, add_action as add_action_row, add_agenda_item, add_decision,
)
from desktop_app.meeting.tables import MEETING_TYPES
from desktop_app.model import Staff
from desktop_app.tables.edits import create_row

SAME = lambda text: text  # noqa: E731


def add_type(db, name: str = "周调会", category: str = "weekly", host: str | None = None,
             recurrence: str = "weekly", start_time: str = "09:00", place: str = "三楼会议室") -> str:
    with db.write() as s:
        return create_row(s, MEETING_TYPES, {"name": name, "category": category, "host_unit_id": host,
                                             "recurrence": recurrence, "start_time": start_time, "place": place}, SAME)


def add_meeting(db, type_id: str, held_on: date = date(2026, 3, 2), **values) -> str:
    with db.write() as s:
        return new_meeting(s, type_id, held_on, SAME, values)


def add_action(db, meeting: str, title: str = "更换配变", unit: str | None = None, person: str | None = None,
               due_on: date | None = None, cooperating: list[str] | None = None, **values) -> str:
    with db.write() as s:
        item = add_action_row(s, meeting, SAME, {"title": title, "responsible_unit_id": unit,
                                                  "responsible_staff_id": person, "due_on": due_on, **values})
        if cooperating:
            set_cooperating_units(s, item, cooperating)
        return item


def add_agenda(db, meeting: str, topic: str, **values) -> str:
    with db.write() as s:
        return add_agenda_item(s, meeting, SAME, {"topic": topic, **values})


def add_decided(db, meeting: str, text: str) -> str:
    with db.write() as s:
        return add_decision(s, meeting, SAME, {"text": text})


def add_attendee(db, meeting: str, person: str, note: str = "") -> str:
    with db.write() as s:
        return create_row(s, ATTENDEES, {"meeting_id": meeting, "staff_id": person, "note": note}, SAME)


def invite(db, meeting: str, unit: str, opinion: str = "") -> str:
    with db.write() as s:
        return create_row(s, INVITED_UNITS, {"meeting_id": meeting, "unit_id": unit, "opinion": opinion}, SAME)


def approve(db, meeting: str, operator: str = "张三") -> None:
    """Held, then its minutes approved."""
    with db.write() as s:
        set_meeting_status(s, meeting, "held", operator)
        set_meeting_status(s, meeting, "approved", operator)


def staff_ids(db) -> list[str]:
    """员工0, 员工1, … in employee number order."""
    with db.read() as s:
        return list(s.scalars(select(Staff.id).order_by(Staff.employee_no)))
