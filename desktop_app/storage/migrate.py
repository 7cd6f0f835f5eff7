"""Creating and upgrading the schema with Alembic, refusing databases from a newer app."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Connection, Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


class NewerDatabaseError(Exception):
    """The file was written by a newer version of the app; it must not be touched."""


def alembic_config() -> Config:
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


def schema_state(conn: Connection) -> SchemaState:
    """Where the database stands; raises NewerDatabaseError for a revision this app doesn't know."""
    script = ScriptDirectory.from_config(alembic_config())
    current = tuple(MigrationContext.configure(conn).get_current_heads())
    for rev in current:
        try:
            script.get_revision(rev)
        except CommandError as exc:
            raise NewerDatabaseError(rev) from exc
    return SchemaState(current, tuple(script.get_heads()))


def upgrade(engine: Engine) -> None:
    """Runs every pending migration in one transaction."""
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
