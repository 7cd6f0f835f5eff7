"""The duty boundaries' lines in ``check``: work items, and grey-area findings by kind.

``check`` hands summary sources a read-only sqlite3 connection, not a Session. The analysis
reads through an executor (run a SELECT, get tuples), and ``sqlite_executor`` runs the very same
SELECTs, compiled for SQLite with their values inlined, on that connection: nothing is written
and no engine is made over the borrowed connection.
"""

from __future__ import annotations

import sqlite3
from collections import Counter

from desktop_app.duties.grey_areas import review_with, sqlite_executor
from desktop_app.duties.vocabulary import FINDING_KIND_LABELS, FINDING_KINDS
from desktop_app.i18n import QT_TRANSLATE_NOOP, Message, msg
from desktop_app.model import WorkItem
from desktop_app.storage.integrity import SummaryLine, register_summary


@register_summary
def duties_summary(con: sqlite3.Connection) -> list[SummaryLine]:
    """Live work items; findings shown (not explained) per kind; explained findings. Nothing
    for a database whose schema predates the duty tables (its check says it is out of date)."""
    if con.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                   (WorkItem.__tablename__,)).fetchone() is None:
        return []
    items = con.execute(f'SELECT count(*) FROM "{WorkItem.__tablename__}" WHERE deleted_at IS NULL').fetchone()[0]
    result = review_with(sqlite_executor(con))
    by_kind = Counter(f.kind for f in result.visible)
    lines: list[SummaryLine] = [(msg(QT_TRANSLATE_NOOP("Core", "Work items")), items)]
    for kind in FINDING_KINDS:
        lines.append((msg(QT_TRANSLATE_NOOP("Core", "Grey areas ({kind})"), kind=Message(FINDING_KIND_LABELS[kind])),
                      by_kind.get(kind, 0)))
    lines.append((msg(QT_TRANSLATE_NOOP("Core", "Grey areas explained")), len(result.explained)))
    return lines


import desktop_app.customer_map.summary  # noqa: E402,F401  (registers the customer map's lines after these)
