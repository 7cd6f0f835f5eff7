"""Opening a database file: refuse what is damaged, foreign or newer, back up, then migrate."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy.exc import DatabaseError as SADatabaseError

from desktop_app.history import recorder
from desktop_app.storage.backup import is_sqlite_file, make_backup
from desktop_app.storage.database import Database
from desktop_app.storage.engine import connect_read_only, make_engine
from desktop_app.storage.migrate import (
    MigrationFailedError,
    NewerDatabaseError,
    SchemaState,
    stamped_revisions,
    state_of,
    upgrade,
)

__all__ = ["DamagedDatabaseError", "MigrationFailedError", "NewerDatabaseError", "open_database"]


class DamagedDatabaseError(Exception):
    """The file is not a readable SQLite database of this app. It has not been modified."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


def _user_tables(con: sqlite3.Connection) -> int:
    return con.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchone()[0]


def _probe(path: Path) -> SchemaState:
    """Reads the file read-only, so a damaged, foreign or newer file is refused untouched.

    Everything that decides a refusal happens here, before the first read-write connection
    (which would switch the file to WAL and so rewrite its header).
    """
    if path.stat().st_size == 0:
        return state_of(())  # an empty file is a new SQLite database
    if not is_sqlite_file(path):
        raise DamagedDatabaseError(path, "not a SQLite database")
    try:
        con = connect_read_only(path)
        try:
            result = con.execute("PRAGMA quick_check").fetchone()[0]
            if result != "ok":
                raise DamagedDatabaseError(path, result)
            current = stamped_revisions(con)
            foreign = not current and _user_tables(con) > 0
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise DamagedDatabaseError(path, str(exc)) from exc
    if foreign:
        # someone else's SQLite file: creating our tables in it would be a silent mess
        raise DamagedDatabaseError(path, "a SQLite database of another program")
    return state_of(current)  # NewerDatabaseError for an unknown revision


def open_database(path: Path | str, create: bool = True) -> Database:
    """Opens ``path``, creating and migrating it as needed.

    Raises DamagedDatabaseError for a file that isn't a sound SQLite database of this app,
    NewerDatabaseError for one written by a newer app (neither file is modified),
    FileNotFoundError when ``create`` is false and the file doesn't exist, and
    MigrationFailedError when an upgrade failed (rolled back; the file is at its old revision
    and must not be treated as damaged). Before a pending migration of a database that has a
    schema already, a backup is made beside it.
    """
    path = Path(path).expanduser().resolve()
    if path.exists():
        state = _probe(path)
    elif not create:
        raise FileNotFoundError(path)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        state = state_of(())
    engine = make_engine(path)
    try:
        if state.pending:
            if not state.empty:
                make_backup(path, "before-upgrade")
            upgrade(engine)
        with engine.connect() as conn:  # fail here, not at the first edit, if it can't be opened
            conn.exec_driver_sql("SELECT 1")
    except MigrationFailedError:
        engine.dispose()
        raise
    except SADatabaseError as exc:
        engine.dispose()
        raise DamagedDatabaseError(path, str(exc.orig)) from exc
    except BaseException:
        engine.dispose()
        raise
    recorder.install()
    return Database(path, engine)
