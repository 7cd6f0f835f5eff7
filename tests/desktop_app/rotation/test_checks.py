"""Rotation checks: overlapping assignments, assignments outside their plan, candidates for
rotation, the rows that take no part, and what a review hands out (order, counts, the
findings of a plan, the rows to highlight). Staffing and stationing have their own files."""

from __future__ import annotations

import sqlite3
from datetime import date

from desktop_app.model import Staff
from desktop_app.org.staffing import assign_position
from desktop_app.rotation.checks import (
    FINDING_KIND_LABELS, FINDING_KINDS, RotationReview, review_rotation_with, sqlite_executor,
)
from desktop_app.rotation.tables import ASSIGNMENTS, PLANS
from tests.desktop_app.rotation.helpers import (
    add_assignment, add_person, add_plan, add_post, delete, review, staff_ids,
)

D = date


# --- overlap ---------------------------------------------------------------------------------

def test_ending_on_the_day_another_starts_is_a_one_day_overlap(db, org):
    a, b = add_plan(db, "甲"), add_plan(db, "乙")
    person = staff_ids(db)[0]
    first = add_assignment(db, a, person, D(2026, 3, 1), D(2026, 3, 31), to_unit_id=org.dept)
    second = add_assignment(db, b, person, D(2026, 3, 31), D(2026, 4, 30), to_unit_id=org.station)
    [f] = review(db).of_kind("overlap")
    assert (f.first_day, f.last_day) == (D(2026, 3, 31), D(2026, 3, 31))
    assert set(f.assignment_ids) == {first, second} and f.staff_ids == (person,)
    assert f.plan_ids == (a, b) and set(f.unit_ids) == {org.dept, org.station}
    assert f.key == "overlap:" + ":".join(sorted((first, second)))
    assert f.message.render() == ("员工0 (E00000) is in two assignments at once (2026-03-31): \u201c甲\u201d "
                                  "(2026-03-01 to 2026-03-31) and \u201c乙\u201d (2026-03-31 to 2026-04-30).")


def test_ending_the_day_before_another_starts_is_no_overlap(db, org):
    plan = add_plan(db)
    person = staff_ids(db)[0]
    add_assignment(db, plan, person, D(2026, 3, 1), D(2026, 3, 31))
    add_assignment(db, plan, person, D(2026, 4, 1), D(2026, 4, 30))
    assert review(db).of_kind("overlap") == ()


def test_each_overlapping_pair_is_one_finding_with_its_shared_days(db, org):
    plan = add_plan(db, "甲")
    people = staff_ids(db)
    long = add_assignment(db, plan, people[0], D(2026, 1, 1), D(2026, 6, 30))
    add_assignment(db, plan, people[0], D(2026, 2, 1), D(2026, 2, 10))
    add_assignment(db, plan, people[0], D(2026, 2, 5), D(2026, 3, 10))
    add_assignment(db, plan, people[1], D(2026, 2, 5), D(2026, 3, 10))  # someone else: no overlap
    found = review(db).of_kind("overlap")
    assert [(f.first_day, f.last_day) for f in found] == [
        (D(2026, 2, 1), D(2026, 2, 10)), (D(2026, 2, 5), D(2026, 2, 10)), (D(2026, 2, 5), D(2026, 3, 10))]
    assert sum(long in f.assignment_ids for f in found) == 2
    assert all(f.plan_ids == (plan,) for f in found)  # one plan named once
    assert "(2026-02-05 to 2026-02-10)" in found[1].message.render()


def test_rows_without_a_person_or_whole_period_take_no_part_in_overlaps(db, org):
    plan = add_plan(db)
    person = staff_ids(db)[0]
    add_assignment(db, plan, person, D(2026, 3, 1), D(2026, 3, 31))
    add_assignment(db, plan, person, D(2026, 3, 5), None)
    add_assignment(db, plan, None, D(2026, 3, 5), D(2026, 3, 6))
    add_assignment(db, plan, person, D(2026, 3, 20), D(2026, 3, 10))  # ends first
    assert review(db).of_kind("overlap") == ()


def test_deleted_and_cancelled_rows_are_ignored(db, org):
    live, gone = add_plan(db, "甲"), add_plan(db, "乙")
    people = staff_ids(db)
    add_assignment(db, live, people[0], D(2026, 3, 1), D(2026, 3, 31))
    add_assignment(db, live, people[0], D(2026, 3, 10), D(2026, 3, 12), status="cancelled")
    deleted_row = add_assignment(db, live, people[0], D(2026, 3, 10), D(2026, 3, 12))
    add_assignment(db, gone, people[0], D(2026, 3, 10), D(2026, 12, 31))
    add_assignment(db, gone, None, None, None)
    add_assignment(db, live, people[1], D(2026, 3, 1), D(2026, 3, 31))
    add_assignment(db, live, people[1], D(2025, 3, 1), D(2026, 3, 31))  # outside 甲 and overlapping
    delete(db, ASSIGNMENTS, deleted_row)
    delete(db, PLANS, gone)
    with db.write() as s:
        s.get(Staff, people[1]).deleted_at = s.get(Staff, people[0]).created_at  # a deleted person
    result = review(db)
    assert result.of_kind("overlap") == () and result.of_kind("outside_plan") == ()


# --- outside the plan ------------------------------------------------------------------------

def test_an_assignment_outside_its_plan_names_both_periods(db, org):
    plan = add_plan(db, "甲", start=D(2026, 3, 1), end=D(2026, 6, 30))
    people = staff_ids(db)
    early = add_assignment(db, plan, people[0], D(2026, 2, 28), D(2026, 3, 5))
    late = add_assignment(db, plan, people[1], D(2026, 6, 1), D(2026, 7, 1), to_unit_id=org.dept)
    add_assignment(db, plan, people[2], D(2026, 3, 1), D(2026, 6, 30))  # exactly the plan: fine
    found = review(db).of_kind("outside_plan")
    assert [f.assignment_ids for f in found] == [(early,), (late,)]
    assert found[0].message.render() == ("员工0 (E00000)'s assignment (2026-02-28 to 2026-03-05) lies outside the "
                                         "period of \u201c甲\u201d (2026-03-01 to 2026-06-30).")
    assert (found[1].first_day, found[1].last_day, found[1].unit_ids) == (D(2026, 6, 1), D(2026, 7, 1), (org.dept,))
    assert found[1].key == f"outside_plan:{late}:period" and found[1].plan_ids == (plan,)


def test_an_assignment_ending_before_it_starts_has_its_own_message(db, org):
    plan = add_plan(db, "甲")
    row = add_assignment(db, plan, staff_ids(db)[0], D(2026, 5, 10), D(2026, 5, 1))
    [f] = review(db).of_kind("outside_plan")
    assert f.message.render() == "员工0 (E00000)'s assignment in \u201c甲\u201d ends (2026-05-01) before it starts (2026-05-10)."
    assert (f.first_day, f.last_day, f.key) == (D(2026, 5, 1), D(2026, 5, 10), f"outside_plan:{row}:order")


def test_incomplete_assignments_are_reported_first_and_without_days(db, org):
    plan = add_plan(db, "甲")
    person = staff_ids(db)[0]
    nobody = add_assignment(db, plan, None, D(2027, 1, 1), D(2027, 1, 5))
    undated = add_assignment(db, plan, person, D(2026, 3, 1), None)
    add_assignment(db, plan, person, D(2025, 6, 1), D(2025, 6, 2))  # outside: sorted after, by its day
    found = review(db).of_kind("outside_plan")
    assert [f.assignment_ids for f in found][:2] == [(nobody,), (undated,)]  # no day: by sentence
    assert [f.first_day for f in found] == [None, None, D(2025, 6, 1)]
    texts = {f.assignment_ids[0]: f.message.render() for f in found}
    assert texts[nobody] == "An assignment in \u201c甲\u201d has no staff member yet; the checks leave it out."
    assert texts[undated] == ("员工0 (E00000)'s assignment in \u201c甲\u201d has no start or end date yet; "
                              "the checks leave it out.")
    assert all(f.key.endswith(":incomplete") for f in found[:2])


# --- candidates ------------------------------------------------------------------------------

def test_more_than_n_years_in_a_post_makes_a_candidate_exactly_n_does_not(db, org):
    # 员工0…4 hold 运维岗 since 2020-01-01
    assert review(db, today=D(2025, 1, 1)).of_kind("candidate") == ()
    found = review(db, today=D(2025, 1, 2)).of_kind("candidate")
    assert len(found) == 5 and found[0].staff_ids == (staff_ids(db)[0],)
    assert found[0].message.render() == ("员工0 (E00000) has held the post 运维岗 (运维班) since 2020-01-01: "
                                         "more than 5 years.")
    assert (found[0].first_day, found[0].last_day, found[0].plan_ids, found[0].unit_ids) == (
        D(2020, 1, 1), None, (), (org.team,))
    assert len(review(db, today=D(2025, 1, 2), years=6).of_kind("candidate")) == 0


def test_since_comes_from_the_open_history_row_of_the_current_post_else_the_hiring_date(db, org):
    marketing = add_post(db, org.station, "营销岗", "marketing")
    moved = staff_ids(db)[0]
    with db.write() as s:
        assign_position(s, s.get(Staff, moved), marketing, D(2023, 4, 1))
    unrecorded = add_person(db, "老张", marketing, since=None, hired_on=D(2010, 9, 1))
    add_person(db, "新人", None, since=None, hired_on=D(2000, 1, 1))  # no post: no candidate
    add_person(db, "无日期", marketing, since=None)  # neither history nor hiring date: skipped
    found = {f.staff_ids[0]: f for f in review(db, today=D(2026, 1, 1)).of_kind("candidate")}
    assert moved not in found  # 2023-04-01 is less than five years ago
    assert found[unrecorded].first_day == D(2010, 9, 1)
    assert "老张 (X" in found[unrecorded].message.render() and "营销岗 (城关供电所)" in found[unrecorded].message.render()
    assert len(found) == 5
    assert review(db, today=D(2028, 4, 2)).of_kind("candidate")[-1].staff_ids == (moved,)


def test_people_already_being_rotated_are_no_candidates(db, org):
    rotation, experience = add_plan(db, "轮岗"), add_plan(db, "体验", kind="experience")
    exchange = add_plan(db, "交流", kind="exchange")
    people = staff_ids(db)
    add_assignment(db, rotation, people[0], D(2026, 3, 1), D(2026, 3, 31))  # ahead
    add_assignment(db, exchange, people[1], D(2025, 3, 1), D(2026, 1, 1))  # ends today
    add_assignment(db, rotation, people[2], None, None)  # planned, no dates yet
    add_assignment(db, rotation, people[3], D(2025, 3, 1), D(2025, 12, 31))  # over
    add_assignment(db, experience, people[4], D(2026, 3, 1), D(2026, 3, 31))  # comes back to the post
    add_assignment(db, rotation, people[3], D(2026, 3, 1), D(2026, 3, 31), status="cancelled")
    found = review(db, today=D(2026, 1, 1)).of_kind("candidate")
    assert [f.staff_ids[0] for f in found] == [people[3], people[4]]


# --- the review ------------------------------------------------------------------------------

def test_counts_plans_and_highlighted_rows(db, org):
    a, b = add_plan(db, "甲"), add_plan(db, "乙")
    people = staff_ids(db)
    x = add_assignment(db, a, people[0], D(2026, 3, 1), D(2026, 3, 31))
    y = add_assignment(db, b, people[0], D(2026, 3, 20), D(2026, 4, 10))
    z = add_assignment(db, b, people[1], D(2026, 12, 1), D(2027, 1, 31))
    add_assignment(db, a, people[2], D(2026, 5, 1), D(2026, 5, 31))  # sound
    result = review(db, today=D(2024, 1, 1))
    assert result.counts() == {"overlap": 1, "outside_plan": 1, "understaffed": 0, "no_stationing": 0,
                               "candidate": 0}
    assert list(result.counts()) == list(FINDING_KINDS)
    assert [f.kind for f in result.for_plan(a)] == ["overlap"]
    assert [f.kind for f in result.for_plan(b)] == ["overlap", "outside_plan"]
    assert result.assignment_ids() == frozenset({x, y, z})
    assert RotationReview(()).counts() == dict.fromkeys(FINDING_KINDS, 0)
    assert set(FINDING_KIND_LABELS) == set(FINDING_KINDS)


def test_findings_sort_by_kind_then_first_day(db, org):
    plan = add_plan(db, "甲", start=D(2026, 1, 1), end=D(2026, 12, 31))
    people = staff_ids(db)
    add_assignment(db, plan, people[0], D(2026, 11, 1), D(2027, 1, 31))
    add_assignment(db, plan, people[1], D(2025, 11, 1), D(2026, 1, 31))
    add_assignment(db, plan, people[1], D(2026, 1, 31), D(2026, 2, 1))
    result = review(db)
    kinds = [f.kind for f in result.findings]
    assert kinds == sorted(kinds, key=FINDING_KINDS.index)
    outside = result.of_kind("outside_plan")
    assert [f.first_day for f in outside] == [D(2025, 11, 1), D(2026, 11, 1)]


def test_the_review_reads_the_same_through_a_plain_sqlite_connection(db, org, db_path):
    plan = add_plan(db, "甲")
    people = staff_ids(db)
    add_assignment(db, plan, people[0], D(2026, 3, 1), D(2026, 3, 31))
    add_assignment(db, plan, people[0], D(2026, 3, 31), D(2027, 4, 30))
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        plain = review_rotation_with(sqlite_executor(con), D(2026, 1, 1))
    finally:
        con.close()
    assert plain == review(db)
