"""Stationing coverage: per supply station, the quarters of the year with someone stationed
there up to today, and the further quarters a plan sends someone."""

from __future__ import annotations

from datetime import date

from desktop_app.model import Unit
from desktop_app.overview import render
from desktop_app.overview.stationing import coverage, stationing_chart
from desktop_app.rotation.tables import ASSIGNMENTS
from tests.desktop_app.rotation.helpers import add_assignment, add_person, add_plan, delete

D = date


def add_station(db, parent: str, name: str, active: bool = True, order: int = 5) -> str:
    with db.write() as s:
        unit = Unit(code=f"S-{name}", name=name, kind="station", parent_id=parent, sort_order=order, active=active)
        s.add(unit)
        s.flush()
        return unit.id


def chart(db, today: date):
    with db.read() as s:
        return stationing_chart(s, today)


def rows(c) -> list[tuple]:
    return [(render(cat), *c.values_at(i)) for i, cat in enumerate(c.categories)]


def test_quarters_stationed_to_date_and_planned(db, org):
    plan = add_plan(db, "2026年蹲点", kind="stationing")
    who = add_person(db, "专责甲", org.clerk)
    add_assignment(db, plan, who, D(2026, 3, 31), D(2026, 3, 31), to_unit_id=org.team)  # Q1, via its team
    add_assignment(db, plan, who, D(2026, 5, 25), D(2026, 7, 2), to_unit_id=org.station)  # Q2 ahead, Q3
    add_assignment(db, plan, who, D(2025, 12, 1), D(2025, 12, 31), to_unit_id=org.station)  # last year
    south = add_station(db, org.line, "城南供电所")
    c = chart(db, D(2026, 5, 20))
    assert rows(c) == [("城关供电所", 1, 2), ("城南供电所", 0, 0)]  # every active station, tree order
    assert c.keys == (org.station, south)
    assert c.maximum == 4 and c.axis() == (4, 1)
    assert render(c.title) == "Stationing coverage by supply station, 2026"
    # once the stay has begun, Q2 is stationed rather than planned
    assert rows(chart(db, D(2026, 5, 25)))[0] == ("城关供电所", 2, 1)
    assert rows(chart(db, D(2026, 12, 31)))[0] == ("城关供电所", 3, 0)


def test_only_stationing_that_the_check_counts(db, org):
    stationing = add_plan(db, "蹲点", kind="stationing")
    rotation = add_plan(db, "轮岗", kind="rotation")
    who = add_person(db, "专责甲", org.clerk)
    add_assignment(db, rotation, who, D(2026, 1, 5), D(2026, 1, 9), to_unit_id=org.station)  # not stationing
    add_assignment(db, stationing, who, D(2026, 4, 1), D(2026, 4, 5), to_unit_id=org.station, status="cancelled")
    gone = add_assignment(db, stationing, who, D(2026, 7, 1), D(2026, 7, 5), to_unit_id=org.station)
    delete(db, ASSIGNMENTS, gone)
    add_assignment(db, stationing, who, D(2026, 10, 1), D(2026, 10, 5), to_unit_id=org.dept)  # not a station
    with db.read() as s:
        assert coverage(s, D(2026, 12, 31)) == {}
    add_assignment(db, stationing, who, D(2026, 4, 1), D(2026, 4, 5), to_unit_id=org.team)  # this one counts
    with db.read() as s:
        assert coverage(s, D(2026, 12, 31)) == {org.station: (1, 0)}


def test_an_inactive_station_is_listed_only_when_someone_goes_there(db, org):
    closed = add_station(db, org.line, "旧所", active=False)
    assert [render(x) for x in chart(db, D(2026, 5, 20)).categories] == ["城关供电所"]
    plan = add_plan(db, "蹲点", kind="stationing")
    add_assignment(db, plan, add_person(db, "专责甲", org.clerk), D(2026, 2, 1), D(2026, 2, 3), to_unit_id=closed)
    assert rows(chart(db, D(2026, 5, 20))) == [("城关供电所", 0, 0), ("旧所", 1, 0)]
