"""Stationing (蹲点) by quarter: every supply station in a stationing plan's scope needs
someone stationed there on at least one day of each quarter the plan covers."""

from __future__ import annotations

from datetime import date

from desktop_app.model import Unit
from desktop_app.rotation.tables import ASSIGNMENTS
from tests.desktop_app.rotation.helpers import (
    add_assignment, add_person, add_plan, delete, review, set_scope, staff_ids,
)

D = date


def gaps(db):
    return [(f.unit_ids[0], f.first_day, f.last_day) for f in review(db).of_kind("no_stationing")]


def add_station(db, parent: str, name: str = "城南供电所") -> str:
    with db.write() as s:
        unit = Unit(code="S2", name=name, kind="station", parent_id=parent, sort_order=5)
        s.add(unit)
        s.flush()
        return unit.id


def test_each_quarter_without_anyone_stationed_is_a_finding(db, org):
    plan = add_plan(db, "2026年蹲点", kind="stationing")
    set_scope(db, plan, [org.line])
    who = add_person(db, "专责甲", org.clerk)
    add_assignment(db, plan, who, D(2026, 3, 31), D(2026, 3, 31), to_unit_id=org.team)  # Q1's last day: covered
    add_assignment(db, plan, who, D(2026, 7, 1), D(2026, 7, 1), to_unit_id=org.station)
    found = review(db).of_kind("no_stationing")
    assert [(f.first_day, f.last_day) for f in found] == [(D(2026, 4, 1), D(2026, 6, 30)), (D(2026, 10, 1), D(2026, 12, 31))]
    f = found[0]
    assert (f.plan_ids, f.unit_ids, f.staff_ids, f.assignment_ids) == ((plan,), (org.station,), (), ())
    assert f.key == f"no_stationing:{plan}:{org.station}:2026Q2"
    assert f.message.render() == "No one is stationed at 城关供电所 in 2026 Q2, which \u201c2026年蹲点\u201d covers."
    chinese = {"{year} Q{quarter}": "{year}年第{quarter}季度"}
    assert "2026年第2季度" in f.message.render(lambda text: chinese.get(text, text))


def test_quarters_are_cut_to_the_plan_period(db, org):
    plan = add_plan(db, "甲", kind="stationing", start=D(2026, 2, 15), end=D(2026, 5, 10))
    set_scope(db, plan, [org.station])
    who = add_person(db, "专责甲", org.clerk)
    add_assignment(db, plan, who, D(2026, 2, 1), D(2026, 2, 14), to_unit_id=org.station)  # before the plan
    add_assignment(db, plan, who, D(2026, 5, 10), D(2026, 6, 30), to_unit_id=org.station)  # Q2: its last planned day
    assert gaps(db) == [(org.station, D(2026, 2, 15), D(2026, 3, 31))]


def test_only_placed_stationing_assignments_count_from_any_stationing_plan(db, org):
    plan = add_plan(db, "甲", kind="stationing", start=D(2026, 1, 1), end=D(2026, 3, 31), status="draft")
    other = add_plan(db, "乙", kind="stationing", start=D(2026, 1, 1), end=D(2026, 3, 31))
    rotation = add_plan(db, "轮岗", start=D(2026, 1, 1), end=D(2026, 3, 31))
    set_scope(db, plan, [org.company])
    who = add_person(db, "专责甲", org.clerk)
    add_assignment(db, rotation, who, D(2026, 2, 1), D(2026, 2, 5), to_unit_id=org.station)  # not stationing
    add_assignment(db, plan, who, D(2026, 2, 1), D(2026, 2, 5), to_unit_id=org.station, status="cancelled")
    add_assignment(db, plan, None, D(2026, 2, 1), D(2026, 2, 5), to_unit_id=org.station)  # nobody chosen
    add_assignment(db, plan, who, D(2026, 2, 5), D(2026, 2, 1), to_unit_id=org.station)  # ends first
    removed = add_assignment(db, plan, who, D(2026, 2, 1), D(2026, 2, 5), to_unit_id=org.station)
    delete(db, ASSIGNMENTS, removed)
    assert gaps(db) == [(org.station, D(2026, 1, 1), D(2026, 3, 31))]  # 乙 has nothing in scope
    add_assignment(db, other, who, D(2026, 3, 1), D(2026, 3, 3), to_unit_id=org.team)
    assert gaps(db) == []


def test_the_scope_brings_its_stations(db, org):
    second = add_station(db, org.company)
    plan = add_plan(db, "甲", kind="stationing", start=D(2026, 4, 1), end=D(2026, 6, 30))
    set_scope(db, plan, [org.dept, org.team])  # no station at or below either
    assert gaps(db) == []
    set_scope(db, plan, [org.line])
    assert gaps(db) == [(org.station, D(2026, 4, 1), D(2026, 6, 30))]
    set_scope(db, plan, [org.company, org.station])  # each station once
    assert sorted(gaps(db)) == sorted([(org.station, D(2026, 4, 1), D(2026, 6, 30)),
                                       (second, D(2026, 4, 1), D(2026, 6, 30))])
    add_assignment(db, plan, staff_ids(db)[0], D(2026, 4, 1), D(2026, 4, 2), to_unit_id=second)
    assert gaps(db) == [(org.station, D(2026, 4, 1), D(2026, 6, 30))]


def test_a_plan_over_a_year_end_names_each_years_quarters(db, org):
    plan = add_plan(db, "甲", kind="stationing", start=D(2025, 12, 1), end=D(2026, 1, 31))
    set_scope(db, plan, [org.station])
    found = review(db).of_kind("no_stationing")
    assert [f.key.rsplit(":", 1)[1] for f in found] == ["2025Q4", "2026Q1"]
    assert [(f.first_day, f.last_day) for f in found] == [(D(2025, 12, 1), D(2025, 12, 31)), (D(2026, 1, 1), D(2026, 1, 31))]
