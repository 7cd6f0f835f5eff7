"""Benchmark databases: the demo company, built once per version of the generator and schema.

The files live in ``benchmarks/.cache/`` under a name that carries a hash of the sources that
shape them, so an edit to the generator or the schema builds a fresh file instead of measuring
a stale one. A build writes a private temporary file and renames it into place, so a second
``make bench`` running at the same time never opens a half-built database.

When ``build_demo`` fails (the generator is being worked on), the same sizes are built by
``benchmarks.fallback_org`` instead, and ``source_of`` says so in the printed table.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

from desktop_app.storage.database import Database

ROOT = Path(__file__).resolve().parents[1]
CACHE = Path(__file__).resolve().parent / ".cache"
_SCHEMA = ("desktop_app/migrations/versions", "desktop_app/model")
_DEMO = (*_SCHEMA, "desktop_app/demo")
_FALLBACK = (*_SCHEMA, "benchmarks/fallback_org.py")


def _fingerprint(sources: tuple[str, ...]) -> str:
    digest = hashlib.sha1()
    for source in sources:
        top = ROOT / source
        for path in sorted([top] if top.is_file() else top.rglob("*.py")):
            digest.update(path.relative_to(ROOT).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


def _build(path: Path, fill: Callable[[Database], object]) -> None:
    from desktop_app.storage.open import open_database

    CACHE.mkdir(exist_ok=True)
    tmp = CACHE / f".building-{os.getpid()}-{path.name}"
    try:
        db = open_database(tmp)
        try:
            fill(db)
        finally:
            db.dispose()
        con = sqlite3.connect(tmp)  # fold the WAL into the file before renaming it
        try:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            con.close()
        os.replace(tmp, path)
    finally:
        for leftover in CACHE.glob(tmp.name + "*"):
            leftover.unlink()
    kind, scale = path.name.split("-")[:2]
    for stale in CACHE.glob(f"{kind}-{scale}-*"):  # older versions, with their backups
        if not stale.name.startswith(path.stem):
            shutil.rmtree(stale) if stale.is_dir() else stale.unlink(missing_ok=True)


def demo_db(scale: int) -> Path:
    """A database of ``scale`` (1: the county company; 170: about 100,000 staff), built if
    missing: by ``build_demo``, or by the fallback when this version of the generator fails."""
    demo = CACHE / f"demo-scale{scale}-{_fingerprint(_DEMO)}.sqlite"
    failed = demo.with_suffix(".failed")  # don't retry a generator version that crashed
    if demo.exists():
        return demo
    if not failed.exists():
        try:
            from desktop_app.demo import build_demo

            _build(demo, lambda db: build_demo(db, scale=scale))
            return demo
        except Exception:
            CACHE.mkdir(exist_ok=True)
            failed.write_text(traceback.format_exc())
    print(f"build_demo(scale={scale}) fails with this version of desktop_app/demo; using the "
          f"benchmark's own rows instead (traceback in {failed})", file=sys.stderr)
    fallback = CACHE / f"fallback-scale{scale}-{_fingerprint(_FALLBACK)}.sqlite"
    if not fallback.exists():
        from benchmarks import fallback_org

        _build(fallback, lambda db: fallback_org.build(db, scale))
    return fallback


def source_of(path: Path) -> tuple[str, str]:
    """How the database at ``path`` was made and why, for the printed table."""
    if path.name.startswith("demo-"):
        return "build_demo(seed=2014)", path.name
    scale = path.name.split("-")[1]
    failed = CACHE / f"demo-{scale}-{_fingerprint(_DEMO)}.failed"
    reason = failed.read_text().strip().splitlines()[-1] if failed.exists() else "build_demo failed"
    return "benchmarks/fallback_org.py", f"build_demo fails: {reason[:60]}"


if __name__ == "__main__":  # python -m benchmarks.data SCALE…: builds them, prints JSON
    import json

    paths = {scale: demo_db(int(scale)) for scale in sys.argv[1:]}
    print(json.dumps({scale: [str(path), *source_of(path)] for scale, path in paths.items()}))
