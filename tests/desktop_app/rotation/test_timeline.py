"""The rotation timeline's rows and bars, by person and by supply station, on the small test
organisation (测试公司 → 生产条线 → 城关供电所 → 运维班, and 运检部)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import event, update

from desktop_app.model import RotationAssignment, RotationPlan, Unit
from desktop_app.rotation.timeline import BY_PERSON, BY_STATION, Bar, Timeline, TimelineRow, load_timeline, pack_lanes
from tests.desktop_app.rotation.helpers import add_assignment, add_plan, staff_ids

MARCH = (date(2026, 3, 1), date(2026, 3, 31))


def load(db, by=BY_PERSON, plan_ids=None, translate=lambda text: text):
    with db.read() as s:
        return load_timeline(s, by, plan_ids, translate)


def test_by_person_one_row_per_person_in_employee_number_order(db, org):
    plan = add_plan(db, "城关轮岗")
    people = staff_ids(db)
    second = add_assignment(db, plan, people[2], date(2026, 5, 1), date(2026, 5, 31), to_unit_id=org.dept)
    first = add_assignment(db, plan, people[0], *MARCH, to_position_id=org.head)
    later = add_assignment(db, plan, people[0], date(2026, 7, 1), date(2026, 7, 10), to_unit_id=org.dept)
    timeline = load(db)
    assert timeline.by == BY_PERSON
    assert [r.label for r in timeline.rows] == ["员工0 (E00000)", "员工2 (E00002)"]
    assert [r.key for r in timeline.rows] == [people[0], people[2]]
    assert [(b.assignment_id, b.row) for b in timeline.bars] == [(first, 0), (later, 0), (second, 1)]
    bar = timeline.bars[0]
    assert (bar.start, bar.end, bar.kind, bar.label) == (*MARCH, "rotation", "城关供电所")
    assert (timeline.first_day, timeline.last_day) == (date(2026, 3, 1), date(2026, 7, 10))


def test_the_tooltip_tells_who_from_where_to_where_which_plan_when_and_status(db, org):
    plan = add_plan(db, "城关轮岗", kind="stationing")
    add_assignment(db, plan, staff_ids(db)[1], *MARCH, to_position_id=org.clerk, status="in_progress")
    catalogue = {"Stationing": "蹲点", "In progress": "进行中"}
    tooltip = load(db, translate=lambda text: catalogue.get(text, text)).bars[0].tooltip
    assert tooltip.splitlines() == ["员工1 (E00001)", "运维岗 · 运维班 → 运检部 · 专责", "城关轮岗 · 蹲点",
                                    "2026-03-01 – 2026-03-31", "进行中"]


def test_cancelled_deleted_and_incomplete_assignments_and_deleted_plans_are_left_out(db, org):
    plan, gone = add_plan(db, "甲"), add_plan(db, "乙")
    people = staff_ids(db)
    kept = add_assignment(db, plan, people[0], *MARCH, to_unit_id=org.station)
    add_assignment(db, plan, people[1], *MARCH, to_unit_id=org.station, status="cancelled")
    deleted = add_assignment(db, plan, people[2], *MARCH, to_unit_id=org.station)
    add_assignment(db, plan, None, *MARCH, to_unit_id=org.station)
    add_assignment(db, plan, people[3], date(2026, 3, 1), None, to_unit_id=org.station)
    add_assignment(db, plan, people[3], None, date(2026, 3, 1), to_unit_id=org.station)
    add_assignment(db, plan, people[3], date(2026, 3, 31), date(2026, 3, 1), to_unit_id=org.station)
    add_assignment(db, gone, people[4], *MARCH, to_unit_id=org.station)
    with db.write() as s:
        s.execute(update(RotationAssignment).where(RotationAssignment.id == deleted)
                  .values(deleted_at=s.get(RotationPlan, plan).created_at))
        s.execute(update(RotationPlan).where(RotationPlan.id == gone).values(deleted_at=s.get(RotationPlan, plan).created_at))
    for by in (BY_PERSON, BY_STATION):
        assert [b.assignment_id for b in load(db, by).bars] == [kept]


def test_a_one_day_assignment_is_drawn_and_plans_filter(db, org):
    a, b = add_plan(db, "甲"), add_plan(db, "乙", kind="exchange")
    people = staff_ids(db)
    one_day = add_assignment(db, a, people[0], date(2026, 4, 1), date(2026, 4, 1), to_unit_id=org.dept)
    other = add_assignment(db, b, people[1], *MARCH, to_unit_id=org.dept)
    assert [x.assignment_id for x in load(db, plan_ids=[a]).bars] == [one_day]
    assert [x.kind for x in load(db, plan_ids=[b]).bars] == ["exchange"]
    assert {x.assignment_id for x in load(db).bars} == {one_day, other}
    empty = load(db, plan_ids=[])
    assert (empty.rows, empty.bars, empty.first_day, empty.last_day) == ((), (), None, None)


def test_by_station_a_row_per_station_with_who_comes_to_it_or_its_teams(db, org):
    plan = add_plan(db, "蹲点", kind="stationing")
    people = staff_ids(db)
    with db.write() as s:
        s.add(Unit(code="S2", name="城郊供电所", kind="station", parent_id=org.line, sort_order=1))
        s.add(Unit(code="S3", name="已撤销供电所", kind="station", parent_id=org.line, sort_order=9, active=False))
    to_station = add_assignment(db, plan, people[0], *MARCH, to_unit_id=org.station)
    to_team = add_assignment(db, plan, people[1], date(2026, 2, 1), date(2026, 2, 10), to_unit_id=org.team)
    add_assignment(db, plan, people[2], *MARCH, to_unit_id=org.dept)  # leaves the station: not on its row
    timeline = load(db, BY_STATION)
    assert [r.label for r in timeline.rows] == ["城郊供电所", "城关供电所"]  # sort order, inactive left out
    assert timeline.rows[1].key == org.station
    assert [(b.assignment_id, b.row, b.label) for b in timeline.bars] == [(to_team, 1, "员工1"),
                                                                         (to_station, 1, "员工0")]
    assert (timeline.first_day, timeline.last_day) == (date(2026, 2, 1), date(2026, 3, 31))


def test_by_station_an_inactive_station_shows_when_someone_goes_there(db, org):
    plan = add_plan(db)
    with db.write() as s:
        s.execute(update(Unit).where(Unit.id == org.station).values(active=False))
    assert load(db, BY_STATION).rows == ()
    add_assignment(db, plan, staff_ids(db)[0], *MARCH, to_unit_id=org.team)
    assert [r.label for r in load(db, BY_STATION).rows] == ["城关供电所"]


def test_a_bounded_number_of_queries(db, org):
    plan = add_plan(db)
    for person in staff_ids(db):
        add_assignment(db, plan, person, *MARCH, to_unit_id=org.team)
    statements = []
    event.listen(db.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    selects = lambda: sum(sql.lstrip().upper().startswith(("SELECT", "WITH")) for sql in statements)  # noqa: E731
    load(db, BY_PERSON)
    person_queries = selects()
    statements.clear()
    assert len(load(db, BY_STATION).bars) == 5
    assert (person_queries, selects()) == (1, 3)


def test_an_unknown_view_is_refused(db):
    with pytest.raises(ValueError):
        load(db, "plan")


def test_overlapping_bars_of_a_row_get_lanes_of_their_own():
    def bar(row, start, end):
        return Bar(f"{row}-{start}", row, date(2026, 3, start), date(2026, 3, end), "rotation", "", "")

    rows = tuple(TimelineRow(key, key) for key in ("a", "b", "c"))
    #          row a: 1-10, 5-12 overlaps, 11-20 fits after the first; row b: none; row c: 10-10, 11-11 touch
    bars = (bar(0, 1, 10), bar(0, 5, 12), bar(0, 11, 20), bar(2, 10, 10), bar(2, 11, 11))
    lanes = pack_lanes(Timeline(BY_PERSON, rows, bars, None, None))
    assert lanes.bar_lane == (0, 1, 0, 3, 3)
    assert (lanes.row_top, lanes.row_lanes, lanes.total) == ((0, 2, 3), (2, 1, 1), 4)
