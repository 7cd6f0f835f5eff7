"""Optimistic concurrency: an edit based on a row version that is no longer current is refused."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm.exc import StaleDataError


class StaleEditError(Exception):
    """The row was changed (or deleted) elsewhere since the user saw it: reload, then retry."""

    def __init__(self, entity: str, row_id: str) -> None:
        super().__init__(f"{entity} {row_id} was changed elsewhere")
        self.entity = entity
        self.row_id = row_id


def check_version(obj, expected_version: int) -> None:
    """Raises StaleEditError unless ``obj`` still has the version the edit was based on."""
    if obj.version != expected_version:
        raise StaleEditError(obj.__tablename__, obj.id)


@contextmanager
def stale_guard(entity: str = "", row_id: str = "") -> Iterator[None]:
    """Turns SQLAlchemy's StaleDataError (a concurrent UPDATE won the race) into StaleEditError."""
    try:
        yield
    except StaleDataError as exc:
        raise StaleEditError(entity, row_id) from exc
