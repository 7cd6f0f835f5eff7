"""The pieces of an overview bar chart (pyqtgraph): the category axis with the units' names,
the legend's samples, and the view box that neither zooms nor pans (the chart shows all of
its rows at a fixed height per row; the page scrolls)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

MAX_LABEL_PX = 260  # longer names are elided; the tooltip shows them whole


class ValueAxis(pg.AxisItem):
    """An axis that leaves the wheel to the page (pyqtgraph's zooms the view with it)."""

    def wheelEvent(self, ev):  # noqa: N802 - Qt's name
        ev.ignore()


class CategoryAxis(ValueAxis):
    """The names at rows 0, 1, 2 … (top to bottom with an inverted y), wide enough for the
    longest one up to ``MAX_LABEL_PX``."""

    def __init__(self) -> None:
        super().__init__("left")
        self.setStyle(tickLength=0, autoExpandTextSpace=False)
        self.labels: list[str] = []

    def set_labels(self, labels: list[str]) -> None:
        metrics = QFontMetrics(self.style["tickFont"] or self.font())
        self.labels = [metrics.elidedText(text, Qt.TextElideMode.ElideRight, MAX_LABEL_PX) for text in labels]
        self.setWidth(max((metrics.horizontalAdvance(t) for t in self.labels), default=40) + 14)
        self.picture = None
        self.update()

    def tickValues(self, minVal, maxVal, size):  # noqa: N802 - pyqtgraph's names
        lo, hi = sorted((minVal, maxVal))
        rows = np.arange(len(self.labels))
        return [(1.0, rows[(rows >= lo) & (rows <= hi)].astype(float).tolist())]

    def tickStrings(self, values, scale, spacing):  # noqa: N802
        return [self.labels[int(round(v))] if 0 <= round(v) < len(self.labels) else "" for v in values]


class FixedViewBox(pg.ViewBox):
    """No zoom, no pan, no menu: the wheel scrolls the page around the chart instead."""

    def __init__(self) -> None:
        super().__init__(enableMenu=False, invertY=True)
        self.setMouseEnabled(x=False, y=False)

    def wheelEvent(self, ev, axis=None):  # noqa: N802
        ev.ignore()


