"""Backups: made, listed and pruned by day; restoring keeps the current file first; a backup
taken while someone writes holds exactly the committed state."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from desktop_app.model import Unit
from desktop_app.storage.backup import (
    KEEP_DAILY,
    backup_dir,
    daily_backup,
    list_backups,
    make_backup,
    restore_backup,
)
from desktop_app.storage.engine import connect_read_only
from desktop_app.storage.open import open_database


def unit_names(path) -> set[str]:
    con = connect_read_only(path)
    try:
        return {r[0] for r in con.execute("SELECT name FROM unit")}
    finally:
        con.close()


def add_unit(db, code: str, name: str) -> None:
    with db.write() as s:
        s.add(Unit(code=code, name=name, kind="company"))


def test_make_and_list_backups(db, db_path):
    add_unit(db, "A", "甲")
    first = make_backup(db_path, "manual", datetime(2026, 3, 1, 8, 0, 0))
    again = make_backup(db_path, "manual", datetime(2026, 3, 1, 8, 0, 0))  # same second
    upgrade = make_backup(db_path, "before-upgrade", datetime(2026, 3, 2, 9, 30, 0))
    assert first.path != again.path and first.path.parent == backup_dir(db_path)
    assert unit_names(first.path) == {"甲"}
    listed = list_backups(db_path)
    assert [b.path for b in listed] == [upgrade.path, again.path, first.path]  # newest first
    assert [b.reason for b in listed] == ["before-upgrade", "manual", "manual"]
    assert listed[0].taken_at == datetime(2026, 3, 2, 9, 30, 0)
    assert all(b.size == b.path.stat().st_size > 0 for b in listed)


def test_backup_reason_must_be_plain_words(db_path, db):
    with pytest.raises(ValueError):
        make_backup(db_path, "../escape")


def test_daily_backup_once_a_day(db, db_path):
    morning = datetime(2026, 3, 5, 8, 0, 0)
    assert daily_backup(db_path, morning) is not None
    assert daily_backup(db_path, morning + timedelta(hours=9)) is None
    assert [b.reason for b in list_backups(db_path)] == ["daily"]
    assert daily_backup(db_path, morning + timedelta(days=1)) is not None
    assert len(list_backups(db_path)) == 2


def test_only_the_newest_daily_backups_stay(db, db_path):
    start = datetime(2026, 1, 1, 8, 0, 0)
    for day in range(16):
        make_backup(db_path, "daily", start + timedelta(days=day))
    manual = make_backup(db_path, "manual", start)
    today = start + timedelta(days=16)
    made = daily_backup(db_path, today)
    daily = [b for b in list_backups(db_path) if b.reason == "daily"]
    assert len(daily) == KEEP_DAILY == 14
    assert daily[0].path == made.path
    assert daily[-1].taken_at == start + timedelta(days=16 - 13)  # the 3 oldest went
    assert manual.path.exists()  # other backups are never pruned


def test_restore_keeps_the_current_file_first(db, db_path):
    add_unit(db, "A", "甲")
    backup = make_backup(db_path, "manual")
    add_unit(db, "B", "乙")
    db.dispose()

    kept = restore_backup(backup.path, db_path)

    assert kept is not None and kept.reason == "before-restore"
    assert unit_names(kept.path) == {"甲", "乙"}
    reopened = open_database(db_path)
    try:
        with reopened.read() as s:
            assert set(s.scalars(select(Unit.name))) == {"甲"}
    finally:
        reopened.dispose()
    assert not list(db_path.parent.glob("*.restoring*"))


def test_restoring_a_damaged_backup_changes_nothing(db, db_path, tmp_path):
    add_unit(db, "A", "甲")
    bad = tmp_path / "bad.sqlite"
    good = make_backup(db_path, "manual")
    bad.write_bytes(good.path.read_bytes()[:4096])
    # an open connection keeps committed data in the WAL: it must not be thrown away
    holder = sqlite3.connect(db_path)
    holder.execute("PRAGMA wal_autocheckpoint = 0")
    holder.execute("INSERT INTO unit (id, code, name, kind, sort_order, active, notes, created_at,"
                   " updated_at, updated_by, version) VALUES ('u2', 'B', '乙', 'company', 0, 1, '',"
                   " '2026-01-01', '2026-01-01', '', 1)")
    holder.commit()
    before = {p.name: p.read_bytes() for p in db_path.parent.glob(db_path.name + "*")}
    backups_before = list_backups(db_path)

    with pytest.raises(sqlite3.DatabaseError):
        restore_backup(bad, db_path)

    after = {p.name: p.read_bytes() for p in db_path.parent.glob(db_path.name + "*")}
    assert after.keys() == before.keys()
    assert after[db_path.name] == before[db_path.name]
    assert unit_names(db_path) == {"甲", "乙"}
    assert list_backups(db_path) == backups_before
    holder.close()


def test_backup_during_an_open_write_transaction_is_consistent(db, db_path):
    add_unit(db, "A", "甲")
    with db.write() as s:
        for i in range(200):
            s.add(Unit(code=f"W{i}", name=f"写入中{i}", kind="team"))
        s.flush()  # written to the WAL, not committed
        during = make_backup(db_path, "manual")
    after = make_backup(db_path, "manual")

    con = connect_read_only(during.path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        assert {r[0] for r in con.execute("SELECT name FROM unit")} == {"甲"}
        assert con.execute("SELECT count(*) FROM change_log").fetchone()[0] == 1
    finally:
        con.close()
    assert len(unit_names(after.path)) == 201
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Unit)) == 201


def test_restore_over_a_damaged_file_keeps_its_raw_bytes(db, db_path):
    add_unit(db, "A", "甲")
    backup = make_backup(db_path, "manual")
    db.dispose()
    damaged = db_path.read_bytes()[:5000]  # a SQLite header, but no online backup possible
    db_path.write_bytes(damaged)

    kept = restore_backup(backup.path, db_path)

    assert kept is not None and kept.reason == "before-restore"
    assert kept.path.read_bytes() == damaged
    assert unit_names(db_path) == {"甲"}
