"""Reads off the GUI thread of which only the newest answer counts."""

from __future__ import annotations

from sqlalchemy import text

from ui.operations.latest_read import LatestRead


def test_wait_delivers_the_newest_answer_only(qapp, db):
    reader = LatestRead()
    answers = []
    reader.done.connect(answers.append)
    reader.start(db, lambda s: s.execute(text("SELECT 1")).scalar())
    reader.start(db, lambda s: s.execute(text("SELECT 2")).scalar())
    reader.wait()
    assert answers == [2]  # delivered by wait itself, and the older request was dropped
