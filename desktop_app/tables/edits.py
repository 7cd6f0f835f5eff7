"""Writing through a TableSpec: one cell, a block of cells, new rows, soft delete and restore.

Each function works inside the caller's write session (one transaction) and is all or
nothing: a refused edit raises with the session as it was before the call (changes are
flushed inside a savepoint, so that rules over several rows see them, and rolled back with it),
so a caller may catch the refusal and go on in the same transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from desktop_app.i18n import QT_TRANSLATE_NOOP, Message, Translate, msg
from desktop_app.model.base import new_id, utcnow
from desktop_app.storage.concurrency import StaleEditError, check_version
from desktop_app.tables.spec import TableSpec
from desktop_app.tables.values import CellError, check_value


class EditRefused(Exception):
    """The edit breaks a rule of the entity (e.g. deleting a unit that still has positions)."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


@dataclass(frozen=True)
class CellEdit:
    row_id: str
    version: int  # the version the user saw; a different current version is a stale edit
    key: str
    value: Any


@dataclass(frozen=True)
class BlockError:
    index: int  # position in the list of edits
    key: str
    message: Message


class BlockRejected(Exception):
    def __init__(self, errors: list[BlockError]) -> None:
        super().__init__(f"{len(errors)} cells rejected")
        self.errors = errors


def _load(session: Session, spec: TableSpec, row_id: str, deleted: bool = False):
    obj = session.get(spec.model, row_id)
    if obj is None or (obj.deleted_at is not None) != deleted:
        raise StaleEditError(spec.entity, row_id)
    return obj


def _assign(session: Session, spec: TableSpec, obj: Any, key: str, value: Any) -> None:
    setter = spec.setters.get(key)
    if setter:
        setter(session, obj, value)
    else:
        setattr(obj, key, value)


Changed = dict[str, tuple[Any, list[str]]]  # row id -> (orm object, keys set, in edit order)


def _note(changed: Changed, obj: Any, key: str) -> None:
    changed.setdefault(obj.id, (obj, []))[1].append(key)


def _check_rows(session: Session, spec: TableSpec, changed: Changed) -> None:
    """Flushes, then checks each changed row against the spec's row rules that one of its
    changed keys takes part in; CellError at the last such key for the first broken rule."""
    session.flush()
    for obj, keys in changed.values():
        for rule in spec.row_rules:
            involved = [k for k in keys if k in rule.keys]
            if involved:
                problem = rule.check(session, obj)
                if problem is not None:
                    raise CellError(involved[-1], problem)


def update_cell(session: Session, spec: TableSpec, edit: CellEdit) -> int:
    """Sets one cell; returns the row's new version."""
    col = spec.column(edit.key)
    if not col.editable:
        raise CellError(col.key, msg(QT_TRANSLATE_NOOP("Core", "{column} can't be edited here."), column=Message(col.header)))
    obj = _load(session, spec, edit.row_id)
    check_version(obj, edit.version)
    value = check_value(session, spec, col, edit.value, edit.row_id)
    if getattr(obj, col.key) != value:
        with session.begin_nested():
            _assign(session, spec, obj, col.key, value)
            _check_rows(session, spec, {obj.id: (obj, [col.key])})
    return obj.version


def update_block(session: Session, spec: TableSpec, edits: list[CellEdit]) -> dict[str, int]:
    """All edits or none: every cell is checked first; any error raises BlockRejected.

    Then all cells are set, and only then are the rules over several columns (and rows)
    checked, on the rows as the whole block leaves them: pasting a swapped provider and
    customer is one valid edit, pasting two rows into the same relation is refused. A refused
    setter or row rule raises CellError. Returns the new version of each touched row.
    """
    errors: list[BlockError] = []
    checked: list[tuple[Any, str, Any]] = []
    for i, edit in enumerate(edits):
        col = spec.column(edit.key)
        try:
            if not col.editable:
                raise CellError(col.key, msg(QT_TRANSLATE_NOOP("Core", "{column} can't be edited here."), column=Message(col.header)))
            obj = _load(session, spec, edit.row_id)
            check_version(obj, edit.version)
            checked.append((obj, col.key, check_value(session, spec, col, edit.value, edit.row_id)))
        except CellError as exc:
            errors.append(BlockError(i, exc.key, exc.message))
        except StaleEditError:
            errors.append(BlockError(i, edit.key, msg(QT_TRANSLATE_NOOP("Core", "This row was changed elsewhere; reload and try again."))))
    if errors:
        raise BlockRejected(errors)
    changed: Changed = {}
    with session.begin_nested():
        for obj, key, value in checked:
            if getattr(obj, key) != value:
                _assign(session, spec, obj, key, value)
                _note(changed, obj, key)
        _check_rows(session, spec, changed)
    return {obj.id: obj.version for obj, _, _ in checked}


def create_row(session: Session, spec: TableSpec, values: dict[str, Any], translate: Translate) -> str:
    """Adds a row from the spec's defaults overridden by ``values``; returns its id."""
    data = dict(spec.defaults(session, translate)) if spec.defaults else {}
    data.update(values)
    row_id = data.pop("id", None) or new_id()
    obj = spec.model(id=row_id)
    setters = []
    changed: Changed = {row_id: (obj, [])}
    for col in spec.columns:
        if col.key not in data or not col.editable:
            continue
        value = check_value(session, spec, col, data[col.key], row_id)
        if col.key in spec.setters:
            setters.append((col.key, value))
        else:
            setattr(obj, col.key, value)
        changed[row_id][1].append(col.key)
    with session.begin_nested():
        session.add(obj)
        for key, value in setters:
            _assign(session, spec, obj, key, value)
        _check_rows(session, spec, changed)
    return row_id


def soft_delete(session: Session, spec: TableSpec, ids: list[str]) -> None:
    if spec.delete_check:
        problem = spec.delete_check(session, ids)
        if problem is not None:
            raise EditRefused(problem)
    now = utcnow()
    for row_id in ids:
        _load(session, spec, row_id).deleted_at = now
    session.flush()


RESTORE_REFUSED = QT_TRANSLATE_NOOP("Core", "Nothing was restored. {problem}")


def restore(session: Session, spec: TableSpec, ids: list[str]) -> None:
    """Brings soft-deleted rows back, all or none: EditRefused when a row would break a rule of
    the live rows (``spec.restore_check``), each row checked against the live rows and the
    other rows restored with it."""
    with session.begin_nested():
        restored = [_load(session, spec, row_id, deleted=True) for row_id in ids]
        for obj in restored:
            obj.deleted_at = None
        session.flush()
        if spec.restore_check is None:
            return
        for obj in restored:
            problem = spec.restore_check(session, obj)
            if problem is not None:
                raise EditRefused(msg(RESTORE_REFUSED, problem=problem))


@dataclass(frozen=True)
class CellRevert:
    """Undo or redo of an earlier edit: valid only while the cell still holds ``expected``."""

    row_id: str
    key: str
    expected: Any
    value: Any


def revert_cells(session: Session, spec: TableSpec, reverts: list[CellRevert]) -> None:
    """Sets each cell back (or forward) unless someone changed it since: then StaleEditError.

    Compares values, not row versions, so undoing an older edit after a newer one on the
    same row works, while an edit made elsewhere in between is never overwritten.
    """
    changed: Changed = {}
    with session.begin_nested():
        for rv in reverts:
            obj = _load(session, spec, rv.row_id)
            if getattr(obj, rv.key) != rv.expected:
                raise StaleEditError(spec.entity, rv.row_id)
            _assign(session, spec, obj, rv.key, rv.value)
            _note(changed, obj, rv.key)
        _check_rows(session, spec, changed)
