"""Choosing several units: the unit tree with a check box per unit (a plan's scope, an action
item's cooperating units)."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTreeView, QVBoxLayout

from desktop_app.org.tree import UnitNode
from desktop_app.org.vocabulary import UNIT_KIND_LABELS
from ui.context import tr_core

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class UnitChecklistDialog(QDialog):
    """Checks the units of ``chosen``; ``chosen_ids()`` gives the checked ones in tree order.
    The caller gives the (translated) window title and the hint above the tree."""

    def __init__(self, roots: list[UnitNode], chosen: Collection[str], title: str, hint: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.model = QStandardItemModel(self)
        chosen = set(chosen)
        for node in roots:
            self.model.appendRow(self._item(node, chosen))
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.expandToDepth(1)
        hint = QLabel(hint, self)
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(420, 560)

    def _item(self, node: UnitNode, chosen: set[str]) -> QStandardItem:
        item = QStandardItem(node.name)
        item.setData(node.id, ID_ROLE)
        item.setEditable(False)
        item.setCheckable(True)
        item.setCheckState(Qt.CheckState.Checked if node.id in chosen else Qt.CheckState.Unchecked)
        item.setToolTip(f"{node.code} · {tr_core(UNIT_KIND_LABELS.get(node.kind, node.kind))}")
        for child in node.children:
            item.appendRow(self._item(child, chosen))
        return item

    def items(self) -> list[QStandardItem]:
        out: list[QStandardItem] = []

        def walk(parent: QStandardItem) -> None:
            for r in range(parent.rowCount()):
                child = parent.child(r)
                out.append(child)
                walk(child)

        walk(self.model.invisibleRootItem())
        return out

    def set_checked(self, unit_id: str, on: bool) -> None:
        for item in self.items():
            if item.data(ID_ROLE) == unit_id:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def chosen_ids(self) -> list[str]:
        return [i.data(ID_ROLE) for i in self.items() if i.checkState() == Qt.CheckState.Checked]
