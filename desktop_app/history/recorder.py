"""Writes a ChangeLog row for every change to a Record, inside the flush that makes the change.

Installed once per process by ``open_database``; it listens on every ORM Session. Bulk
``update()``/``delete()`` statements bypass it, so the core never uses them on Record tables.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from desktop_app.model.base import Record, new_id, utcnow
from desktop_app.model.history import ChangeLog

_SKIP = {"version", "updated_at", "created_at", "updated_by", "name_key"}  # name_key follows the name
_installed = False


def _plain(value: Any) -> Any:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return value


def _column_keys(obj: Record) -> list[str]:
    return [a.key for a in inspect(obj).mapper.column_attrs]


def _apply_defaults(obj: Record) -> None:
    """Fills scalar column defaults now, so the history shows the values actually stored."""
    for attr in inspect(obj).mapper.column_attrs:
        col = attr.columns[0]
        if getattr(obj, attr.key) is None and col.default is not None and col.default.is_scalar:
            setattr(obj, attr.key, col.default.arg)


def _before_flush(session: Session, _ctx, _instances) -> None:
    operator = session.info.get("operator", "")
    installation = session.info.get("installation", "")
    now = utcnow()
    logs: list[ChangeLog] = []
    for obj in session.new:
        if not isinstance(obj, Record):
            continue
        if obj.id is None:
            obj.id = new_id()
        obj.updated_by = operator
        _apply_defaults(obj)
        values = {
            k: [None, _plain(v)]
            for k in _column_keys(obj)
            if k not in _SKIP and (v := getattr(obj, k)) is not None
        }
        logs.append(_log(obj, "insert", values, operator, installation, now))
    for obj in session.dirty:
        if not isinstance(obj, Record) or not session.is_modified(obj, include_collections=False):
            continue
        state = inspect(obj)
        changes: dict[str, list[Any]] = {}
        for key in _column_keys(obj):
            if key in _SKIP:
                continue
            hist = state.attrs[key].history
            if hist.has_changes():
                old = hist.deleted[0] if hist.deleted else None
                new = hist.added[0] if hist.added else None
                if old != new:
                    changes[key] = [_plain(old), _plain(new)]
        if not changes:
            continue
        obj.updated_by = operator
        op = "update"
        if "deleted_at" in changes:
            op = "delete" if changes["deleted_at"][1] is not None else "restore"
        logs.append(_log(obj, op, changes, operator, installation, now))
    for obj in session.deleted:
        if isinstance(obj, Record):
            raise RuntimeError("Records are soft-deleted; set deleted_at instead of session.delete()")
    session.add_all(logs)


def _log(obj: Record, op: str, changes: dict, operator: str, installation: str, now) -> ChangeLog:
    return ChangeLog(
        entity=obj.__tablename__, row_id=obj.id, operation=op, changes=changes,
        operator=operator, installation=installation, at=now,
    )


def install() -> None:
    global _installed
    if not _installed:
        event.listen(Session, "before_flush", _before_flush)
        _installed = True
