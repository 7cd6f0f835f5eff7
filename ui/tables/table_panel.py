"""A table with its search box, actions, undo, clipboard and error display — every list page's
building block. Edits are written at once, each in its own transaction, and pushed on the
page's undo stack."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QTableView,
    QToolButton, QToolTip, QVBoxLayout, QWidget,
)

from desktop_app.i18n import Message
from desktop_app.storage.concurrency import StaleEditError
from desktop_app.tables import edits
from desktop_app.tables.edits import BlockRejected, CellEdit, EditRefused
from desktop_app.tables.query import TableQuery
from desktop_app.tables.spec import TableSpec
from desktop_app.tables.values import CellError, text_to_value
from ui.context import AppContext, render, tr_core
from ui.tables.clipboard import from_tsv, to_tsv
from ui.tables.delegates import ColumnDelegate
from ui.tables.query_table_model import QueryTableModel
from ui.tables.undo import CellsCommand, CreateCommand, DeleteCommand, RestoreCommand


class TablePanel(QWidget):
    current_row_changed = Signal(object)  # the Row under the cursor, or None
    error_shown = Signal(str)

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:  # type: ignore[override]
        # PySide looks self.tr() up under the subclass's name, lupdate files it under this one
        return QCoreApplication.translate("TablePanel", text, disambiguation, n)

    def __init__(self, ctx: AppContext, spec: TableSpec, undo: QUndoStack, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.spec, self.undo = ctx, spec, undo
        self.model = QueryTableModel(ctx, TableQuery(spec), self)
        self.model.edit_requested.connect(self._edit)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search…"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=200)
        self._search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.apply_search)

        self.add_action = QAction(self.tr("Add"), self, shortcut=QKeySequence("Ctrl+Shift+N"))
        self.delete_action = QAction(self.tr("Delete"), self, shortcut=QKeySequence.StandardKey.Delete)
        self.restore_action = QAction(self.tr("Restore"), self)
        self.add_action.triggered.connect(self.add_row)
        self.delete_action.triggered.connect(self.delete_selected)
        self.restore_action.triggered.connect(self.restore_selected)
        self.show_deleted = QCheckBox(self.tr("Show deleted"), self)
        self.show_deleted.toggled.connect(self._toggle_deleted)
        self.count_label = QLabel(self)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        self.buttons: dict[QAction, QToolButton] = {}  # a panel may hide one (a table that never adds rows)
        for action in (self.add_action, self.delete_action, self.restore_action):
            button = QToolButton(self)
            button.setDefaultAction(action)
            bar.addWidget(button)
            self.buttons[action] = button
        bar.addWidget(self.show_deleted)
        bar.addWidget(self.count_label)
        self._bar = bar

        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(ColumnDelegate(self.view))
        # setSortingEnabled sorts at once by the header's indicator (descending by default)
        self.view.horizontalHeader().setSortIndicator(
            spec.index_of(spec.default_order),
            Qt.SortOrder.DescendingOrder if spec.default_descending else Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicatorShown(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setAlternatingRowColors(True)
        for i, col in enumerate(spec.columns):
            self.view.setColumnWidth(i, col.width)
        copy = QAction(self.view, shortcut=QKeySequence.StandardKey.Copy, triggered=self.copy_selection)
        paste = QAction(self.view, shortcut=QKeySequence.StandardKey.Paste, triggered=self.paste)
        for a in (copy, paste, self.delete_action):
            a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.view.addAction(a)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._after_reset)
        self.model.total_changed.connect(self._show_count)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("QLabel { background: #fdecea; color: #8a1c1c; padding: 4px; }")
        self.message.hide()
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        ctx.changes_applied.connect(self._on_changes)
        ctx.database_replaced.connect(self.model.reload)
        self._after_reset()

    def add_tool(self, action: QAction) -> QToolButton:
        """A button for ``action`` after the panel's own (before "Show deleted")."""
        button = QToolButton(self)
        button.setDefaultAction(action)
        return self.add_bar_widget(button)

    def add_bar_widget(self, widget: QWidget) -> QWidget:
        """Puts ``widget`` (a menu button, a check box) after the panel's buttons."""
        self._bar.insertWidget(self._bar.indexOf(self.show_deleted), widget)
        return widget

    # --- queries -------------------------------------------------------------------------
    def set_filters(self, filters: tuple) -> None:
        self.model.set_query(replace(self.model.query, filters=filters))

    def apply_search(self) -> None:
        if self.search.text() != self.model.query.keyword:
            self.model.set_query(replace(self.model.query, keyword=self.search.text()))

    def _toggle_deleted(self, on: bool) -> None:
        self.model.set_query(replace(self.model.query, deleted=on))

    def _after_reset(self) -> None:
        deleted = self.model.query.deleted
        self.add_action.setEnabled(not deleted)
        self.delete_action.setEnabled(not deleted)
        self.restore_action.setEnabled(deleted)
        self._show_count()
        self.current_row_changed.emit(None)

    def _show_count(self) -> None:
        total = self.model.total()
        if total is None:  # still being counted
            self.count_label.setText(self.tr("%n or more row(s)", "", self.model.rowCount()))
        else:
            self.count_label.setText(self.tr("%n row(s)", "", total))

    def _on_changes(self, areas, source) -> None:
        if self.spec.area in areas and source is not self:
            self.reload_keeping_cursor()

    def reload_keeping_cursor(self) -> None:
        current = self.view.currentIndex()
        row_id = self.model.row_at(current.row()).id if current.isValid() else None
        self.model.reload()
        if row_id:
            r = self.model.row_of(row_id)
            if r >= 0:
                self.view.setCurrentIndex(self.model.index(r, current.column()))

    def _current_changed(self, current, _previous) -> None:
        self.current_row_changed.emit(self.model.row_at(current.row()) if current.isValid() else None)

    # --- writing -------------------------------------------------------------------------
    def write(self, fn: Callable, at: QPoint | None = None, refresh: list[str] | None = None) -> bool:
        """Runs ``fn(session)`` in one committed transaction; shows a refusal and returns False.

        With ``refresh``, only those rows are re-read here (the cursor stays put); otherwise
        this table reloads too. Other pages are told either way.
        """
        try:
            with self.ctx.db.write() as s:
                fn(s)
        except CellError as exc:
            self.show_error(render(exc.message), at)
            return False
        except EditRefused as exc:
            self.show_error(render(exc.message), at)
            return False
        except BlockRejected as exc:
            lines = [render(e.message) for e in exc.errors[:10]]
            if len(exc.errors) > 10:
                lines.append(self.tr("…and %n more.", "", len(exc.errors) - 10))
            self.show_error(self.tr("Nothing was pasted:") + "\n" + "\n".join(lines), at)
            return False
        except StaleEditError:
            self.show_error(self.tr("This row was changed elsewhere. The table has been reloaded; please try again."), at)
            self.model.reload()
            return False
        self.message.hide()
        if refresh is not None:
            for row_id in refresh:
                self.model.refresh_row(row_id)
            self.ctx.notify({self.spec.area}, self)
        else:
            self.ctx.notify({self.spec.area})
        return True

    def show_error(self, text: str, at: QPoint | None = None) -> None:
        """Shows a refusal beside the cell (tooltip) and in the panel's message line."""
        self.message.setText(text)
        self.message.show()
        if self.view.isVisible() and QGuiApplication.platformName() != "offscreen":
            pos = at or self.view.viewport().mapToGlobal(self.view.viewport().rect().center())
            QToolTip.showText(pos, text, self.view)
        self.error_shown.emit(text)
        self.ctx.status_message.emit(text)

    def _cell_point(self, row_id: str, key: str) -> QPoint | None:
        r = self.model.row_of(row_id)
        if r < 0:
            return None
        rect = self.view.visualRect(self.model.index(r, self.spec.index_of(key)))
        return self.view.viewport().mapToGlobal(rect.bottomLeft())

    def edit_cell(self, row_id: str, key: str, value) -> None:
        """Edits one cell of a loaded row as if typed into the table (undoable)."""
        r = self.model.row_of(row_id)
        if r >= 0:
            self._edit(row_id, self.model.row_at(r).version, key, value)

    def _edit(self, row_id: str, version: int, key: str, value) -> None:
        c = self.spec.index_of(key)
        old = self.model.row_at(self.model.row_of(row_id)).values[c]
        box: dict = {}

        def fn(s):
            edits.update_cell(s, self.spec, CellEdit(row_id, version, key, value))
            box["new"] = getattr(s.get(self.spec.model, row_id), key)

        if self.write(fn, self._cell_point(row_id, key), refresh=[row_id]):
            header = tr_core(self.spec.column(key).header)
            self.undo.push(CellsCommand(self.tr("Edit %1").replace("%1", header), self.spec, self.write,
                                        [(row_id, key, old, box["new"])]))

    def add_row(self) -> str | None:
        """Adds a row (undoable) and puts the cursor on it; returns its id, None if refused."""
        box: dict = {}

        def fn(s):
            box["id"] = self.create_row(s)

        if not self.write(fn):
            return None
        self.undo.push(CreateCommand(self.tr("Add row"), self.spec, self.write, [box["id"]]))
        self.select_ids([box["id"]])
        return box["id"]

    def create_row(self, session) -> str:
        """Inserts the new row of ``add_row`` in its transaction; panels whose rows are numbered
        or placed by the core (a process step) override this."""
        return edits.create_row(session, self.spec, self.new_row_values(dict(self.model.query.filters).get("subtree")),
                                tr_core)

    def new_row_values(self, unit_filter: str | None) -> dict:
        """Values a new row starts with; pages override to fill in the unit they show."""
        return {}

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedIndexes()})
        return [self.model.row_at(r).id for r in rows]

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if ids and self.write(lambda s: edits.soft_delete(s, self.spec, ids)):
            self.undo.push(DeleteCommand(self.tr("Delete %n row(s)", "", len(ids)), self.spec, self.write, ids))

    def restore_selected(self) -> None:
        ids = self.selected_ids()
        if ids and self.write(lambda s: edits.restore(s, self.spec, ids)):
            self.undo.push(RestoreCommand(self.tr("Restore %n row(s)", "", len(ids)), self.spec, self.write, ids))

    def select_ids(self, row_ids: list[str]) -> int:
        """Selects the rows with these ids (reading further batches while some are not loaded
        yet), the first one current and scrolled to; returns how many were found. Rows the
        search or the deleted toggle hide are not found."""
        wanted = set(row_ids)
        while self.model.canFetchMore() and any(self.model.row_of(i) < 0 for i in wanted):
            self.model.fetchMore()
        rows = sorted(r for r in (self.model.row_of(i) for i in wanted) if r >= 0)
        selection = self.view.selectionModel()
        selection.clearSelection()
        if not rows:
            return 0
        first = 1 if len(self.spec.columns) > 1 else 0
        self.view.setCurrentIndex(self.model.index(rows[0], first))
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for r in rows:
            selection.select(self.model.index(r, 0), flags)
        self.view.scrollTo(self.model.index(rows[0], first))
        return len(rows)

    # --- clipboard -----------------------------------------------------------------------
    def copy_selection(self) -> None:
        indexes = self.view.selectionModel().selectedIndexes()
        if not indexes:
            return
        rows = sorted({i.row() for i in indexes})
        cols = sorted({i.column() for i in indexes})
        chosen = {(i.row(), i.column()) for i in indexes}
        block = []
        for r in rows:
            row = self.model.row_at(r)
            block.append([self.model.display_text(row, c) if (r, c) in chosen else "" for c in cols])
        QGuiApplication.clipboard().setText(to_tsv(block))

    def paste(self) -> None:
        start = self.view.currentIndex()
        block = from_tsv(QGuiApplication.clipboard().text())
        if not start.isValid() or not block or self.model.query.deleted:
            return
        cells: list[CellEdit] = []
        olds: list = []
        problems: list[Message] = []
        with self.ctx.db.read() as s:
            for dr, texts in enumerate(block):
                r = start.row() + dr
                if r >= self.model.rowCount():
                    break
                row = self.model.row_at(r)
                for dc, text in enumerate(texts):
                    c = start.column() + dc
                    if c >= len(self.spec.columns):
                        break
                    col = self.spec.columns[c]
                    try:
                        value = text_to_value(s, col, text, tr_core)
                    except CellError as exc:
                        problems.append(exc.message)
                        continue
                    if col.editable:
                        cells.append(CellEdit(row.id, row.version, col.key, value))
                        olds.append(row.values[c])
        if problems:
            self.show_error(self.tr("Nothing was pasted:") + "\n" + "\n".join(render(m) for m in problems[:10]))
            return
        box: dict = {}

        def fn(s):
            edits.update_block(s, self.spec, cells)
            box["new"] = [getattr(s.get(self.spec.model, e.row_id), e.key) for e in cells]

        if cells and self.write(fn, refresh=sorted({e.row_id for e in cells})):
            triples = [(e.row_id, e.key, old, new) for e, old, new in zip(cells, olds, box["new"])]
            self.undo.push(CellsCommand(self.tr("Paste %n cell(s)", "", len(cells)), self.spec, self.write, triples))
