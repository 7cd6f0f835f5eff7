"""Duty boundaries: the grey-area analysis of the scale-10 demo, and opening the duties page
on the county demo until it is first painted.

``measure(county, scale10)`` runs each measurement in fresh child processes:
``python -m benchmarks.duties analysis PATH`` and ``… open PATH`` print JSON.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

from benchmarks.child import run_child
from benchmarks.report import Result, ms

ANALYSIS_TARGET = 0.3
OPEN_TARGET = 0.5
OPENS = 3  # fresh processes: the first opening imports the page, as it does for a user


def measure(county: Path, scale10: Path) -> list[Result]:
    analysis = run_child("benchmarks.duties", "analysis", str(scale10))
    runs = analysis["seconds"]
    median = statistics.median(runs)
    results = [Result(
        f"grey-area analysis, scale-10 demo ({analysis['items']:,} work items, {analysis['cells']:,} cells, "
        f"{analysis['findings']} findings; median of {len(runs)})",
        ms(median), f"< {ms(ANALYSIS_TARGET)}", median < ANALYSIS_TARGET)]
    opens = [run_child("benchmarks.duties", "open", str(county)) for _ in range(OPENS)]
    paint = statistics.median(o["paint"] for o in opens)
    findings = statistics.median(o["findings"] for o in opens)
    spread = f"{ms(min(o['paint'] for o in opens))}–{ms(max(o['paint'] for o in opens))}"
    results.append(Result(
        f"duties page opened to first paint, county demo ({opens[0]['rows']} × {opens[0]['columns']} grid; "
        f"median of {OPENS} fresh processes; {spread})",
        ms(paint), f"< {ms(OPEN_TARGET)}", paint < OPEN_TARGET))
    results.append(Result("duties page: grey-area findings shown after opening, county demo (median)",
                          ms(findings), "analysed off the GUI thread, after the first paint", None))
    return results


def analysis_child(path: Path, runs: int = 5) -> dict:
    """``review`` (what the findings panel runs) in a fresh read session each time, after
    one warm-up run."""
    from sqlalchemy import func, select

    from desktop_app.duties.grey_areas import review
    from desktop_app.model import UnitDuty, WorkItem
    from desktop_app.storage.open import open_database

    db = open_database(path, create=False)
    try:
        with db.read() as s:
            review(s)
            items = s.scalar(select(func.count()).select_from(WorkItem).where(WorkItem.deleted_at.is_(None)))
            cells = s.scalar(select(func.count()).select_from(UnitDuty).where(UnitDuty.deleted_at.is_(None)))
        seconds = []
        for _ in range(runs):
            with db.read() as s:
                t = time.perf_counter()
                found = review(s)
                seconds.append(time.perf_counter() - t)
    finally:
        db.dispose()
    return {"seconds": seconds, "items": items, "cells": cells, "findings": len(found.visible)}


def open_child(path: Path) -> dict:
    """The main window shows the organisation page; the user then clicks 职责边界. Measures
    from that click to the duties page's first Paint event, and to its findings being shown."""
    import tempfile

    from PySide6.QtCore import QEvent, QObject, QSettings

    from desktop_app.storage.open import open_database
    from ui.app import make_application
    from ui.context import AppContext
    from ui.main_window import MainWindow

    config = tempfile.TemporaryDirectory()  # the window stores its last page: not in the user's settings
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, config.name)
    app = make_application([])
    db = open_database(path, create=False)
    window = MainWindow(AppContext(db))
    window.resize(1366, 800)
    window.show_page("org")
    window.show()
    app.processEvents()
    marks: dict[str, float] = {}

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and type(obj).__name__ == "DutiesPage" and "paint" not in marks:
                marks["paint"] = time.perf_counter()
            return False

    watcher = FirstPaint()
    app.installEventFilter(watcher)
    t0 = time.perf_counter()
    page = window.show_page("duties")
    page.findings.refreshed.connect(lambda: marks.setdefault("findings", time.perf_counter()))
    deadline = t0 + 30
    while ("paint" not in marks or "findings" not in marks) and time.perf_counter() < deadline:
        app.processEvents()
    app.removeEventFilter(watcher)
    if "paint" not in marks or "findings" not in marks:
        raise RuntimeError(f"the duties page was not painted and analysed within 30 s: {sorted(marks)}")
    shape = page.grid.model.rowCount(), page.grid.model.columnCount()
    window.close()
    db.dispose()
    config.cleanup()
    return {"paint": marks["paint"] - t0, "findings": marks["findings"] - t0, "rows": shape[0], "columns": shape[1]}


if __name__ == "__main__":  # analysis PATH | open PATH: prints JSON
    command, where = sys.argv[1], Path(sys.argv[2])
    print(json.dumps(analysis_child(where) if command == "analysis" else open_child(where)))
