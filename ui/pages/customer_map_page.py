"""内部客户地图: the map of service relations beside their table, business processes with the
internal customers their handoffs reveal, each unit's service card, and the handbook's texts;
the relations to and from Excel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog, QHBoxLayout, QLabel, QSplitter, QTabWidget, QToolButton, QVBoxLayout, QWidget,
)

from desktop_app.customer_map.graph import MapFilter, load_map
from desktop_app.customer_map.handoffs import Proposal, accept_proposal, relations_between
from desktop_app.duties.grey_rules import Finding
from ui.context import AppContext, tr_core
from ui.customer_map.map_filters import MapFilterBar
from ui.customer_map.map_view import MapView
from ui.customer_map.relations_panel import RelationsPanel
from ui.operations.customer_map import export_relations, import_relations
from ui.operations.latest_read import LatestRead
from ui.pages.lazy_tab import LazyTab
from ui.pages.page import Page
from ui.pages.workbook_buttons import WorkbookButtons, WorkbookTexts
from ui.tables.undo import CreateCommand

PNG_FILTER = "PNG (*.png)"


class CustomerMapPage(Page):
    KEY = "customer_map"

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(ctx, parent)
        self.filters = MapFilterBar(ctx, self)
        self.map = MapView(self)
        self.relations = RelationsPanel(ctx, self.undo_stack, self)
        self.reader = LatestRead(self)
        self.reader.done.connect(self.map.show_graph)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._map_tab(), self.tr("Map and relations"))
        self._processes_tab = LazyTab(self._build_processes, self)
        self._cards_tab = LazyTab(self._build_cards, self)
        self._texts_tab = LazyTab(self._build_texts, self)
        self.tabs.addTab(self._processes_tab, self.tr("Processes"))
        self.tabs.addTab(self._cards_tab, self.tr("Service cards"))
        self.tabs.addTab(self._texts_tab, self.tr("Handbook texts"))
        LazyTab.build_on_show(self.tabs)
        self.workbook = WorkbookButtons(WorkbookTexts(
            self.tr("Export relations…"), self.tr("Import relations…"),
            self.tr("Save the unit and post relations as an Excel workbook (sheets 组织客户 and 岗位客户)"),
            self.tr("Read relations from Excel: every row is checked first, and a file with problems changes nothing"),
            self.tr("Export the relations to Excel"), self.tr("Import relations from Excel"), "内部客户关系.xlsx"),
            lambda path: export_relations(self, self.ctx, path), lambda path: import_relations(self, self.ctx, path),
            self)
        self.tabs.setCornerWidget(self.workbook, Qt.Corner.TopRightCorner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.tabs)

        self.filters.changed.connect(self.apply_filter)
        self.map.relations_clicked.connect(self.relations.select_relations)
        self.map.unit_clicked.connect(self.filters.show_unit)
        self.relations.current_row_changed.connect(lambda _row: self._highlight())
        ctx.changes_applied.connect(lambda areas, _src: {"customer_map", "org"} & areas and self.reload_map())
        ctx.database_replaced.connect(self.reload_map)
        self.reload_map()

    def _map_tab(self) -> QWidget:
        tab = QWidget(self)
        fit = QAction(self.tr("Fit"), self, shortcut=QKeySequence("Ctrl+0"), triggered=self.map.fit)
        fit.setToolTip(self.tr("Show the whole map (Ctrl+0); zoom with the mouse wheel, drag to pan"))
        export = QAction(self.tr("Save as PNG…"), self, triggered=self.choose_png)
        top = QHBoxLayout()
        top.addWidget(self.filters, 1)
        for action in (fit, export):
            button = QToolButton(tab)
            button.setDefaultAction(action)
            top.addWidget(button)
        hint = QLabel(self.tr("Click a unit to see only its customers and providers, an arrow to select its "
                              "relations in the table; the wheel zooms, dragging pans. Retired relations are "
                              "listed but not drawn."), tab)
        hint.setWordWrap(True)
        hint.setStyleSheet("QLabel { color: #666666; }")
        left = QWidget(tab)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.map, 1)
        column.addWidget(hint)
        split = QSplitter(Qt.Orientation.Horizontal, tab)
        split.addWidget(left)
        split.addWidget(self.relations)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([760, 520])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        return tab

    def _build_processes(self, parent: QWidget) -> QWidget:
        from ui.customer_map.process_panel import ProcessPanel
        from ui.customer_map.proposals_panel import ProposalsPanel

        split = QSplitter(Qt.Orientation.Horizontal, parent)
        self._process_panel = ProcessPanel(self.ctx, self.undo_stack, split)
        self._proposals = ProposalsPanel(self.ctx, split)
        self._proposals.accept_requested.connect(self.accept_proposal)
        split.addWidget(self._process_panel)
        split.addWidget(self._proposals)
        split.setSizes([700, 560])
        split.setChildrenCollapsible(False)
        return split

    def _build_cards(self, parent: QWidget) -> QWidget:
        from ui.customer_map.card_view import ServiceCardView

        return ServiceCardView(self.ctx, parent)

    def _build_texts(self, parent: QWidget) -> QWidget:
        from ui.customer_map.texts_editor import HandbookTextsEditor

        return HandbookTextsEditor(self.ctx, parent)

    @property
    def process_panel(self):
        self._processes_tab.ensure()
        return self._process_panel

    @property
    def proposals(self):
        self._processes_tab.ensure()
        return self._proposals

    @property
    def cards(self):
        return self._cards_tab.ensure()

    @property
    def texts(self):
        return self._texts_tab.ensure()

    # --- the map ---------------------------------------------------------------------------
    def apply_filter(self, flt: MapFilter) -> None:
        self.relations.set_filter(flt)
        self.reload_map()

    def reload_map(self) -> None:
        flt = self.filters.current()
        self.reader.start(self.ctx.db, lambda s: load_map(s, flt))

    def _highlight(self) -> None:
        self.map.highlight_relations(self.relations.selected_relation_ids())

    def settle(self) -> None:
        self.reader.wait()
        self.relations.current.model.wait_for_total()
        for tab in (self._processes_tab, self._cards_tab):
            if tab.content is not None and hasattr(tab.content, "settle"):
                tab.content.settle()
        if self._processes_tab.content is not None:
            self._proposals.settle()

    def choose_png(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the map as PNG"), "内部客户地图.png", PNG_FILTER)
        if name:
            self.save_png(Path(name))

    def save_png(self, path: Path) -> bool:
        ok = self.map.export_png(path)
        self.ctx.status_message.emit(self.tr("Map saved to %1").replace("%1", str(path)) if ok
                                     else self.tr("The map could not be saved to %1").replace("%1", str(path)))
        return ok

    def reveal(self, target) -> None:
        """A handoff without commitment (a grey-area finding): its relations selected beside
        the map, to give one a commitment; while the map has none, its proposal in the
        processes tab, to add it."""
        if not isinstance(target, Finding) or target.kind != "handoff":
            return
        level = "unit" if target.unit_ids else "position"
        provider, customer = target.unit_ids or target.position_ids
        with self.ctx.db.read() as s:
            ids = relations_between(s, level, provider, customer)
        if ids:
            self.tabs.setCurrentIndex(0)
            self.filters.set_filter(MapFilter(level=level, unit_id=provider if level == "unit" else None))
            self.relations.select_relations(ids)
        else:
            self.tabs.setCurrentWidget(self._processes_tab)
            self.proposals.select_proposal(level, provider, customer)

    # --- proposals ---------------------------------------------------------------------------
    def accept_proposal(self, proposal: Proposal) -> str | None:
        """Adds the proposal as a draft relation (undoable) and shows it selected in the table
        beside the map, for the user to complete. Returns its id, None when refused."""
        self.tabs.setCurrentIndex(0)
        unit = proposal.provider_id if proposal.level == "unit" else None
        self.filters.set_filter(MapFilter(level=proposal.level, unit_id=unit))
        table = self.relations.current
        box: dict = {}
        if not table.write(lambda s: box.update(id=accept_proposal(s, proposal, tr_core))):
            return None
        table.undo.push(CreateCommand(self.tr("Add relation from a process"), table.spec, table.write, [box["id"]]))
        self.relations.select_relations([box["id"]])
        return box["id"]
