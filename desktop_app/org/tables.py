"""Table specs of the organisation: units, positions, staff, and a person's position history."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased, join, outerjoin

from desktop_app.i18n import QT_TRANSLATE_NOOP, Message, Translate, msg
from desktop_app.model import Position, PositionAssignment, Staff, Unit
from desktop_app.org.staffing import assign_position
from desktop_app.org.tree import subtree_ids
from desktop_app.org.vocabulary import GENDER_LABELS, POSITION_CATEGORY_LABELS, UNIT_KIND_LABELS
from desktop_app.tables.choices import Choice
from desktop_app.tables.codes import next_code
from desktop_app.tables.spec import Column, RefTarget, Source, TableSpec, register
from desktop_app.tables.values import CellError

def _position_choices(session: Session, limit: int) -> list[Choice]:
    """"运维岗 · 城关供电所 (QX-S01-P03)": the same post name recurs in every station."""
    rows = session.execute(
        select(Position.id, Position.name, Position.code, Unit.name)
        .join(Unit, Position.unit_id == Unit.id)
        .where(Position.deleted_at.is_(None))
        .order_by(Unit.sort_order, Unit.code, Position.code).limit(limit)
    )
    return [Choice(pid, f"{name} · {unit} ({code})") for pid, name, code, unit in rows]


UNIT_REF = RefTarget("unit", Unit)
POSITION_REF = RefTarget("position", Position, choices=_position_choices)
AREA = "org"


def _in_unit_subtree(unit_attr):
    def make(unit_id: str):
        return unit_attr.in_(subtree_ids(unit_id))
    return make


# --- units ---------------------------------------------------------------------------------

def _unit_source() -> Source:
    parent = aliased(Unit)
    return Source(
        from_=outerjoin(Unit, parent, Unit.parent_id == parent.id),
        values={
            "code": Unit.code, "name": Unit.name, "kind": Unit.kind, "parent_id": Unit.parent_id,
            "sort_order": Unit.sort_order, "active": Unit.active, "notes": Unit.notes,
        },
        labels={"parent_id": parent.name},
        filters={"subtree": _in_unit_subtree(Unit.id)},
    )


def _unit_defaults(session: Session, translate: Translate) -> dict[str, Any]:
    return {"code": next_code(session, Unit.code, "U"), "name": translate(QT_TRANSLATE_NOOP("Core", "New unit")),
            "kind": "department", "active": True, "sort_order": 0}


def _set_parent(session: Session, unit: Unit, parent_id: str | None) -> None:
    if parent_id is not None and parent_id in set(session.scalars(subtree_ids(unit.id))):
        raise CellError("parent_id", msg(QT_TRANSLATE_NOOP("Core", "A unit can't be placed under itself or one of its own sub-units.")))
    unit.parent_id = parent_id


def _unit_delete_check(session: Session, ids: list[str]) -> Message | None:
    live_children = session.scalar(select(func.count()).select_from(Unit).where(
        Unit.parent_id.in_(ids), Unit.deleted_at.is_(None), Unit.id.notin_(ids)))
    live_positions = session.scalar(select(func.count()).select_from(Position).where(
        Position.unit_id.in_(ids), Position.deleted_at.is_(None)))
    if live_children or live_positions:
        return msg(QT_TRANSLATE_NOOP("Core", "Can't delete: the unit still has {units} sub-units and {positions} positions. Move or delete them first."),
                   units=live_children, positions=live_positions)
    return None


UNITS = register(TableSpec(
    entity="unit", model=Unit, area=AREA, default_order="code",
    columns=(
        Column("code", QT_TRANSLATE_NOOP("Core", "Code"), required=True, unique=True, max_length=30, width=90),
        Column("name", QT_TRANSLATE_NOOP("Core", "Name"), required=True, max_length=100, width=160),
        Column("kind", QT_TRANSLATE_NOOP("Core", "Kind"), kind="enum", required=True, choices=UNIT_KIND_LABELS, width=90),
        Column("parent_id", QT_TRANSLATE_NOOP("Core", "Parent unit"), kind="ref", ref=UNIT_REF, width=160),
        Column("sort_order", QT_TRANSLATE_NOOP("Core", "Order"), kind="int", minimum=0, maximum=9999, width=60),
        Column("active", QT_TRANSLATE_NOOP("Core", "Active"), kind="bool", width=60),
        Column("notes", QT_TRANSLATE_NOOP("Core", "Notes"), kind="longtext", width=200),
    ),
    source=_unit_source, setters={"parent_id": _set_parent},
    defaults=_unit_defaults, delete_check=_unit_delete_check,
))


# --- positions -----------------------------------------------------------------------------

def _position_source() -> Source:
    unit = aliased(Unit)
    holders = (
        select(func.count()).where(Staff.position_id == Position.id, Staff.deleted_at.is_(None))
        .correlate(Position).scalar_subquery()
    )
    return Source(
        from_=join(Position, unit, Position.unit_id == unit.id),
        values={
            "code": Position.code, "name": Position.name, "unit_id": Position.unit_id,
            "category": Position.category, "quota": Position.quota, "holders": holders,
            "notes": Position.notes,
        },
        labels={"unit_id": unit.name},
        filters={"subtree": _in_unit_subtree(Position.unit_id)},
    )


def _position_defaults(session: Session, translate: Translate) -> dict[str, Any]:
    first_unit = session.scalar(select(Unit.id).where(Unit.deleted_at.is_(None)).order_by(Unit.sort_order, Unit.code))
    return {"code": next_code(session, Position.code, "P"), "name": translate(QT_TRANSLATE_NOOP("Core", "New position")),
            "unit_id": first_unit, "category": "general", "quota": 1}


def _position_delete_check(session: Session, ids: list[str]) -> Message | None:
    holders = session.scalar(select(func.count()).select_from(Staff).where(
        Staff.position_id.in_(ids), Staff.deleted_at.is_(None)))
    if holders:
        return msg(QT_TRANSLATE_NOOP("Core", "Can't delete: {n} staff still hold this position. Move them first."), n=holders)
    return None


POSITIONS = register(TableSpec(
    entity="position", model=Position, area=AREA, default_order="code",
    columns=(
        Column("code", QT_TRANSLATE_NOOP("Core", "Code"), required=True, unique=True, max_length=30, width=90),
        Column("name", QT_TRANSLATE_NOOP("Core", "Name"), required=True, max_length=100, width=150),
        Column("unit_id", QT_TRANSLATE_NOOP("Core", "Unit"), kind="ref", ref=UNIT_REF, required=True, width=150),
        Column("category", QT_TRANSLATE_NOOP("Core", "Category"), kind="enum", required=True, choices=POSITION_CATEGORY_LABELS, width=80),
        Column("quota", QT_TRANSLATE_NOOP("Core", "Quota"), kind="int", minimum=0, maximum=9999, width=60),
        Column("holders", QT_TRANSLATE_NOOP("Core", "Holders"), kind="int", editable=False, width=60),
        Column("notes", QT_TRANSLATE_NOOP("Core", "Notes"), kind="longtext", width=200),
    ),
    source=_position_source, defaults=_position_defaults, delete_check=_position_delete_check,
))


# --- staff ---------------------------------------------------------------------------------

def _staff_source() -> Source:
    pos = aliased(Position)
    unit = aliased(Unit)
    return Source(
        from_=outerjoin(Staff, pos, Staff.position_id == pos.id).outerjoin(unit, pos.unit_id == unit.id),
        values={
            "employee_no": Staff.employee_no, "name": Staff.name, "gender": Staff.gender,
            "position_id": Staff.position_id, "unit": unit.name, "is_cadre": Staff.is_cadre,
            "phone": Staff.phone, "hired_on": Staff.hired_on, "notes": Staff.notes,
        },
        labels={"position_id": pos.name},
        filters={"subtree": _in_unit_subtree(pos.unit_id)},
    )


def _set_position(session: Session, staff: Staff, position_id: str | None) -> None:
    assign_position(session, staff, position_id, date.today())


def _staff_defaults(session: Session, translate: Translate) -> dict[str, Any]:
    return {"employee_no": next_code(session, Staff.employee_no, "E", 6),
            "name": translate(QT_TRANSLATE_NOOP("Core", "New staff member"))}


STAFF = register(TableSpec(
    entity="staff", model=Staff, area=AREA, default_order="employee_no",
    columns=(
        Column("employee_no", QT_TRANSLATE_NOOP("Core", "Employee no."), required=True, unique=True, max_length=30, width=90),
        Column("name", QT_TRANSLATE_NOOP("Core", "Full name"), required=True, max_length=50, width=80),
        Column("gender", QT_TRANSLATE_NOOP("Core", "Gender"), kind="enum", choices=GENDER_LABELS, width=50),
        Column("position_id", QT_TRANSLATE_NOOP("Core", "Position"), kind="ref", ref=POSITION_REF, width=130),
        Column("unit", QT_TRANSLATE_NOOP("Core", "Unit"), editable=False, width=130),
        Column("is_cadre", QT_TRANSLATE_NOOP("Core", "Cadre"), kind="bool", width=50),
        Column("phone", QT_TRANSLATE_NOOP("Core", "Phone"), max_length=30, width=110),
        Column("hired_on", QT_TRANSLATE_NOOP("Core", "Hired on"), kind="date", width=100),
        Column("notes", QT_TRANSLATE_NOOP("Core", "Notes"), kind="longtext", width=200),
    ),
    source=_staff_source, setters={"position_id": _set_position}, defaults=_staff_defaults,
))


# --- a person's position history (read-only) -----------------------------------------------

def _history_source() -> Source:
    pos = aliased(Position)
    unit = aliased(Unit)
    return Source(
        from_=join(PositionAssignment, pos, PositionAssignment.position_id == pos.id).join(unit, pos.unit_id == unit.id),
        values={"position_id": PositionAssignment.position_id, "unit": unit.name,
                "start": PositionAssignment.start, "end": PositionAssignment.end},
        labels={"position_id": pos.name},
        filters={"staff": lambda staff_id: PositionAssignment.staff_id == staff_id},
    )


POSITION_HISTORY = register(TableSpec(
    entity="position_assignment", model=PositionAssignment, area=AREA, default_order="start",
    columns=(
        Column("position_id", QT_TRANSLATE_NOOP("Core", "Position"), kind="ref", ref=POSITION_REF, editable=False, width=130),
        Column("unit", QT_TRANSLATE_NOOP("Core", "Unit"), editable=False, width=130),
        Column("start", QT_TRANSLATE_NOOP("Core", "From"), kind="date", editable=False, width=100),
        Column("end", QT_TRANSLATE_NOOP("Core", "Until"), kind="date", editable=False, width=100),
    ),
    source=_history_source,
))
