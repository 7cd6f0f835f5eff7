"""Meetings and minutes (会议纪要): meeting types, meetings with their attendees and invited
units, the minutes (agenda items, decisions, action items) and each action item's progress.

A meeting's status runs planned → held → approved (minutes approved). Approved minutes are
read-only until reopened; each reopening is counted and stamped (``reopened_by``, ``reopened_at``)
besides the change history. An action item (督办事项) belongs to the meeting that decided it and
is tracked across later meetings: progress notes record what was said, when, and at which
meeting (carry-over). A symposium's invited unit may give an opinion on the host department;
turning it into an improvement item links the two.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.model.base import Base, Record, UTCDateTime

MEETING_CATEGORIES = ("weekly", "production", "monthly", "symposium", "cross_department", "other")
RECURRENCES = ("none", "weekly", "biweekly", "monthly")
MEETING_STATUSES = ("planned", "held", "approved")
ACTION_STATUSES = ("open", "in_progress", "done", "cancelled")
ACTION_KINDS = ("action", "improvement")  # decided at the meeting / from a symposium opinion


class MeetingType(Record, Base):
    __tablename__ = "meeting_type"

    code: Mapped[str] = mapped_column(String(30), nullable=False, unique=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    category: Mapped[str] = mapped_column(String(20), nullable=False, default="other")
    host_unit_id: Mapped[str | None] = mapped_column(ForeignKey("unit.id"), default=None)
    recurrence: Mapped[str] = mapped_column(String(10), nullable=False, default="none")
    start_time: Mapped[str] = mapped_column(String(5), nullable=False, default="09:00")  # HH:MM
    place: Mapped[str] = mapped_column(String(100), nullable=False, default="")


class Meeting(Record, Base):
    __tablename__ = "meeting"
    __table_args__ = (Index("ix_meeting_type_date", "type_id", "held_on"), Index("ix_meeting_date", "held_on"))

    type_id: Mapped[str] = mapped_column(ForeignKey("meeting_type.id"), nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    held_on: Mapped[date] = mapped_column(Date, nullable=False)
    start_time: Mapped[str] = mapped_column(String(5), nullable=False, default="09:00")
    place: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    host_unit_id: Mapped[str | None] = mapped_column(ForeignKey("unit.id"), default=None)
    chair_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"), default=None)
    recorder_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"), default=None)
    status: Mapped[str] = mapped_column(String(10), nullable=False, default="planned")
    series_id: Mapped[str | None] = mapped_column(String(36), default=None)  # meetings created together
    summary: Mapped[str] = mapped_column(Text, nullable=False, default="")
    approved_by: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    reopened: Mapped[int] = mapped_column(Integer, nullable=False, default=0)  # times reopened after approval
    reopened_by: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    reopened_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class MeetingAttendee(Record, Base):
    """A person at a meeting."""

    __tablename__ = "meeting_attendee"
    __table_args__ = (Index("ix_meeting_attendee_meeting", "meeting_id"),)

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), nullable=False)
    staff_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"), default=None)
    note: Mapped[str] = mapped_column(String(100), nullable=False, default="")  # e.g. 请假


class MeetingUnit(Record, Base):
    """A unit invited to a meeting; at a symposium, its opinion on the host department, which
    may become an improvement item (``action_id``)."""

    __tablename__ = "meeting_unit"
    __table_args__ = (Index("ix_meeting_unit_meeting", "meeting_id"),)

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), nullable=False)
    unit_id: Mapped[str | None] = mapped_column(ForeignKey("unit.id"), default=None)
    opinion: Mapped[str] = mapped_column(Text, nullable=False, default="")
    action_id: Mapped[str | None] = mapped_column(ForeignKey("action_item.id"), default=None)


class AgendaItem(Record, Base):
    __tablename__ = "agenda_item"
    __table_args__ = (Index("ix_agenda_item_meeting", "meeting_id", "sequence"),)

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), nullable=False)
    sequence: Mapped[int] = mapped_column(Integer, nullable=False)
    topic: Mapped[str] = mapped_column(String(200), nullable=False)
    presenter_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"), default=None)
    discussion: Mapped[str] = mapped_column(Text, nullable=False, default="")


class Decision(Record, Base):
    """议定事项."""

    __tablename__ = "decision"
    __table_args__ = (Index("ix_decision_meeting", "meeting_id", "sequence"),)

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), nullable=False)
    sequence: Mapped[int] = mapped_column(Integer, nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)


class ActionItem(Record, Base):
    """督办事项: what, who answers for it (a unit, and a person there), by when; the units that
    help are its ActionUnit rows."""

    __tablename__ = "action_item"
    __table_args__ = (
        Index("ix_action_item_meeting", "meeting_id", "sequence"),
        Index("ix_action_item_unit_status", "responsible_unit_id", "status"),
        Index("ix_action_item_due", "status", "due_on"),
        Index("ix_action_item_person", "responsible_staff_id"),
    )

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), nullable=False)
    sequence: Mapped[int] = mapped_column(Integer, nullable=False)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    kind: Mapped[str] = mapped_column(String(12), nullable=False, default="action")
    responsible_unit_id: Mapped[str | None] = mapped_column(ForeignKey("unit.id"), default=None)
    responsible_staff_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"), default=None)
    due_on: Mapped[date | None] = mapped_column(Date, default=None)
    status: Mapped[str] = mapped_column(String(12), nullable=False, default="open")
    closed_on: Mapped[date | None] = mapped_column(Date, default=None)
    source_unit_id: Mapped[str | None] = mapped_column(ForeignKey("unit.id"), default=None)  # whose opinion


class ActionUnit(Record, Base):
    """A cooperating unit of an action item (配合单位)."""

    __tablename__ = "action_unit"
    __table_args__ = (Index("ix_action_unit_action", "action_id"), Index("ix_action_unit_unit", "unit_id"))

    action_id: Mapped[str] = mapped_column(ForeignKey("action_item.id"), nullable=False)
    unit_id: Mapped[str] = mapped_column(ForeignKey("unit.id"), nullable=False)


class ActionProgress(Record, Base):
    """A dated progress note on an action item, at a meeting where it was reviewed (or none)."""

    __tablename__ = "action_progress"
    __table_args__ = (Index("ix_action_progress_action", "action_id", "noted_on"),)

    action_id: Mapped[str] = mapped_column(ForeignKey("action_item.id"), nullable=False)
    meeting_id: Mapped[str | None] = mapped_column(ForeignKey("meeting.id"), default=None)
    noted_on: Mapped[date] = mapped_column(Date, nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    status: Mapped[str | None] = mapped_column(String(12), default=None)  # the status it set, if any
