"""The ``check`` command's meeting lines, after rotation's: live meetings, and the live items
of live meetings in all, open or in progress, and overdue as of today."""

from __future__ import annotations

from datetime import date, timedelta

from desktop_app.meeting.minutes_tables import ACTIONS
from desktop_app.storage.integrity import check_database
from desktop_app.tables import edits
from tests.desktop_app.meeting.helpers import add_action, add_meeting, add_type

TODAY = date.today()


def test_check_prints_meetings_and_action_items(db, org, db_path):
    kind = add_type(db)
    a, b = add_meeting(db, kind, date(2026, 3, 2)), add_meeting(db, kind, date(2026, 3, 9))
    add_meeting(db, kind, date(2026, 3, 16))
    add_action(db, a, "逾期", due_on=TODAY - timedelta(days=1))
    add_action(db, a, "今天到期", due_on=TODAY, status="in_progress")
    add_action(db, b, "完成", due_on=TODAY - timedelta(days=3), status="done")
    gone = add_action(db, b, "删除", due_on=TODAY - timedelta(days=3))
    with db.write() as s:
        edits.soft_delete(s, ACTIONS, [gone])
    report = check_database(db_path)
    assert report.ok, report.problems
    lines = [(label.render(), value) for label, value in report.summary]
    keys = [k for k, _ in lines]
    assert keys.index("Meetings planned or held") > keys.index("Rotation plans")  # after rotation
    found = dict(lines)
    assert [found[k] for k in ("Meetings planned or held", "Action items", "Action items open or in progress",
                               "Action items overdue")] == [3, 3, 2, 1]
