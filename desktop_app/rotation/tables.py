"""Table specs of rotation and stationing: plans, assignments and minimum staffing rules.

A plan's status is not edited in its cell: it moves through ``plans.set_status`` (approving
over open findings is recorded). An assignment's staff brings the post they leave (their
current post), and a destination post brings its unit. Dates are inclusive days; an
assignment ending before it starts, or outside its plan, is stored and reported by the checks
rather than refused, so a plan can be drafted in any order.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased, outerjoin

from desktop_app.customer_map.rules import post_outside_unit
from desktop_app.i18n import QT_TRANSLATE_NOOP, Message, Translate, msg
from desktop_app.model import Position, RotationAssignment, RotationPlan, RotationPlanUnit, Staff, StaffingRule, Unit
from desktop_app.org.tables import POSITION_REF, UNIT_REF
from desktop_app.org.tree import subtree_ids
from desktop_app.rotation.vocabulary import (
    ASSIGNMENT_STATUS_LABELS, PLAN_KIND_LABELS, PLAN_STATUS_LABELS, STAFFED_CATEGORY_LABELS,
)
from desktop_app.tables.choices import Choice
from desktop_app.tables.codes import next_code
from desktop_app.tables.spec import Column, RefTarget, RowRule, Source, TableSpec, register

AREA = "rotation"

PLAN_ENDS_FIRST = QT_TRANSLATE_NOOP("Core", "A plan can't end before it starts.")
NOT_A_STATION = QT_TRANSLATE_NOOP("Core", "Minimum staffing is set for supply stations: {unit} is not one.")
RULE_TWICE = QT_TRANSLATE_NOOP("Core", "{unit} already has a minimum for {category} staff.")


def _staff_choices(session: Session, limit: int) -> list[Choice]:
    """"王芳 (E000123) · 台区经理 · 城关供电所": names recur; the post and unit tell people apart."""
    rows = session.execute(
        select(Staff.id, Staff.name, Staff.employee_no, Position.name, Unit.name)
        .outerjoin(Position, Staff.position_id == Position.id).outerjoin(Unit, Position.unit_id == Unit.id)
        .where(Staff.deleted_at.is_(None)).order_by(Staff.employee_no).limit(limit))
    return [Choice(sid, f"{name} ({no})" + (f" · {post} · {unit}" if post else ""))
            for sid, name, no, post, unit in rows]


def _station_choices(session: Session, limit: int) -> list[Choice]:
    rows = session.execute(select(Unit.id, Unit.name, Unit.code).where(Unit.deleted_at.is_(None), Unit.kind == "station")
                           .order_by(Unit.sort_order, Unit.code).limit(limit))
    return [Choice(uid, f"{name} ({code})") for uid, name, code in rows]


PLAN_REF = RefTarget("rotation_plan", RotationPlan)
STAFF_PICK = RefTarget("staff", Staff, label="name", code="employee_no", choices=_staff_choices)
STATION_REF = RefTarget("unit", Unit, choices=_station_choices)


# --- plans -----------------------------------------------------------------------------------

def _plan_source() -> Source:
    p = RotationPlan
    # SQLite concatenates in the order the inner query gives: the units' tree order
    names = (select(Unit.name.label("name")).select_from(RotationPlanUnit).join(Unit, RotationPlanUnit.unit_id == Unit.id)
             .where(RotationPlanUnit.plan_id == p.id, RotationPlanUnit.deleted_at.is_(None), Unit.deleted_at.is_(None))
             .order_by(Unit.sort_order, Unit.code).correlate(p).subquery())
    scope = select(func.group_concat(names.c.name, "\u3001")).scalar_subquery()
    people = (select(func.count()).where(RotationAssignment.plan_id == p.id, RotationAssignment.deleted_at.is_(None))
              .correlate(p).scalar_subquery())
    return Source(
        from_=p.__table__,
        values={"code": p.code, "name": p.name, "kind": p.kind, "start": p.start, "end": p.end, "status": p.status,
                "scope": func.coalesce(scope, ""), "assignments": people, "objective": p.objective,
                "evaluation_method": p.evaluation_method, "approved_by": p.approved_by,
                "approved_with": p.approved_with},
        filters={"kind": lambda kind: p.kind == kind},
    )


def _plan_defaults(session: Session, translate: Translate) -> dict[str, Any]:
    year = date.today().year
    return {"code": next_code(session, RotationPlan.code, "RP", 3), "name": translate(QT_TRANSLATE_NOOP("Core", "New plan")),
            "kind": "rotation", "start": date(year, 1, 1), "end": date(year, 12, 31), "objective": "",
            "evaluation_method": ""}


def _plan_period_problem(_session: Session, plan: RotationPlan) -> Message | None:
    if plan.start is not None and plan.end is not None and plan.end < plan.start:
        return msg(PLAN_ENDS_FIRST)
    return None


PLANS = register(TableSpec(
    entity="rotation_plan", model=RotationPlan, area=AREA, default_order="start",
    columns=(
        Column("code", QT_TRANSLATE_NOOP("Core", "Code"), required=True, unique=True, max_length=30, width=70),
        Column("name", QT_TRANSLATE_NOOP("Core", "Name"), required=True, max_length=200, width=180),
        Column("kind", QT_TRANSLATE_NOOP("Core", "Kind"), kind="enum", required=True, choices=PLAN_KIND_LABELS, width=80),
        Column("start", QT_TRANSLATE_NOOP("Core", "Start"), kind="date", required=True, width=90),
        Column("end", QT_TRANSLATE_NOOP("Core", "End"), kind="date", required=True, width=90),
        Column("status", QT_TRANSLATE_NOOP("Core", "Status"), kind="enum", required=True, choices=PLAN_STATUS_LABELS,
               editable=False, width=70),
        Column("scope", QT_TRANSLATE_NOOP("Core", "Units in scope"), editable=False, width=180),
        Column("assignments", QT_TRANSLATE_NOOP("Core", "Assignments"), kind="int", editable=False, width=60),
        Column("objective", QT_TRANSLATE_NOOP("Core", "Objective"), kind="longtext", width=200),
        Column("evaluation_method", QT_TRANSLATE_NOOP("Core", "Evaluation method"), kind="longtext", width=200),
        Column("approved_by", QT_TRANSLATE_NOOP("Core", "Approved by"), editable=False, width=80),
        Column("approved_with", QT_TRANSLATE_NOOP("Core", "Open findings at approval"), kind="int", editable=False,
               width=60),
    ),
    source=_plan_source, defaults=_plan_defaults,
    row_rules=(RowRule(("start", "end"), _plan_period_problem),),
))


# --- assignments -----------------------------------------------------------------------------

def _assignment_source() -> Source:
    a = RotationAssignment
    plan, staff = aliased(RotationPlan), aliased(Staff)
    from_post, from_unit = aliased(Position), aliased(Unit)
    to_unit, to_post = aliased(Unit), aliased(Position)

    def in_unit(unit_id: str):
        below = subtree_ids(unit_id)
        return or_(a.to_unit_id.in_(below), from_post.unit_id.in_(below))

    return Source(
        from_=outerjoin(a, plan, a.plan_id == plan.id).outerjoin(staff, a.staff_id == staff.id)
        .outerjoin(from_post, a.from_position_id == from_post.id).outerjoin(from_unit, from_post.unit_id == from_unit.id)
        .outerjoin(to_unit, a.to_unit_id == to_unit.id).outerjoin(to_post, a.to_position_id == to_post.id),
        values={"plan_id": a.plan_id, "staff_id": a.staff_id, "employee_no": staff.employee_no,
                "from_position_id": a.from_position_id, "from_unit": from_unit.name, "to_unit_id": a.to_unit_id,
                "to_position_id": a.to_position_id, "start": a.start, "end": a.end,
                "days": func.julianday(a.end) - func.julianday(a.start) + 1,
                "status": a.status, "score": a.score, "comment": a.comment},
        labels={"plan_id": plan.name, "staff_id": staff.name, "from_position_id": from_post.name,
                "to_unit_id": to_unit.name, "to_position_id": to_post.name},
        filters={"plan": lambda plan_id: a.plan_id == plan_id, "staff": lambda staff_id: a.staff_id == staff_id,
                 "unit": in_unit},
    )


def _set_staff(session: Session, row: RotationAssignment, staff_id: str | None) -> None:
    """The post a person leaves is the one they hold now (the user may change it after)."""
    row.staff_id = staff_id
    if staff_id is not None:
        row.from_position_id = session.scalar(select(Staff.position_id).where(Staff.id == staff_id))


def _set_to_post(session: Session, row: RotationAssignment, post_id: str | None) -> None:
    """A destination post chosen without a unit tells the unit."""
    if post_id is not None and row.to_unit_id is None:
        row.to_unit_id = session.scalar(select(Position.unit_id).where(Position.id == post_id))
    row.to_position_id = post_id


def _assignment_defaults(session: Session, translate: Translate) -> dict[str, Any]:
    first = session.scalar(select(RotationPlan.id).where(RotationPlan.deleted_at.is_(None)).order_by(RotationPlan.code))
    return {"plan_id": first, "status": "planned", "comment": ""}


ASSIGNMENTS = register(TableSpec(
    entity="rotation_assignment", model=RotationAssignment, area=AREA, default_order="start",
    columns=(
        Column("plan_id", QT_TRANSLATE_NOOP("Core", "Plan"), kind="ref", ref=PLAN_REF, required=True, width=140),
        Column("staff_id", QT_TRANSLATE_NOOP("Core", "Staff member"), kind="ref", ref=STAFF_PICK, width=90),
        Column("employee_no", QT_TRANSLATE_NOOP("Core", "Employee no."), editable=False, width=80),
        Column("from_position_id", QT_TRANSLATE_NOOP("Core", "From post"), kind="ref", ref=POSITION_REF, width=110),
        Column("from_unit", QT_TRANSLATE_NOOP("Core", "From unit"), editable=False, width=110),
        Column("to_unit_id", QT_TRANSLATE_NOOP("Core", "To unit"), kind="ref", ref=UNIT_REF, width=110),
        Column("to_position_id", QT_TRANSLATE_NOOP("Core", "To post"), kind="ref", ref=POSITION_REF, width=110),
        Column("start", QT_TRANSLATE_NOOP("Core", "Start"), kind="date", width=90),
        Column("end", QT_TRANSLATE_NOOP("Core", "End"), kind="date", width=90),
        Column("days", QT_TRANSLATE_NOOP("Core", "Days"), kind="int", editable=False, width=50),
        Column("status", QT_TRANSLATE_NOOP("Core", "Status"), kind="enum", required=True,
               choices=ASSIGNMENT_STATUS_LABELS, width=70),
        Column("score", QT_TRANSLATE_NOOP("Core", "Score"), kind="int", minimum=0, maximum=100, width=50),
        Column("comment", QT_TRANSLATE_NOOP("Core", "Comment"), kind="longtext", width=200),
    ),
    source=_assignment_source, defaults=_assignment_defaults,
    setters={"staff_id": _set_staff, "to_position_id": _set_to_post},
    row_rules=(RowRule(("to_unit_id", "to_position_id"),
                       lambda s, row: post_outside_unit(s, row.to_position_id, row.to_unit_id)),),
))


# --- minimum staffing ------------------------------------------------------------------------

def present_staff(station_id, category):
    """A SQL count of the live staff whose post, of ``category``, is at ``station_id`` or in one
    of its teams (stations hold teams one level down)."""
    # correlated with whatever ``station_id`` comes from (a rule's row): only ``unit`` is its own
    teams = select(Unit.id).where(Unit.parent_id == station_id, Unit.deleted_at.is_(None)).correlate_except(Unit)
    return (select(func.count()).select_from(Staff).join(Position, Staff.position_id == Position.id)
            .where(Staff.deleted_at.is_(None), Position.deleted_at.is_(None), Position.category == category,
                   or_(Position.unit_id == station_id, Position.unit_id.in_(teams))))


def _rule_source() -> Source:
    r = StaffingRule
    unit = aliased(Unit)
    return Source(
        from_=outerjoin(r, unit, r.unit_id == unit.id),
        values={"unit_id": r.unit_id, "category": r.category, "minimum": r.minimum,
                "present": present_staff(r.unit_id, r.category).correlate(r).scalar_subquery()},
        labels={"unit_id": unit.name},
        filters={"unit": lambda unit_id: r.unit_id.in_(subtree_ids(unit_id))},
    )


def _rule_problem(session: Session, rule: StaffingRule) -> Message | None:
    if rule.unit_id is None:
        return None
    unit = session.execute(select(Unit.name, Unit.kind).where(Unit.id == rule.unit_id)).first()
    if unit is not None and unit.kind != "station":
        return msg(NOT_A_STATION, unit=unit.name)
    twice = session.scalar(select(StaffingRule.id).where(
        StaffingRule.unit_id == rule.unit_id, StaffingRule.category == rule.category,
        StaffingRule.deleted_at.is_(None), StaffingRule.id != rule.id).limit(1))
    if twice is not None:
        return msg(RULE_TWICE, unit=unit.name if unit else "", category=msg(STAFFED_CATEGORY_LABELS[rule.category]))
    return None


STAFFING_RULES = register(TableSpec(
    entity="staffing_rule", model=StaffingRule, area=AREA, default_order="unit_id",
    columns=(
        Column("unit_id", QT_TRANSLATE_NOOP("Core", "Supply station"), kind="ref", ref=STATION_REF, required=True,
               width=140),
        Column("category", QT_TRANSLATE_NOOP("Core", "Category"), kind="enum", required=True,
               choices=STAFFED_CATEGORY_LABELS, width=80),
        Column("minimum", QT_TRANSLATE_NOOP("Core", "Minimum present"), kind="int", required=True, minimum=0,
               maximum=999, width=80),
        Column("present", QT_TRANSLATE_NOOP("Core", "Staff now"), kind="int", editable=False, width=70),
    ),
    source=_rule_source, defaults=lambda s, t: {"category": "production", "minimum": 1},
    row_rules=(RowRule(("unit_id", "category"), _rule_problem),), restore_check=_rule_problem,
))
