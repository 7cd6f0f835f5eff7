"""Undo commands of table edits. Each redo and undo is its own committed transaction.

The first ``redo`` that QUndoStack.push calls does nothing: the edit was already written
(and validated) before the command was pushed. An undo that can't be applied because the
data changed elsewhere shows why and makes the command obsolete, so the stack drops it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from desktop_app.tables import edits
from desktop_app.tables.edits import CellRevert
from desktop_app.tables.spec import TableSpec


class TableCommand(QUndoCommand):
    def __init__(self, text: str, spec: TableSpec, apply: Callable[[Callable], bool]) -> None:
        super().__init__(text)
        self.spec = spec
        self._apply = apply  # runs fn(session) in a write transaction; False on failure
        self._done = True

    def _run(self, fn) -> None:
        if not self._apply(fn):
            self.setObsolete(True)

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._run(self.do)

    def undo(self) -> None:
        self._run(self.undo_fn)

    def do(self, session) -> None:  # pragma: no cover - overridden
        raise AssertionError

    def undo_fn(self, session) -> None:  # pragma: no cover - overridden
        raise AssertionError


class CellsCommand(TableCommand):
    """One cell or a pasted block: (row_id, key, old, new) per cell."""

    def __init__(self, text, spec, apply, cells: list[tuple[str, str, object, object]]) -> None:
        super().__init__(text, spec, apply)
        self.cells = cells

    def do(self, session) -> None:
        edits.revert_cells(session, self.spec, [CellRevert(r, k, old, new) for r, k, old, new in self.cells])

    def undo_fn(self, session) -> None:
        edits.revert_cells(session, self.spec, [CellRevert(r, k, new, old) for r, k, old, new in reversed(self.cells)])


class CreateCommand(TableCommand):
    def __init__(self, text, spec, apply, row_ids: list[str]) -> None:
        super().__init__(text, spec, apply)
        self.row_ids = row_ids

    def do(self, session) -> None:
        edits.restore(session, self.spec, self.row_ids)

    def undo_fn(self, session) -> None:
        edits.soft_delete(session, self.spec, self.row_ids)


class DeleteCommand(CreateCommand):
    def do(self, session) -> None:
        edits.soft_delete(session, self.spec, self.row_ids)

    def undo_fn(self, session) -> None:
        edits.restore(session, self.spec, self.row_ids)


class RestoreCommand(CreateCommand):
    """Restoring from the deleted-rows view: the inverse of DeleteCommand."""


class CallCommand(QUndoCommand):
    """A change that is not a table edit (a plan's scope, a status, an item's cooperating units):
    ``redo_fn`` / ``undo_fn`` run through ``write``, which gives a session in one transaction
    and returns False when refused. The first redo is skipped: the change was written before
    the command was pushed."""

    def __init__(self, text: str, write: Callable[[Callable], bool], redo_fn: Callable, undo_fn: Callable) -> None:
        super().__init__(text)
        self._write, self._redo, self._undo = write, redo_fn, undo_fn
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
        elif not self._write(self._redo):
            self.setObsolete(True)

    def undo(self) -> None:
        if not self._write(self._undo):
            self.setObsolete(True)
