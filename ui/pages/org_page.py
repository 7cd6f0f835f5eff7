"""组织与人员: the unit tree, and tables of units, positions and staff with a detail pane."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QLabel, QPlainTextEdit, QSplitter, QTableView, QTabWidget, QVBoxLayout, QWidget,
)

from desktop_app.org.tables import POSITION_HISTORY, POSITIONS, STAFF, UNITS
from desktop_app.tables.query import TableQuery
from ui.context import AppContext
from ui.pages.page import Page
from ui.pages.unit_tree import UnitTreeView
from ui.tables.query_table_model import QueryTableModel
from ui.tables.table_panel import TablePanel


class _UnitScopedPanel(TablePanel):
    """New positions start in the unit chosen in the tree."""

    def new_row_values(self, unit_filter):
        return {"unit_id": unit_filter} if unit_filter and self.spec is POSITIONS else {}


class DetailPane(QWidget):
    """The long ``notes`` text of the current row, written shortly after typing stops."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.notes = QPlainTextEdit(self)
        self.notes.setPlaceholderText(self.tr("Notes"))
        self.history_label = QLabel(self.tr("Position history"), self)
        self.history = QTableView(self)
        self.history.verticalHeader().hide()
        self.history.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in (self.title, self.notes, self.history_label, self.history):
            layout.addWidget(w)
        self._panel: TablePanel | None = None
        self._row_id: str | None = None
        self._timer = QTimer(self, singleShot=True, interval=700)
        self._timer.timeout.connect(self._save)
        self.notes.textChanged.connect(self._typed)
        self._loading = False
        self._dirty = False

    def show_row(self, panel: TablePanel, row) -> None:
        self._save()
        self._panel, self._row_id = panel, row.id if row else None
        self._loading = True
        c = panel.spec.index_of("notes")
        self.notes.setPlainText(row.values[c] if row else "")
        self.notes.setEnabled(row is not None and not panel.model.query.deleted)
        name_col = 1
        self.title.setText(f"<b>{panel.model.display_text(row, name_col)}</b>" if row else "")
        self._loading = False

    def _typed(self) -> None:
        if not self._loading:
            self._dirty = True
            self._timer.start()

    def _save(self) -> None:
        """Writes what was typed; a row reloaded from elsewhere is never written back."""
        self._timer.stop()
        if not self._dirty or self._panel is None or self._row_id is None:
            return
        self._dirty = False
        r = self._panel.model.row_of(self._row_id)
        if r < 0:
            return
        c = self._panel.spec.index_of("notes")
        text = self.notes.toPlainText()
        if self._panel.model.row_at(r).values[c] != text:
            self._panel.edit_cell(self._row_id, "notes", text)


class OrgPage(Page):
    KEY = "org"

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(ctx, parent)
        self.tree = UnitTreeView(ctx, self)
        self.units = _UnitScopedPanel(ctx, UNITS, self.undo_stack, self)
        self.positions = _UnitScopedPanel(ctx, POSITIONS, self.undo_stack, self)
        self.staff = _UnitScopedPanel(ctx, STAFF, self.undo_stack, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.units, self.tr("Units"))
        self.tabs.addTab(self.positions, self.tr("Positions"))
        self.tabs.addTab(self.staff, self.tr("Staff"))

        self.detail = DetailPane(self)
        self.history_model = QueryTableModel(ctx, TableQuery(POSITION_HISTORY, filters=(("staff", ""),)), self)
        self.detail.history.setModel(self.history_model)
        for panel in (self.units, self.positions, self.staff):
            panel.current_row_changed.connect(lambda row, p=panel: self._current(p, row))
        self.tabs.currentChanged.connect(lambda _i: self._current(self.tabs.currentWidget(), None))
        self.tree.unit_chosen.connect(self._unit_chosen)

        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(self.tabs)
        right.addWidget(self.detail)
        right.setStretchFactor(0, 4)
        right.setStretchFactor(1, 1)
        right.setSizes([620, 160])
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.tree)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 4)
        split.setSizes([220, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(split)
        self._current(self.units, None)

    def _unit_chosen(self, unit_id) -> None:
        filters = (("subtree", unit_id),) if unit_id else ()
        for panel in (self.units, self.positions, self.staff):
            panel.set_filters(filters)

    def _current(self, panel: TablePanel, row) -> None:
        if panel is not self.tabs.currentWidget():
            return
        self.detail.show_row(panel, row)
        is_staff = panel is self.staff
        self.detail.history_label.setVisible(is_staff)
        self.detail.history.setVisible(is_staff)
        if is_staff:
            self.history_model.set_query(TableQuery(POSITION_HISTORY, filters=(("staff", row.id if row else ""),)))
