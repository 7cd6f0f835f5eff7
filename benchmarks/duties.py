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
    """From the click on 职责边界 to the duties page's first paint, and to its findings shown."""
    from benchmarks.page_open import open_page

    paint, findings, page = open_page(path, "duties", "DutiesPage",
                                      lambda page, mark: page.findings.refreshed.connect(mark), "analysed")
    return {"paint": paint, "findings": findings, "rows": page.grid.model.rowCount(),
            "columns": page.grid.model.columnCount()}


if __name__ == "__main__":  # analysis PATH | open PATH: prints JSON
    command, where = sys.argv[1], Path(sys.argv[2])
    print(json.dumps(analysis_child(where) if command == "analysis" else open_child(where)))
