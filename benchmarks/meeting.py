"""Meetings: the action tracker over the scale-10 demo (15,000 action items), shown to its
first paint, and one filter applied and repainted.

``measure(scale10)`` runs each measurement in a fresh child process:
``python -m benchmarks.meeting tracker PATH`` prints JSON.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

from benchmarks.child import run_child
from benchmarks.report import Result, ms

PAINT_TARGET = 0.3
FILTER_TARGET = 0.1
RUNS = 3


def measure(scale10: Path) -> list[Result]:
    runs = [run_child("benchmarks.meeting", "tracker", str(scale10)) for _ in range(RUNS)]
    paint = statistics.median(r["paint"] for r in runs)
    filtered = statistics.median(r["filter"] for r in runs)
    items = runs[0]["items"]
    return [
        Result(f"action tracker shown to first paint, scale-10 demo ({items:,} action items; median of {RUNS} "
               "fresh processes)", ms(paint), f"< {ms(PAINT_TARGET)}", paint < PAINT_TARGET),
        Result(f"action tracker: filter by unit and 'unfinished' applied and repainted ({runs[0]['shown']:,} rows "
               "match; median)", ms(filtered), f"< {ms(FILTER_TARGET)}", filtered < FILTER_TARGET),
    ]


def tracker_child(path: Path) -> dict:
    """The tracker's table (what the tracker tab shows) from creation to its first painted
    frame; then the unit and status filters a user sets, until repainted."""
    import tempfile
    from dataclasses import replace

    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QUndoStack
    from sqlalchemy import func, select

    from desktop_app.meeting.tracker import TRACKER
    from desktop_app.model import ActionItem, Unit
    from desktop_app.storage.open import open_database
    from ui.app import make_application
    from ui.context import AppContext
    from ui.tables.table_panel import TablePanel

    config = tempfile.TemporaryDirectory()
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, config.name)
    app = make_application([])
    db = open_database(path, create=False)
    with db.read() as s:
        items = s.scalar(select(func.count()).select_from(ActionItem).where(ActionItem.deleted_at.is_(None)))
        station = s.scalar(select(Unit.id).where(Unit.kind == "station").order_by(Unit.code))
    ctx = AppContext(db)
    t0 = time.perf_counter()
    panel = TablePanel(ctx, TRACKER, QUndoStack())
    panel.resize(1300, 700)
    panel.show()
    app.processEvents()  # lays out and paints the first screen
    paint = time.perf_counter() - t0
    panel.model.wait_for_total()
    filters = (("unit", station), ("status", "unfinished"))
    times = []
    for _ in range(4):  # the first pass warms SQLite's cache for these filters up
        t1 = time.perf_counter()
        panel.model.set_query(replace(panel.model.query, filters=filters))
        app.processEvents()  # the query, the reset and the one repaint that follows
        times.append(time.perf_counter() - t1)
        panel.model.wait_for_total()
        panel.model.set_query(replace(panel.model.query, filters=()))
        app.processEvents()
        panel.model.wait_for_total()
    filtered = statistics.median(times[1:])
    panel.model.set_query(replace(panel.model.query, filters=filters))
    shown = panel.model.wait_for_total()
    panel.close()
    db.dispose()
    config.cleanup()
    return {"paint": paint, "filter": filtered, "items": items, "shown": shown}


if __name__ == "__main__":  # tracker PATH: prints JSON
    print(json.dumps(tracker_child(Path(sys.argv[2]))))
