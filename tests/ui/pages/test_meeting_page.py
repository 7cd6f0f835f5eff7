"""The meetings page as a new user tries it: a weekly series in one step, minutes written with
Enter adding rows, the next meeting lists the carried-over items, one closed there, approved
minutes are read-only until reopened (recorded), the tracker marks overdue items and follows
every change, an opinion becomes an improvement item."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from desktop_app.meeting.minutes_tables import ACTIONS, AGENDA
from desktop_app.meeting.tracker import TRACKER
from desktop_app.model import Meeting
from tests.desktop_app.meeting.helpers import add_action, add_meeting, add_type, invite
from ui.context import AppContext
from ui.pages.meeting_page import MeetingPage

pytestmark = pytest.mark.usefixtures("inline_tasks")


@pytest.fixture
def page(make_page, org):
    return make_page(MeetingPage)


def staff_of(db, name):
    from sqlalchemy import select

    from desktop_app.model import Staff

    with db.read() as s:
        return s.scalar(select(Staff.id).where(Staff.name == name))


def titles(table, key):
    c = table.spec.index_of(key)
    return [table.model.index(r, c).data() for r in range(table.model.rowCount())]


def test_a_weekly_series_is_planned_in_one_step_and_undone_in_one(page, db, org):
    weekly = add_type(db, host=org.dept)
    page.ctx.notify({"meeting"})
    ids = page.create_series(weekly, date(2026, 3, 2), date(2026, 5, 31), "weekly", "08:30")
    assert len(ids) == 13
    assert page.meetings.model.rowCount() == 13
    days = titles(page.meetings, "held_on")
    assert days[0] == "2026-05-25" and days[-1] == "2026-03-02"  # the newest meeting first
    page.undo_stack.undo()
    assert page.meetings.model.rowCount() == 0


def test_minutes_are_typed_with_enter_adding_the_next_row(page, db, org):
    weekly = add_type(db, host=org.dept)
    meeting = add_meeting(db, weekly)
    page.ctx.notify({"meeting"})
    page.meetings.select_ids([meeting])
    agenda = page.minutes.agenda
    assert agenda.parent_id == meeting
    first = agenda.add_row()
    agenda.edit_cell(first, "topic", "安全生产")
    agenda.view.setCurrentIndex(agenda.model.index(0, AGENDA.index_of("topic")))
    QTest.keyClick(agenda.view, Qt.Key.Key_Return)
    assert agenda.model.rowCount() == 2
    assert titles(agenda, "sequence") == ["1", "2"]
    agenda.view.setCurrentIndex(agenda.model.index(1, AGENDA.index_of("topic")))
    agenda.move(-1)
    assert titles(agenda, "topic")[1] == "安全生产"


def test_the_next_meeting_lists_the_open_items_and_a_note_closes_one(page, db, org):
    weekly = add_type(db, host=org.dept)
    first = add_meeting(db, weekly, date(2026, 3, 2))
    second = add_meeting(db, weekly, date(2026, 3, 9))
    item = add_action(db, first, "更换城关台区配变", unit=org.station, due_on=date(2026, 3, 20))
    add_action(db, first, "已办完的事项", unit=org.station, status="done")
    page.ctx.notify({"meeting"})
    page.meetings.select_ids([second])
    carried = page.minutes.carried
    assert [i.title for i in carried.items] == ["更换城关台区配变"]
    assert carried.note(item, "已完成更换并投运", "done", date(2026, 3, 9))
    assert carried.items == []
    page.meetings.select_ids([first])
    row = page.minutes.actions.model.row_at(page.minutes.actions.model.row_of(item))
    assert row.values[ACTIONS.index_of("status")] == "done"
    page.undo_stack.undo()
    page.meetings.select_ids([second])
    assert [i.title for i in page.minutes.carried.items] == ["更换城关台区配变"]


def test_approved_minutes_are_read_only_until_reopened(page, db, org, monkeypatch):
    weekly = add_type(db, host=org.dept)
    meeting = add_meeting(db, weekly)
    page.ctx.notify({"meeting"})
    page.meetings.select_ids([meeting])
    agenda = page.minutes.agenda
    item = agenda.add_row()
    assert page.change_status("held") and page.change_status("approved")
    agenda.edit_cell(item, "topic", "改不了")
    assert not agenda.message.isHidden() and "approved" in agenda.message.text()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert page.reopen()
    with db.read() as s:
        m = s.get(Meeting, meeting)
        assert (m.status, m.reopened, m.reopened_by) == ("held", 1, "测试员")
    agenda.edit_cell(item, "topic", "可以改了")
    assert titles(agenda, "topic") == ["可以改了"]


def test_the_tracker_marks_overdue_items_and_follows_changes(page, db, org):
    weekly = add_type(db, host=org.dept)
    meeting = add_meeting(db, weekly, date.today() - timedelta(days=30))
    late = add_action(db, meeting, "逾期事项", unit=org.station, due_on=date.today() - timedelta(days=3),
                      person=staff_of(db, "员工1"))
    add_action(db, meeting, "未到期事项", unit=org.dept, due_on=date.today() + timedelta(days=3))
    page.ctx.notify({"meeting"})
    tracker = page.tracker
    model = tracker.table.model
    assert model.rowCount() == 2
    assert model.highlighted(model.row_of(late))
    assert model.index(model.row_of(late), TRACKER.index_of("days_overdue")).data() == "3"
    tracker.overdue.setChecked(True)
    assert model.rowCount() == 1
    tracker.overdue.setChecked(False)
    tracker.unit.set_unit(org.dept)
    tracker.apply_filters()
    assert model.rowCount() == 1
    tracker.unit.set_unit(None)
    tracker.set_person(staff_of(db, "员工1"))
    assert model.rowCount() == 1 and model.row_of(late) >= 0
    tracker.set_person(None)
    tracker.unit.set_unit(org.dept)
    tracker.apply_filters()
    counts = tracker.counts.topLevelItem(0)
    assert (counts.text(0), counts.text(1)) == ("城关供电所", "1")  # most overdue first
    tracker.unit.set_unit(None)
    tracker.apply_filters()
    tracker.table.edit_cell(late, "status", "done")
    assert not model.highlighted(model.row_of(late))  # stays in place while being edited, no longer marked
    tracker.table.model.reload()
    assert model.row_of(late) < 0  # done: no longer among the unfinished ones
    tracker.status.setCurrentIndex(tracker.status.findData(None))
    tracker.apply_filters()
    assert model.row_of(late) >= 0 and not model.highlighted(model.row_of(late))
    assert tracker.counts.topLevelItem(0).text(1) == "0"


def test_a_symposium_opinion_becomes_an_improvement_item(page, db, org):
    symposium = add_type(db, "部门工作恳谈会", "symposium", host=org.dept, recurrence="none")
    meeting = add_meeting(db, symposium)
    invited = invite(db, meeting, org.station, "检修计划下达太晚，希望提前一周通知。")
    page.ctx.notify({"meeting"})
    page.meetings.select_ids([meeting])
    page.minutes.invited.select_ids([invited])
    item = page.minutes.opinion_to_item()
    assert item is not None
    actions = page.minutes.actions
    row = actions.model.row_at(actions.model.row_of(item))
    assert row.values[ACTIONS.index_of("title")] == "检修计划下达太晚，希望提前一周通知。"
    assert row.values[ACTIONS.index_of("responsible_unit_id")] == org.dept


def test_minutes_are_exported_from_the_page(page, db, org, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    weekly = add_type(db, host=org.dept)
    meeting = add_meeting(db, weekly)
    add_action(db, meeting, "<b>粗体</b> & 事项", unit=org.station)
    page.ctx.notify({"meeting"})
    page.meetings.select_ids([meeting])
    for suffix in ("pdf", "docx"):
        path = tmp_path / f"minutes.{suffix}"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, p=path, **k: (str(p), ""))
        page.choose_export(suffix)
        assert path.exists() and path.stat().st_size > 1000


def test_the_tracker_offers_no_add_button(page):
    tracker = page.tracker
    assert tracker.table.buttons[tracker.table.add_action].isHidden()
    assert not tracker.table.buttons[tracker.table.delete_action].isHidden()


def test_the_page_opens_on_the_latest_meeting_held(qtbot, db, org):
    weekly = add_type(db, host=org.dept)
    from desktop_app.meeting.meetings import set_meeting_status

    held = [add_meeting(db, weekly, date(2026, 3, 2)), add_meeting(db, weekly, date(2026, 3, 9))]
    add_meeting(db, weekly, date(2026, 3, 16))  # planned
    with db.write() as s:
        for meeting in held:
            set_meeting_status(s, meeting, "held", "测试员")
    latest = held[-1]
    page = MeetingPage(AppContext(db))
    qtbot.addWidget(page)
    assert page.current_meeting_id() == latest
    assert page.minutes.meeting_id == latest
