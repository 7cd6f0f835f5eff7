"""The verbs of meetings and minutes: planning a series, moving a meeting's status (approving
and reopening its minutes), reordering the agenda, the cooperating units of an action item,
the carry-over of unfinished items to the next meeting of a type, progress notes, and turning
a symposium opinion into an improvement item.

Each works in the caller's session (one transaction) and flushes; a refusal raises
``EditRefused`` (a message for the user) or, from a table rule, ``CellError``, with nothing
written. KeyError means a missing or deleted row (a stale screen), ValueError a value no
screen offers. Each returns what an undo needs.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from desktop_app.i18n import QT_TRANSLATE_NOOP, Translate, msg
from desktop_app.meeting.minutes_tables import ACTIONS, add_action
from desktop_app.meeting.tables import CLOSED, MEETINGS, UNFINISHED, locked_problem, meeting_title
from desktop_app.model import (
    ACTION_STATUSES, MEETING_STATUSES, RECURRENCES, ActionItem, ActionProgress, ActionUnit, AgendaItem, Meeting,
    MeetingType, MeetingUnit, Staff, Unit, utcnow,
)
from desktop_app.model.base import new_id
from desktop_app.tables.edits import EditRefused, create_row
from desktop_app.tables.ordering import swap_with_neighbour

__all__ = [
    "ActionState", "CarriedItem", "MAX_SERIES", "MeetingState", "ProgressNote", "action_state", "apply_action_state",
    "apply_meeting_state", "carry_over", "cooperating_units", "create_series", "move_agenda_item", "new_meeting",
    "note_progress", "occurrences", "opinion_to_item", "progress_history", "reopen_minutes", "set_action_status",
    "set_cooperating_units", "set_meeting_status",
]

MAX_SERIES = 120
SERIES_ENDS_FIRST = QT_TRANSLATE_NOOP("Core", "The last day comes before the first meeting.")
SERIES_TOO_LONG = QT_TRANSLATE_NOOP("Core", "That would plan more than {max} meetings: choose a shorter period.")
NOT_HELD = QT_TRANSLATE_NOOP("Core", "Only the minutes of a meeting that was held can be approved.")
NOT_APPROVED = QT_TRANSLATE_NOOP("Core",
                                 "The minutes of \u201c{meeting}\u201d are not approved: there is nothing to reopen.")
EMPTY_NOTE = QT_TRANSLATE_NOOP("Core", "Write what was reported, or choose a status.")
NO_OPINION = QT_TRANSLATE_NOOP("Core", "{unit} gave no opinion to turn into an item.")
ALREADY_ITEM = QT_TRANSLATE_NOOP("Core", "The opinion of {unit} is already the improvement item \u201c{item}\u201d.")
SAME = lambda text: text  # noqa: E731 - no default text of a meeting needs translating

# status moves a user makes; approved → held only through reopen_minutes
_MOVES = {("planned", "held"), ("held", "planned"), ("held", "approved")}


def _live(session: Session, model: type, row_id: str):
    row = session.get(model, row_id)
    if row is None or row.deleted_at is not None:
        raise KeyError(row_id)
    return row


def _refuse_if_locked(session: Session, meeting_id: str | None) -> None:
    problem = locked_problem(session, meeting_id)
    if problem is not None:
        raise EditRefused(problem)


# --- planning --------------------------------------------------------------------------------

def occurrences(first_day: date, until: date, recurrence: str, limit: int = MAX_SERIES + 1) -> list[date]:
    """The days of a series from ``first_day`` to ``until`` inclusive, at most ``limit``.
    Monthly keeps the first day's number, on the month's last day where the month is shorter
    (31 January, 28 February, 31 March); "none" is the first day alone."""
    if recurrence not in RECURRENCES:
        raise ValueError(recurrence)
    days: list[date] = []
    n = 0
    while len(days) < limit:
        if recurrence == "none" and n:
            break
        if recurrence == "monthly":
            year, month = divmod(first_day.month - 1 + n, 12)
            year += first_day.year
            day = date(year, month + 1, min(first_day.day, calendar.monthrange(year, month + 1)[1]))
        else:
            day = first_day + timedelta(days=n * (14 if recurrence == "biweekly" else 7))
        if day > until:
            break
        days.append(day)
        n += 1
    return days


def new_meeting(session: Session, type_id: str, held_on: date, translate: Translate = SAME,
                values: dict | None = None) -> str:
    """A planned meeting of ``type_id`` on ``held_on`` with the type's host unit, time and place
    and the title "周调会（2026-03-02）", unless ``values`` give them; returns its id."""
    return create_row(session, MEETINGS, {"type_id": type_id, "held_on": held_on, **(values or {})}, translate)


def create_series(session: Session, type_id: str, first_day: date, until: date, recurrence: str | None = None,
                  start_time: str | None = None, title_pattern: str | None = None) -> list[str]:
    """Plans one meeting per occurrence (``occurrences``) from ``first_day`` to ``until``, all
    with one new ``series_id``; ``recurrence`` and ``start_time`` default to the type's.
    ``title_pattern`` may use {name} (the type's), {date} (2026-03-02) and {n} (1, 2, …); by
    default "周调会（2026-03-02）". Returns the new ids in date order (undo deletes them).
    EditRefused when ``until`` comes first or for more than MAX_SERIES meetings; CellError for
    a bad start time."""
    kind = _live(session, MeetingType, type_id)
    if until < first_day:
        raise EditRefused(msg(SERIES_ENDS_FIRST))
    days = occurrences(first_day, until, recurrence or kind.recurrence)
    if len(days) > MAX_SERIES:
        raise EditRefused(msg(SERIES_TOO_LONG, max=MAX_SERIES))
    series = new_id()
    ids = []
    for n, day in enumerate(days, 1):
        values = {"start_time": start_time} if start_time else {}
        if title_pattern:
            values["title"] = title_pattern.format(name=kind.name, date=day.isoformat(), n=n)
        else:
            values["title"] = meeting_title(kind.name, day)
        ids.append(new_meeting(session, type_id, day, SAME, values))
        session.get(Meeting, ids[-1]).series_id = series
    session.flush()
    return ids


# --- status ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class MeetingState:
    """A meeting's status with its approval and reopening record, as a verb found it (for undo)."""

    status: str
    approved_by: str
    approved_at: datetime | None
    reopened: int
    reopened_by: str
    reopened_at: datetime | None


def _state(meeting: Meeting) -> MeetingState:
    return MeetingState(meeting.status, meeting.approved_by, meeting.approved_at, meeting.reopened,
                        meeting.reopened_by, meeting.reopened_at)


def set_meeting_status(session: Session, meeting_id: str, status: str, operator: str) -> MeetingState:
    """Moves the meeting planned → held → approved (or held back to planned); returns the state
    before. Approving stamps ``operator`` and the time. Approved minutes only reopen through
    ``reopen_minutes``: any move from approved is refused, as is approving a meeting not held.
    The same status again changes nothing."""
    if status not in MEETING_STATUSES:
        raise ValueError(status)
    meeting = _live(session, Meeting, meeting_id)
    before = _state(meeting)
    if status == meeting.status:
        return before
    if (meeting.status, status) not in _MOVES:
        _refuse_if_locked(session, meeting_id)
        raise EditRefused(msg(NOT_HELD))
    if status == "approved":
        meeting.approved_by, meeting.approved_at = operator, utcnow()
    meeting.status = status
    session.flush()
    return before


def reopen_minutes(session: Session, meeting_id: str, operator: str) -> MeetingState:
    """Makes approved minutes editable again (status held): counts the reopening, stamps who
    and when, and clears the approval (approving again stamps it anew; the change history
    keeps the old one). Returns the state before."""
    meeting = _live(session, Meeting, meeting_id)
    if meeting.status != "approved":
        raise EditRefused(msg(NOT_APPROVED, meeting=meeting.title))
    before = _state(meeting)
    meeting.status = "held"
    meeting.reopened += 1
    meeting.reopened_by, meeting.reopened_at = operator, utcnow()
    meeting.approved_by, meeting.approved_at = "", None
    session.flush()
    return before


def apply_meeting_state(session: Session, meeting_id: str, state: MeetingState) -> None:
    """Puts back a state that ``set_meeting_status`` or ``reopen_minutes`` returned."""
    meeting = _live(session, Meeting, meeting_id)
    (meeting.status, meeting.approved_by, meeting.approved_at, meeting.reopened, meeting.reopened_by,
     meeting.reopened_at) = (state.status, state.approved_by, state.approved_at, state.reopened, state.reopened_by,
                             state.reopened_at)
    session.flush()


@dataclass(frozen=True)
class ActionState:
    status: str
    closed_on: date | None


def action_state(session: Session, action_id: str) -> ActionState:
    item = _live(session, ActionItem, action_id)
    return ActionState(item.status, item.closed_on)


def set_action_status(session: Session, action_id: str, status: str, on: date | None = None) -> ActionState:
    """Sets an item's status, also after its minutes are approved (tracking goes on). Done or
    cancelled closes it ``on`` that day (default today; an item already closed keeps its day
    unless ``on`` is given); open or in progress clears the day. Returns the state before."""
    if status not in ACTION_STATUSES:
        raise ValueError(status)
    item = _live(session, ActionItem, action_id)
    before = ActionState(item.status, item.closed_on)
    if status in CLOSED:
        if on is not None or item.status not in CLOSED or item.closed_on is None:
            item.closed_on = on or date.today()
    else:
        item.closed_on = None
    item.status = status
    session.flush()
    return before


def apply_action_state(session: Session, action_id: str, state: ActionState) -> None:
    item = _live(session, ActionItem, action_id)
    item.status, item.closed_on = state.status, state.closed_on
    session.flush()


# --- the minutes -----------------------------------------------------------------------------

def move_agenda_item(session: Session, item_id: str, offset: int) -> str | None:
    """Swaps the number of live agenda item ``item_id`` with its neighbour ``offset`` (-1
    before, +1 after) in its meeting; returns the neighbour's id, or None when there is none
    and nothing changed. EditRefused while the minutes are approved."""
    item = _live(session, AgendaItem, item_id)
    _refuse_if_locked(session, item.meeting_id)
    return swap_with_neighbour(session, item, "meeting_id", offset)


def cooperating_units(session: Session, action_id: str) -> list[str]:
    """The ids of the live cooperating units of an item, in tree order."""
    return list(session.scalars(
        select(ActionUnit.unit_id).join(Unit, ActionUnit.unit_id == Unit.id)
        .where(ActionUnit.action_id == action_id, ActionUnit.deleted_at.is_(None))
        .order_by(Unit.sort_order, Unit.code)))


def set_cooperating_units(session: Session, action_id: str, unit_ids: Iterable[str]) -> bool:
    """Makes exactly ``unit_ids`` the item's cooperating units (配合单位): links no longer
    wanted are deleted, a unit dropped before comes back by restoring its link. Returns
    whether anything changed (undo: call again with the ids ``cooperating_units`` gave
    before). EditRefused while the item's minutes are approved."""
    item = _live(session, ActionItem, action_id)
    wanted = list(dict.fromkeys(unit_ids))
    links = session.scalars(select(ActionUnit).where(ActionUnit.action_id == action_id)).all()
    by_unit: dict[str, ActionUnit] = {}
    for link in links:  # a live link wins over a deleted one of the same unit
        if link.unit_id not in by_unit or link.deleted_at is None:
            by_unit[link.unit_id] = link
    now = utcnow()
    drop = [link for unit_id, link in by_unit.items() if link.deleted_at is None and unit_id not in wanted]
    add = [unit_id for unit_id in wanted if unit_id not in by_unit or by_unit[unit_id].deleted_at is not None]
    if not drop and not add:
        return False
    _refuse_if_locked(session, item.meeting_id)
    for link in drop:
        link.deleted_at = now
    for unit_id in add:
        if unit_id in by_unit:
            by_unit[unit_id].deleted_at = None
        else:
            session.add(ActionUnit(action_id=action_id, unit_id=unit_id))
    session.flush()
    return True


# --- carry-over and progress -----------------------------------------------------------------

@dataclass(frozen=True)
class ProgressNote:
    id: str
    noted_on: date
    text: str
    status: str | None  # the status the note set, if any
    meeting_id: str | None  # where it was reviewed
    meeting_title: str


@dataclass(frozen=True)
class CarriedItem:
    """An unfinished item of an earlier meeting, for review at a later one."""

    action_id: str
    meeting_id: str
    meeting_title: str
    held_on: date
    sequence: int
    title: str
    kind: str
    responsible_unit: str
    responsible_person: str
    cooperating: tuple[str, ...]  # unit names, tree order
    due_on: date | None
    status: str
    history: tuple[ProgressNote, ...]  # oldest first


def carry_over(session: Session, meeting_id: str) -> list[CarriedItem]:
    """The open and in-progress items of the earlier live meetings of this meeting's type
    (an earlier day, or the same day at an earlier time), oldest meeting first, each with its
    progress notes oldest first. KeyError for a missing meeting."""
    meeting = _live(session, Meeting, meeting_id)
    m, a = Meeting, ActionItem
    earlier = or_(m.held_on < meeting.held_on, and_(m.held_on == meeting.held_on, m.start_time < meeting.start_time))
    rows = session.execute(
        select(a.id, m.id, m.title, m.held_on, a.sequence, a.title, a.kind, Unit.name, Staff.name, a.due_on, a.status)
        .join(m, a.meeting_id == m.id).outerjoin(Unit, a.responsible_unit_id == Unit.id)
        .outerjoin(Staff, a.responsible_staff_id == Staff.id)
        .where(m.type_id == meeting.type_id, m.deleted_at.is_(None), m.id != meeting.id, earlier,
               a.deleted_at.is_(None), a.status.in_(UNFINISHED))
        .order_by(m.held_on, m.start_time, m.id, a.sequence, a.id)).all()
    ids = [r[0] for r in rows]
    helpers: dict[str, list[str]] = {}
    for action_id, name in session.execute(
            select(ActionUnit.action_id, Unit.name).join(Unit, ActionUnit.unit_id == Unit.id)
            .where(ActionUnit.action_id.in_(ids), ActionUnit.deleted_at.is_(None), Unit.deleted_at.is_(None))
            .order_by(Unit.sort_order, Unit.code)):
        helpers.setdefault(action_id, []).append(name)
    notes = _history(session, ids)
    return [CarriedItem(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7] or "", r[8] or "",
                        tuple(helpers.get(r[0], ())), r[9], r[10], tuple(notes.get(r[0], ()))) for r in rows]


def _history(session: Session, action_ids: list[str]) -> dict[str, list[ProgressNote]]:
    p = ActionProgress
    out: dict[str, list[ProgressNote]] = {}
    for r in session.execute(
            select(p.action_id, p.id, p.noted_on, p.text, p.status, p.meeting_id, Meeting.title)
            .outerjoin(Meeting, p.meeting_id == Meeting.id)
            .where(p.action_id.in_(action_ids), p.deleted_at.is_(None)).order_by(p.noted_on, p.created_at, p.id)):
        out.setdefault(r[0], []).append(ProgressNote(r[1], r[2], r[3], r[4], r[5], r[6] or ""))
    return out


def progress_history(session: Session, action_id: str) -> list[ProgressNote]:
    """An item's live progress notes, oldest first."""
    return _history(session, [action_id]).get(action_id, [])


def note_progress(session: Session, action_id: str, meeting_id: str | None, noted_on: date, text: str,
                  status: str | None = None) -> str:
    """Notes progress on an item, at ``meeting_id`` (its review there, kept with that meeting's
    minutes) or between meetings (None); ``status`` also moves the item (closing it on
    ``noted_on``). Returns the note's id; undo deletes it and applies the ``action_state``
    read before. EditRefused for an empty note or a meeting whose minutes are approved."""
    if status is not None and status not in ACTION_STATUSES:
        raise ValueError(status)
    _live(session, ActionItem, action_id)
    if meeting_id is not None:
        _live(session, Meeting, meeting_id)
        _refuse_if_locked(session, meeting_id)
    text = (text or "").strip()
    if not text and status is None:
        raise EditRefused(msg(EMPTY_NOTE))
    note = ActionProgress(action_id=action_id, meeting_id=meeting_id, noted_on=noted_on, text=text, status=status)
    session.add(note)
    if status is not None:
        set_action_status(session, action_id, status, noted_on if status in CLOSED else None)
    session.flush()
    return note.id


# --- symposium opinions ----------------------------------------------------------------------

def opinion_to_item(session: Session, invited_unit_row_id: str, translate: Translate) -> str:
    """Turns an invited unit's opinion into an improvement item of the meeting: the host unit
    answers for it, its title is the opinion's first line (at most 300 characters), its source
    the invited unit, and the invited unit's row links to it. Returns the item's id (undo
    deletes it; the link then counts as none). EditRefused for an empty opinion, one already
    an item (a live one), or approved minutes."""
    row = _live(session, MeetingUnit, invited_unit_row_id)
    meeting = _live(session, Meeting, row.meeting_id)
    unit = session.scalar(select(Unit.name).where(Unit.id == row.unit_id)) or ""
    lines = [line.strip() for line in row.opinion.splitlines() if line.strip()]
    if not lines:
        raise EditRefused(msg(NO_OPINION, unit=unit))
    if row.action_id is not None:
        done = session.scalar(select(ActionItem.title).where(ActionItem.id == row.action_id,
                                                             ActionItem.deleted_at.is_(None)))
        if done is not None:
            raise EditRefused(msg(ALREADY_ITEM, unit=unit, item=done))
    _refuse_if_locked(session, meeting.id)
    item_id = add_action(session, meeting.id, translate,
                         {"title": lines[0][:ACTIONS.column("title").max_length or 300],
                          "responsible_unit_id": meeting.host_unit_id})
    item = session.get(ActionItem, item_id)
    item.kind, item.source_unit_id = "improvement", row.unit_id
    row.action_id = item_id
    session.flush()
    return item_id
