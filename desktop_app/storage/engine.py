"""Engines over one SQLite file with the pragmas every connection needs."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import Engine, create_engine, event

BUSY_TIMEOUT_MS = 10_000


def _on_connect(dbapi_connection, _record) -> None:
    # pysqlite's own transaction handling would emit BEGIN lazily and break SAVEPOINTs;
    # take control and emit BEGIN ourselves (SQLAlchemy's documented SQLite recipe).
    dbapi_connection.isolation_level = None
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA journal_mode = WAL")
    # FULL: a committed edit survives a power cut, not only an application crash.
    cur.execute("PRAGMA synchronous = FULL")
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.close()


def _on_begin(conn) -> None:
    # IMMEDIATE takes the write lock at BEGIN, so two writers wait (busy timeout) instead of
    # failing with "database is locked" at their first write inside a read transaction.
    readonly = conn.get_execution_options().get("readonly", False)
    conn.exec_driver_sql("BEGIN" if readonly else "BEGIN IMMEDIATE")


def make_engine(path: Path | str) -> Engine:
    """An engine for ``path``; the file must already be a valid SQLite database or not exist."""
    engine = create_engine(
        f"sqlite:///{Path(path)}",
        # readable JSON in the file (the change history holds Chinese text)
        json_serializer=lambda obj: json.dumps(obj, ensure_ascii=False),
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine
