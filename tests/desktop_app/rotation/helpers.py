"""Plans, assignments and staffing rules for the rotation tests, written through the table
specs so that every rule applies."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from desktop_app.model import Position, Staff
from desktop_app.org.staffing import assign_position
from desktop_app.rotation.checks import review_rotation
from desktop_app.rotation.plans import set_plan_scope
from desktop_app.rotation.tables import ASSIGNMENTS, PLANS, STAFFING_RULES
from desktop_app.tables.edits import create_row, soft_delete

SAME = lambda text: text  # noqa: E731


def add_plan(db, name: str = "轮岗计划", kind: str = "rotation", start: date = date(2026, 1, 1),
             end: date = date(2026, 12, 31), **values) -> str:
    with db.write() as s:
        return create_row(s, PLANS, {"name": name, "kind": kind, "start": start, "end": end, **values}, SAME)


def add_assignment(db, plan: str, staff: str | None, start: date | None, end: date | None, **values) -> str:
    with db.write() as s:
        return create_row(s, ASSIGNMENTS, {"plan_id": plan, "staff_id": staff, "start": start, "end": end, **values},
                          SAME)


def add_rule(db, unit: str, category: str = "production", minimum: int = 1) -> str:
    with db.write() as s:
        return create_row(s, STAFFING_RULES, {"unit_id": unit, "category": category, "minimum": minimum}, SAME)


def staff_ids(db) -> list[str]:
    """员工0, 员工1, … in employee number order."""
    with db.read() as s:
        return list(s.scalars(select(Staff.id).order_by(Staff.employee_no)))


def add_post(db, unit: str, name: str, category: str, code: str | None = None) -> str:
    """A post at ``unit`` (code from its name unless given)."""
    with db.write() as s:
        post = Position(unit_id=unit, code=code or f"P-{name}", name=name, category=category, quota=5)
        s.add(post)
        s.flush()
        return post.id


def add_person(db, name: str, post: str | None, since: date | None = date(2020, 1, 1),
               hired_on: date | None = None, employee_no: str | None = None) -> str:
    """A person holding ``post``: from ``since`` in their post history, or (``since`` None)
    with no history row at all, as people entered before the history was kept."""
    with db.write() as s:
        count = s.scalar(select(func.count()).select_from(Staff))
        person = Staff(employee_no=employee_no or f"X{count:05d}", name=name, hired_on=hired_on)
        if since is None or post is None:
            person.position_id = post
            s.add(person)
        else:
            assign_position(s, person, post, since)
        s.flush()
        return person.id


def set_scope(db, plan: str, units: list[str]) -> None:
    with db.write() as s:
        set_plan_scope(s, plan, units)


def delete(db, spec, row_id: str) -> None:
    """Soft-deletes a row of a rotation table spec (PLANS, ASSIGNMENTS, STAFFING_RULES)."""
    with db.write() as s:
        soft_delete(s, spec, [row_id])


def review(db, today: date = date(2026, 1, 1), years: int = 5):
    """``review_rotation`` in a read session, as of ``today``."""
    with db.read() as s:
        return review_rotation(s, today, years)
