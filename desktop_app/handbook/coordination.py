"""The handbook's coordination chapter: the meeting system (every live meeting type with its host,
recurrence, time and place) and the rotation and stationing plans in force (approved or in
progress; drafts are not adopted yet and finished plans are history), each with its units in
scope and its assignments (cancelled ones left out).

Scope "one unit": the meeting types are the company's system and are all printed; the plans
are those whose scope covers the unit (the unit, a unit above it, or one below it) or that send
someone to it or take someone from it, each with only the assignments to or from the unit.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.model import (
    MeetingType,
    Position,
    RotationAssignment,
    RotationPlan,
    RotationPlanUnit,
    Staff,
    Unit,
)

__all__ = ["AssignmentLine", "CoordinationChapter", "MeetingTypeLine", "PlanSection", "load_coordination"]

PRINTED_PLAN_STATUSES = ("approved", "in_progress")


@dataclass(frozen=True)
class MeetingTypeLine:
    id: str
    code: str
    name: str
    category: str
    host: str
    recurrence: str
    start_time: str
    place: str


@dataclass(frozen=True)
class AssignmentLine:
    id: str
    person: str
    from_post: str  # "post · unit" or ""
    to: str  # "post · unit", or the unit
    start: date | None
    end: date | None
    status: str


@dataclass(frozen=True)
class PlanSection:
    id: str
    code: str
    name: str
    kind: str
    start: date
    end: date
    status: str
    objective: str
    evaluation_method: str
    units: tuple[str, ...]  # names of the units in scope
    assignments: tuple[AssignmentLine, ...]  # by start, then person


@dataclass(frozen=True)
class CoordinationChapter:
    meeting_types: tuple[MeetingTypeLine, ...]
    plans: tuple[PlanSection, ...]

    @property
    def empty(self) -> bool:
        return not (self.meeting_types or self.plans)


def load_coordination(session: Session, unit_id: str | None = None, related: set[str] | None = None) -> CoordinationChapter:
    """``related``: with ``unit_id``, the unit ids that count as covering it (the unit, those
    above it and those below it); computed by the caller, which knows the tree."""
    units = dict(session.execute(select(Unit.id, Unit.name).where(Unit.deleted_at.is_(None))).all())
    types = tuple(
        MeetingTypeLine(r.id, r.code, r.name, r.category, units.get(r.host_unit_id, ""), r.recurrence,
                        r.start_time, r.place)
        for r in session.execute(select(MeetingType).where(MeetingType.deleted_at.is_(None))
                                 .order_by(MeetingType.code)).scalars())
    posts = {r.id: f"{r.name} · {units.get(r.unit_id, '')}" for r in session.execute(
        select(Position.id, Position.name, Position.unit_id).where(Position.deleted_at.is_(None)))}
    post_unit = dict(session.execute(select(Position.id, Position.unit_id)).all())
    people = dict(session.execute(select(Staff.id, Staff.name).where(Staff.deleted_at.is_(None))).all())
    plans = session.execute(select(RotationPlan).where(RotationPlan.deleted_at.is_(None),
                                                       RotationPlan.status.in_(PRINTED_PLAN_STATUSES))
                            .order_by(RotationPlan.start, RotationPlan.code)).scalars().all()
    scope: dict[str, list[str]] = {}
    for plan_id, unit in session.execute(select(RotationPlanUnit.plan_id, RotationPlanUnit.unit_id)
                                         .where(RotationPlanUnit.deleted_at.is_(None))):
        if unit in units:
            scope.setdefault(plan_id, []).append(unit)
    lines: dict[str, list[tuple[AssignmentLine, set[str]]]] = {}
    for a in session.execute(select(RotationAssignment).where(RotationAssignment.deleted_at.is_(None),
                                                              RotationAssignment.status != "cancelled")).scalars():
        to = posts.get(a.to_position_id) or units.get(a.to_unit_id, "")
        line = AssignmentLine(a.id, people.get(a.staff_id, ""), posts.get(a.from_position_id, ""), to, a.start,
                              a.end, a.status)
        touched = {a.to_unit_id, post_unit.get(a.from_position_id), post_unit.get(a.to_position_id)} - {None}
        lines.setdefault(a.plan_id, []).append((line, touched))
    sections = []
    for p in plans:
        in_scope = scope.get(p.id, [])
        mine = lines.get(p.id, [])
        if unit_id is not None and related is not None:
            mine = [(line, touched) for line, touched in mine if related & touched]
            if not (related & set(in_scope) or mine):
                continue
        assignments = tuple(sorted((line for line, _ in mine),
                                   key=lambda x: (x.start or date.max, x.person, x.id)))
        sections.append(PlanSection(p.id, p.code, p.name, p.kind, p.start, p.end, p.status, p.objective,
                                    p.evaluation_method, tuple(sorted(units[u] for u in in_scope)), assignments))
    return CoordinationChapter(types, tuple(sections))
