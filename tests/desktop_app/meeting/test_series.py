"""A series of meetings planned in one step: every week, every two weeks or every month (the
same day number, on the month's last day where it is shorter), one series id, refusals."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from desktop_app.meeting.meetings import MAX_SERIES, create_series, occurrences
from desktop_app.model import Meeting
from desktop_app.tables.edits import EditRefused
from desktop_app.tables.values import CellError
from tests.desktop_app.meeting.helpers import add_type

D = date


def test_every_monday_for_a_quarter(db, org):
    kind = add_type(db, host=org.station, start_time="09:00", place="三楼会议室")
    with db.write() as s:
        ids = create_series(s, kind, D(2026, 1, 5), D(2026, 3, 31))
    with db.read() as s:
        meetings = [s.get(Meeting, i) for i in ids]
        assert len(meetings) == 13
        assert all(m.held_on.weekday() == 0 for m in meetings)
        assert (meetings[0].held_on, meetings[-1].held_on) == (D(2026, 1, 5), D(2026, 3, 30))
        assert meetings[0].title == "周调会（2026-01-05）"
        assert {(m.start_time, m.place, m.host_unit_id, m.status) for m in meetings} == {
            ("09:00", "三楼会议室", org.station, "planned")}
        assert len({m.series_id for m in meetings}) == 1 and meetings[0].series_id is not None
    with db.write() as s:  # a quarter starting on a Monday whose last day is a Monday too
        assert len(create_series(s, kind, D(2026, 6, 1), D(2026, 8, 31))) == 14


def test_every_two_weeks_with_its_own_time_and_titles(db):
    kind = add_type(db, "生产协调会", "production", recurrence="weekly")
    with db.write() as s:
        ids = create_series(s, kind, D(2026, 3, 2), D(2026, 3, 31), "biweekly", "14:30", "{name}第{n}次（{date}）")
    with db.read() as s:
        rows = s.execute(select(Meeting.held_on, Meeting.start_time, Meeting.title)
                         .where(Meeting.id.in_(ids)).order_by(Meeting.held_on)).all()
    assert [tuple(r) for r in rows] == [(D(2026, 3, 2), "14:30", "生产协调会第1次（2026-03-02）"),
                                        (D(2026, 3, 16), "14:30", "生产协调会第2次（2026-03-16）"),
                                        (D(2026, 3, 30), "14:30", "生产协调会第3次（2026-03-30）")]


def test_monthly_keeps_the_day_number_and_clamps_to_the_months_end():
    assert occurrences(D(2026, 1, 31), D(2026, 6, 30), "monthly") == [
        D(2026, 1, 31), D(2026, 2, 28), D(2026, 3, 31), D(2026, 4, 30), D(2026, 5, 31), D(2026, 6, 30)]
    assert occurrences(D(2027, 11, 30), D(2028, 3, 1), "monthly") == [
        D(2027, 11, 30), D(2027, 12, 30), D(2028, 1, 30), D(2028, 2, 29)]
    assert occurrences(D(2026, 3, 2), D(2026, 12, 31), "none") == [D(2026, 3, 2)]


def test_a_series_is_refused_backwards_too_long_or_at_a_bad_time(db):
    kind = add_type(db)
    with db.write() as s, pytest.raises(EditRefused) as refused:
        create_series(s, kind, D(2026, 3, 2), D(2026, 3, 1))
    assert "before the first" in refused.value.message.render()
    with db.write() as s:
        last = D(2026, 1, 1) + timedelta(weeks=MAX_SERIES - 1)
        assert len(create_series(s, kind, D(2026, 1, 1), last)) == MAX_SERIES
    with db.write() as s, pytest.raises(EditRefused) as refused:
        create_series(s, kind, D(2030, 1, 1), D(2033, 1, 1), "weekly")
    assert "120" in refused.value.message.render()
    with db.write() as s, pytest.raises(CellError):
        create_series(s, kind, D(2030, 1, 1), D(2030, 2, 1), start_time="25:00")
    with db.read() as s:
        assert s.scalar(select(Meeting.id).where(Meeting.held_on >= D(2030, 1, 1))) is None
    with db.write() as s, pytest.raises(ValueError):
        create_series(s, kind, D(2030, 1, 1), D(2030, 2, 1), "daily")
