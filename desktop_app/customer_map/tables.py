"""Table specs of the customer map: unit and post relations, processes, their steps, and the
handbook texts. The rules of ``rules`` refuse a bad value at its cell (CellError from a row
rule, checked on the row as the whole edit leaves it), and a deleted relation or step that live
rows have since replaced can't be restored (EditRefused).

A new relation starts as a draft without provider and customer (the table's page fills in
those it filters by); each is required once chosen. A new step is added with ``add_step``,
which numbers it after the process' last step.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased, outerjoin

from desktop_app.customer_map.rules import (
    POSITION_LEVEL, UNIT_LEVEL, Level, duplicate_problem, post_outside_unit, relation_problem, restored_step_problem,
    self_relation_problem, sequence_problem, status_problem,
)
from desktop_app.customer_map.vocabulary import (
    HANDBOOK_TEXT_LABELS, PROCESS_STATUS_LABELS, RELATION_STATUS_LABELS, REVIEW_CYCLE_LABELS,
)
from desktop_app.i18n import QT_TRANSLATE_NOOP, Message, Translate
from desktop_app.model import BusinessProcess, HandbookText, Position, PositionRelation, ProcessStep, Unit, UnitRelation
from desktop_app.org.tables import POSITION_REF, UNIT_REF
from desktop_app.org.tree import subtree_ids
from desktop_app.tables.codes import next_code
from desktop_app.tables.edits import create_row
from desktop_app.tables.spec import Column, RefTarget, RestoreCheck, RowRule, Source, TableSpec, register

AREA = "customer_map"
PROCESS_REF = RefTarget("business_process", BusinessProcess)
MAX_TARGET_DAYS = 365


# --- relations -------------------------------------------------------------------------------

def _term_columns() -> tuple[Column, ...]:
    return (
        Column("service_item", QT_TRANSLATE_NOOP("Core", "Service item"), required=True, max_length=200, width=200),
        Column("value", QT_TRANSLATE_NOOP("Core", "Value"), kind="longtext", width=200),
        Column("standard", QT_TRANSLATE_NOOP("Core", "Standard"), kind="longtext", width=200),
        Column("target_days", QT_TRANSLATE_NOOP("Core", "Target (working days)"), kind="int",
               minimum=0, maximum=MAX_TARGET_DAYS, width=80),
        Column("commitment", QT_TRANSLATE_NOOP("Core", "Commitment"), kind="longtext", width=240),
        Column("review_cycle", QT_TRANSLATE_NOOP("Core", "Review cycle"), kind="enum", required=True,
               choices=REVIEW_CYCLE_LABELS, width=80),
        Column("status", QT_TRANSLATE_NOOP("Core", "Status"), kind="enum", required=True,
               choices=RELATION_STATUS_LABELS, width=70),
    )


def _term_values(model: type) -> dict[str, Any]:
    return {key: getattr(model, key) for key in
            ("service_item", "value", "standard", "target_days", "commitment", "review_cycle", "status")}


def _relation_rules(level: Level) -> tuple[RowRule, ...]:
    """The ends and the service item are checked together, on the relation as an edit leaves it
    (a pasted block may swap provider and customer)."""
    p, c = level.provider, level.customer
    return (
        RowRule((p, c), lambda s, rel: self_relation_problem(level, *level.ends(rel))),
        RowRule((p, c, "service_item"),
                lambda s, rel: duplicate_problem(s, level, rel.id, *level.ends(rel), rel.service_item)),
        RowRule(("status", p, c), lambda s, rel: status_problem(rel.status, *level.ends(rel))),
    )


def _relation_restore_check(level: Level) -> RestoreCheck:
    def check(session: Session, rel: Any) -> Message | None:
        return relation_problem(session, level, rel.id, *level.ends(rel), rel.service_item)
    return check


def _relation_defaults(session: Session, translate: Translate) -> dict[str, Any]:
    return {"service_item": translate(QT_TRANSLATE_NOOP("Core", "New service item")), "value": "", "standard": "",
            "commitment": "", "review_cycle": "yearly", "status": "draft"}


def _unit_relation_source() -> Source:
    provider, customer = aliased(Unit), aliased(Unit)
    r = UnitRelation

    def touching(unit_id: str):
        return or_(r.provider_unit_id == unit_id, r.customer_unit_id == unit_id)

    def in_line(line_id: str):
        below = subtree_ids(line_id)
        return or_(r.provider_unit_id.in_(below), r.customer_unit_id.in_(below))

    return Source(
        from_=outerjoin(r, provider, r.provider_unit_id == provider.id).outerjoin(customer, r.customer_unit_id == customer.id),
        values={"provider_unit_id": r.provider_unit_id, "customer_unit_id": r.customer_unit_id, **_term_values(r)},
        labels={"provider_unit_id": provider.name, "customer_unit_id": customer.name},
        filters={"unit": touching, "line": in_line},
    )


RELATIONS_UNIT = register(TableSpec(
    entity="unit_relation", model=UnitRelation, area=AREA, default_order="provider_unit_id",
    columns=(
        Column("provider_unit_id", QT_TRANSLATE_NOOP("Core", "Provider"), kind="ref", ref=UNIT_REF, required=True, width=140),
        Column("customer_unit_id", QT_TRANSLATE_NOOP("Core", "Customer"), kind="ref", ref=UNIT_REF, required=True, width=140),
        *_term_columns(),
    ),
    source=_unit_relation_source, defaults=_relation_defaults,
    row_rules=_relation_rules(UNIT_LEVEL), restore_check=_relation_restore_check(UNIT_LEVEL),
))


def _position_relation_source() -> Source:
    provider, customer = aliased(Position), aliased(Position)
    provider_unit, customer_unit = aliased(Unit), aliased(Unit)
    r = PositionRelation

    def in_unit(unit_id: str):
        posts = select(Position.id).where(Position.unit_id.in_(subtree_ids(unit_id)))
        return or_(r.provider_position_id.in_(posts), r.customer_position_id.in_(posts))

    return Source(
        from_=outerjoin(r, provider, r.provider_position_id == provider.id)
        .outerjoin(provider_unit, provider.unit_id == provider_unit.id)
        .outerjoin(customer, r.customer_position_id == customer.id)
        .outerjoin(customer_unit, customer.unit_id == customer_unit.id),
        values={"provider_position_id": r.provider_position_id, "provider_unit": provider_unit.name,
                "customer_position_id": r.customer_position_id, "customer_unit": customer_unit.name,
                **_term_values(r)},
        labels={"provider_position_id": provider.name, "customer_position_id": customer.name},
        filters={"unit": in_unit,
                 "post": lambda post_id: or_(r.provider_position_id == post_id, r.customer_position_id == post_id)},
    )


RELATIONS_POSITION = register(TableSpec(
    entity="position_relation", model=PositionRelation, area=AREA, default_order="provider_unit",
    columns=(
        Column("provider_position_id", QT_TRANSLATE_NOOP("Core", "Provider post"), kind="ref", ref=POSITION_REF, required=True, width=130),
        Column("provider_unit", QT_TRANSLATE_NOOP("Core", "Provider unit"), editable=False, width=120),
        Column("customer_position_id", QT_TRANSLATE_NOOP("Core", "Customer post"), kind="ref", ref=POSITION_REF, required=True, width=130),
        Column("customer_unit", QT_TRANSLATE_NOOP("Core", "Customer unit"), editable=False, width=120),
        *_term_columns(),
    ),
    source=_position_relation_source, defaults=_relation_defaults,
    row_rules=_relation_rules(POSITION_LEVEL), restore_check=_relation_restore_check(POSITION_LEVEL),
))

RELATIONS = {"unit": RELATIONS_UNIT, "position": RELATIONS_POSITION}


# --- processes -------------------------------------------------------------------------------

def _process_source() -> Source:
    steps = (select(func.count()).where(ProcessStep.process_id == BusinessProcess.id, ProcessStep.deleted_at.is_(None))
             .correlate(BusinessProcess).scalar_subquery())
    return Source(
        from_=BusinessProcess.__table__,
        values={"code": BusinessProcess.code, "name": BusinessProcess.name, "status": BusinessProcess.status,
                "steps": steps, "description": BusinessProcess.description},
    )


def _process_defaults(session: Session, translate: Translate) -> dict[str, Any]:
    return {"code": next_code(session, BusinessProcess.code, "BP", 3), "name": translate(QT_TRANSLATE_NOOP("Core", "New process")),
            "status": "draft", "description": ""}


PROCESSES = register(TableSpec(
    entity="business_process", model=BusinessProcess, area=AREA, default_order="code",
    columns=(
        Column("code", QT_TRANSLATE_NOOP("Core", "Code"), required=True, unique=True, max_length=30, width=80),
        Column("name", QT_TRANSLATE_NOOP("Core", "Name"), required=True, max_length=200, width=180),
        Column("status", QT_TRANSLATE_NOOP("Core", "Status"), kind="enum", required=True, choices=PROCESS_STATUS_LABELS, width=70),
        Column("steps", QT_TRANSLATE_NOOP("Core", "Steps"), kind="int", editable=False, width=50),
        Column("description", QT_TRANSLATE_NOOP("Core", "Description"), kind="longtext", width=260),
    ),
    source=_process_source, defaults=_process_defaults,
))


# --- process steps ---------------------------------------------------------------------------

def _set_post(session: Session, step: ProcessStep, value: str | None) -> None:
    """A post chosen for a step without a unit tells the unit."""
    if value is not None and step.owner_unit_id is None:
        step.owner_unit_id = session.scalar(select(Position.unit_id).where(Position.id == value))
    step.owner_position_id = value


STEP_RULES = (
    RowRule(("process_id", "sequence"), lambda s, step: sequence_problem(s, step.id, step.process_id, step.sequence)),
    RowRule(("owner_unit_id", "owner_position_id"),
            lambda s, step: post_outside_unit(s, step.owner_position_id, step.owner_unit_id)),
)


def _step_source() -> Source:
    process, unit, post = aliased(BusinessProcess), aliased(Unit), aliased(Position)
    s = ProcessStep
    return Source(
        from_=outerjoin(s, process, s.process_id == process.id).outerjoin(unit, s.owner_unit_id == unit.id)
        .outerjoin(post, s.owner_position_id == post.id),
        values={"process_id": s.process_id, "sequence": s.sequence, "name": s.name, "owner_unit_id": s.owner_unit_id,
                "owner_position_id": s.owner_position_id, "description": s.description},
        labels={"process_id": process.name, "owner_unit_id": unit.name, "owner_position_id": post.name},
        filters={"process": lambda process_id: s.process_id == process_id},
    )


def _next_sequence(session: Session, process_id: str | None) -> int:
    where = [ProcessStep.deleted_at.is_(None)]
    if process_id is not None:
        where.append(ProcessStep.process_id == process_id)
    return (session.scalar(select(func.max(ProcessStep.sequence)).where(*where)) or 0) + 1


def _step_defaults(session: Session, translate: Translate) -> dict[str, Any]:
    """A sequence after every live step of any process, so it is free wherever the step goes;
    ``add_step`` numbers within the process instead."""
    first = session.scalar(select(BusinessProcess.id).where(BusinessProcess.deleted_at.is_(None))
                           .order_by(BusinessProcess.code))
    return {"process_id": first, "sequence": _next_sequence(session, None),
            "name": translate(QT_TRANSLATE_NOOP("Core", "New step")), "description": ""}


PROCESS_STEPS = register(TableSpec(
    entity="process_step", model=ProcessStep, area=AREA, default_order="sequence",
    columns=(
        Column("process_id", QT_TRANSLATE_NOOP("Core", "Process"), kind="ref", ref=PROCESS_REF, required=True, width=150),
        Column("sequence", QT_TRANSLATE_NOOP("Core", "Step"), kind="int", required=True, minimum=1, maximum=9999, width=50),
        Column("name", QT_TRANSLATE_NOOP("Core", "Name"), required=True, max_length=200, width=160),
        Column("owner_unit_id", QT_TRANSLATE_NOOP("Core", "Owner unit"), kind="ref", ref=UNIT_REF, width=140),
        Column("owner_position_id", QT_TRANSLATE_NOOP("Core", "Owner post"), kind="ref", ref=POSITION_REF, width=140),
        Column("description", QT_TRANSLATE_NOOP("Core", "Description"), kind="longtext", width=240),
    ),
    source=_step_source, setters={"owner_position_id": _set_post}, defaults=_step_defaults,
    row_rules=STEP_RULES, restore_check=restored_step_problem,
))


def add_step(session: Session, process_id: str, translate: Translate, values: dict[str, Any] | None = None) -> str:
    """Adds a step after the last live step of ``process_id`` (``values`` may set any column);
    returns its id. Refusals as for any new row (CellError)."""
    data = {"process_id": process_id, "sequence": _next_sequence(session, process_id), **(values or {})}
    return create_row(session, PROCESS_STEPS, data, translate)


# --- handbook texts --------------------------------------------------------------------------

def _text_source() -> Source:
    t = HandbookText
    return Source(from_=t.__table__, values={"key": t.key, "title": t.title, "body": t.body})


HANDBOOK_TEXTS = register(TableSpec(
    entity="handbook_text", model=HandbookText, area=AREA, default_order="key",
    columns=(
        Column("key", QT_TRANSLATE_NOOP("Core", "Text"), kind="enum", choices=HANDBOOK_TEXT_LABELS, editable=False, width=140),
        Column("title", QT_TRANSLATE_NOOP("Core", "Title"), required=True, max_length=200, width=160),
        Column("body", QT_TRANSLATE_NOOP("Core", "Body"), kind="longtext", width=480),
    ),
    source=_text_source,
))
