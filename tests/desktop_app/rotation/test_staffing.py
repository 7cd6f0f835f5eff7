"""Minimum staffing day by day (最低在岗人数): runs of short days at a supply station, who is
away during them, people assigned in covering a shortfall, and the days that are checked.

The test organisation: 城关供电所 with its team 运维班, where 员工0…4 hold the production post
运维岗; 运检部 (a department) with the post 专责."""

from __future__ import annotations

from datetime import date

from desktop_app.model import Staff
from desktop_app.rotation.tables import ASSIGNMENTS, PLANS, STAFFING_RULES
from tests.desktop_app.rotation.helpers import (
    add_assignment, add_person, add_plan, add_post, add_rule, delete, review, staff_ids,
)

D = date


def short(db):
    return review(db).of_kind("understaffed")


def test_a_shortfall_of_exactly_one_day_is_one_finding(db, org):
    plan = add_plan(db, "甲")
    add_rule(db, org.station, "production", 5)
    people = staff_ids(db)
    row = add_assignment(db, plan, people[0], D(2026, 3, 10), D(2026, 3, 10), to_unit_id=org.dept)
    [f] = short(db)
    assert (f.first_day, f.last_day) == (D(2026, 3, 10), D(2026, 3, 10))
    assert (f.staff_ids, f.assignment_ids, f.plan_ids, f.unit_ids) == ((people[0],), (row,), (plan,), (org.station,))
    assert f.message.render() == ("城关供电所 has as few as 4 Production staff present (2026-03-10); the minimum is 5. "
                                  "Away: 员工0 (E00000).")
    assert f.key == f"understaffed:{org.station}:production:2026-03-10"


def test_exactly_at_the_minimum_is_no_finding(db, org):
    plan = add_plan(db)
    add_rule(db, org.station, "production", 4)
    add_assignment(db, plan, staff_ids(db)[0], D(2026, 3, 1), D(2026, 3, 31), to_unit_id=org.dept)
    assert short(db) == ()


def test_a_run_spans_every_short_day_with_its_lowest_count_and_everyone_away(db, org):
    plan = add_plan(db, "甲")
    add_rule(db, org.station, "production", 5)
    people = staff_ids(db)
    add_assignment(db, plan, people[1], D(2026, 3, 5), D(2026, 3, 20), to_unit_id=org.dept)
    add_assignment(db, plan, people[0], D(2026, 3, 1), D(2026, 3, 10), to_unit_id=org.dept)
    add_assignment(db, plan, people[2], D(2026, 3, 21), D(2026, 3, 22))  # no destination yet: away too
    add_assignment(db, plan, people[3], D(2026, 5, 1), D(2026, 5, 3), to_unit_id=org.dept)
    first, second = short(db)
    assert (first.first_day, first.last_day, second.first_day, second.last_day) == (
        D(2026, 3, 1), D(2026, 3, 22), D(2026, 5, 1), D(2026, 5, 3))
    assert first.staff_ids == (people[0], people[1], people[2])  # by the day they leave
    text = first.message.render()
    assert "as few as 3 Production staff" in text and "(2026-03-01 to 2026-03-22)" in text
    assert text.endswith("Away: 员工0 (E00000)、员工1 (E00001)、员工2 (E00002).")


def test_someone_assigned_in_covers_a_shortfall_for_their_days(db, org):
    plan = add_plan(db)
    add_rule(db, org.station, "production", 5)
    people = staff_ids(db)
    clerk = add_person(db, "专责甲", org.clerk)
    add_assignment(db, plan, people[0], D(2026, 3, 1), D(2026, 3, 31), to_unit_id=org.dept)
    add_assignment(db, plan, clerk, D(2026, 3, 1), D(2026, 3, 20), to_position_id=org.worker)
    [f] = short(db)
    assert (f.first_day, f.last_day, f.staff_ids) == (D(2026, 3, 21), D(2026, 3, 31), (people[0],))
    add_assignment(db, plan, clerk, D(2026, 3, 21), D(2026, 3, 31), to_position_id=org.worker)
    assert short(db) == ()


def test_someone_assigned_in_without_a_post_is_not_counted(db, org):
    plan = add_plan(db)
    add_rule(db, org.station, "production", 5)
    clerk = add_person(db, "专责甲", org.clerk)
    add_assignment(db, plan, staff_ids(db)[0], D(2026, 3, 1), D(2026, 3, 31), to_unit_id=org.dept)
    add_assignment(db, plan, clerk, D(2026, 3, 1), D(2026, 3, 31), to_unit_id=org.team)
    assert len(short(db)) == 1


def test_a_move_inside_the_station_changes_the_category_not_the_presence(db, org):
    plan = add_plan(db)
    marketing = add_post(db, org.station, "营销岗", "marketing")
    add_rule(db, org.station, "production", 5)
    add_rule(db, org.station, "marketing", 1)
    people = staff_ids(db)
    add_assignment(db, plan, people[0], D(2026, 1, 1), D(2026, 12, 31), to_unit_id=org.station)  # stays a worker
    add_assignment(db, plan, people[1], D(2026, 3, 1), D(2026, 3, 31), to_position_id=marketing)
    found = short(db)
    production = [f for f in found if "Production" in f.message.render()]
    marketing = [(f.first_day, f.last_day) for f in found if "Marketing" in f.message.render()]
    assert [(f.first_day, f.last_day, f.staff_ids) for f in production] == [(D(2026, 3, 1), D(2026, 3, 31), (people[1],))]
    assert marketing == [(D(2026, 1, 1), D(2026, 2, 28)), (D(2026, 4, 1), D(2026, 12, 31))]  # 员工1 counts as marketing in March


def test_a_station_short_with_nobody_away_is_reported_over_the_planned_days(db, org):
    add_rule(db, org.station, "marketing", 1)
    assert short(db) == ()  # no plan: no day to check
    add_plan(db, "甲", start=D(2026, 1, 1), end=D(2026, 3, 31))
    add_plan(db, "乙", start=D(2026, 3, 15), end=D(2026, 4, 30))
    add_plan(db, "丙", start=D(2026, 5, 2), end=D(2026, 5, 2))
    found = short(db)
    assert [(f.first_day, f.last_day) for f in found] == [(D(2026, 1, 1), D(2026, 4, 30)), (D(2026, 5, 2), D(2026, 5, 2))]
    assert found[0].message.render() == ("城关供电所 has as few as 0 Marketing staff present (2026-01-01 to 2026-04-30); "
                                         "the minimum is 1. Away: nobody (too few of its posts are filled).")
    assert found[0].plan_ids == found[0].assignment_ids == found[0].staff_ids == ()


def test_days_outside_plans_are_checked_where_an_assignment_runs_over(db, org):
    plan = add_plan(db, start=D(2026, 1, 1), end=D(2026, 1, 31))
    add_rule(db, org.station, "production", 5)
    add_assignment(db, plan, staff_ids(db)[0], D(2026, 1, 20), D(2026, 2, 10), to_unit_id=org.dept)
    [f] = short(db)
    assert (f.first_day, f.last_day) == (D(2026, 1, 20), D(2026, 2, 10))


def test_one_person_in_two_overlapping_assignments_is_away_once(db, org):
    plan = add_plan(db)
    add_rule(db, org.station, "production", 4)
    person = staff_ids(db)[0]
    add_assignment(db, plan, person, D(2026, 3, 1), D(2026, 3, 31), to_unit_id=org.dept)
    add_assignment(db, plan, person, D(2026, 3, 15), D(2026, 4, 15), to_unit_id=org.dept)
    assert short(db) == ()


def test_deleted_and_cancelled_rows_take_no_part_in_staffing(db, org):
    plan, gone = add_plan(db), add_plan(db, "删除的计划")
    rule = add_rule(db, org.station, "production", 5)
    people = staff_ids(db)
    add_assignment(db, plan, people[0], D(2026, 3, 1), D(2026, 3, 31), to_unit_id=org.dept, status="cancelled")
    deleted_row = add_assignment(db, plan, people[1], D(2026, 3, 1), D(2026, 3, 31), to_unit_id=org.dept)
    add_assignment(db, gone, people[2], D(2026, 3, 1), D(2026, 3, 31), to_unit_id=org.dept)
    delete(db, ASSIGNMENTS, deleted_row)
    delete(db, PLANS, gone)
    assert short(db) == ()
    with db.write() as s:  # a deleted person is not present
        s.get(Staff, people[4]).deleted_at = s.get(Staff, people[3]).created_at
    [f] = short(db)
    assert (f.first_day, f.last_day, f.staff_ids) == (D(2026, 1, 1), D(2026, 12, 31), ())
    delete(db, STAFFING_RULES, rule)
    assert short(db) == ()
