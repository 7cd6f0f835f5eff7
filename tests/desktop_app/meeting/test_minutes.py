"""The minutes' verbs: reordering the agenda, carrying unfinished items to the next meeting of
the type with their history, progress notes that move an item, and a symposium opinion turned
into an improvement item of the host department."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from desktop_app.meeting.meetings import (
    action_state, apply_action_state, carry_over, move_agenda_item, note_progress, opinion_to_item, progress_history,
)
from desktop_app.meeting.minutes_tables import ACTIONS, AGENDA, INVITED_UNITS
from desktop_app.model import ActionItem, AgendaItem, MeetingUnit
from desktop_app.tables import edits
from desktop_app.tables.edits import EditRefused
from desktop_app.tables.query import TableQuery
from tests.desktop_app.meeting.helpers import (
    SAME, add_action, add_agenda, add_meeting, add_type, approve, invite, staff_ids,
)

D = date
FIRST_LINE = "检修计划下达太晚，影响停电安排。"


def topics(db, meeting) -> list[str]:
    with db.read() as s:
        return list(s.scalars(select(AgendaItem.topic).where(AgendaItem.meeting_id == meeting,
                                                              AgendaItem.deleted_at.is_(None))
                              .order_by(AgendaItem.sequence)))


def test_agenda_items_move_up_and_down(db):
    meeting = add_meeting(db, add_type(db))
    a, b, c = (add_agenda(db, meeting, t) for t in ("安全", "生产", "营销"))
    with db.write() as s:
        edits.soft_delete(s, AGENDA, [b])
    with db.write() as s:
        assert move_agenda_item(s, c, -1) == a  # past the deleted one
        assert move_agenda_item(s, c, -1) is None
    assert topics(db, meeting) == ["营销", "安全"]
    with db.write() as s:
        assert move_agenda_item(s, c, 1) == a
    assert topics(db, meeting) == ["安全", "营销"]
    with db.write() as s, pytest.raises(ValueError):
        move_agenda_item(s, c, 2)


def test_carry_over_lists_the_unfinished_items_of_earlier_meetings_of_the_type(db, org):
    weekly, monthly = add_type(db), add_type(db, "月度工作例会", "monthly")
    first = add_meeting(db, weekly, D(2026, 3, 2))
    early = add_meeting(db, weekly, D(2026, 3, 9), start_time="08:00", title="早会")
    now = add_meeting(db, weekly, D(2026, 3, 9), start_time="09:00")
    later = add_meeting(db, weekly, D(2026, 3, 16))
    other = add_meeting(db, monthly, D(2026, 3, 1))
    person = staff_ids(db)[0]
    open_ = add_action(db, first, "整改台区", unit=org.station, person=person, due_on=D(2026, 3, 31),
                       cooperating=[org.dept, org.team])
    going = add_action(db, early, "巡视线路", unit=org.team)
    done = add_action(db, first, "已完成")
    deleted = add_action(db, first, "删除的")
    add_action(db, later, "后来的")
    add_action(db, other, "别的会")
    add_action(db, now, "本次的")
    with db.write() as s:
        note_progress(s, open_, first, D(2026, 3, 2), "已布置")
        note_progress(s, open_, None, D(2026, 3, 5), "完成一半", "in_progress")
        note_progress(s, going, early, D(2026, 3, 9), "开始")
        note_progress(s, done, first, D(2026, 3, 3), "完成", "done")
        edits.soft_delete(s, ACTIONS, [deleted])
    with db.read() as s:
        carried = carry_over(s, now)
    assert [c.action_id for c in carried] == [open_, going]
    top = carried[0]
    assert (top.meeting_title, top.held_on, top.title, top.responsible_unit, top.responsible_person) == (
        "周调会（2026-03-02）", D(2026, 3, 2), "整改台区", "城关供电所", "员工0")
    assert (top.cooperating, top.due_on, top.status) == (("运检部", "运维班"), D(2026, 3, 31), "in_progress")
    assert [(n.noted_on, n.text, n.status, n.meeting_title) for n in top.history] == [
        (D(2026, 3, 2), "已布置", None, "周调会（2026-03-02）"), (D(2026, 3, 5), "完成一半", "in_progress", "")]
    with db.write() as s:  # progress noted at this meeting's review is kept in the item's history
        note_progress(s, open_, now, D(2026, 3, 9), "延期至月底")
    with db.read() as s:
        assert [n.text for n in progress_history(s, open_)] == ["已布置", "完成一半", "延期至月底"]
        assert [n.meeting_id for n in carry_over(s, later)[0].history][-1] == now
        assert carry_over(s, first) == []


def test_a_progress_note_sets_the_status_and_the_closing_day(db, org):
    meeting = add_meeting(db, add_type(db))
    item = add_action(db, meeting, unit=org.station)
    with db.write() as s:
        before = action_state(s, item)
        note_progress(s, item, None, D(2026, 3, 20), "", "cancelled")
        assert (s.get(ActionItem, item).status, s.get(ActionItem, item).closed_on) == ("cancelled", D(2026, 3, 20))
    with db.write() as s:
        note_progress(s, item, meeting, D(2026, 3, 25), "重新启动", "open")
        assert (s.get(ActionItem, item).status, s.get(ActionItem, item).closed_on) == ("open", None)
        note_progress(s, item, meeting, D(2026, 3, 26), "只是记录")
        assert s.get(ActionItem, item).status == "open"
        apply_action_state(s, item, before)
    with db.write() as s, pytest.raises(EditRefused) as refused:
        note_progress(s, item, meeting, D(2026, 3, 27), "  ")
    assert "Write what was reported" in refused.value.message.render()
    with db.write() as s, pytest.raises(ValueError):
        note_progress(s, item, None, D(2026, 3, 27), "x", "closed")


def test_an_opinion_becomes_an_improvement_item_of_the_host_department(db, org):
    symposium = add_type(db, "部门工作恳谈会", "symposium", host=org.dept, recurrence="none")
    meeting = add_meeting(db, symposium, D(2026, 4, 10))
    add_action(db, meeting, "先有一项")
    invited = invite(db, meeting, org.station, f"\n {FIRST_LINE}\n希望提前一周。")
    silent = invite(db, meeting, org.team, "  \n")
    with db.write() as s:
        item_id = opinion_to_item(s, invited, SAME)
        item = s.get(ActionItem, item_id)
        assert (item.title, item.kind, item.responsible_unit_id, item.source_unit_id, item.sequence, item.meeting_id) == (
            FIRST_LINE, "improvement", org.dept, org.station, 2, meeting)
        assert s.get(MeetingUnit, invited).action_id == item_id
    with db.read() as s:
        row = TableQuery(INVITED_UNITS, filters=(("meeting", meeting),)).page(s, None, 5)
        shown = {r.values[INVITED_UNITS.index_of("unit_id")]: r for r in row}
        assert shown[org.station].labels[INVITED_UNITS.index_of("action_id")] == FIRST_LINE
    with db.write() as s, pytest.raises(EditRefused) as refused:
        opinion_to_item(s, invited, SAME)
    assert refused.value.message.render() == ("The opinion of 城关供电所 is already the improvement item "
                                              f"\u201c{FIRST_LINE}\u201d.")
    with db.write() as s, pytest.raises(EditRefused) as refused:
        opinion_to_item(s, silent, SAME)
    assert "运维班 gave no opinion" in refused.value.message.render()
    with db.write() as s:  # undone: the item deleted, the opinion may become an item again
        edits.soft_delete(s, ACTIONS, [item_id])
    with db.read() as s:
        row = TableQuery(INVITED_UNITS, filters=(("meeting", meeting),)).page(s, None, 5)
        assert all(r.values[INVITED_UNITS.index_of("action_id")] is None for r in row)
    long = invite(db, meeting, org.line, "意" * 400)
    with db.write() as s:
        assert s.get(ActionItem, opinion_to_item(s, long, SAME)).title == "意" * 300
    approve(db, meeting)
    with db.write() as s, pytest.raises(EditRefused) as refused:
        opinion_to_item(s, invited, SAME)
    assert "are approved" in refused.value.message.render()
