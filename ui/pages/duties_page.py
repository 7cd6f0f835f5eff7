"""职责边界: the responsibility matrix with its grey-area findings, the work items, the disputed
items and what changed since a date; the matrix to and from the familiar Excel grid."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QTabWidget, QVBoxLayout

from desktop_app.duties.tables import DISPUTES, WORK_ITEMS
from ui.context import AppContext
from ui.duties.changes_panel import ChangesPanel
from ui.duties.findings_panel import FindingsPanel
from ui.duties.matrix_grid import MatrixGrid
from ui.operations.duties import export_grid, import_grid
from ui.pages.lazy_tab import LazyTab
from ui.pages.page import Page
from ui.pages.workbook_buttons import WorkbookButtons, WorkbookTexts
from ui.tables.table_panel import TablePanel

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

        self.workbook = WorkbookButtons(WorkbookTexts(
            self.tr("Export grid…"), self.tr("Import grid…"),
            self.tr("Save the unit matrix shown (its columns and statuses) as an Excel grid"),
            self.tr("Read an Excel grid back: every cell is checked first, and a file with problems changes nothing"),
            self.tr("Export the matrix to Excel"), self.tr("Import the matrix from Excel"), "责任矩阵.xlsx"),
            self.export_to, self.import_from, self)
        self.export_button, self.import_button = self.workbook.export_button, self.workbook.import_button
        self.tabs.setCornerWidget(self.workbook, Qt.Corner.TopRightCorner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.tabs)

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
        """Selects the finding's cells in the matrix; a handoff without commitment is shown
        where it is put right, on the customer map."""
        if finding.kind == "handoff":
            self.navigate_requested.emit("customer_map", finding)
            return
        self.tabs.setCurrentIndex(0)
        self.grid.show_finding(finding)

    # --- Excel ---------------------------------------------------------------------------
    def export_to(self, path: Path) -> None:
        """Exports the unit matrix: the columns the grid shows when they are filtered (all the
        working units otherwise) and the statuses it shows; every row of those statuses."""
        f = self.grid.filters.current()
        units = None
        if f.unit_id is None and (f.column_text or f.column_line_id) and self.grid.model.matrix is not None:
            units = [c.id for c in self.grid.model.matrix.columns]
        export_grid(self, self.ctx, path, units, f.statuses)

    def import_from(self, path: Path) -> None:
        import_grid(self, self.ctx, path)
