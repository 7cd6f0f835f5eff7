"""Checking a database file without changing it: is it sound, is its schema current, what's in it.

``check_database`` opens the file read-only (``mode=ro``, ``query_only``): it never migrates,
repairs, checkpoints or writes, so it may be pointed at a damaged file, a file from a newer
version of the app, or a database another process is writing to.

Other parts of the core add their own summary lines by appending a ``SummarySource`` to
``SUMMARY_SOURCES`` (or decorating it with ``register_summary``); a source receives the
read-only sqlite3 connection and returns ``(label, value)`` pairs. It must only read, and
must not keep the connection. A source is only used once the module registering it has been
imported, so register from a module that the callers of ``check_database`` import.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from desktop_app.i18n import QT_TRANSLATE_NOOP, Message, msg
from desktop_app.model import ChangeLog, Installation, Position, Staff, Unit
from desktop_app.model.org import UNIT_KINDS
from desktop_app.org.vocabulary import UNIT_KIND_LABELS
from desktop_app.storage.backup import is_sqlite_file
from desktop_app.storage.engine import connect_read_only
from desktop_app.storage.migrate import NewerDatabaseError, stamped_revisions, state_of

SummaryLine = tuple[Message, int | str]
SummarySource = Callable[[sqlite3.Connection], list[SummaryLine]]

MAX_INTEGRITY_ERRORS = 20
EMPTY = QT_TRANSLATE_NOOP("Core", "The database is empty: this program has not set it up yet.")
FOREIGN = QT_TRANSLATE_NOOP("Core", "This is a SQLite database of another program.")


class SchemaStatus(str, Enum):
    UP_TO_DATE = "up_to_date"
    PENDING = "pending"  # an older revision: opening the file upgrades it
    NEWER = "newer"  # written by a newer version of the app
    NOT_INITIALISED = "not_initialised"  # empty, or a SQLite file of another program
    UNKNOWN = "unknown"  # the file could not be read


@dataclass(frozen=True)
class CheckReport:
    """The outcome of ``check_database``.

    ``ok`` is True only for a readable SQLite file that passes ``PRAGMA integrity_check`` and
    ``PRAGMA foreign_key_check`` and whose schema is at this app's head; then ``problems`` is
    empty. ``summary`` holds labelled values in a stable order: the installation name, the
    schema revision, then the lines of each ``SUMMARY_SOURCES`` entry in turn (none when the
    file isn't a database of this app). ``schema`` says where the revision stands.
    """

    path: Path
    ok: bool
    schema: SchemaStatus
    problems: list[Message]
    summary: list[SummaryLine]


def _count(con: sqlite3.Connection, table: str, where: str = "") -> int:
    return con.execute(f'SELECT count(*) FROM "{table}" {where}').fetchone()[0]


def org_summary(con: sqlite3.Connection) -> list[SummaryLine]:
    """Units (in all and by kind), positions and staff that are not deleted."""
    alive = "WHERE deleted_at IS NULL"
    by_kind = dict(
        con.execute(f'SELECT kind, count(*) FROM "{Unit.__tablename__}" {alive} GROUP BY kind')
    )
    lines: list[SummaryLine] = [(msg(QT_TRANSLATE_NOOP("Core", "Units")), sum(by_kind.values()))]
    kinds = list(UNIT_KINDS) + sorted(k for k in by_kind if k not in UNIT_KINDS)
    for kind in kinds:
        label = Message(UNIT_KIND_LABELS.get(kind, kind))
        lines.append((msg(QT_TRANSLATE_NOOP("Core", "Units ({kind})"), kind=label), by_kind.get(kind, 0)))
    lines.append((msg(QT_TRANSLATE_NOOP("Core", "Positions")), _count(con, Position.__tablename__, alive)))
    lines.append((msg(QT_TRANSLATE_NOOP("Core", "Staff")), _count(con, Staff.__tablename__, alive)))
    return lines


def history_summary(con: sqlite3.Connection) -> list[SummaryLine]:
    """How many entries the change history holds."""
    return [(msg(QT_TRANSLATE_NOOP("Core", "Change log entries")), _count(con, ChangeLog.__tablename__))]


# Org counts come first; later modules append their own sources.
SUMMARY_SOURCES: list[SummarySource] = [org_summary, history_summary]


def register_summary(source: SummarySource) -> SummarySource:
    """Adds ``source`` to the summary (once); usable as a decorator."""
    if source not in SUMMARY_SOURCES:
        SUMMARY_SOURCES.append(source)
    return source


def _has_user_tables(con: sqlite3.Connection) -> bool:
    return con.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' LIMIT 1"
    ).fetchone() is not None


def _integrity(con: sqlite3.Connection) -> list[Message]:
    rows = con.execute(f"PRAGMA integrity_check({MAX_INTEGRITY_ERRORS})").fetchall()
    if rows == [("ok",)]:
        return []
    return [msg(QT_TRANSLATE_NOOP("Core", "Integrity check: {detail}"), detail=r[0]) for r in rows]


def _foreign_keys(con: sqlite3.Connection) -> list[Message]:
    broken: dict[tuple[str, str], int] = {}
    for table, _rowid, parent, _fk in con.execute("PRAGMA foreign_key_check"):
        broken[(table, parent)] = broken.get((table, parent), 0) + 1
    orphans = QT_TRANSLATE_NOOP("Core", "{count} rows of {table} refer to missing rows of {parent}.")
    return [msg(orphans, count=n, table=t, parent=p) for (t, p), n in sorted(broken.items())]


def _schema(con: sqlite3.Connection) -> tuple[SchemaStatus, str, list[Message]]:
    """The schema status, the revision stamped in the file, and what to say about it."""
    current = stamped_revisions(con)
    revision = ", ".join(current)
    if not current:
        return SchemaStatus.NOT_INITIALISED, revision, [msg(FOREIGN if _has_user_tables(con) else EMPTY)]
    try:
        state = state_of(current)
    except NewerDatabaseError:
        newer = QT_TRANSLATE_NOOP("Core", "The database was written by a newer version of this program (schema {revision}).")
        return SchemaStatus.NEWER, revision, [msg(newer, revision=revision)]
    if state.pending:
        older = QT_TRANSLATE_NOOP("Core", "The database has an older schema ({revision}; this program: {head}). It is upgraded when this program opens it.")
        return SchemaStatus.PENDING, revision, [msg(older, revision=revision, head=", ".join(state.head))]
    return SchemaStatus.UP_TO_DATE, revision, []


def _installation_summary(con: sqlite3.Connection) -> list[SummaryLine]:
    table = Installation.__tablename__
    row = con.execute(f'SELECT name FROM "{table}" ORDER BY created_at LIMIT 1').fetchone()
    return [(msg(QT_TRANSLATE_NOOP("Core", "Installation")), row[0] if row else "")]


def _summary(con: sqlite3.Connection, problems: list[Message]) -> list[SummaryLine]:
    lines: list[SummaryLine] = []
    for source in [_installation_summary, *SUMMARY_SOURCES]:
        try:
            lines.extend(source(con))
        except sqlite3.Error as exc:
            unread = QT_TRANSLATE_NOOP("Core", "Part of the summary could not be read: {error}")
            problems.append(msg(unread, error=str(exc)))
    return lines


def _refused(path: Path, problem: Message) -> CheckReport:
    return CheckReport(path, False, SchemaStatus.UNKNOWN, [problem], [])


def check_database(path: Path | str) -> CheckReport:
    """Checks the file at ``path`` without changing it; never raises for a bad file.

    Problems (each a translatable Message) are: a missing, empty or non-SQLite file, an
    unreadable one, integrity or foreign-key errors, a schema that is not this app's head,
    and summary lines that could not be read.
    """
    path = Path(path)
    if not path.is_file():
        return _refused(path, msg(QT_TRANSLATE_NOOP("Core", "{path}: no such file."), path=str(path)))
    if path.stat().st_size == 0:
        return CheckReport(path, False, SchemaStatus.NOT_INITIALISED, [msg(EMPTY)], [])
    if not is_sqlite_file(path):
        return _refused(path, msg(QT_TRANSLATE_NOOP("Core", "{path} is not a SQLite database."), path=str(path)))
    try:
        con = connect_read_only(path)
    except sqlite3.Error as exc:
        return _refused(path, _unreadable(path, exc))
    try:
        try:
            problems = _integrity(con)
        except sqlite3.DatabaseError as exc:
            return _refused(path, _unreadable(path, exc))
        try:
            status, revision, schema_problems = _schema(con)
            problems += schema_problems
            problems += _foreign_keys(con)
            summary: list[SummaryLine] = []
            if status is not SchemaStatus.NOT_INITIALISED:
                summary = _summary(con, problems)
                summary.insert(1, (msg(QT_TRANSLATE_NOOP("Core", "Schema revision")), revision))
        except sqlite3.DatabaseError as exc:
            problems.append(_unreadable(path, exc))
            return CheckReport(path, False, SchemaStatus.UNKNOWN, problems, [])
    finally:
        con.close()
    ok = not problems and status is SchemaStatus.UP_TO_DATE
    return CheckReport(path, ok, status, problems, summary)


def _unreadable(path: Path, exc: Exception) -> Message:
    return msg(QT_TRANSLATE_NOOP("Core", "{path} cannot be read: {error}"), path=str(path), error=str(exc))


import desktop_app.duties.summary  # noqa: E402,F401  (registers its summary source; imports this module)
