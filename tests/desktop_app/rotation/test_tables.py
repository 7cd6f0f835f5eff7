"""Rotation tables: plan periods, an assignment's staff and destination filled in, staffing
rules for stations only and once per category, a plan's scope and status."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from desktop_app.model import RotationAssignment, RotationPlan
from desktop_app.rotation.plans import plan_scope, set_plan_scope, set_status
from desktop_app.rotation.tables import ASSIGNMENTS, PLANS, STAFFING_RULES
from desktop_app.tables import edits
from desktop_app.tables.edits import CellEdit
from desktop_app.tables.query import TableQuery
from desktop_app.tables.values import CellError
from tests.desktop_app.rotation.helpers import add_assignment, add_plan, add_rule, staff_ids


def test_a_new_plan_covers_this_year_and_gets_the_next_code(db):
    with db.write() as s:
        values = PLANS.defaults(s, lambda t: t)
    year = date.today().year
    assert (values["start"], values["end"]) == (date(year, 1, 1), date(year, 12, 31))
    assert values["code"] == "RP001"


def test_a_plan_ending_before_it_starts_is_refused_at_the_cell(db):
    plan = add_plan(db)
    with db.write() as s, pytest.raises(CellError) as refused:
        edits.update_cell(s, PLANS, CellEdit(plan, 1, "end", date(2025, 12, 31)))
    assert refused.value.key == "end"
    assert "before it starts" in refused.value.message.render()


def test_choosing_the_staff_fills_the_post_they_leave(db, org):
    plan = add_plan(db)
    person = staff_ids(db)[0]
    row = add_assignment(db, plan, person, date(2026, 3, 1), date(2026, 3, 31))
    with db.read() as s:
        assert s.get(RotationAssignment, row).from_position_id == org.worker


def test_a_destination_post_fills_its_unit_and_must_be_inside_the_unit(db, org):
    plan = add_plan(db)
    row = add_assignment(db, plan, None, None, None, to_position_id=org.head)
    with db.read() as s:
        assignment = s.get(RotationAssignment, row)
        assert assignment.to_unit_id == org.station
    with db.write() as s, pytest.raises(CellError) as refused:
        edits.update_cell(s, ASSIGNMENTS, CellEdit(row, assignment.version, "to_unit_id", org.dept))
    assert "所长" in refused.value.message.render()


def test_the_assignment_table_shows_days_and_filters_by_plan_and_unit(db, org):
    a, b = add_plan(db, "甲"), add_plan(db, "乙")
    person = staff_ids(db)[0]
    add_assignment(db, a, person, date(2026, 3, 1), date(2026, 3, 31), to_unit_id=org.dept)
    add_assignment(db, b, person, date(2026, 5, 1), date(2026, 5, 1))
    with db.read() as s:
        rows = TableQuery(ASSIGNMENTS, filters=(("plan", a),)).page(s, None, 10)
        assert [r.values[ASSIGNMENTS.index_of("days")] for r in rows] == [31]
        assert TableQuery(ASSIGNMENTS, filters=(("unit", org.dept),)).count(s) == 1
        assert TableQuery(ASSIGNMENTS, filters=(("unit", org.station),)).count(s) == 2  # they leave 运维班


def test_staffing_rules_are_for_stations_once_per_category(db, org):
    rule = add_rule(db, org.station, "production", 3)
    with pytest.raises(CellError) as refused:
        add_rule(db, org.dept)
    assert "运检部" in refused.value.message.render()
    with pytest.raises(CellError):
        add_rule(db, org.station, "production", 2)
    add_rule(db, org.station, "marketing", 1)
    with db.read() as s:
        rows = TableQuery(STAFFING_RULES).page(s, None, 10)
        present = {r.values[1]: r.values[STAFFING_RULES.index_of("present")] for r in rows}
    assert present == {"production": 5, "marketing": 0}  # 员工0…4 in 运维班, a team of the station
    other = add_station(db, "白沙供电所")
    add_rule(db, other, "production", 1)
    with db.read() as s:
        rows = TableQuery(STAFFING_RULES).page(s, None, 10)
        by_station = {(r.values[0], r.values[1]): r.values[STAFFING_RULES.index_of("present")] for r in rows}
    assert by_station[(other, "production")] == 0  # counted at its own station only
    assert by_station[(org.station, "production")] == 5
    with db.write() as s:
        edits.soft_delete(s, STAFFING_RULES, [rule])
    add_rule(db, org.station, "production", 4)
    with db.write() as s, pytest.raises(edits.EditRefused):
        edits.restore(s, STAFFING_RULES, [rule])


def add_station(db, name: str) -> str:
    from desktop_app.model import Unit

    with db.write() as s:
        station = Unit(code="S2", name=name, kind="station", sort_order=9)
        s.add(station)
        s.flush()
        return station.id


def test_a_plans_scope_is_set_and_shown(db, org):
    plan = add_plan(db)
    with db.write() as s:
        assert set_plan_scope(s, plan, [org.station, org.dept])
    with db.write() as s:
        assert set_plan_scope(s, plan, [org.station])
        assert not set_plan_scope(s, plan, [org.station])
    with db.write() as s:
        set_plan_scope(s, plan, [org.dept, org.station])  # 运检部 comes back: its link restored
    other = add_plan(db, "蹲点", "stationing", start=date(2026, 2, 1))
    with db.write() as s:
        set_plan_scope(s, other, [org.dept])
    with db.read() as s:
        assert plan_scope(s, plan) == [org.station, org.dept]
        rows = TableQuery(PLANS).page(s, None, 10)
    assert [r.values[PLANS.index_of("scope")] for r in rows] == ["城关供电所、运检部", "运检部"]  # tree order


def test_approving_records_who_and_over_how_many_findings(db):
    plan = add_plan(db)
    with db.write() as s:
        set_status(s, plan, "approved", "张三", open_findings=2)
    with db.read() as s:
        p = s.get(RotationPlan, plan)
        assert (p.status, p.approved_by, p.approved_with) == ("approved", "张三", 2)
        assert p.approved_at is not None
    with db.write() as s:
        set_status(s, plan, "draft")
    with db.read() as s:
        p = s.scalar(select(RotationPlan).where(RotationPlan.id == plan))
        assert (p.status, p.approved_by, p.approved_with, p.approved_at) == ("draft", "", 0, None)
    with db.write() as s, pytest.raises(ValueError):
        set_status(s, plan, "cancelled")
