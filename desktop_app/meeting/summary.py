"""Meetings' lines in ``check``: live meetings, and the live action items of live meetings in
all, open or in progress, and overdue as of the day the check runs (open or in progress, due
before that day).

Like rotation's summary, it reads through the read-only sqlite3 connection that ``check``
lends it; nothing is written. ``desktop_app.rotation.summary`` imports this module, so its
lines follow rotation's.
"""

from __future__ import annotations

import sqlite3
from datetime import date

from desktop_app.i18n import QT_TRANSLATE_NOOP, msg
from desktop_app.model import ActionItem, Meeting
from desktop_app.storage.integrity import SummaryLine, register_summary


@register_summary
def meeting_summary(con: sqlite3.Connection) -> list[SummaryLine]:
    """Nothing for a database whose schema predates meetings (its check says it is out of date)."""
    meetings, items = Meeting.__tablename__, ActionItem.__tablename__
    if con.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (meetings,)).fetchone() is None:
        return []
    meeting_count = con.execute(f'SELECT count(*) FROM "{meetings}" WHERE deleted_at IS NULL').fetchone()[0]
    # dates are stored as ISO text, so they compare as text
    total, unfinished, overdue = con.execute(
        "SELECT count(*), coalesce(sum(a.status IN ('open', 'in_progress')), 0), "
        "coalesce(sum(a.status IN ('open', 'in_progress') AND a.due_on < ?), 0) "
        f'FROM "{items}" a JOIN "{meetings}" m ON m.id = a.meeting_id '
        "WHERE a.deleted_at IS NULL AND m.deleted_at IS NULL", (date.today().isoformat(),)).fetchone()
    return [(msg(QT_TRANSLATE_NOOP("Core", "Meetings planned or held")), meeting_count),
            (msg(QT_TRANSLATE_NOOP("Core", "Action items")), total),
            (msg(QT_TRANSLATE_NOOP("Core", "Action items open or in progress")), unfinished),
            (msg(QT_TRANSLATE_NOOP("Core", "Action items overdue")), overdue)]
