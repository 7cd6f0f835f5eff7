"""职责边界: the responsibility matrix with its grey-area findings, the work items, the disputed
items and what changed since a date; the matrix to and from the familiar Excel grid."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QSplitter, QTabWidget, QVBoxLayout, QWidget

from desktop_app.duties.tables import DISPUTES, WORK_ITEMS
from ui.context import AppContext
from ui.duties.changes_panel import ChangesPanel
from ui.duties.findings_panel import FindingsPanel
from ui.duties.matrix_grid import MatrixGrid
from ui.operations.duties import export_grid, import_grid
from ui.pages.lazy_tab import LazyTab
from ui.pages.page import Page
from ui.tables.table_panel import TablePanel

XLSX_FILTER = "Excel (*.xlsx)"


class DutiesPage(Page):
    KEY = "duties"

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(ctx, parent)
        self.grid = MatrixGrid(ctx, self.undo_stack, self)
        self.findings = FindingsPanel(ctx, self)
        self.findings.finding_activated.connect(self.show_finding)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.grid)
        split.addWidget(self.findings)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([880, 380])
        split.setChildrenCollapsible(False)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(split, self.tr("Matrix"))
        self._items_tab = LazyTab(lambda p: TablePanel(ctx, WORK_ITEMS, self.undo_stack, p), self)
        self._disputes_tab = LazyTab(lambda p: TablePanel(ctx, DISPUTES, self.undo_stack, p), self)
        self._changes_tab = LazyTab(lambda p: ChangesPanel(ctx, p), self)
        self.tabs.addTab(self._items_tab, self.tr("Work items"))
        self.tabs.addTab(self._disputes_tab, self.tr("Disputed items"))
        self.tabs.addTab(self._changes_tab, self.tr("Changes"))
        LazyTab.build_on_show(self.tabs)

        self.export_button = QPushButton(self.tr("Export grid…"), self)
        self.import_button = QPushButton(self.tr("Import grid…"), self)
        self.export_button.setToolTip(self.tr("Save the unit matrix shown (its columns and statuses) as an Excel grid"))
        self.import_button.setToolTip(self.tr("Read an Excel grid back: every cell is checked first, and a file with "
                                              "problems changes nothing"))
        self.export_button.clicked.connect(self.choose_export)
        self.import_button.clicked.connect(self.choose_import)
        self.tabs.setCornerWidget(self._corner(), Qt.Corner.TopRightCorner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.tabs)

    def _corner(self) -> QWidget:
        corner = QWidget(self)
        row = QHBoxLayout(corner)
        row.setContentsMargins(0, 0, 0, 2)
        row.addWidget(self.export_button)
        row.addWidget(self.import_button)
        return corner

    @property
    def work_items(self) -> TablePanel:
        return self._items_tab.ensure()  # type: ignore[return-value]

    @property
    def disputes(self) -> TablePanel:
        return self._disputes_tab.ensure()  # type: ignore[return-value]

    @property
    def changes(self) -> ChangesPanel:
        return self._changes_tab.ensure()  # type: ignore[return-value]

    def settle(self) -> None:
        self.findings.wait()

    def show_finding(self, finding) -> None:
        self.tabs.setCurrentIndex(0)
        self.grid.show_finding(finding)

    # --- Excel ---------------------------------------------------------------------------
    def choose_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export the matrix to Excel"), "责任矩阵.xlsx", XLSX_FILTER)
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> None:
        """Exports the unit matrix: the columns the grid shows when they are filtered (all the
        working units otherwise) and the statuses it shows; every row of those statuses."""
        f = self.grid.filters.current()
        units = None
        if f.unit_id is None and (f.column_text or f.column_line_id) and self.grid.model.matrix is not None:
            units = [c.id for c in self.grid.model.matrix.columns]
        export_grid(self, self.ctx, path, units, f.statuses)

    def choose_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import the matrix from Excel"), "", XLSX_FILTER)
        if name:
            self.import_from(Path(name))

    def import_from(self, path: Path) -> None:
        import_grid(self, self.ctx, path)
