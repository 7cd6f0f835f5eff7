"""The customer map's lines in ``check``: relations at each level, processes, and process
handoffs without a service commitment.

Like the duties' summary, it reads through the read-only sqlite3 connection that ``check``
lends it, running the handoff analysis' SELECTs through ``sqlite_executor``; nothing is written.
``desktop_app.duties.summary`` imports this module, so its lines follow the duties' lines.
"""

from __future__ import annotations

import sqlite3

from desktop_app.customer_map.handoffs import load_handoffs
from desktop_app.duties.grey_rules import sqlite_executor
from desktop_app.i18n import QT_TRANSLATE_NOOP, msg
from desktop_app.model import BusinessProcess, PositionRelation, UnitRelation
from desktop_app.storage.integrity import SummaryLine, register_summary


def _live(con: sqlite3.Connection, table: str) -> int:
    return con.execute(f'SELECT count(*) FROM "{table}" WHERE deleted_at IS NULL').fetchone()[0]


@register_summary
def customer_map_summary(con: sqlite3.Connection) -> list[SummaryLine]:
    """Live relations per level (any status), live processes, and handoffs of active processes
    without an active relation carrying a commitment (explained or not). Nothing for a
    database whose schema predates the customer map (its check says it is out of date)."""
    if con.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                   (UnitRelation.__tablename__,)).fetchone() is None:
        return []
    uncommitted = sum(1 for h in load_handoffs(sqlite_executor(con)) if h.active_process_names and not h.committed)
    return [
        (msg(QT_TRANSLATE_NOOP("Core", "Service relations (unit level)")), _live(con, UnitRelation.__tablename__)),
        (msg(QT_TRANSLATE_NOOP("Core", "Service relations (post level)")), _live(con, PositionRelation.__tablename__)),
        (msg(QT_TRANSLATE_NOOP("Core", "Business processes")), _live(con, BusinessProcess.__tablename__)),
        (msg(QT_TRANSLATE_NOOP("Core", "Handoffs without commitment")), uncommitted),
    ]


import desktop_app.rotation.summary  # noqa: E402,F401  (registers rotation's lines after these)
