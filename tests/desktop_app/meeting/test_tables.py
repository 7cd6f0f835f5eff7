"""Meeting tables: a type's code and time, a new meeting filled from its type, the meetings'
filters and counts, attendees and invited units once each, the minutes numbered per meeting,
an action item's person, cooperating units and closing day, and live items of live meetings."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from desktop_app.meeting.meetings import cooperating_units, set_cooperating_units
from desktop_app.meeting.minutes_tables import (
    ACTIONS, AGENDA, ATTENDEES, DECISIONS, INVITED_UNITS, PROGRESS, add_agenda_item,
)
from desktop_app.meeting.tables import MEETING_TYPES, MEETINGS
from desktop_app.meeting.tracker import TRACKER
from desktop_app.model import ActionItem, Meeting, MeetingType
from desktop_app.tables import edits
from desktop_app.tables.edits import CellEdit, EditRefused
from desktop_app.tables.query import TableQuery
from desktop_app.tables.spec import spec_for
from desktop_app.tables.values import CellError
from tests.desktop_app.meeting.helpers import (
    SAME, add_action, add_agenda, add_attendee, add_meeting, add_type, invite, staff_ids,
)

D = date


def test_the_specs_are_registered_in_the_meeting_area():
    for spec in (MEETING_TYPES, MEETINGS, ATTENDEES, INVITED_UNITS, AGENDA, DECISIONS, ACTIONS, PROGRESS, TRACKER):
        assert spec_for(spec.entity) is spec and spec.area == "meeting"
    assert spec_for("action_item") is ACTIONS  # the change history names the table, not the tracker


def test_a_new_type_gets_the_next_code_and_its_time_is_hh_mm(db):
    with db.write() as s:
        assert MEETING_TYPES.defaults(s, SAME)["code"] == "MT001"
    kind = add_type(db, start_time="9：30")
    with db.read() as s:
        assert s.get(MeetingType, kind).start_time == "09:30"
    for bad in ("25:00", "noon"):
        with db.write() as s, pytest.raises(CellError) as refused:
            edits.update_cell(s, MEETING_TYPES, CellEdit(kind, 1, "start_time", bad))
        assert refused.value.key == "start_time" and "HH:MM" in refused.value.message.render()


def test_a_new_meeting_takes_its_types_host_time_place_and_title(db, org):
    kind = add_type(db, host=org.station, start_time="08:30", place="所会议室")
    meeting = add_meeting(db, kind, D(2026, 3, 2))
    own = add_meeting(db, kind, D(2026, 3, 9), place="现场", host_unit_id=org.dept, title="现场会")
    with db.write() as s:
        m = s.get(Meeting, meeting)
        assert (m.title, m.host_unit_id, m.start_time, m.place, m.status) == (
            "周调会（2026-03-02）", org.station, "08:30", "所会议室", "planned")
        o = s.get(Meeting, own)
        assert (o.title, o.host_unit_id, o.start_time, o.place) == ("现场会", org.dept, "08:30", "现场")
        blank = edits.create_row(s, MEETINGS, {}, SAME)  # the table's Add: the first type, today
        assert s.get(Meeting, blank).title == f"周调会（{date.today().isoformat()}）"


def test_the_meeting_table_counts_and_filters(db, org):
    weekly, monthly = add_type(db, host=org.station), add_type(db, "月度工作例会", "monthly", host=org.dept)
    a = add_meeting(db, weekly, D(2026, 3, 2))
    add_meeting(db, weekly, D(2026, 3, 9))
    add_meeting(db, monthly, D(2026, 3, 31))
    people = staff_ids(db)
    add_attendee(db, a, people[0])
    add_attendee(db, a, people[1], "请假")
    add_action(db, a, "甲")
    done = add_action(db, a, "乙")
    with db.write() as s:
        edits.update_cell(s, ACTIONS, CellEdit(done, 1, "status", "done"))
    with db.read() as s:
        def count(*filters):
            return TableQuery(MEETINGS, filters=filters).count(s)
        assert count(("type", weekly)) == 2 and count(("since", D(2026, 3, 9))) == 2
        assert count(("unit", org.line)) == 2 and count(("unit", org.dept)) == 1 and count(("status", "planned")) == 3
        newest_first = TableQuery(MEETINGS, filters=(("type", weekly),)).page(s, None, 2)
        assert [r.values[MEETINGS.index_of("held_on")] for r in newest_first] == [D(2026, 3, 9), D(2026, 3, 2)]
        row = newest_first[1]
        assert row.id == a
        assert (row.values[MEETINGS.index_of("attendees")], row.values[MEETINGS.index_of("open_actions")]) == (2, 1)


def test_status_is_not_edited_in_its_cell(db, org):
    meeting = add_meeting(db, add_type(db))
    with db.write() as s, pytest.raises(CellError):
        edits.update_cell(s, MEETINGS, CellEdit(meeting, 1, "status", "held"))


def test_a_person_attends_and_a_unit_is_invited_once(db, org):
    meeting = add_meeting(db, add_type(db))
    person = staff_ids(db)[0]
    first = add_attendee(db, meeting, person)
    with pytest.raises(CellError) as refused:
        add_attendee(db, meeting, person)
    assert "员工0" in refused.value.message.render()
    invite(db, meeting, org.dept)
    with pytest.raises(CellError) as refused:
        invite(db, meeting, org.dept)
    assert "运检部" in refused.value.message.render()
    with db.read() as s:
        row = TableQuery(ATTENDEES, filters=(("meeting", meeting),)).page(s, None, 5)[0]
    assert row.values[ATTENDEES.index_of("post")] == "运维岗 · 运维班"
    with db.write() as s:
        edits.soft_delete(s, ATTENDEES, [first])
    add_attendee(db, meeting, person)
    with db.write() as s, pytest.raises(EditRefused):
        edits.restore(s, ATTENDEES, [first])


def test_the_minutes_are_numbered_per_meeting(db):
    kind = add_type(db)
    a, b = add_meeting(db, kind, D(2026, 3, 2)), add_meeting(db, kind, D(2026, 3, 9))
    first = add_agenda(db, a, "安全")
    add_agenda(db, a, "生产")
    add_agenda(db, b, "营销")
    with db.read() as s:
        rows = TableQuery(AGENDA, filters=(("meeting", a),)).page(s, None, 10)
        assert [(r.values[1], r.values[2]) for r in rows] == [(1, "安全"), (2, "生产")]
        assert TableQuery(AGENDA, filters=(("meeting", b),)).page(s, None, 10)[0].values[1] == 1
    with db.write() as s, pytest.raises(CellError) as refused:
        edits.update_cell(s, AGENDA, CellEdit(first, 1, "sequence", 2))
    assert "2" in refused.value.message.render()
    with db.write() as s:
        new = add_agenda_item(s, a, SAME)
        assert s.get(AGENDA.model, new).sequence == 3


def test_an_action_items_person_brings_their_unit_and_done_dates_it(db, org):
    meeting = add_meeting(db, add_type(db))
    person = staff_ids(db)[0]
    item = add_action(db, meeting, person=person)
    with db.read() as s:
        assert s.get(ActionItem, item).responsible_unit_id == org.team
    kept = add_action(db, meeting, unit=org.dept, person=person)
    with db.write() as s:
        assert s.get(ActionItem, kept).responsible_unit_id == org.dept
        edits.update_cell(s, ACTIONS, CellEdit(item, 1, "status", "done"))
        assert s.get(ActionItem, item).closed_on == date.today()
    with db.write() as s:
        edits.update_cell(s, ACTIONS, CellEdit(item, 2, "status", "in_progress"))
        assert s.get(ActionItem, item).closed_on is None


def test_cooperating_units_are_set_and_shown_in_tree_order(db, org):
    meeting = add_meeting(db, add_type(db))
    item = add_action(db, meeting)
    with db.write() as s:
        assert set_cooperating_units(s, item, [org.dept, org.team, org.station])
        assert not set_cooperating_units(s, item, [org.station, org.dept, org.team])
    with db.write() as s:
        assert set_cooperating_units(s, item, [org.dept, org.station])
    with db.write() as s:
        set_cooperating_units(s, item, [org.team, org.station, org.dept])  # 运维班 comes back: its link restored
        assert cooperating_units(s, item) == [org.station, org.dept, org.team]
    with db.read() as s:
        row = TableQuery(ACTIONS, filters=(("meeting", meeting),)).page(s, None, 5)[0]
    assert row.values[ACTIONS.index_of("cooperating")] == "城关供电所、运检部、运维班"


def test_a_meeting_with_action_items_is_not_deleted_and_items_stay_in_live_meetings(db):
    kind = add_type(db)
    meeting = add_meeting(db, kind)
    item = add_action(db, meeting)
    with db.write() as s, pytest.raises(EditRefused) as refused:
        edits.soft_delete(s, MEETINGS, [meeting])
    assert "1 action items" in refused.value.message.render()
    with db.write() as s:
        edits.soft_delete(s, ACTIONS, [item])
        edits.soft_delete(s, MEETINGS, [meeting])
    with db.write() as s, pytest.raises(EditRefused) as refused:
        edits.restore(s, ACTIONS, [item])
    assert "was deleted" in refused.value.message.render()
    with db.read() as s:
        assert s.scalar(select(Meeting.deleted_at).where(Meeting.id == meeting)) is not None
