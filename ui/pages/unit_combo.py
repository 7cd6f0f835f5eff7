"""A unit picker that searches as you type: live units in tree order, indented by depth, with
an optional first entry standing for "no unit" (e.g. all units)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QStyledItemDelegate

DEPTH_ROLE = Qt.ItemDataRole.UserRole + 7
INDENT = 14  # pixels per level of the tree, in the drop-down list only

from desktop_app.org.tree import UnitNode, unit_tree
from ui.context import AppContext


class _Indented(QStyledItemDelegate):
    """Indents each entry by its depth in the unit tree; the text itself carries no padding,
    so the edit field shows the chosen unit's name from its first character."""

    def initStyleOption(self, option, index) -> None:  # noqa: N802 - Qt's name
        super().initStyleOption(option, index)
        option.rect.adjust(INDENT * (index.data(DEPTH_ROLE) or 0), 0, 0, 0)


class UnitCombo(QComboBox):
    """``unit_chosen`` fires with the chosen id (None for the empty entry) when the user picks
    one; ``reload`` keeps the choice while the unit is still there. ``kinds`` limits the
    entries (e.g. lines only)."""

    unit_chosen = Signal(object)

    def __init__(self, ctx: AppContext, empty_text: str | None, kinds: Iterable[str] | None = None,
                 parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.empty_text = ctx, empty_text
        self.kinds = frozenset(kinds) if kinds is not None else None
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(25)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        # a long name scrolls the edit field to its end; its start is what tells units apart
        self.currentIndexChanged.connect(lambda _i: self.lineEdit().setCursorPosition(0))
        self.setItemDelegate(_Indented(self))
        completer = self.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.activated.connect(lambda _i: self.unit_chosen.emit(self.unit_id()))
        ctx.changes_applied.connect(lambda areas, _src: "org" in areas and self.reload())
        ctx.database_replaced.connect(self.reload)
        self.reload()

    def unit_id(self) -> str | None:
        return self.currentData()

    def set_unit(self, unit_id: str | None) -> bool:
        """Shows ``unit_id`` without emitting ``unit_chosen``; False when it is not listed."""
        i = self.findData(unit_id) if unit_id is not None else (0 if self.empty_text is not None else -1)
        if i < 0:
            return False
        self.setCurrentIndex(i)
        return True

    def reload(self) -> None:
        current = self.unit_id()
        self.blockSignals(True)
        self.clear()
        if self.empty_text is not None:
            self.addItem(self.empty_text, None)
        with self.ctx.db.read() as s:
            roots = unit_tree(s)
        self._add(roots, 0)
        self.blockSignals(False)
        if not self.set_unit(current) and current is not None:
            self.set_unit(None)
            self.unit_chosen.emit(self.unit_id())  # the chosen unit is gone

    def _add(self, nodes: Iterable[UnitNode], depth: int) -> None:
        for node in nodes:
            if self.kinds is None or node.kind in self.kinds:
                # the completer matches the item text: the name and code are both searchable
                self.addItem(f"{node.name}  {node.code}", node.id)
                self.setItemData(self.count() - 1, depth, DEPTH_ROLE)
            self._add(node.children, depth + (self.kinds is None or node.kind in self.kinds))
