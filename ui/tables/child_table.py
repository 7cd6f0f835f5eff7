"""A table of the rows that belong to one parent row (a process' steps, a meeting's agenda
items, decisions or action items): new rows go to the parent shown, Enter on the last row
adds one, and rows can be moved up and down where the core numbers them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QAbstractItemView

from desktop_app.tables import edits
from desktop_app.tables.spec import TableSpec
from ui.context import AppContext, tr_core
from ui.tables.table_panel import TablePanel


class _Move(QUndoCommand):
    """Moving a row back is moving it the other way; written at push (first redo skipped)."""

    def __init__(self, text: str, table: ChildTable, row_id: str, offset: int) -> None:
        super().__init__(text)
        self.table, self.row_id, self.offset = table, row_id, offset
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
        elif not self.table.move(self.offset, self.row_id, record=False):
            self.setObsolete(True)

    def undo(self) -> None:
        if not self.table.move(-self.offset, self.row_id, record=False):
            self.setObsolete(True)


class ChildTable(TablePanel):
    """The rows whose ``parent_key`` is ``parent_id`` (query filter ``filter_name``); None
    shows nothing and adds nothing. ``create(session, parent_id) -> id`` adds a row where the
    core places it (default: a row of the spec with the parent set); ``mover(session, row_id,
    offset) -> neighbour id or None`` reorders. Its own strings name their context, since
    TablePanel.tr pins "TablePanel"."""

    def __init__(self, ctx: AppContext, spec: TableSpec, undo: QUndoStack, parent_key: str, filter_name: str,
                 mover: Callable | None = None, create: Callable | None = None, parent=None) -> None:
        super().__init__(ctx, spec, undo, parent)
        self.parent_id: str | None = None
        self.parent_key, self.filter_name = parent_key, filter_name
        self.mover, self.create = mover, create
        self.view.setColumnHidden(spec.index_of(parent_key), True)
        self.view.installEventFilter(self)
        self.up_action = self.down_action = None
        if mover is not None:
            self.up_action = QAction(QCoreApplication.translate("ChildTable", "Move up"), self, shortcut="Ctrl+Up",
                                     triggered=lambda: self.move(-1))
            self.down_action = QAction(QCoreApplication.translate("ChildTable", "Move down"), self,
                                       shortcut="Ctrl+Down", triggered=lambda: self.move(1))
            for action in (self.up_action, self.down_action):
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self.view.addAction(action)
                self.add_tool(action)
        self.model.modelReset.connect(self._enable)
        self.show_parent(None)

    def show_parent(self, parent_id: str | None) -> None:
        self.parent_id = parent_id
        filters = ((self.filter_name, parent_id or ""),)
        if self.model.query.filters != filters:
            self.set_filters(filters)
        self._enable()

    def _enable(self) -> None:
        editable = self.parent_id is not None and not self.model.query.deleted
        for action in (self.add_action, self.up_action, self.down_action):
            if action is not None:
                action.setEnabled(editable)

    def create_row(self, session) -> str:
        if self.create is not None:
            return self.create(session, self.parent_id)
        return edits.create_row(session, self.spec, {self.parent_key: self.parent_id}, tr_core)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        # Enter on the last row, when not editing, starts the next one (typing a list quickly)
        if (obj is self.view and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and self.view.state() != QAbstractItemView.State.EditingState
                and self.add_action.isEnabled()):
            current = self.view.currentIndex()
            if not current.isValid() or current.row() == self.model.rowCount() - 1:
                new_id = self.add_row()
                if new_id is not None:
                    self.view.edit(self.view.currentIndex())
                return True
        return super().eventFilter(obj, event)

    def move(self, offset: int, row_id: str | None = None, record: bool = True) -> bool:
        if self.mover is None:
            return False
        if row_id is None:
            current = self.view.currentIndex()
            if not current.isValid():
                return False
            row_id = self.model.row_at(current.row()).id
        box: dict = {}
        if not self.write(lambda s: box.update(moved=self.mover(s, row_id, offset))) or box["moved"] is None:
            return False
        if record:
            self.undo.push(_Move(QCoreApplication.translate("ChildTable", "Move row"), self, row_id, offset))
        self.select_ids([row_id])
        return True
