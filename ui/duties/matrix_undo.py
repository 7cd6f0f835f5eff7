"""Undo commands of matrix edits. Each redo and undo is one committed transaction that checks
every cell still holds what the command left there (``set_block(expected=…)``), so undoing
over an edit made elsewhere is refused whole instead of overwriting it.

The first ``redo`` that QUndoStack.push calls does nothing: the edit was already written (and
validated) before the command was pushed. A refused undo or redo makes the command obsolete,
so the stack drops it; the writer shows why.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

CellChange = tuple[str, str, "str | None", "str | None"]  # (item id, unit or post id, old role, new role)
Writer = Callable[[str, list[tuple[str, str, "str | None"]], "list[str | None]"], bool]


class MatrixCommand(QUndoCommand):
    """Cells of one level ("unit" or "position") changed together. ``write(level, cells,
    expected)`` writes [(item, column, role)] when each cell still holds ``expected`` and returns
    False when it was refused (it shows why and reloads)."""

    def __init__(self, text: str, level: str, changes: list[CellChange], write: Writer) -> None:
        super().__init__(text)
        self.level = level
        self.changes = changes
        self._write = write
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        cells = [(i, c, new) for i, c, _old, new in self.changes]
        if not self._write(self.level, cells, [old for _i, _c, old, _new in self.changes]):
            self.setObsolete(True)

    def undo(self) -> None:
        back = list(reversed(self.changes))
        cells = [(i, c, old) for i, c, old, _new in back]
        if not self._write(self.level, cells, [new for _i, _c, _old, new in back]):
            self.setObsolete(True)

