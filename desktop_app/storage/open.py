"""Opening a database file: refuse what is damaged or newer, back up, then migrate."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy.exc import DatabaseError as SADatabaseError

from desktop_app.history import recorder
from desktop_app.storage.backup import is_sqlite_file, make_backup
from desktop_app.storage.database import Database
from desktop_app.storage.engine import make_engine
from desktop_app.storage.migrate import NewerDatabaseError, schema_state, upgrade


class DamagedDatabaseError(Exception):
    """The file is not a readable SQLite database. It has not been modified."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


def _probe(path: Path) -> None:
    """Reads the file read-only, so a damaged file is never touched before we refuse it."""
    if path.stat().st_size == 0:
        return  # an empty file is a new SQLite database
    if not is_sqlite_file(path):
        raise DamagedDatabaseError(path, "not a SQLite database")
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = con.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise DamagedDatabaseError(path, str(exc)) from exc
    if result != "ok":
        raise DamagedDatabaseError(path, result)


def open_database(path: Path | str, create: bool = True) -> Database:
    """Opens ``path``, creating and migrating it as needed.

    Raises DamagedDatabaseError for a file that isn't a sound SQLite database,
    NewerDatabaseError for one written by a newer app (neither file is modified),
    FileNotFoundError when ``create`` is false and the file doesn't exist.
    Before a pending migration of a database that has data, a backup is made beside it.
    """
    path = Path(path).expanduser().resolve()
    if path.exists():
        _probe(path)
    elif not create:
        raise FileNotFoundError(path)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(path)
    try:
        with engine.connect() as conn:
            state = schema_state(conn)
        if state.pending:
            if not state.empty:
                make_backup(path, "before-upgrade")
            upgrade(engine)
    except NewerDatabaseError:
        engine.dispose()
        raise
    except SADatabaseError as exc:
        engine.dispose()
        raise DamagedDatabaseError(path, str(exc.orig)) from exc
    recorder.install()
    return Database(path, engine)
