"""Table specs of the duty boundaries: the work item list and the disputed items.

Deleting a work item is allowed while it still has matrix cells: the cells stay with it (they
take no part in the matrix, the analysis or the export while it is deleted), so restoring the
item brings its row back whole. Retiring (status "retired") is the usual way to end an item.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased, outerjoin

from desktop_app.duties.vocabulary import STATUS_LABELS
from desktop_app.i18n import QT_TRANSLATE_NOOP, Translate, msg
from desktop_app.model import DisputedItem, Staff, Unit, UnitDuty, WorkItem
from desktop_app.tables.choices import Choice
from desktop_app.tables.codes import next_code
from desktop_app.tables.spec import Column, RefTarget, Source, TableSpec, register
from desktop_app.tables.values import CellError

AREA = "duties"


def _line_choices(session: Session, limit: int) -> list[Choice]:
    rows = session.execute(
        select(Unit.id, Unit.name, Unit.code)
        .where(Unit.kind == "line", Unit.deleted_at.is_(None))
        .order_by(Unit.sort_order, Unit.code).limit(limit))
    return [Choice(uid, f"{name} ({code})") for uid, name, code in rows]


LINE_REF = RefTarget("unit", Unit, choices=_line_choices)
WORK_ITEM_REF = RefTarget("work_item", WorkItem, label="title", code="code")
STAFF_REF = RefTarget("staff", Staff, label="name", code="employee_no")


def next_sort_order(session: Session) -> int:
    return (session.scalar(select(func.max(WorkItem.sort_order)).where(WorkItem.deleted_at.is_(None))) or 0) + 1


# --- work items ------------------------------------------------------------------------------

def _owners():
    """The names of the units that own (R) the item, as one text."""
    return (
        select(func.aggregate_strings(Unit.name, "、"))
        .select_from(UnitDuty).join(Unit, Unit.id == UnitDuty.unit_id)
        .where(UnitDuty.work_item_id == WorkItem.id, UnitDuty.role == "R",
               UnitDuty.deleted_at.is_(None), Unit.deleted_at.is_(None))
        .correlate(WorkItem).scalar_subquery()
    )


def _held_by(unit_id: str):
    return WorkItem.id.in_(select(UnitDuty.work_item_id).where(
        UnitDuty.unit_id == unit_id, UnitDuty.deleted_at.is_(None)))


def _work_item_source() -> Source:
    line = aliased(Unit)
    return Source(
        from_=outerjoin(WorkItem, line, WorkItem.line_id == line.id),
        values={
            "code": WorkItem.code, "title": WorkItem.title, "line_id": WorkItem.line_id,
            "status": WorkItem.status, "owners": _owners(), "sort_order": WorkItem.sort_order,
            "description": WorkItem.description,
        },
        labels={"line_id": line.name},
        filters={"unit": _held_by},  # items on which a unit holds any role
    )


def _set_line(session: Session, item: WorkItem, line_id: str | None) -> None:
    if line_id is not None and session.scalar(select(Unit.kind).where(Unit.id == line_id)) != "line":
        raise CellError("line_id", msg(QT_TRANSLATE_NOOP("Core", "Choose a business line, not another kind of unit.")))
    item.line_id = line_id


def _work_item_defaults(session: Session, translate: Translate) -> dict[str, Any]:
    return {"code": next_code(session, WorkItem.code, "W"), "title": translate(QT_TRANSLATE_NOOP("Core", "New work item")),
            "status": "active", "sort_order": next_sort_order(session), "description": ""}


WORK_ITEMS = register(TableSpec(
    entity="work_item", model=WorkItem, area=AREA, default_order="code",
    columns=(
        Column("code", QT_TRANSLATE_NOOP("Core", "Code"), required=True, unique=True, max_length=30, width=90),
        Column("title", QT_TRANSLATE_NOOP("Core", "Title"), required=True, max_length=200, width=220),
        Column("line_id", QT_TRANSLATE_NOOP("Core", "Business line"), kind="ref", ref=LINE_REF, width=110),
        Column("status", QT_TRANSLATE_NOOP("Core", "Status"), kind="enum", required=True, choices=STATUS_LABELS, width=80),
        Column("owners", QT_TRANSLATE_NOOP("Core", "Owned by"), editable=False, width=160),
        Column("sort_order", QT_TRANSLATE_NOOP("Core", "Order"), kind="int", minimum=0, maximum=999999, width=60),
        Column("description", QT_TRANSLATE_NOOP("Core", "Description"), kind="longtext", width=260),
    ),
    source=_work_item_source, setters={"line_id": _set_line}, defaults=_work_item_defaults,
))


# --- disputed items --------------------------------------------------------------------------

def _dispute_source() -> Source:
    item = aliased(WorkItem)
    coordinator = aliased(Staff)
    return Source(
        from_=outerjoin(DisputedItem, item, DisputedItem.work_item_id == item.id)
        .outerjoin(coordinator, DisputedItem.coordinator_id == coordinator.id),
        values={
            "work_item_id": DisputedItem.work_item_id, "code": item.code,
            "description": DisputedItem.description, "coordinator_id": DisputedItem.coordinator_id,
            "decision": DisputedItem.decision, "decided_on": DisputedItem.decided_on,
            "meeting_ref": DisputedItem.meeting_ref,
        },
        labels={"work_item_id": item.title, "coordinator_id": coordinator.name},
        filters={"open": lambda is_open: (DisputedItem.decided_on.is_(None)) == bool(is_open)},
    )


def _dispute_defaults(session: Session, translate: Translate) -> dict[str, Any]:
    first = session.scalar(select(WorkItem.id).where(WorkItem.deleted_at.is_(None), WorkItem.status != "retired")
                           .order_by(WorkItem.sort_order, WorkItem.code))
    return {"work_item_id": first, "description": "", "decision": "", "meeting_ref": ""}


DISPUTES = register(TableSpec(
    entity="disputed_item", model=DisputedItem, area=AREA, default_order="decided_on",
    columns=(
        Column("work_item_id", QT_TRANSLATE_NOOP("Core", "Work item"), kind="ref", ref=WORK_ITEM_REF, required=True, width=200),
        Column("code", QT_TRANSLATE_NOOP("Core", "Code"), editable=False, width=80),
        Column("description", QT_TRANSLATE_NOOP("Core", "What is disputed"), kind="longtext", width=240),
        Column("coordinator_id", QT_TRANSLATE_NOOP("Core", "Coordinator"), kind="ref", ref=STAFF_REF, width=90),
        Column("decision", QT_TRANSLATE_NOOP("Core", "Decision"), kind="longtext", width=240),
        Column("decided_on", QT_TRANSLATE_NOOP("Core", "Decided on"), kind="date", width=100),
        Column("meeting_ref", QT_TRANSLATE_NOOP("Core", "Meeting"), max_length=200, width=160),
    ),
    source=_dispute_source, defaults=_dispute_defaults,
))
