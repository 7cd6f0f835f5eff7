"""The filters above the map and its relations table: the level (unit or post customers), a
business line, and a unit (its customers and providers)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from desktop_app.customer_map.graph import MapFilter
from desktop_app.customer_map.vocabulary import LEVEL_LABELS
from ui.context import AppContext, tr_core
from ui.pages.unit_combo import UnitCombo


class MapFilterBar(QWidget):
    """``changed`` fires with the new MapFilter after every choice the user makes (and when
    a chosen unit or line disappears)."""

    changed = Signal(object)

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.level = QComboBox(self)
        for key, label in LEVEL_LABELS.items():
            self.level.addItem(tr_core(label), key)
        self.line = UnitCombo(ctx, self.tr("All lines"), kinds=("line",), parent=self)
        self.unit = UnitCombo(ctx, self.tr("All units"), parent=self)
        self.level.setToolTip(self.tr("Relations between units, or between posts"))
        self.unit.setToolTip(self.tr("Only the customers and providers of this unit"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for text, widget in ((self.tr("Level"), self.level), (self.tr("Line"), self.line), (self.tr("Unit"), self.unit)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget)
        row.addStretch(1)
        self.level.activated.connect(lambda _i: self._emit())
        self.line.unit_chosen.connect(lambda _u: self._emit())
        self.unit.unit_chosen.connect(lambda _u: self._emit())

    def current(self) -> MapFilter:
        return MapFilter(level=self.level.currentData(), line_id=self.line.unit_id(), unit_id=self.unit.unit_id())

    def set_filter(self, flt: MapFilter) -> None:
        """Shows ``flt`` (units no longer listed fall back to all) and emits ``changed``."""
        self.level.setCurrentIndex(max(self.level.findData(flt.level), 0))
        self.line.set_unit(flt.line_id)
        self.unit.set_unit(flt.unit_id)
        self._emit()

    def show_unit(self, unit_id: str | None) -> None:
        self.set_filter(replace(self.current(), unit_id=unit_id, line_id=None))

    def _emit(self) -> None:
        self.changed.emit(self.current())
