"""The legend sample every bar chart of the app shows (pyqtgraph): a small bar in the series'
pen and brush, which, unlike pyqtgraph's own, doesn't hide its bars on a click."""

from __future__ import annotations

import pyqtgraph as pg
from pyqtgraph.graphicsItems.LegendItem import ItemSample
from PySide6.QtCore import QRectF


class BarSample(ItemSample):
    def paint(self, p, *args):
        p.setPen(pg.mkPen(self.item.opts["pen"]))
        p.setBrush(pg.mkBrush(self.item.opts["brush"]))
        p.drawRect(QRectF(2, 5, 18, 12))

    def mouseClickEvent(self, event):  # noqa: N802
        event.ignore()
