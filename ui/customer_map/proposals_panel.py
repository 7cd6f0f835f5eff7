"""寻找内部客户: the relations that process handoffs imply and the map lacks, kept up to date
after every change; "Add as relation" turns one into a draft relation to complete."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget,
)

from desktop_app.customer_map.handoffs import Proposal, find_proposals
from desktop_app.customer_map.vocabulary import LEVEL_LABELS
from ui.context import AppContext, tr_core
from ui.operations.latest_read import LatestRead

PROPOSAL_ROLE = Qt.ItemDataRole.UserRole + 1


class ProposalsPanel(QWidget):
    """``accept_requested`` fires with the Proposal the user chose to add; the page writes it
    (undoably, through the relations table) and shows the new relation."""

    accept_requested = Signal(object)

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.proposals: list[Proposal] = []
        self._read = False  # the list has been read at least once
        self._wanted: tuple[str, str, str] | None = None  # (level, provider, customer) to select
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([self.tr("Provider"), self.tr("Customer"), self.tr("Suggested service item"),
                                   self.tr("Processes")])
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((190, 190, 220)):
            self.tree.setColumnWidth(column, width)
        self.tree.itemDoubleClicked.connect(lambda item, _c: self._accept_items([item]))
        self.tree.itemSelectionChanged.connect(self._enable)
        self.accept_button = QPushButton(self.tr("Add as relation"), self)
        self.accept_button.setToolTip(self.tr("Adds the chosen handoffs to the map as draft relations; complete "
                                              "their value, standard and commitment in the relations table"))
        self.accept_button.clicked.connect(lambda: self._accept_items(self.tree.selectedItems()))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.accept_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.reader = LatestRead(self)
        self.reader.done.connect(self._show)
        ctx.changes_applied.connect(lambda areas, _src: {"customer_map", "org"} & areas and self.refresh())
        ctx.database_replaced.connect(self.refresh)
        self._enable()
        self.refresh()

    def refresh(self) -> None:
        self.reader.start(self.ctx.db, find_proposals)

    def settle(self) -> None:
        self.reader.wait()

    def _show(self, proposals: list[Proposal]) -> None:
        self.proposals = proposals
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        for p in proposals:
            group = groups.get(p.level)
            if group is None:
                group = groups[p.level] = QTreeWidgetItem(self.tree, [tr_core(LEVEL_LABELS[p.level])])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                group.setFirstColumnSpanned(True)
            item = QTreeWidgetItem(group, [p.provider_name, p.customer_name, p.service_item, "\u3001".join(p.process_names)])
            item.setData(0, PROPOSAL_ROLE, p)
            item.setToolTip(3, "\n".join(p.process_names))
        self.tree.expandAll()
        if proposals:
            self.title.setText(self.tr("%n handoff(s) between process steps have no relation on the map yet. "
                                       "Each is an internal customer to add:", "", len(proposals)))
        else:
            self.title.setText(self.tr("Every handoff between process steps is on the map."))
        self._read = True
        if self._wanted is not None:
            self._select(self._wanted)
            self._wanted = None
        self._enable()

    def select_proposal(self, level: str, provider_id: str, customer_id: str) -> None:
        """Makes the proposal between these two current: now when the list shows it, else once
        the list has been read (again)."""
        self._wanted = (level, provider_id, customer_id)
        if self._read and self._select(self._wanted):
            self._wanted = None

    def _select(self, wanted: tuple[str, str, str]) -> bool:
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            for i in range(group.childCount()):
                item = group.child(i)
                p = item.data(0, PROPOSAL_ROLE)
                if p is not None and (p.level, p.provider_id, p.customer_id) == wanted:
                    self.tree.setCurrentItem(item)
                    self.tree.scrollToItem(item)
                    self.tree.setFocus()
                    return True
        return False

    def _enable(self) -> None:
        self.accept_button.setEnabled(any(i.data(0, PROPOSAL_ROLE) for i in self.tree.selectedItems()))

    def _accept_items(self, items: list[QTreeWidgetItem]) -> None:
        # each write refreshes the list, which deletes the items: take the proposals first
        for proposal in [p for p in (item.data(0, PROPOSAL_ROLE) for item in items) if p is not None]:
            self.accept_requested.emit(proposal)
