"""Table specs of meeting types and meetings, and the rules every part of the minutes shares
(``minutes_tables`` holds the minutes' own specs, ``tracker`` the action tracker).

The lock: while a meeting's minutes are approved, its own cells and every row of its minutes
refuse to change, to be added, deleted or restored (``locked_problem``), until
``meetings.reopen_minutes``. Tracking goes on after approval, so an action item's status (and
the date it closed, which the status sets) and progress notes taken between meetings stay
open; a progress note taken at a meeting belongs to that meeting's minutes and locks with them.

A meeting's status moves through ``meetings.set_meeting_status``, never in its cell. A new
meeting takes its type's host unit, time and place (those still empty) and a title made of the
type's name and the date. Live action items always belong to live meetings: a meeting holding
live action items can't be deleted, and an item can't be restored into a deleted meeting; the
tracker counts on it.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased, outerjoin

from desktop_app.i18n import QT_TRANSLATE_NOOP, Message, Translate, msg
from desktop_app.meeting.vocabulary import CATEGORY_LABELS, MEETING_STATUS_LABELS, RECURRENCE_LABELS
from desktop_app.model import ActionItem, Meeting, MeetingAttendee, MeetingType, Staff, Unit
from desktop_app.org.tables import UNIT_REF
from desktop_app.org.tree import subtree_ids
from desktop_app.rotation.tables import STAFF_PICK
from desktop_app.tables.choices import Choice
from desktop_app.tables.codes import next_code
from desktop_app.tables.spec import Column, RefTarget, RowRule, Source, TableSpec, register
from desktop_app.tables.values import CellError

AREA = "meeting"
UNFINISHED = ("open", "in_progress")
CLOSED = ("done", "cancelled")

MINUTES_LOCKED = QT_TRANSLATE_NOOP("Core", "The minutes of \u201c{meeting}\u201d are approved: reopen them to change them.")
MEETING_DELETED = QT_TRANSLATE_NOOP("Core", "The meeting \u201c{meeting}\u201d was deleted.")
HAS_ACTIONS = QT_TRANSLATE_NOOP("Core", "\u201c{meeting}\u201d has {count} action items, which are tracked: delete them first.")
BAD_TIME = QT_TRANSLATE_NOOP("Core", "Give the time as HH:MM, e.g. 09:00.")
NUMBER_TAKEN = QT_TRANSLATE_NOOP("Core", "Number {sequence} is already used in these minutes.")
ALREADY_ATTENDING = QT_TRANSLATE_NOOP("Core", "{person} is already among the attendees.")
ALREADY_INVITED = QT_TRANSLATE_NOOP("Core", "{unit} is already invited.")


def _meeting_choices(session: Session, limit: int) -> list[Choice]:
    """The latest meetings first; a title already carries the date."""
    rows = session.execute(select(Meeting.id, Meeting.title).where(Meeting.deleted_at.is_(None))
                           .order_by(Meeting.held_on.desc(), Meeting.start_time.desc()).limit(limit))
    return [Choice(mid, title) for mid, title in rows]


TYPE_REF = RefTarget("meeting_type", MeetingType)
MEETING_REF = RefTarget("meeting", Meeting, label="title", code=None, choices=_meeting_choices)
ACTION_REF = RefTarget("action_item", ActionItem, label="title", code=None)


def meeting_title(type_name: str, held_on: date | None) -> str:
    """"周调会（2026-03-02）": printed minutes are Chinese whatever the interface language."""
    return f"{type_name}\uff08{held_on.isoformat()}\uff09" if held_on else type_name


# --- the lock --------------------------------------------------------------------------------

def locked_problem(session: Session, meeting_id: str | None) -> Message | None:
    """The refusal naming the meeting when its minutes are approved, else None. Reads only."""
    if meeting_id is None:
        return None
    with session.no_autoflush:
        row = session.execute(select(Meeting.title, Meeting.status).where(Meeting.id == meeting_id)).first()
    return msg(MINUTES_LOCKED, meeting=row.title) if row is not None and row.status == "approved" else None


def _gone_problem(session: Session, meeting_id: str | None) -> Message | None:
    row = session.execute(select(Meeting.title, Meeting.deleted_at).where(Meeting.id == meeting_id)).first()
    return msg(MEETING_DELETED, meeting=row.title) if row is not None and row.deleted_at is not None else None


def keep_unlocked_meeting(session: Session, row: Any, meeting_id: str | None) -> None:
    """Moving a row to another meeting also changes the meeting it leaves: refused when that
    meeting's minutes are approved (the row rule sees only where the row goes)."""
    if row.meeting_id is not None and row.meeting_id != meeting_id:
        problem = locked_problem(session, row.meeting_id)
        if problem is not None:
            raise CellError("meeting_id", problem)
    row.meeting_id = meeting_id


def lock_rule(columns: tuple[Column, ...], unlocked: tuple[str, ...] = ()) -> RowRule:
    """The lock over every editable column but ``unlocked``, judged by the row's meeting (a
    progress note's is the meeting it was taken at)."""
    keys = tuple(c.key for c in columns if c.editable and c.key not in unlocked)
    return RowRule(keys, lambda s, row: locked_problem(s, row.meeting_id))


def lock_delete_check(model: type):
    def check(session: Session, ids: list[str]) -> Message | None:
        title = session.scalar(select(Meeting.title).join(model, model.meeting_id == Meeting.id)
                               .where(model.id.in_(ids), Meeting.status == "approved").limit(1))
        return None if title is None else msg(MINUTES_LOCKED, meeting=title)
    return check


def child_restore_check(*more):
    """A row of the minutes comes back only to a live meeting whose minutes are open, and only
    when it breaks none of ``more`` (rules over the live rows)."""
    def check(session: Session, row: Any) -> Message | None:
        for rule in (lambda s, r: _gone_problem(s, r.meeting_id), lambda s, r: locked_problem(s, r.meeting_id), *more):
            problem = rule(session, row)
            if problem is not None:
                return problem
        return None
    return check


def number_problem(model: type):
    def check(session: Session, row: Any) -> Message | None:
        if row.meeting_id is None or row.sequence is None:
            return None
        with session.no_autoflush:
            clash = session.scalar(select(model.id).where(
                model.meeting_id == row.meeting_id, model.sequence == row.sequence, model.deleted_at.is_(None),
                model.id != row.id).limit(1))
        return None if clash is None else msg(NUMBER_TAKEN, sequence=row.sequence)
    return check


def next_number(session: Session, model: type, meeting_id: str | None) -> int:
    where = [model.deleted_at.is_(None)]
    if meeting_id is not None:
        where.append(model.meeting_id == meeting_id)
    return (session.scalar(select(func.max(model.sequence)).where(*where)) or 0) + 1


# --- times -----------------------------------------------------------------------------------

def normal_time(text: str | None) -> str | None:
    """"09:00" from "9:00", "9：00" or "09.00"; None when ``text`` is no time of day."""
    m = re.fullmatch(r"\s*(\d{1,2})\s*[:\uff1a.]\s*(\d{2})\s*", text or "")
    if m is None or int(m[1]) > 23 or int(m[2]) > 59:
        return None
    return f"{int(m[1]):02d}:{m[2]}"


def _set_time(_session: Session, row: Any, value: str) -> None:
    row.start_time = normal_time(value) or value


def _time_problem(_session: Session, row: Any) -> Message | None:
    return None if row.start_time is None or normal_time(row.start_time) == row.start_time else msg(BAD_TIME)


# --- meeting types ---------------------------------------------------------------------------

def _type_source() -> Source:
    t, unit = MeetingType, aliased(Unit)
    return Source(
        from_=outerjoin(t, unit, t.host_unit_id == unit.id),
        values={"code": t.code, "name": t.name, "category": t.category, "host_unit_id": t.host_unit_id,
                "recurrence": t.recurrence, "start_time": t.start_time, "place": t.place},
        labels={"host_unit_id": unit.name},
        filters={"category": lambda category: t.category == category},
    )


def _type_defaults(session: Session, translate: Translate) -> dict[str, Any]:
    return {"code": next_code(session, MeetingType.code, "MT", 3),
            "name": translate(QT_TRANSLATE_NOOP("Core", "New meeting type")), "category": "other",
            "recurrence": "none", "start_time": "09:00", "place": ""}


MEETING_TYPES = register(TableSpec(
    entity="meeting_type", model=MeetingType, area=AREA, default_order="code",
    columns=(
        Column("code", QT_TRANSLATE_NOOP("Core", "Code"), required=True, unique=True, max_length=30, width=70),
        Column("name", QT_TRANSLATE_NOOP("Core", "Name"), required=True, max_length=100, width=160),
        Column("category", QT_TRANSLATE_NOOP("Core", "Category"), kind="enum", required=True, choices=CATEGORY_LABELS,
               width=130),
        Column("host_unit_id", QT_TRANSLATE_NOOP("Core", "Host unit"), kind="ref", ref=UNIT_REF, width=130),
        Column("recurrence", QT_TRANSLATE_NOOP("Core", "Repeats"), kind="enum", required=True,
               choices=RECURRENCE_LABELS, width=100),
        Column("start_time", QT_TRANSLATE_NOOP("Core", "Time"), required=True, max_length=5, width=60),
        Column("place", QT_TRANSLATE_NOOP("Core", "Place"), max_length=100, width=140),
    ),
    source=_type_source, defaults=_type_defaults, setters={"start_time": _set_time},
    row_rules=(RowRule(("start_time",), _time_problem),),
))


# --- meetings --------------------------------------------------------------------------------

def _meeting_source() -> Source:
    m = Meeting
    kind, host, chair, recorder = aliased(MeetingType), aliased(Unit), aliased(Staff), aliased(Staff)
    attendees = (select(func.count()).where(MeetingAttendee.meeting_id == m.id, MeetingAttendee.deleted_at.is_(None))
                 .correlate(m).scalar_subquery())
    unfinished = (select(func.count()).where(ActionItem.meeting_id == m.id, ActionItem.deleted_at.is_(None),
                                             ActionItem.status.in_(UNFINISHED)).correlate(m).scalar_subquery())
    return Source(
        from_=outerjoin(m, kind, m.type_id == kind.id).outerjoin(host, m.host_unit_id == host.id)
        .outerjoin(chair, m.chair_id == chair.id).outerjoin(recorder, m.recorder_id == recorder.id),
        values={"type_id": m.type_id, "title": m.title, "held_on": m.held_on, "start_time": m.start_time,
                "place": m.place, "host_unit_id": m.host_unit_id, "chair_id": m.chair_id,
                "recorder_id": m.recorder_id, "status": m.status, "attendees": attendees,
                "open_actions": unfinished, "summary": m.summary, "approved_by": m.approved_by,
                "reopened": m.reopened},
        labels={"type_id": kind.name, "host_unit_id": host.name, "chair_id": chair.name, "recorder_id": recorder.name},
        filters={"type": lambda type_id: m.type_id == type_id, "status": lambda status: m.status == status,
                 "since": lambda day: m.held_on >= day, "series": lambda series_id: m.series_id == series_id,
                 "unit": lambda unit_id: m.host_unit_id.in_(subtree_ids(unit_id))},
    )


def _meeting_defaults(session: Session, translate: Translate) -> dict[str, Any]:
    first = session.scalar(select(MeetingType.id).where(MeetingType.deleted_at.is_(None)).order_by(MeetingType.code))
    return {"type_id": first, "held_on": date.today(), "summary": ""}


def _set_type(session: Session, meeting: Meeting, type_id: str) -> None:
    """The type brings its host unit, time and place, and the title, where they are empty;
    values the user gave are kept."""
    meeting.type_id = type_id
    with session.no_autoflush:
        kind = session.get(MeetingType, type_id)
    if kind is None:
        return
    if meeting.host_unit_id is None:
        meeting.host_unit_id = kind.host_unit_id
    if not meeting.place:
        meeting.place = kind.place
    if not meeting.start_time:
        meeting.start_time = kind.start_time
    if not meeting.title:
        meeting.title = meeting_title(kind.name, meeting.held_on)


def _meeting_lock(session: Session, meeting: Meeting) -> Message | None:
    return msg(MINUTES_LOCKED, meeting=meeting.title) if meeting.status == "approved" else None


def _meeting_delete_check(session: Session, ids: list[str]) -> Message | None:
    approved = session.scalar(select(Meeting.title).where(Meeting.id.in_(ids), Meeting.status == "approved").limit(1))
    if approved is not None:
        return msg(MINUTES_LOCKED, meeting=approved)
    busy = session.execute(
        select(Meeting.title, func.count()).join(ActionItem, ActionItem.meeting_id == Meeting.id)
        .where(Meeting.id.in_(ids), ActionItem.deleted_at.is_(None)).group_by(Meeting.id).limit(1)).first()
    return None if busy is None else msg(HAS_ACTIONS, meeting=busy[0], count=busy[1])


_MEETING_COLUMNS = (
    Column("type_id", QT_TRANSLATE_NOOP("Core", "Meeting type"), kind="ref", ref=TYPE_REF, required=True, width=120),
    Column("title", QT_TRANSLATE_NOOP("Core", "Title"), required=True, max_length=200, width=200),
    Column("held_on", QT_TRANSLATE_NOOP("Core", "Date"), kind="date", required=True, width=90),
    Column("start_time", QT_TRANSLATE_NOOP("Core", "Time"), required=True, max_length=5, width=60),
    Column("place", QT_TRANSLATE_NOOP("Core", "Place"), max_length=100, width=120),
    Column("host_unit_id", QT_TRANSLATE_NOOP("Core", "Host unit"), kind="ref", ref=UNIT_REF, width=120),
    Column("chair_id", QT_TRANSLATE_NOOP("Core", "Chair"), kind="ref", ref=STAFF_PICK, width=90),
    Column("recorder_id", QT_TRANSLATE_NOOP("Core", "Recorder"), kind="ref", ref=STAFF_PICK, width=90),
    Column("status", QT_TRANSLATE_NOOP("Core", "Status"), kind="enum", required=True, choices=MEETING_STATUS_LABELS,
           editable=False, width=100),
    Column("attendees", QT_TRANSLATE_NOOP("Core", "Attendees"), kind="int", editable=False, width=60),
    Column("open_actions", QT_TRANSLATE_NOOP("Core", "Open action items"), kind="int", editable=False, width=70),
    Column("summary", QT_TRANSLATE_NOOP("Core", "Summary"), kind="longtext", width=240),
    Column("approved_by", QT_TRANSLATE_NOOP("Core", "Approved by"), editable=False, width=80),
    Column("reopened", QT_TRANSLATE_NOOP("Core", "Times reopened"), kind="int", editable=False, width=60),
)

MEETINGS = register(TableSpec(
    entity="meeting", model=Meeting, area=AREA, default_order="held_on", default_descending=True,
    columns=_MEETING_COLUMNS,
    source=_meeting_source, defaults=_meeting_defaults, setters={"type_id": _set_type, "start_time": _set_time},
    delete_check=_meeting_delete_check,
    row_rules=(RowRule(tuple(c.key for c in _MEETING_COLUMNS if c.editable), _meeting_lock),
               RowRule(("start_time",), _time_problem)),
))
