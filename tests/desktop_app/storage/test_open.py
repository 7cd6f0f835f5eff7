"""Opening files: a new file gets the schema and the pragmas; damaged, foreign and newer files
are refused unchanged; a pending migration backs up first and is all-or-nothing; the models
and the migrations describe the same schema."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, select, text

from desktop_app.model import Base, Position, Unit
from desktop_app.storage.backup import list_backups
from desktop_app.storage.engine import connect_read_only
from desktop_app.storage.migrate import (
    MigrationFailedError,
    NewerDatabaseError,
    stamped_revisions,
    state_of,
)
from desktop_app.storage.open import DamagedDatabaseError, open_database
from tests.factories import make_org


def stamped(path: Path) -> tuple[str, ...]:
    con = connect_read_only(path)
    try:
        return stamped_revisions(con)
    finally:
        con.close()


def pragmas(execute) -> tuple:
    return tuple(execute(f"PRAGMA {name}").fetchone()[0]
                 for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout"))


def test_new_file_gets_the_schema_at_head(db_path):
    db = open_database(db_path)
    try:
        assert stamped(db_path) == state_of(()).head
        with db.read() as s:
            assert s.scalar(select(func.count()).select_from(Unit)) == 0
    finally:
        db.dispose()


def test_every_connection_has_the_pragmas(db_path):
    db = open_database(db_path)
    try:
        # several connections at once, so the pool can't hand back the same one
        raw = [db.engine.raw_connection() for _ in range(3)]
        try:
            for con in raw:
                assert pragmas(con.driver_connection.execute) == ("wal", 2, 1, 10_000)
        finally:
            for con in raw:
                con.close()
        with db.read() as r, db.write() as w:
            for session in (r, w):
                assert pragmas(session.connection().exec_driver_sql) == ("wal", 2, 1, 10_000)
    finally:
        db.dispose()


def _text_file(path: Path) -> None:
    path.write_text("Dienstplan\n值班表\n")


def _random_bytes(path: Path) -> None:
    path.write_bytes(random.Random(7).randbytes(64 * 1024))


def _truncated_sqlite(path: Path) -> None:
    db = open_database(path)
    make_org(db, staff=40)
    db.dispose()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _header_only(path: Path) -> None:
    _truncated_sqlite(path)
    path.write_bytes(path.read_bytes()[:100])


@pytest.mark.parametrize("spoil", [_text_file, _random_bytes, _truncated_sqlite, _header_only])
def test_damaged_file_is_refused_and_left_unchanged(tmp_path, spoil):
    path = tmp_path / "damaged.sqlite"
    spoil(path)
    before = path.read_bytes()
    with pytest.raises(DamagedDatabaseError) as info:
        open_database(path)
    assert info.value.path == path and info.value.reason
    assert path.read_bytes() == before
    assert not (tmp_path / "damaged-backups").exists()


def test_sqlite_file_of_another_program_is_refused_unchanged(tmp_path):
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
    con.execute("INSERT INTO recipes (name) VALUES ('饺子')")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(DamagedDatabaseError):
        open_database(path)
    assert path.read_bytes() == before


@pytest.mark.parametrize("journal", ["wal", "delete"])
def test_database_of_a_newer_app_is_refused_unchanged(db_path, journal):
    open_database(db_path).dispose()
    con = sqlite3.connect(db_path)
    # "delete": a file copied out of WAL mode; switching it back would rewrite its header
    con.execute(f"PRAGMA journal_mode = {journal}")
    con.execute("UPDATE alembic_version SET version_num = 'ffff9999'")
    con.commit()
    con.close()
    before = db_path.read_bytes()
    with pytest.raises(NewerDatabaseError):
        open_database(db_path)
    assert db_path.read_bytes() == before
    assert list_backups(db_path) == []


def test_pending_migration_backs_up_first(db_path, next_migrations):
    db = open_database(db_path)
    make_org(db)
    db.dispose()
    old_revision = stamped(db_path)
    new_revision = next_migrations()

    db = open_database(db_path)
    try:
        assert stamped(db_path) == (new_revision,)
        with db.read() as s:  # the rebuilt unit table kept its rows and their references
            assert s.scalar(select(func.count()).select_from(Unit)) == 5
            assert s.scalar(select(func.count()).select_from(Position).join(Unit)) == 3
            assert s.connection().exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert s.connection().exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    finally:
        db.dispose()
    (backup,) = list_backups(db_path)
    assert backup.reason == "before-upgrade"
    assert stamped(backup.path) == old_revision
    con = sqlite3.connect(backup.path)
    assert con.execute("SELECT count(*) FROM unit").fetchone()[0] == 5
    con.close()


def test_new_database_needs_no_backup(db_path, next_migrations):
    next_migrations()
    open_database(db_path).dispose()
    assert list_backups(db_path) == []


def test_failed_migration_leaves_the_old_revision_and_data(db_path, next_migrations):
    db = open_database(db_path)
    make_org(db)
    db.dispose()
    old_revision = stamped(db_path)
    next_migrations(body='    raise RuntimeError("migration bug")')
    with pytest.raises(MigrationFailedError, match="migration bug"):
        open_database(db_path)
    assert stamped(db_path) == old_revision
    con = connect_read_only(db_path)
    assert con.execute("SELECT count(*) FROM unit").fetchone()[0] == 5
    assert "extra" not in [r[1] for r in con.execute("PRAGMA table_info(unit)")]
    con.close()
    assert [b.reason for b in list_backups(db_path)] == ["before-upgrade"]


def test_migration_that_orphans_rows_is_rolled_back(db_path, next_migrations):
    db = open_database(db_path)
    make_org(db)
    db.dispose()
    old_revision = stamped(db_path)
    next_migrations(body='    op.execute("DELETE FROM unit WHERE kind = \'team\'")')
    with pytest.raises(MigrationFailedError, match="foreign keys"):
        open_database(db_path)
    assert stamped(db_path) == old_revision
    con = connect_read_only(db_path)
    assert con.execute("SELECT count(*) FROM unit").fetchone()[0] == 5
    con.close()


def test_models_and_migrations_agree(db_path):
    """`alembic check`: autogenerate against a database built by the migrations finds nothing."""
    db = open_database(db_path)
    try:
        with db.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
            # the check itself works: a table the migrations lack is reported
            conn.exec_driver_sql("DROP INDEX ix_unit_name")
            assert compare_metadata(context, Base.metadata) != []
            conn.rollback()
    finally:
        db.dispose()


def test_missing_file_with_create_false(tmp_path):
    with pytest.raises(FileNotFoundError):
        open_database(tmp_path / "absent.sqlite", create=False)
    assert not (tmp_path / "absent.sqlite").exists()


def test_path_with_uri_characters(tmp_path):
    folder = tmp_path / "供电所 #1 ?50%"
    db = open_database(folder / "a.sqlite")
    make_org(db)
    db.dispose()
    db = open_database(folder / "a.sqlite")
    with db.read() as s:
        assert s.execute(text("SELECT count(*) FROM unit")).scalar() == 5
    db.dispose()
    assert sorted(p.name for p in folder.iterdir() if p.suffix == ".sqlite") == ["a.sqlite"]


def test_head_constant_is_the_migration_scripts_head():
    from alembic.script import ScriptDirectory

    from desktop_app.migrations import HEAD
    from desktop_app.storage.migrate import alembic_config

    assert ScriptDirectory.from_config(alembic_config()).get_heads() == [HEAD]


def test_opening_a_database_at_head_does_not_import_alembic(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "head.sqlite"
    open_database(path).dispose()
    code = ("import sys; from desktop_app.storage.open import open_database; "
            f"open_database({str(path)!r}).dispose(); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[3])
    assert out.stdout.strip() == "[]"
