"""The action tracker: every live item of the live meetings with its meeting, cooperating
units, days overdue and latest progress; its filters by unit (responsible or cooperating,
subtree), person, status, due day, overdue, meeting and type; the counts per unit."""

from __future__ import annotations

from datetime import date, timedelta

from desktop_app.meeting.meetings import note_progress
from desktop_app.meeting.minutes_tables import ACTIONS
from desktop_app.meeting.tables import MEETINGS
from desktop_app.meeting.tracker import TRACKER, UnitActionCount, tracker_counts
from desktop_app.model import ActionItem
from desktop_app.tables import edits
from desktop_app.tables.edits import CellEdit
from desktop_app.tables.query import TableQuery
from tests.desktop_app.meeting.helpers import add_action, add_meeting, add_type, staff_ids

TODAY = date.today()
D = date


def build(db, org):
    """周调会 with three items (one overdue, one due today with a cooperating unit, one done),
    月度工作例会 with two (one overdue by ten days, one cancelled), a deleted item, and a
    deleted meeting's item (deleted first)."""
    weekly, monthly = add_type(db), add_type(db, "月度工作例会", "monthly")
    w = add_meeting(db, weekly, D(2026, 3, 2))
    m = add_meeting(db, monthly, D(2026, 3, 31))
    people = staff_ids(db)
    items = {
        "late": add_action(db, w, "整改台区", unit=org.team, person=people[0], due_on=TODAY - timedelta(days=1)),
        "today": add_action(db, w, "巡视线路", unit=org.dept, person=people[1], due_on=TODAY, cooperating=[org.station]),
        "done": add_action(db, w, "更换配变", unit=org.station, due_on=TODAY - timedelta(days=30), status="done"),
        "later": add_action(db, m, "培训", unit=org.dept, due_on=TODAY - timedelta(days=10), status="in_progress"),
        "dropped": add_action(db, m, "取消的", unit=org.team, due_on=TODAY - timedelta(days=5), status="cancelled"),
    }
    gone = add_action(db, m, "删掉的", unit=org.team, due_on=TODAY - timedelta(days=5))
    lost = add_meeting(db, weekly, D(2026, 3, 9))
    lost_item = add_action(db, lost, "废会的", unit=org.team)
    with db.write() as s:
        edits.soft_delete(s, ACTIONS, [gone, lost_item])
        edits.soft_delete(s, MEETINGS, [lost])
        note_progress(s, items["late"], w, D(2026, 3, 2), "已布置")
        note_progress(s, items["late"], None, D(2026, 3, 6), "材料已到", "in_progress")
    return items, weekly, w


def titles(db, *filters, order: str = "") -> list[str]:
    with db.read() as s:
        query = TableQuery(TRACKER, filters=filters, order_by=order)
        rows = query.page(s, None, 100)
        assert query.count(s) == len(rows)
        return [r.values[TRACKER.index_of("title")] for r in rows]


def test_the_tracker_shows_each_live_item_with_its_meeting_and_progress(db, org):
    items, _, _ = build(db, org)
    with db.read() as s:
        rows = {r.id: r for r in TableQuery(TRACKER).page(s, None, 100)}
    assert set(rows) == set(items.values())
    late = rows[items["late"]]

    def value(row, key):
        return row.values[TRACKER.index_of(key)]

    assert (value(late, "held_on"), value(late, "meeting_title"), value(late, "meeting_type")) == (
        D(2026, 3, 2), "周调会（2026-03-02）", "周调会")
    assert (value(late, "status"), value(late, "days_overdue"), value(late, "last_note"), value(late, "last_noted_on")) == (
        "in_progress", 1, "材料已到", D(2026, 3, 6))
    assert late.labels[TRACKER.index_of("responsible_unit_id")] == "运维班"
    assert value(rows[items["today"]], "cooperating") == "城关供电所"
    assert [value(rows[items[k]], "days_overdue") for k in ("today", "done", "later", "dropped")] == [0, 0, 10, 0]
    assert titles(db, order="days_overdue")[-2:] == ["整改台区", "培训"]


def test_the_tracker_filters(db, org):
    items, weekly, w = build(db, org)
    people = staff_ids(db)
    # 巡视线路 is 运检部's, 城关供电所 cooperates
    assert set(titles(db, ("unit", org.station))) == {"整改台区", "巡视线路", "更换配变", "取消的"}
    assert set(titles(db, ("unit", org.dept))) == {"巡视线路", "培训"}
    assert titles(db, ("person", people[1])) == ["巡视线路"]
    assert set(titles(db, ("status", "unfinished"))) == {"整改台区", "巡视线路", "培训"}
    assert titles(db, ("status", "cancelled")) == ["取消的"]
    assert titles(db, ("due_before", TODAY - timedelta(days=9))) == ["更换配变", "培训"]
    assert titles(db, ("overdue", TODAY)) == ["培训", "整改台区"]
    assert titles(db, ("overdue", TODAY + timedelta(days=1))) == ["培训", "整改台区", "巡视线路"]
    assert titles(db, ("overdue", TODAY - timedelta(days=1))) == ["培训"]
    assert titles(db, ("meeting", w), ("status", "unfinished")) == ["整改台区", "巡视线路"]
    assert set(titles(db, ("type", weekly))) == {"整改台区", "巡视线路", "更换配变"}
    assert titles(db, ("unit", org.team), ("overdue", TODAY)) == ["整改台区"]


def test_the_tracker_edits_status_due_day_and_person(db, org):
    items, _, _ = build(db, org)
    person = staff_ids(db)[2]
    late = items["late"]
    with db.write() as s:
        version = s.get(ActionItem, late).version
        version = edits.update_cell(s, TRACKER, CellEdit(late, version, "due_on", TODAY + timedelta(days=7)))
        version = edits.update_cell(s, TRACKER, CellEdit(late, version, "responsible_staff_id", person))
        edits.update_cell(s, TRACKER, CellEdit(late, version, "status", "done"))
    assert titles(db, ("overdue", TODAY)) == ["培训"]
    assert titles(db, ("person", person)) == ["整改台区"]
    with db.read() as s:
        assert s.get(ActionItem, late).closed_on == TODAY


def test_counts_per_responsible_unit(db, org):
    build(db, org)
    with db.read() as s:
        counts = tracker_counts(s, TODAY)
    assert counts == [
        UnitActionCount(org.dept, "运检部", 1, 1, 1, 0, 0),
        UnitActionCount(org.team, "运维班", 0, 1, 1, 0, 1),
        UnitActionCount(org.station, "城关供电所", 0, 0, 0, 1, 0),
    ]
    with db.read() as s:
        assert [c.overdue for c in tracker_counts(s, TODAY + timedelta(days=1))] == [2, 1, 0]
