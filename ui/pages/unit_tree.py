"""The unit tree beside the organisation tables; choosing a unit filters them to its subtree."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTreeView

from desktop_app.org.tree import UnitNode, unit_tree
from desktop_app.org.vocabulary import UNIT_KIND_LABELS
from ui.context import AppContext, tr_core

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class UnitTreeView(QTreeView):
    unit_chosen = Signal(object)  # unit id, or None for the whole company

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tree_model = QStandardItemModel(self)
        self.setModel(self.tree_model)
        self.setHeaderHidden(True)
        self.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        self.selectionModel().currentChanged.connect(
            lambda cur, _prev: self.unit_chosen.emit(cur.data(ID_ROLE) if cur.isValid() else None)
        )
        ctx.changes_applied.connect(lambda areas, _src: "org" in areas and self.reload())
        ctx.database_replaced.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        current = self.currentIndex().data(ID_ROLE) if self.currentIndex().isValid() else None
        self.tree_model.clear()
        everything = QStandardItem(self.tr("All units"))
        everything.setData(None, ID_ROLE)
        self.tree_model.appendRow(everything)
        with self.ctx.db.read() as s:
            roots = unit_tree(s)
        for node in roots:
            self.tree_model.appendRow(self._item(node))
        self.expandToDepth(1)
        if current:
            found = self.tree_model.match(self.tree_model.index(0, 0), ID_ROLE, current, 1,
                                          Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchExactly)
            if found:
                self.selectionModel().blockSignals(True)
                self.setCurrentIndex(found[0])
                self.selectionModel().blockSignals(False)

    def _item(self, node: UnitNode) -> QStandardItem:
        item = QStandardItem(node.name)
        item.setData(node.id, ID_ROLE)
        item.setToolTip(f"{node.code} · {tr_core(UNIT_KIND_LABELS.get(node.kind, node.kind))}")
        if not node.active:
            item.setForeground(Qt.GlobalColor.gray)
        for child in node.children:
            item.appendRow(self._item(child))
        return item
