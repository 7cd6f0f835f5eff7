"""The demo database file: built on first use into a private file moved into place, then
reused as it is."""

from __future__ import annotations

from desktop_app.demo.demo_file import ensure_demo_database
from desktop_app.storage.open import open_database


def test_built_once_then_reused(tmp_path):
    path = tmp_path / "data" / "demo.sqlite"
    assert ensure_demo_database(path) == path
    assert sorted(p.name for p in path.parent.iterdir()) == ["demo.sqlite"]  # no temporary file left
    built = path.stat().st_mtime_ns
    db = open_database(path, create=False)
    try:
        with db.read() as s:
            assert s.connection().exec_driver_sql("SELECT count(*) FROM unit").scalar() > 50
    finally:
        db.dispose()
    assert ensure_demo_database(path) == path
    assert path.stat().st_mtime_ns == built
