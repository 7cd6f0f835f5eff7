"""The 100,000-row staff table, ours against QSqlQueryModel (``staff_sides``): the speed of
each step side by side in one process on one file, and the memory of all rows in a fresh
process per side. Run as ``python -m benchmarks.big_table speed PATH`` or
``… memory (Ours|QtSql) PATH``; either prints JSON."""

from __future__ import annotations

import gc
import json
import resource
import statistics
import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication
from sqlalchemy.exc import OperationalError

from benchmarks.report import Result, ms
from benchmarks.staff_sides import KEYWORD, Ours, QtSql

STEP_LIMIT = 30.0  # seconds; a slower step of ours is stopped and reported as such
STEPS = {  # key: (label, method, how many times QSqlQueryModel's time ours may take; None: no target)
    "first": ("first screen", "first_screen", 1.5),
    "end": ("scroll to the end", "scroll_to_end", None),
    "filter": (f"filter '{KEYWORD}' (first screen; ours counts afterwards, off the GUI thread)", "filter", 2.0),
    "sort": ("sort by name, descending", "sort", 2.0),
}


class StepTooSlow(Exception):
    """A step ran past STEP_LIMIT and was interrupted."""


def _timed(side, step: str) -> float:
    """Seconds ``step`` took; StepTooSlow when it passed STEP_LIMIT (then ``side`` is spent).
    Python's garbage from the steps before is collected first, so that neither side pays for it."""
    gc.collect()
    t = time.perf_counter()
    side.deadline = t + STEP_LIMIT
    try:
        getattr(side, step)()
    except OperationalError as exc:
        if "interrupted" not in str(exc):
            raise
        raise StepTooSlow(step) from exc
    finally:
        side.deadline = float("inf")
    return time.perf_counter() - t


def _one_round(cls, path: Path, timings: dict, gave_up: set) -> int:
    """Times the STEPS on a fresh side, each from the unfiltered default order; returns the
    number of rows at the end. A step that was too slow once is skipped in later rounds."""
    rows = 0
    side = cls(path)
    try:
        for key, (_, method, _) in STEPS.items():
            if (cls.name, key) in gave_up:
                continue
            if key != "first":
                side.settle()
                side.reset()
                side.settle()
            try:
                timings.setdefault(cls.name, {}).setdefault(key, []).append(_timed(side, method))
            except StepTooSlow:
                gave_up.add((cls.name, key))
                side.close()
                side = cls(path)
                side.first_screen()
            if key == "end":
                rows = side.model.rowCount()
    finally:
        side.close()
    return rows


def speed(path: Path, repeats: int = 5) -> list[Result]:
    """Medians of ``repeats`` rounds of every step, alternating which side goes first, after
    a warm-up round of each side that is not counted (the process's first table view, font
    and SQL statement would otherwise be paid by whichever side happens to go first)."""
    app = QApplication.instance() or QApplication([])  # noqa: F841 (must outlive the views)
    timings: dict[str, dict[str, list[float]]] = {}
    gave_up: set[tuple[str, str]] = set()
    for cls in (Ours, QtSql):
        _one_round(cls, path, {}, gave_up)
    rows = 0
    for n in range(repeats):
        for cls in (QtSql, Ours) if n % 2 else (Ours, QtSql):  # neither always gets the warmer cache
            got = _one_round(cls, path, timings, gave_up)
            rows = got if cls is Ours and got else rows
    results = []
    for key, (label, _, limit) in STEPS.items():
        qt = statistics.median(timings[QtSql.name][key])
        runs = timings.get(Ours.name, {}).get(key, [])
        what = f"staff table, {rows:,} rows: {label}" + (f" (median of {len(runs)} after a warm-up)" if len(runs) > 1 else "")
        if (Ours.name, key) in gave_up:
            value, ratio = f"> {STEP_LIMIT:.0f} s, stopped", float("inf")
        else:
            ours = statistics.median(runs)
            value, ratio = ms(ours), ours / qt if qt else float("inf")
        reference = f"QSqlQueryModel {ms(qt)}; ours/Qt {ratio:.2f}×" + (f" (target ≤ {limit}×)" if limit else "")
        results.append(Result(what, value, reference, None if limit is None else ratio <= limit))
    return results


def _peak_kib() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux


def _high_water_kib() -> int | None:
    """This process's own peak RSS from /proc (Linux), which unlike ru_maxrss is not inherited."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return None
    return next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM:"))


def memory_child(side: str, path: Path) -> dict:
    """Scrolls ``side`` to the end in this fresh process; the growth of peak RSS over the
    started app (QApplication, open database, empty view)."""
    app = QApplication.instance() or QApplication([])
    runner = {"Ours": Ours, "QtSql": QtSql}[side](path)
    app.processEvents()
    base, own = _peak_kib(), _high_water_kib()
    if own is not None and base > own + 4096:
        raise RuntimeError(f"ru_maxrss {base} KiB was inherited from the parent (own peak {own} KiB)")
    runner.first_screen()
    rows = runner.scroll_to_end()
    return {"kib": _peak_kib() - base, "base_kib": base, "rows": rows}


if __name__ == "__main__":  # speed PATH | memory (Ours|QtSql) PATH: prints JSON
    import dataclasses

    if sys.argv[1] == "speed":
        print(json.dumps([dataclasses.asdict(r) for r in speed(Path(sys.argv[2]))]))
    else:
        print(json.dumps(memory_child(sys.argv[2], Path(sys.argv[3]))))
