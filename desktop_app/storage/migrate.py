"""Creating and upgrading the schema with Alembic, refusing databases from a newer app."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine

from desktop_app.migrations import HEAD

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic is imported only when a database isn't at HEAD: importing it and reading the
# migration scripts costs a third of a second, on every start, for nothing to do.

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"
VERSION_TABLE = "alembic_version"


class NewerDatabaseError(Exception):
    """The file was written by a newer version of the app; it must not be touched."""


class MigrationFailedError(Exception):
    """A migration failed. Its transaction was rolled back: the file is at its old revision.

    Not a sign of damage: the file must not be replaced or restored because of it.
    """


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


@dataclass(frozen=True)
class SchemaState:
    current: tuple[str, ...]
    head: tuple[str, ...]

    @property
    def empty(self) -> bool:
        return not self.current

    @property
    def pending(self) -> bool:
        return set(self.current) != set(self.head)


def state_of(current: Iterable[str]) -> SchemaState:
    """The state of a database stamped with ``current``.

    Raises NewerDatabaseError when a revision is unknown to this app's migrations.
    """
    current = tuple(current)
    if current == (HEAD,):
        return SchemaState(current, current)
    from alembic.script import ScriptDirectory
    from alembic.util.exc import CommandError

    script = ScriptDirectory.from_config(alembic_config())
    for rev in current:
        try:
            script.get_revision(rev)
        except CommandError as exc:
            raise NewerDatabaseError(rev) from exc
    return SchemaState(current, tuple(script.get_heads()))


def schema_state(conn: Connection) -> SchemaState:
    """Where the database stands; raises NewerDatabaseError for a revision this app doesn't know."""
    from alembic.runtime.migration import MigrationContext

    return state_of(MigrationContext.configure(conn).get_current_heads())


def stamped_revisions(con: sqlite3.Connection) -> tuple[str, ...]:
    """The revisions stamped in the file, read through a plain (e.g. read-only) connection."""
    has_table = con.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (VERSION_TABLE,)
    ).fetchone()
    if not has_table:
        return ()
    return tuple(r[0] for r in con.execute(f"SELECT version_num FROM {VERSION_TABLE}"))


def upgrade(engine: Engine) -> None:
    """Runs every pending migration in one transaction: all of them or none.

    Foreign keys are off while migrating, as SQLite requires for rebuilding a table that
    others refer to (batch mode drops and recreates it); ``PRAGMA foreign_key_check`` must
    then be clean before the commit. Raises MigrationFailedError after rolling back.
    """
    from alembic import command

    cfg = alembic_config()
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        # outside any transaction: SQLite ignores this pragma inside one
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    table, _rowid, parent, _fk = broken[0]
                    raise MigrationFailedError(
                        f"{len(broken)} rows would break foreign keys (first: {table} -> {parent})"
                    )
        except MigrationFailedError:
            raise
        except Exception as exc:
            raise MigrationFailedError(str(exc)) from exc
        finally:
            # never hand a connection with foreign keys off back to the pool
            conn.invalidate()
