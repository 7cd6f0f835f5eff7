"""What the rotation checks read, in eight SELECTs whatever the size of the data, and how
their sentences name people and periods.

Only live rows take part: a deleted plan takes its assignments with it, and a cancelled
assignment counts nowhere. A deleted staff member's assignments are left out as if cancelled
(the person is gone; there is nothing to fix in the plan but the row itself). A deleted unit or
post counts as absent: an assignment to it has no known destination, and a person holding it
holds no post. The SELECTs are constants, so ``check`` can run them on its read-only
connection through ``sqlite_executor``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from sqlalchemy import select

from desktop_app.duties.grey_rules import Executor
from desktop_app.i18n import QT_TRANSLATE_NOOP, Message, msg
from desktop_app.model import (
    Position, PositionAssignment, RotationAssignment, RotationPlan, RotationPlanUnit, Staff, StaffingRule, Unit,
)

PERIOD = QT_TRANSLATE_NOOP("Core", "{first} to {last}")
MAX_NAMES = 5  # names listed in one sentence before "…"

_PLANS = (select(RotationPlan.id, RotationPlan.name, RotationPlan.kind, RotationPlan.start, RotationPlan.end)
          .where(RotationPlan.deleted_at.is_(None)))
_ASSIGNMENTS = (select(RotationAssignment.id, RotationAssignment.plan_id, RotationAssignment.staff_id,
                       RotationAssignment.to_unit_id, RotationAssignment.to_position_id, RotationAssignment.start,
                       RotationAssignment.end)
                .where(RotationAssignment.deleted_at.is_(None), RotationAssignment.status != "cancelled"))
_UNITS = select(Unit.id, Unit.name, Unit.kind, Unit.parent_id).where(Unit.deleted_at.is_(None))
_POSTS = select(Position.id, Position.unit_id, Position.name, Position.category).where(Position.deleted_at.is_(None))
_STAFF = (select(Staff.id, Staff.name, Staff.employee_no, Staff.position_id, Staff.hired_on)
          .where(Staff.deleted_at.is_(None)))
_OPEN_POSTS = (select(PositionAssignment.staff_id, PositionAssignment.position_id, PositionAssignment.start)
               .where(PositionAssignment.deleted_at.is_(None), PositionAssignment.end.is_(None)))
_SCOPES = (select(RotationPlanUnit.plan_id, RotationPlanUnit.unit_id).where(RotationPlanUnit.deleted_at.is_(None))
           .order_by(RotationPlanUnit.created_at))
_RULES = (select(StaffingRule.unit_id, StaffingRule.category, StaffingRule.minimum)
          .where(StaffingRule.deleted_at.is_(None), StaffingRule.unit_id.is_not(None)))


@lru_cache(maxsize=8192)  # a year of plans repeats a few hundred days thousands of times
def _day(value) -> date | None:
    """A Date column's value: a date through the ORM, ISO text through the sqlite3 driver."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value[:10])


class Plan(NamedTuple):
    id: str
    name: str
    kind: str
    start: date | None
    end: date | None

    @property
    def period_ok(self) -> bool:
        return self.start is not None and self.end is not None and self.start <= self.end


class Assignment(NamedTuple):
    id: str
    plan: Plan
    staff_id: str | None  # a live person (rows of deleted staff are dropped)
    to_unit_id: str | None  # the destination unit, or the destination post's unit; None if unknown
    to_position_id: str | None
    start: date | None
    end: date | None
    placed: bool  # a person and a period (start not after end): the checks can put it in time


class UnitRow(NamedTuple):
    name: str
    kind: str
    parent_id: str | None  # None also when the parent is deleted


class PostRow(NamedTuple):
    unit_id: str
    name: str
    category: str


class Person(NamedTuple):
    name: str
    employee_no: str
    position_id: str | None  # the current post if it and its unit are live
    since: date | None  # in the current post since: the latest start of its open history row, else hired_on


@dataclass
class Snapshot:
    """The rows the checks read (NamedTuples: thousands are made per review)."""

    plans: dict[str, Plan]
    assignments: list[Assignment]  # by id
    units: dict[str, UnitRow]
    posts: dict[str, PostRow]
    staff: dict[str, Person]
    scopes: dict[str, list[str]]  # plan → live units in its scope
    rules: dict[tuple[str, str], int]  # (unit, category) → minimum (the highest when stored twice)
    children: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def load(cls, execute: Executor) -> Snapshot:
        units = {uid: UnitRow(name, kind, parent) for uid, name, kind, parent in execute(_UNITS)}
        units = {uid: u if u.parent_id in units else u._replace(parent_id=None) for uid, u in units.items()}
        posts = {pid: PostRow(unit, name, category) for pid, unit, name, category in execute(_POSTS) if unit in units}
        current = {}
        for sid, pid, start in execute(_OPEN_POSTS):
            start = _day(start)
            if start is not None and (current.get((sid, pid)) or date.min) < start:
                current[(sid, pid)] = start
        staff = {}
        for sid, name, no, post, hired in execute(_STAFF):
            post = post if post in posts else None
            staff[sid] = Person(name, no, post, current.get((sid, post)) or _day(hired))
        plans = {pid: Plan(pid, name, kind, _day(start), _day(end)) for pid, name, kind, start, end in execute(_PLANS)}
        assignments = []
        for aid, plan_id, staff_id, to_unit, to_post, start, end in execute(_ASSIGNMENTS):
            plan = plans.get(plan_id)
            if plan is None or (staff_id is not None and staff_id not in staff):
                continue
            to_post = to_post if to_post in posts else None
            to_unit = to_unit if to_unit in units else posts[to_post].unit_id if to_post else None
            start, end = _day(start), _day(end)
            placed = staff_id is not None and start is not None and end is not None and start <= end
            assignments.append(Assignment(aid, plan, staff_id, to_unit, to_post, start, end, placed))
        scopes: dict[str, list[str]] = defaultdict(list)
        for plan_id, unit_id in execute(_SCOPES):
            if unit_id in units and unit_id not in scopes[plan_id]:
                scopes[plan_id].append(unit_id)
        rules: dict[tuple[str, str], int] = {}
        for unit_id, category, minimum in execute(_RULES):
            if unit_id in units:
                rules[(unit_id, category)] = max(minimum, rules.get((unit_id, category), minimum))
        children: dict[str, list[str]] = defaultdict(list)
        for uid, u in units.items():
            if u.parent_id is not None:
                children[u.parent_id].append(uid)
        assignments.sort()  # by id: the same order whatever order SQLite hands them back in
        return cls(plans, assignments, units, posts, staff, dict(scopes), rules, dict(children))

    def person(self, staff_id: str) -> str:
        """"王芳 (E000123)": names recur in a county, employee numbers don't."""
        p = self.staff[staff_id]
        return f"{p.name} ({p.employee_no})"

    def stations_of(self, unit_id: str | None) -> tuple[str, ...]:
        """The supply stations a unit counts toward: itself if it is one, and its parent if that
        is one (a station's teams are one level down, as ``tables.present_staff`` counts)."""
        if unit_id is None or unit_id not in self.units:
            return ()
        unit = self.units[unit_id]
        own = (unit_id,) if unit.kind == "station" else ()
        parent = unit.parent_id
        return own + ((parent,) if parent is not None and self.units[parent].kind == "station" else ())

    def stations_under(self, unit_id: str) -> list[str]:
        """The live supply stations at or below ``unit_id``, in tree order."""
        out, stack, seen = [], [unit_id], set()
        while stack:
            current = stack.pop()
            if current in seen:
                continue
            seen.add(current)
            if self.units[current].kind == "station":
                out.append(current)
            stack.extend(reversed(self.children.get(current, ())))
        return out


def period(first: date, last: date) -> Message | str:
    """"2026-03-01 to 2026-03-31", or the one day "2026-03-31"."""
    return first.isoformat() if first == last else msg(PERIOD, first=first.isoformat(), last=last.isoformat())


def names(items: Iterable[str]) -> str:
    items = list(items)
    return "、".join(items[:MAX_NAMES]) + ("…" if len(items) > MAX_NAMES else "")
