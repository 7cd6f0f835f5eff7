"""The action tracker (督办跟踪): every live action item across meetings as one table, with
its filters (unit answering or helping, person, status, due date, overdue), and the count of
items per responsible unit."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import Integer, and_, case, cast, func, literal, or_, select
from sqlalchemy.orm import Session

from desktop_app.i18n import QT_TRANSLATE_NOOP
from desktop_app.meeting.minutes_tables import cooperating_names, item_columns, set_item_status, set_person
from desktop_app.meeting.tables import (
    AREA, UNFINISHED, child_restore_check, lock_delete_check, locked_problem, number_problem,
)
from desktop_app.model import ActionItem, ActionProgress, ActionUnit, Meeting, MeetingType, Staff, Unit
from desktop_app.org.tree import subtree_ids
from desktop_app.tables.spec import Column, RowRule, Source, TableSpec, register


def _tracker_source() -> Source:
    """Every live item: live items belong to live meetings (see the module's docstring), and
    the table's unfiltered count reads ``action_item`` alone. The meeting's and the names'
    columns are correlated subqueries rather than joins: SQLite works them out only for the
    rows it returns, so counting, filtering and sorting by the item's own columns never touch
    the other tables (a third of the time of joins on 15,000 items).

    Days overdue count against today's date in SQL, so an open page never needs a parameter;
    0 when not overdue, so that sorting by it puts the worst first (an empty value would sort
    above every number). The "overdue" filter takes the day to judge by."""
    a, m, p = ActionItem, Meeting, ActionProgress
    today = func.date("now", "localtime")
    unfinished = a.status.in_(UNFINISHED)
    last = (select(p).where(p.action_id == a.id, p.deleted_at.is_(None))
            .order_by(p.noted_on.desc(), p.created_at.desc()).limit(1).correlate(a))

    def one(column, *where):
        return select(column).where(*where).correlate(a).scalar_subquery()

    def in_unit(unit_id: str):
        below = subtree_ids(unit_id)
        helping = select(ActionUnit.action_id).where(ActionUnit.unit_id.in_(below), ActionUnit.deleted_at.is_(None))
        # a.id || '' keeps SQLite from the index of a.id: it would look up every item of a
        # large subtree one by one (0.4 s for the company's 15,000); one scan takes 15 ms
        return or_(a.responsible_unit_id.in_(below), a.id.concat("").in_(helping))

    def with_status(status: str):
        return unfinished if status == "unfinished" else a.status == status

    return Source(
        from_=a.__table__,
        values={"held_on": one(m.held_on, m.id == a.meeting_id), "meeting_title": one(m.title, m.id == a.meeting_id),
                "meeting_type": one(MeetingType.name, MeetingType.id == one(m.type_id, m.id == a.meeting_id)),
                "title": a.title, "kind": a.kind, "responsible_unit_id": a.responsible_unit_id,
                "responsible_staff_id": a.responsible_staff_id, "cooperating": cooperating_names(a),
                "due_on": a.due_on, "status": a.status,
                "days_overdue": case((and_(unfinished, a.due_on < today),
                                      cast(func.julianday(today) - func.julianday(a.due_on), Integer)), else_=literal(0)),
                "last_note": last.with_only_columns(p.text).scalar_subquery(),
                "last_noted_on": last.with_only_columns(p.noted_on).scalar_subquery(), "closed_on": a.closed_on},
        labels={"responsible_unit_id": one(Unit.name, Unit.id == a.responsible_unit_id),
                "responsible_staff_id": one(Staff.name, Staff.id == a.responsible_staff_id)},
        sort_by={"responsible_unit_id": one(Unit.name_key, Unit.id == a.responsible_unit_id),
                 "responsible_staff_id": one(Staff.name_key, Staff.id == a.responsible_staff_id)},
        filters={"unit": in_unit, "person": lambda staff_id: a.responsible_staff_id == staff_id,
                 "status": with_status, "due_before": lambda day: a.due_on < day,
                 "overdue": lambda as_of: and_(unfinished, a.due_on < as_of),
                 "meeting": lambda meeting_id: a.meeting_id == meeting_id,
                 "type": lambda type_id: a.meeting_id.in_(select(m.id).where(m.type_id == type_id)),
                 "kind": lambda kind_: a.kind == kind_},
    )


def _tracked(column: Column) -> Column:
    """An item's column as the tracker shows it: only the status, the due day and the person
    are edited there; only the title is searched (the units, people, meetings and statuses
    have their filters, and a search through the other tables' names would take 0.1 s per
    keystroke over 15,000 items, where the titles alone take 20 ms)."""
    return replace(column, editable=column.key in ("responsible_staff_id", "due_on", "status"),
                   searchable=column.key == "title")


_TRACKER_COLUMNS = (
    Column("held_on", QT_TRANSLATE_NOOP("Core", "Meeting date"), kind="date", editable=False, width=90),
    Column("meeting_title", QT_TRANSLATE_NOOP("Core", "Meeting"), editable=False, searchable=False, width=180),
    Column("meeting_type", QT_TRANSLATE_NOOP("Core", "Meeting type"), editable=False, searchable=False, width=110),
    *(_tracked(c) for c in item_columns() if c.key != "closed_on"),
    Column("days_overdue", QT_TRANSLATE_NOOP("Core", "Days overdue"), kind="int", editable=False, width=60),
    Column("last_note", QT_TRANSLATE_NOOP("Core", "Latest progress"), kind="longtext", editable=False,
           searchable=False, width=240),
    Column("last_noted_on", QT_TRANSLATE_NOOP("Core", "Progress noted on"), kind="date", editable=False, width=90),
    Column("closed_on", QT_TRANSLATE_NOOP("Core", "Closed on"), kind="date", editable=False, width=90),
)

TRACKER = register(TableSpec(
    entity="action_tracker", model=ActionItem, area=AREA, default_order="due_on", columns=_TRACKER_COLUMNS,
    source=_tracker_source, setters={"status": set_item_status, "responsible_staff_id": set_person},
    delete_check=lock_delete_check(ActionItem), restore_check=child_restore_check(number_problem(ActionItem)),
    row_rules=(RowRule(("responsible_staff_id", "due_on"), lambda s, item: locked_problem(s, item.meeting_id)),),
))


@dataclass(frozen=True)
class UnitActionCount:
    """A responsible unit's live action items by status; ``overdue`` counts
    the open and in-progress ones due before the day asked about. Items without a responsible
    unit come as ``unit_id`` None and name ""."""

    unit_id: str | None
    name: str
    open: int
    in_progress: int
    overdue: int
    done: int
    cancelled: int


def tracker_counts(session: Session, as_of: date) -> list[UnitActionCount]:
    """One row per responsible unit that has items, most overdue first, then by name."""
    a = ActionItem

    def count(cond):
        return func.coalesce(func.sum(case((cond, 1), else_=0)), 0)

    per_unit = (select(a.responsible_unit_id.label("unit_id"), count(a.status == "open").label("open"),
                       count(a.status == "in_progress").label("in_progress"),
                       count(and_(a.status.in_(UNFINISHED), a.due_on < as_of)).label("overdue"),
                       count(a.status == "done").label("done"), count(a.status == "cancelled").label("cancelled"))
                .where(a.deleted_at.is_(None)).group_by(a.responsible_unit_id).subquery())
    rows = session.execute(  # names looked up once per unit, not once per item
        select(per_unit.c.unit_id, func.coalesce(Unit.name, ""), per_unit.c.open, per_unit.c.in_progress,
               per_unit.c.overdue, per_unit.c.done, per_unit.c.cancelled)
        .outerjoin(Unit, per_unit.c.unit_id == Unit.id))
    counts = [UnitActionCount(*r) for r in rows]
    return sorted(counts, key=lambda c: (-c.overdue, c.name, c.unit_id or ""))
