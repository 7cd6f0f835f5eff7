"""A meeting's status moves planned → held → approved; approved minutes are locked (the
meeting's cells and every part of its minutes) until reopened, which is counted and stamped;
an action item's status stays open to tracking; undo puts a state back."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.meeting.meetings import (
    apply_meeting_state, move_agenda_item, note_progress, reopen_minutes, set_cooperating_units, set_meeting_status,
)
from desktop_app.meeting.minutes_tables import (
    ACTIONS, AGENDA, ATTENDEES, DECISIONS, INVITED_UNITS, PROGRESS, add_action as add_item,
)
from desktop_app.meeting.tables import MEETINGS
from desktop_app.meeting.tracker import TRACKER
from desktop_app.model import ActionItem, Meeting
from desktop_app.tables import edits
from desktop_app.tables.edits import CellEdit, EditRefused
from desktop_app.tables.values import CellError
from tests.desktop_app.meeting.helpers import (
    SAME, add_action, add_agenda, add_attendee, add_decided, add_meeting, add_type, approve, invite, staff_ids,
)

LOCKED = "The minutes of \u201c周调会（2026-03-02）\u201d are approved: reopen them to change them."


def version(db, model, row_id) -> int:
    with db.read() as s:
        return s.get(model, row_id).version


def test_status_moves_and_approval_is_stamped(db):
    meeting = add_meeting(db, add_type(db))
    with db.write() as s, pytest.raises(EditRefused) as refused:
        set_meeting_status(s, meeting, "approved", "张三")
    assert "held" in refused.value.message.render()
    with db.write() as s:
        assert set_meeting_status(s, meeting, "held", "张三").status == "planned"
        set_meeting_status(s, meeting, "planned", "张三")  # marked held by mistake
        set_meeting_status(s, meeting, "held", "张三")
        before = set_meeting_status(s, meeting, "approved", "张三")
        m = s.get(Meeting, meeting)
        assert (m.status, m.approved_by, before.status, before.approved_by) == ("approved", "张三", "held", "")
        assert m.approved_at is not None
    with db.write() as s, pytest.raises(EditRefused) as refused:
        set_meeting_status(s, meeting, "held", "李四")
    assert refused.value.message.render() == LOCKED
    with db.write() as s, pytest.raises(ValueError):
        set_meeting_status(s, meeting, "cancelled", "张三")


def test_reopening_is_counted_and_stamped_and_undo_puts_the_state_back(db):
    meeting = add_meeting(db, add_type(db))
    with db.write() as s, pytest.raises(EditRefused):
        reopen_minutes(s, meeting, "李四")
    approve(db, meeting)
    with db.write() as s:
        before = reopen_minutes(s, meeting, "李四")
        m = s.get(Meeting, meeting)
        assert (m.status, m.reopened, m.reopened_by, m.approved_by, m.approved_at) == ("held", 1, "李四", "", None)
        assert m.reopened_at is not None
    with db.write() as s:
        apply_meeting_state(s, meeting, before)  # undo the reopening
        m = s.get(Meeting, meeting)
        assert (m.status, m.reopened, m.reopened_by, m.approved_by) == ("approved", 0, "", "张三")
    with db.write() as s:
        reopen_minutes(s, meeting, "李四")
        set_meeting_status(s, meeting, "approved", "王五")
        reopen_minutes(s, meeting, "赵六")
        assert (s.get(Meeting, meeting).reopened, s.get(Meeting, meeting).reopened_by) == (2, "赵六")


def test_approved_minutes_refuse_every_change(db, org):
    meeting = add_meeting(db, add_type(db))
    other = add_meeting(db, add_type(db, "生产协调会", "production"), date(2026, 3, 3))
    person = staff_ids(db)[0]
    attendee = add_attendee(db, meeting, person)
    invited = invite(db, meeting, org.dept, "意见")
    agenda = add_agenda(db, meeting, "安全")
    add_agenda(db, meeting, "生产")
    decision = add_decided(db, meeting, "议定")
    item = add_action(db, meeting, unit=org.station, due_on=date(2026, 3, 31))
    gone = add_action(db, meeting, "已删")
    with db.write() as s:
        edits.soft_delete(s, ACTIONS, [gone])
        note = note_progress(s, item, meeting, date(2026, 3, 2), "已布置")
    approve(db, meeting)

    def refused(call) -> str:
        with db.write() as s, pytest.raises((CellError, EditRefused)) as caught:
            call(s)
        return caught.value.message.render()

    def edit(spec, row_id, key, value):
        return lambda s: edits.update_cell(s, spec, CellEdit(row_id, version(db, spec.model, row_id), key, value))

    assert refused(edit(MEETINGS, meeting, "place", "x")) == LOCKED
    for spec, row_id, key, value in ((ATTENDEES, attendee, "note", "请假"), (INVITED_UNITS, invited, "opinion", "改"),
                                     (AGENDA, agenda, "topic", "改"), (DECISIONS, decision, "text", "改"),
                                     (ACTIONS, item, "title", "改"), (ACTIONS, item, "due_on", date(2026, 4, 30)),
                                     (TRACKER, item, "due_on", date(2026, 4, 30)), (PROGRESS, note, "text", "改")):
        assert refused(edit(spec, row_id, key, value)) == LOCKED
        assert refused(lambda s: edits.soft_delete(s, spec, [row_id])) == LOCKED
    assert refused(edit(AGENDA, agenda, "meeting_id", other)) == LOCKED  # moved out of approved minutes
    assert refused(lambda s: add_item(s, meeting, SAME)) == LOCKED
    newcomer = {"meeting_id": meeting, "staff_id": staff_ids(db)[1]}
    assert refused(lambda s: edits.create_row(s, ATTENDEES, newcomer, SAME)) == LOCKED
    assert refused(lambda s: edits.restore(s, ACTIONS, [gone])) == "Nothing was restored. " + LOCKED
    assert refused(lambda s: move_agenda_item(s, agenda, 1)) == LOCKED
    assert refused(lambda s: set_cooperating_units(s, item, [org.dept])) == LOCKED
    assert refused(lambda s: note_progress(s, item, meeting, date(2026, 3, 9), "又一条")) == LOCKED
    with db.write() as s:  # reopened, the minutes change again
        reopen_minutes(s, meeting, "李四")
        edits.update_cell(s, AGENDA, CellEdit(agenda, version(db, AGENDA.model, agenda), "topic", "安全生产"))


def test_tracking_goes_on_after_approval(db, org):
    meeting = add_meeting(db, add_type(db))
    later = add_meeting(db, add_type(db, "月度工作例会", "monthly"), date(2026, 4, 1))
    item = add_action(db, meeting, unit=org.station)
    approve(db, meeting)
    with db.write() as s:
        edits.update_cell(s, TRACKER, CellEdit(item, 1, "status", "in_progress"))
    with db.write() as s:
        edits.update_cell(s, ACTIONS, CellEdit(item, 2, "status", "done"))
        assert s.get(ActionItem, item).closed_on == date.today()
    with db.write() as s:
        note_progress(s, item, None, date(2026, 3, 20), "现场核实", "in_progress")  # between meetings
        note_progress(s, item, later, date(2026, 4, 1), "已完成", "done")  # at a later meeting, open
        i = s.get(ActionItem, item)
        assert (i.status, i.closed_on) == ("done", date(2026, 4, 1))
