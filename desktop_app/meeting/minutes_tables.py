"""Table specs of a meeting's minutes: attendees, invited units with their opinions, agenda
items, decisions, action items (督办事项) and their progress notes. Each row belongs to one meeting
and locks with its approved minutes (``tables.locked_problem``); numbered rows are added after the
meeting's last (``add_agenda_item``, ``add_decision``, ``add_action``)."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session, aliased, outerjoin

from desktop_app.i18n import QT_TRANSLATE_NOOP, Message, Translate, msg
from desktop_app.meeting.tables import (
    ACTION_REF, ALREADY_ATTENDING, ALREADY_INVITED, AREA, CLOSED, MEETING_REF, child_restore_check,
    keep_unlocked_meeting, lock_delete_check, lock_rule, locked_problem, next_number, number_problem,
)
from desktop_app.meeting.vocabulary import ACTION_KIND_LABELS, ACTION_STATUS_LABELS
from desktop_app.model import (
    ActionItem, ActionProgress, ActionUnit, AgendaItem, Decision, Meeting, MeetingAttendee, MeetingUnit, Position,
    Staff, Unit,
)
from desktop_app.org.tables import UNIT_REF
from desktop_app.rotation.tables import STAFF_PICK
from desktop_app.tables.edits import create_row
from desktop_app.tables.spec import Column, RowRule, Source, TableSpec, register


# --- attendees and invited units -------------------------------------------------------------

def _attendee_source() -> Source:
    a, meeting, person, post, unit = MeetingAttendee, aliased(Meeting), aliased(Staff), aliased(Position), aliased(Unit)
    return Source(
        from_=outerjoin(a, meeting, a.meeting_id == meeting.id).outerjoin(person, a.staff_id == person.id)
        .outerjoin(post, person.position_id == post.id).outerjoin(unit, post.unit_id == unit.id),
        values={"meeting_id": a.meeting_id, "staff_id": a.staff_id,
                "post": func.coalesce(post.name + " \u00b7 " + unit.name, ""), "note": a.note},
        labels={"meeting_id": meeting.title, "staff_id": person.name},
        filters={"meeting": lambda meeting_id: a.meeting_id == meeting_id},
    )


def _attending_twice(session: Session, row: MeetingAttendee) -> Message | None:
    if row.meeting_id is None or row.staff_id is None:
        return None
    a = MeetingAttendee
    with session.no_autoflush:
        clash = session.scalar(select(a.id).where(a.meeting_id == row.meeting_id, a.staff_id == row.staff_id,
                                                  a.deleted_at.is_(None), a.id != row.id).limit(1))
        if clash is None:
            return None
        return msg(ALREADY_ATTENDING, person=session.scalar(select(Staff.name).where(Staff.id == row.staff_id)) or "")


_ATTENDEE_COLUMNS = (
    Column("meeting_id", QT_TRANSLATE_NOOP("Core", "Meeting"), kind="ref", ref=MEETING_REF, required=True, width=160),
    Column("staff_id", QT_TRANSLATE_NOOP("Core", "Attendee"), kind="ref", ref=STAFF_PICK, required=True, width=100),
    Column("post", QT_TRANSLATE_NOOP("Core", "Post"), editable=False, width=160),
    Column("note", QT_TRANSLATE_NOOP("Core", "Note"), max_length=100, width=120),
)

ATTENDEES = register(TableSpec(
    entity="meeting_attendee", model=MeetingAttendee, area=AREA, default_order="staff_id", columns=_ATTENDEE_COLUMNS,
    source=_attendee_source, defaults=lambda s, t: {"note": ""}, setters={"meeting_id": keep_unlocked_meeting},
    delete_check=lock_delete_check(MeetingAttendee), restore_check=child_restore_check(_attending_twice),
    row_rules=(lock_rule(_ATTENDEE_COLUMNS), RowRule(("meeting_id", "staff_id"), _attending_twice)),
))


def _invited_source() -> Source:
    u, meeting, unit, item = MeetingUnit, aliased(Meeting), aliased(Unit), aliased(ActionItem)
    return Source(
        from_=outerjoin(u, meeting, u.meeting_id == meeting.id).outerjoin(unit, u.unit_id == unit.id)
        .outerjoin(item, and_(u.action_id == item.id, item.deleted_at.is_(None))),
        values={"meeting_id": u.meeting_id, "unit_id": u.unit_id, "opinion": u.opinion,
                "action_id": case((item.id.is_not(None), u.action_id))},
        labels={"meeting_id": meeting.title, "unit_id": unit.name, "action_id": item.title},
        filters={"meeting": lambda meeting_id: u.meeting_id == meeting_id},
    )


def _invited_twice(session: Session, row: MeetingUnit) -> Message | None:
    if row.meeting_id is None or row.unit_id is None:
        return None
    u = MeetingUnit
    with session.no_autoflush:
        clash = session.scalar(select(u.id).where(u.meeting_id == row.meeting_id, u.unit_id == row.unit_id,
                                                  u.deleted_at.is_(None), u.id != row.id).limit(1))
        if clash is None:
            return None
        return msg(ALREADY_INVITED, unit=session.scalar(select(Unit.name).where(Unit.id == row.unit_id)) or "")


_INVITED_COLUMNS = (
    Column("meeting_id", QT_TRANSLATE_NOOP("Core", "Meeting"), kind="ref", ref=MEETING_REF, required=True, width=160),
    Column("unit_id", QT_TRANSLATE_NOOP("Core", "Invited unit"), kind="ref", ref=UNIT_REF, required=True, width=130),
    Column("opinion", QT_TRANSLATE_NOOP("Core", "Opinion"), kind="longtext", width=300),
    Column("action_id", QT_TRANSLATE_NOOP("Core", "Improvement item"), kind="ref", ref=ACTION_REF, editable=False,
           width=200),
)

INVITED_UNITS = register(TableSpec(
    entity="meeting_unit", model=MeetingUnit, area=AREA, default_order="unit_id", columns=_INVITED_COLUMNS,
    source=_invited_source, defaults=lambda s, t: {"opinion": ""}, setters={"meeting_id": keep_unlocked_meeting},
    delete_check=lock_delete_check(MeetingUnit), restore_check=child_restore_check(_invited_twice),
    row_rules=(lock_rule(_INVITED_COLUMNS), RowRule(("meeting_id", "unit_id"), _invited_twice)),
))


# --- agenda items and decisions --------------------------------------------------------------

def _numbered_source(model: type, values: dict[str, Any], labels: dict[str, Any] | None = None,
                     joins=lambda from_: from_) -> Source:
    meeting = aliased(Meeting)
    return Source(
        from_=joins(outerjoin(model, meeting, model.meeting_id == meeting.id)),
        values={"meeting_id": model.meeting_id, "sequence": model.sequence, **values},
        labels={"meeting_id": meeting.title, **(labels or {})},
        filters={"meeting": lambda meeting_id: model.meeting_id == meeting_id},
    )


def _numbered_columns(*more: Column) -> tuple[Column, ...]:
    return (
        Column("meeting_id", QT_TRANSLATE_NOOP("Core", "Meeting"), kind="ref", ref=MEETING_REF, required=True, width=160),
        Column("sequence", QT_TRANSLATE_NOOP("Core", "No."), kind="int", required=True, minimum=1, maximum=9999, width=40),
        *more,
    )


def _numbered_spec(entity: str, model: type, columns: tuple[Column, ...], source, defaults,
                   unlocked: tuple[str, ...] = (), setters: dict | None = None) -> TableSpec:
    """A part of the minutes numbered within its meeting, locked with its minutes."""
    number = number_problem(model)
    return register(TableSpec(
        entity=entity, model=model, area=AREA, default_order="sequence", columns=columns, source=source,
        defaults=defaults, setters={"meeting_id": keep_unlocked_meeting, **(setters or {})},
        delete_check=lock_delete_check(model), restore_check=child_restore_check(number),
        row_rules=(lock_rule(columns, unlocked), RowRule(("meeting_id", "sequence"), number)),
    ))


def _agenda_source() -> Source:
    presenter = aliased(Staff)
    return _numbered_source(AgendaItem, {"topic": AgendaItem.topic, "presenter_id": AgendaItem.presenter_id,
                                         "discussion": AgendaItem.discussion},
                            {"presenter_id": presenter.name},
                            lambda f: f.outerjoin(presenter, AgendaItem.presenter_id == presenter.id))


AGENDA = _numbered_spec(
    "agenda_item", AgendaItem,
    _numbered_columns(
        Column("topic", QT_TRANSLATE_NOOP("Core", "Topic"), required=True, max_length=200, width=200),
        Column("presenter_id", QT_TRANSLATE_NOOP("Core", "Presented by"), kind="ref", ref=STAFF_PICK, width=90),
        Column("discussion", QT_TRANSLATE_NOOP("Core", "Discussion"), kind="longtext", width=320),
    ),
    _agenda_source,
    lambda s, t: {"sequence": next_number(s, AgendaItem, None),
                  "topic": t(QT_TRANSLATE_NOOP("Core", "New agenda item")), "discussion": ""},
)

DECISIONS = _numbered_spec(
    "decision", Decision,
    _numbered_columns(Column("text", QT_TRANSLATE_NOOP("Core", "Decided matter"), kind="longtext", required=True,
                             width=480)),
    lambda: _numbered_source(Decision, {"text": Decision.text}),
    lambda s, t: {"sequence": next_number(s, Decision, None), "text": t(QT_TRANSLATE_NOOP("Core", "New decision"))},
)


# --- action items ----------------------------------------------------------------------------

def cooperating_names(action: Any):
    """A SQL text of the live cooperating units of ``action`` (a correlated ActionItem), joined
    with 、 in tree order; '' when there are none."""
    # SQLite concatenates in the order the inner query gives
    names = (select(Unit.name.label("name")).select_from(ActionUnit).join(Unit, ActionUnit.unit_id == Unit.id)
             .where(ActionUnit.action_id == action.id, ActionUnit.deleted_at.is_(None), Unit.deleted_at.is_(None))
             .order_by(Unit.sort_order, Unit.code).correlate(action).subquery())
    return func.coalesce(select(func.group_concat(names.c.name, "\u3001")).scalar_subquery(), "")


def set_item_status(_session: Session, item: ActionItem, status: str) -> None:
    """Done or cancelled dates the closing (today; kept from done to cancelled); open again
    clears it. ``meetings.set_action_status`` closes on another day."""
    if status in CLOSED:
        if item.status not in CLOSED or item.closed_on is None:
            item.closed_on = date.today()
    else:
        item.closed_on = None
    item.status = status


def set_person(session: Session, item: ActionItem, staff_id: str | None) -> None:
    """A person chosen for an item without a responsible unit brings the unit of their post."""
    if staff_id is not None and item.responsible_unit_id is None:
        with session.no_autoflush:  # a new item is inserted once, with its unit
            item.responsible_unit_id = session.scalar(
                select(Position.unit_id).join(Staff, Staff.position_id == Position.id).where(Staff.id == staff_id))
    item.responsible_staff_id = staff_id


def _action_source() -> Source:
    a, unit, person = ActionItem, aliased(Unit), aliased(Staff)
    return _numbered_source(
        a, {"title": a.title, "kind": a.kind, "responsible_unit_id": a.responsible_unit_id,
            "responsible_staff_id": a.responsible_staff_id, "cooperating": cooperating_names(a), "due_on": a.due_on,
            "status": a.status, "closed_on": a.closed_on},
        {"responsible_unit_id": unit.name, "responsible_staff_id": person.name},
        lambda f: f.outerjoin(unit, a.responsible_unit_id == unit.id).outerjoin(person, a.responsible_staff_id == person.id))


def item_columns() -> tuple[Column, ...]:
    return (
        Column("title", QT_TRANSLATE_NOOP("Core", "Action item"), required=True, max_length=300, width=240),
        Column("kind", QT_TRANSLATE_NOOP("Core", "Kind"), kind="enum", required=True, choices=ACTION_KIND_LABELS,
               editable=False, width=80),
        Column("responsible_unit_id", QT_TRANSLATE_NOOP("Core", "Responsible unit"), kind="ref", ref=UNIT_REF, width=120),
        Column("responsible_staff_id", QT_TRANSLATE_NOOP("Core", "Responsible person"), kind="ref", ref=STAFF_PICK,
               width=90),
        Column("cooperating", QT_TRANSLATE_NOOP("Core", "Cooperating units"), editable=False, searchable=False, width=160),
        Column("due_on", QT_TRANSLATE_NOOP("Core", "Due"), kind="date", width=90),
        Column("status", QT_TRANSLATE_NOOP("Core", "Status"), kind="enum", required=True, choices=ACTION_STATUS_LABELS,
               width=80),
        Column("closed_on", QT_TRANSLATE_NOOP("Core", "Closed on"), kind="date", editable=False, width=90),
    )


ACTIONS = _numbered_spec(
    "action_item", ActionItem, _numbered_columns(*item_columns()), _action_source,
    lambda s, t: {"sequence": next_number(s, ActionItem, None), "title": t(QT_TRANSLATE_NOOP("Core", "New action item")),
                  "status": "open"},
    unlocked=("status",), setters={"status": set_item_status, "responsible_staff_id": set_person},
)


def _add_numbered(spec: TableSpec, session: Session, meeting_id: str, translate: Translate,
                  values: dict[str, Any] | None) -> str:
    data = {"meeting_id": meeting_id, "sequence": next_number(session, spec.model, meeting_id), **(values or {})}
    return create_row(session, spec, data, translate)


def add_agenda_item(session: Session, meeting_id: str, translate: Translate, values: dict[str, Any] | None = None) -> str:
    """Adds an agenda item after the meeting's last (``values`` may set any column); returns its
    id. Refusals as for any new row (CellError), the lock among them."""
    return _add_numbered(AGENDA, session, meeting_id, translate, values)


def add_decision(session: Session, meeting_id: str, translate: Translate, values: dict[str, Any] | None = None) -> str:
    """As ``add_agenda_item``, for a decision."""
    return _add_numbered(DECISIONS, session, meeting_id, translate, values)


def add_action(session: Session, meeting_id: str, translate: Translate, values: dict[str, Any] | None = None) -> str:
    """As ``add_agenda_item``, for an action item."""
    return _add_numbered(ACTIONS, session, meeting_id, translate, values)


# --- progress notes --------------------------------------------------------------------------

def _progress_source() -> Source:
    p, item, meeting = ActionProgress, aliased(ActionItem), aliased(Meeting)
    return Source(
        from_=outerjoin(p, item, p.action_id == item.id).outerjoin(meeting, p.meeting_id == meeting.id),
        values={"action_id": p.action_id, "noted_on": p.noted_on, "meeting_id": p.meeting_id, "text": p.text,
                "status": p.status},
        labels={"action_id": item.title, "meeting_id": meeting.title},
        filters={"action": lambda action_id: p.action_id == action_id},
    )


_PROGRESS_COLUMNS = (
    Column("action_id", QT_TRANSLATE_NOOP("Core", "Action item"), kind="ref", ref=ACTION_REF, required=True, width=200),
    Column("noted_on", QT_TRANSLATE_NOOP("Core", "Date"), kind="date", required=True, width=90),
    Column("meeting_id", QT_TRANSLATE_NOOP("Core", "Reviewed at"), kind="ref", ref=MEETING_REF, editable=False,
           width=160),
    Column("text", QT_TRANSLATE_NOOP("Core", "Progress"), kind="longtext", width=360),
    Column("status", QT_TRANSLATE_NOOP("Core", "Status set"), kind="enum", choices=ACTION_STATUS_LABELS,
           editable=False, width=80),
)


def _progress_restore(session: Session, note: ActionProgress) -> Message | None:
    return locked_problem(session, note.meeting_id)


PROGRESS = register(TableSpec(
    entity="action_progress", model=ActionProgress, area=AREA, default_order="noted_on", columns=_PROGRESS_COLUMNS,
    source=_progress_source, defaults=lambda s, t: {"noted_on": date.today(), "text": ""},
    delete_check=lock_delete_check(ActionProgress), restore_check=_progress_restore,
    row_rules=(lock_rule(_PROGRESS_COLUMNS),),
))
