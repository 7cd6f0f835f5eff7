"""Peak memory of holding every row of the staff table: ours against QSqlQueryModel, each
scrolled to the end in its own fresh process."""

from __future__ import annotations

from pathlib import Path

from benchmarks.child import run_child
from benchmarks.report import Result

LIMIT = 2.0


def measure(path: Path) -> list[Result]:
    ours = run_child("benchmarks.big_table", "memory", "Ours", str(path))
    qt = run_child("benchmarks.big_table", "memory", "QtSql", str(path))
    ratio = ours["kib"] / qt["kib"] if qt["kib"] > 0 else float("inf")
    return [Result(f"staff table, {ours['rows']:,} rows: peak RSS growth, scrolled to the end",
                   f"{ours['kib'] / 1024:,.0f} MB",
                   f"QSqlQueryModel {qt['kib'] / 1024:,.0f} MB; ours/Qt {ratio:.2f}× (target ≤ {LIMIT:g}×)",
                   ratio <= LIMIT)]
