"""Plans, assignments and staffing rules for the rotation tests, written through the table
specs so that every rule applies."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from desktop_app.model import Staff
from desktop_app.rotation.tables import ASSIGNMENTS, PLANS, STAFFING_RULES
from desktop_app.tables.edits import create_row

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
