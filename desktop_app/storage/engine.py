"""Engines over one SQLite file with the pragmas every connection needs, and read-only probes."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL

BUSY_TIMEOUT_MS = 10_000


def _on_connect(dbapi_connection, _record) -> None:
    # pysqlite's own transaction handling would emit BEGIN lazily and break SAVEPOINTs;
    # take control and emit BEGIN ourselves (SQLAlchemy's documented SQLite recipe).
    dbapi_connection.isolation_level = None
    cur = dbapi_connection.cursor()
    # first, so that switching to WAL below waits for another process instead of failing
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA journal_mode = WAL")
    # FULL: a committed edit survives a power cut, not only an application crash.
    cur.execute("PRAGMA synchronous = FULL")
    cur.close()


def _on_begin(conn) -> None:
    # IMMEDIATE takes the write lock at BEGIN, so two writers wait (busy timeout) instead of
    # failing with "database is locked" at their first write inside a read transaction.
    readonly = conn.get_execution_options().get("readonly", False)
    conn.exec_driver_sql("BEGIN" if readonly else "BEGIN IMMEDIATE")


def make_engine(path: Path | str) -> Engine:
    """An engine for ``path``; the file must already be a valid SQLite database or not exist.

    Every connection has foreign keys on, WAL journal, synchronous=FULL and the busy timeout;
    every transaction not marked ``readonly`` starts with BEGIN IMMEDIATE.
    """
    engine = create_engine(
        # URL.create, not an f-string: a '?' or '#' in a folder name must stay part of the path
        URL.create("sqlite", database=str(Path(path))),
        # readable JSON in the file (the change history holds Chinese text)
        json_serializer=lambda obj: json.dumps(obj, ensure_ascii=False),
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def connect_read_only(path: Path | str) -> sqlite3.Connection:
    """A plain sqlite3 connection that can't change the database file.

    Opened with ``mode=ro`` (and ``query_only``), so probing a damaged or foreign file never
    writes to it; a WAL database may get empty ``-wal``/``-shm`` companions, the main file is
    never written. Raises ``sqlite3.DatabaseError`` (or OperationalError) when the file can't
    be opened. The caller closes it.
    """
    uri = Path(path).absolute().as_uri() + "?mode=ro"
    con = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        con.execute("PRAGMA query_only = ON")
    except sqlite3.Error:
        con.close()
        raise
    return con
