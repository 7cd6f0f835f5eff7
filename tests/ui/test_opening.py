"""Opening files in the GUI: a damaged file is never overwritten and the latest backup can be
restored; a database from a newer version is refused."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QMessageBox

from desktop_app.storage.backup import list_backups, make_backup
from desktop_app.storage.open import open_database
from tests.factories import make_org
from ui.opening import open_or_explain


def test_damaged_file_offers_the_latest_backup(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "station.sqlite"
    db = open_database(path)
    make_org(db)
    db.dispose()
    make_backup(path, "daily")
    path.write_bytes(b"garbage" * 100)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    restored = open_or_explain(None, path)
    assert restored is not None and asked and "damaged" in asked[0]
    with restored.read() as s:
        from sqlalchemy import func, select

        from desktop_app.model import Unit
        assert s.scalar(select(func.count()).select_from(Unit)) == 5
    restored.dispose()
    kept = [b for b in list_backups(path) if b.reason == "before-restore"]
    assert kept and kept[0].path.read_bytes() == b"garbage" * 100


def test_damaged_file_without_backup_is_left_alone(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "junk.sqlite"
    path.write_text("not a database")
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    assert open_or_explain(None, path) is None
    assert shown and path.read_text() == "not a database"


def test_database_from_a_newer_version_is_refused_unchanged(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "newer.sqlite"
    open_database(path).dispose()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = 'ffff9999'")
    con.commit()
    con.close()
    before = path.read_bytes()
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    assert open_or_explain(None, path) is None
    assert "newer version" in shown[0]
    assert path.read_bytes() == before
