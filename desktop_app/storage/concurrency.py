"""Optimistic concurrency: an edit based on a row version that is no longer current is refused.

Two guards, both raising StaleEditError:

* ``check_version(obj, version_seen)`` inside the write transaction, before changing ``obj``:
  catches an edit typed on a screen that was loaded before someone else saved the row.
  Write transactions start with BEGIN IMMEDIATE, so the version read there is current.
* ``stale_guard()`` around a flush/commit: SQLAlchemy's own version check (UPDATE … WHERE
  version = ?) raises StaleDataError when an object held across transactions was changed in
  between; the guard turns it into the same StaleEditError. ``Database.write()`` applies it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm.exc import StaleDataError

from desktop_app.model.base import Record

_TABLE_IN_MESSAGE = re.compile(r"on table '([^']+)'")


class StaleEditError(Exception):
    """The row was changed (or deleted) elsewhere since the user saw it: reload, then retry.

    ``entity`` is the table name (e.g. "unit"), ``row_id`` the row's id; either may be ""
    when SQLAlchemy's message didn't say.
    """

    def __init__(self, entity: str, row_id: str) -> None:
        what = " ".join(part for part in (entity or "row", row_id) if part)
        super().__init__(f"{what} was changed elsewhere; reload and try again")
        self.entity = entity
        self.row_id = row_id


def check_version(obj: Record, expected_version: int) -> None:
    """Raises StaleEditError unless ``obj`` still has the version the edit was based on.

    Call it inside the write transaction, after loading ``obj`` and before changing it;
    nothing has been changed when it raises.
    """
    if obj.version != expected_version:
        raise StaleEditError(obj.__tablename__, obj.id)


@contextmanager
def stale_guard(entity: str = "", row_id: str = "") -> Iterator[None]:
    """Turns SQLAlchemy's StaleDataError (a concurrent UPDATE won the race) into StaleEditError.

    Without ``entity`` the table named in SQLAlchemy's message is used. The transaction in
    which the flush failed must be rolled back by the caller (``Database.write()`` does).
    """
    try:
        yield
    except StaleDataError as exc:
        if not entity:
            found = _TABLE_IN_MESSAGE.search(str(exc))
            entity = found.group(1) if found else ""
        raise StaleEditError(entity, row_id) from exc
