"""Open action items by responsible unit: unfinished ones stacked as overdue and not yet
overdue, judged by the day asked about."""

from __future__ import annotations

from datetime import date

from desktop_app.overview import render
from desktop_app.overview.action_items import action_items_chart
from tests.desktop_app.meeting.helpers import add_action, add_meeting, add_type

D = date


def build(db, org) -> None:
    m = add_meeting(db, add_type(db), D(2026, 3, 2))
    add_action(db, m, "整改台区", unit=org.team, due_on=D(2026, 4, 1))  # overdue from 04-02
    add_action(db, m, "巡视线路", unit=org.team, due_on=D(2026, 5, 1), status="in_progress")
    add_action(db, m, "培训", unit=org.dept, due_on=D(2026, 6, 1))
    add_action(db, m, "无日期", unit=org.dept)  # never overdue
    add_action(db, m, "更换配变", unit=org.station, due_on=D(2026, 3, 10), status="done")  # finished: not shown
    add_action(db, m, "取消的", unit=org.station, due_on=D(2026, 3, 10), status="cancelled")
    add_action(db, m, "无人负责", due_on=D(2026, 3, 10))


def chart(db, today: date):
    with db.read() as s:
        return action_items_chart(s, today)


def rows(c) -> list[tuple]:
    return [(render(cat), *c.values_at(i)) for i, cat in enumerate(c.categories)]


def test_unfinished_items_per_unit_with_the_overdue_ones_apart(db, org):
    build(db, org)
    c = chart(db, D(2026, 5, 20))
    assert [str(s.name) for s in c.series] == ["Overdue", "Open, not overdue"]
    # tree order: the team (under the station) before the department; no unit last
    assert rows(c) == [("运维班", 2, 0), ("运检部", 0, 2), ("No responsible unit", 1, 0)]
    assert c.keys == (org.team, org.dept, None)
    assert c.totals() == (2, 2, 1)


def test_overdue_depends_on_the_day(db, org):
    build(db, org)
    assert rows(chart(db, D(2026, 4, 1))) == [("运维班", 0, 2), ("运检部", 0, 2), ("No responsible unit", 1, 0)]
    assert rows(chart(db, D(2026, 4, 2)))[0] == ("运维班", 1, 1)
    assert "2026-04-02" in render(chart(db, D(2026, 4, 2)).note)


def test_units_with_only_finished_items_are_left_out(db, org):
    m = add_meeting(db, add_type(db), D(2026, 3, 2))
    add_action(db, m, "更换配变", unit=org.station, due_on=D(2026, 3, 10), status="done")
    assert chart(db, D(2026, 5, 20)).empty
