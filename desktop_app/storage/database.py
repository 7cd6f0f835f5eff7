"""One open database: its engine and sessions that carry the operator into the change history."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.model import Installation
from desktop_app.storage.concurrency import stale_guard
from desktop_app.storage.engine import make_engine


@dataclass(frozen=True)
class Identity:
    installation_id: str
    installation_name: str
    operator_name: str
    operator_unit: str


class Database:
    """An opened, migrated database file.

    ``write()`` yields a session inside one transaction that commits when the block ends
    (rolls back on an exception): every edit is durable as soon as the call returns. A row
    changed elsewhere since it was loaded raises StaleEditError (nothing is written).
    ``read()`` yields a session that never writes. Sessions must not leave the thread that
    opened them, and callers must not keep ORM objects past the block.
    """

    def __init__(self, path: Path | str, engine: Engine | None = None) -> None:
        self.path = Path(path)
        self.engine = engine or make_engine(self.path)
        self._factory = sessionmaker(self.engine, expire_on_commit=False)
        self._read_factory = sessionmaker(
            self.engine.execution_options(readonly=True), expire_on_commit=False
        )
        self._identity: Identity | None = None

    @property
    def identity(self) -> Identity:
        if self._identity is None:
            self.reload_identity()
        assert self._identity is not None
        return self._identity

    def reload_identity(self) -> Identity:
        with self.read() as s:
            inst = s.scalars(select(Installation)).first()
            self._identity = (
                Identity(inst.id, inst.name, inst.operator_name, inst.operator_unit)
                if inst
                else Identity("", "", "", "")
            )
        return self._identity

    @contextmanager
    def write(self) -> Iterator[Session]:
        with self._factory() as session:
            ident = self.identity
            session.info["operator"] = ident.operator_name
            session.info["installation"] = ident.installation_name
            with stale_guard(), session.begin():
                yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        # closing (not rolling back) ends the read transaction without expiring loaded objects
        with self._read_factory() as session:
            yield session

    def dispose(self) -> None:
        """Closes every connection; first lets SQLite refresh its planner statistics where they
        are stale (``PRAGMA optimize``, as SQLite recommends before closing)."""
        with suppress(SQLAlchemyError):  # a locked or read-only file: the statistics can wait
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA optimize")
        self.engine.dispose()
