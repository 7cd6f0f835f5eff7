"""The internal service handbook: the whole company's handbook of the county demo as a draft
(every chapter, figures included), and the scale-10 demo's, whose peak memory is reported.

``measure(county, scale10)`` runs each in a fresh child process:
``python -m benchmarks.handbook build PATH`` prints JSON. The child works on a temporary copy
of the database (migrated there; the cached file is never changed), builds the handbook once to
warm up (imports reportlab, reads the font) and then times a second build, the way a user
builds a draft, looks, and builds again; the first build's time is shown too.
"""

from __future__ import annotations

import json
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.child import run_child
from benchmarks.report import Result

TARGET = 10.0  # seconds, the full county handbook
MEMORY_LIMIT = 1024  # MB of peak RSS for the scale-10 handbook: far below what a 4 GB office PC has free


def measure(county: Path, scale10: Path) -> list[Result]:
    small = run_child("benchmarks.handbook", "build", str(county))
    big = run_child("benchmarks.handbook", "build", str(scale10))
    return [
        Result(f"handbook PDF, county demo ({small['pages']} pages, {small['mb']:.1f} MB; "
               f"second build, the first took {small['first']:.1f} s)",
               f"{small['seconds']:.1f} s", f"< {TARGET:g} s", small["seconds"] < TARGET),
        Result(f"handbook PDF, scale-10 demo ({big['pages']:,} pages, {big['mb']:.1f} MB, {big['seconds']:.1f} s): "
               "peak RSS", f"{big['peak_mb']:,.0f} MB", f"< {MEMORY_LIMIT:,} MB", big["peak_mb"] < MEMORY_LIMIT),
    ]


def build_child(source: Path) -> dict:
    from desktop_app.handbook.build import HandbookOptions, build_handbook
    from desktop_app.storage.open import open_database

    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "bench.sqlite"
        shutil.copyfile(source, copy)
        db = open_database(copy)
        try:
            out = Path(tmp) / "handbook.pdf"
            t = time.perf_counter()
            build_handbook(db, HandbookOptions(), out)
            first = time.perf_counter() - t
            t = time.perf_counter()
            result = build_handbook(db, HandbookOptions(), out)
            seconds = time.perf_counter() - t
        finally:
            db.dispose()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    return {"seconds": seconds, "first": first, "pages": result.pages, "mb": result.size / 1_000_000,
            "peak_mb": peak}


if __name__ == "__main__":  # build PATH: prints JSON
    if sys.argv[1] != "build":
        raise SystemExit(f"unknown measurement {sys.argv[1]!r}")
    print(json.dumps(build_child(Path(sys.argv[2]))))
