"""The pieces of the rotation timeline chart (pyqtgraph): the date and row axes, the view box
that zooms time only, the bars of one plan kind as one item, the legend's samples and the bar
labels drawn only for the bars in view; days are counted since 1970-01-01 on the x axis."""

from __future__ import annotations

import math
from datetime import date
from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainterPath, QTransform

if TYPE_CHECKING:  # the chart imports these pieces
    from ui.rotation.timeline_chart import TimelineChart

EPOCH = date(1970, 1, 1).toordinal()
MONDAY = 4  # 1970-01-05, day 4, was a Monday: weekly ticks fall on Mondays
LANE_PX = 24  # every lane is this tall on screen, whatever the widget's height
BAR = 0.72  # a bar's thickness, in lanes
MIN_TICK_PX = 64  # room for "2026-03" between date ticks
MAX_LABEL_PX = 220  # longer row labels are elided
KIND_COLOURS = {"rotation": "#4477AA", "experience": "#66CCEE", "exchange": "#228833", "stationing": "#CCBB44"}
DARK_KINDS = {"rotation", "exchange"}  # white text on these, black on the others
CONFLICT = QColor("#D62728")
SELECTED = QColor("#000000")
TODAY = QColor("#E07000")
BAND = QColor("#F3F4F6")
WHITE, BLACK = QColor("white"), QColor("black")


def day_x(day: date) -> int:
    return day.toordinal() - EPOCH


def x_day(x: float) -> date:
    return date.fromordinal(int(math.floor(x)) + EPOCH)


class DateAxis(pg.AxisItem):
    """Ticks on day, week (Mondays), month or year boundaries: "03-15", "2026-03", "2026"."""

    def tickValues(self, minVal, maxVal, size):  # noqa: N802 - pyqtgraph's names
        lo, hi = sorted((minVal, maxVal))
        if size <= 0 or hi <= lo:
            return []
        per_day = size / (hi - lo)
        for step in (1, 2, 7, 14):
            if step * per_day >= MIN_TICK_PX:
                offset = MONDAY if step >= 7 else 0
                first = math.ceil((lo - offset) / step) * step + offset
                return [(float(step), [float(x) for x in range(first, math.floor(hi) + 1, step)])]
        months = next((m for m in (1, 2, 3, 6, 12, 24, 60, 120) if m * 30.4 * per_day >= MIN_TICK_PX), 240)
        start, end = x_day(max(lo, -EPOCH + 1)), x_day(min(hi, 2_900_000))
        index = math.ceil((start.year * 12 + start.month - 1) / months) * months
        values = []
        while index // 12 <= end.year:
            x = day_x(date(index // 12, index % 12 + 1, 1))
            if lo <= x <= hi:
                values.append(float(x))
            index += months
        return [(months * 30.4, values)]

    def tickStrings(self, values, scale, spacing):  # noqa: N802
        pattern = "%Y" if spacing >= 360 else "%Y-%m" if spacing >= 28 else "%m-%d"
        return [x_day(v).strftime(pattern) for v in values]


class RowAxis(pg.AxisItem):
    """The row labels, at each row's middle; wide enough for the longest (elided past a limit)."""

    def __init__(self) -> None:
        super().__init__("left")
        self.setStyle(tickLength=0, autoExpandTextSpace=False)
        self._centres = np.zeros(0)
        self._labels: list[str] = []

    def set_rows(self, centres: np.ndarray, labels: list[str]) -> None:
        metrics = QFontMetrics(self.style["tickFont"] or self.font())
        self._centres = centres
        self._labels = [metrics.elidedText(text, Qt.TextElideMode.ElideRight, MAX_LABEL_PX) for text in labels]
        widest = max((metrics.horizontalAdvance(text) for text in self._labels), default=40)
        self.setWidth(widest + 14)
        self.picture = None
        self.update()

    def tickValues(self, minVal, maxVal, size):  # noqa: N802
        lo, hi = sorted((minVal, maxVal))
        first, last = np.searchsorted(self._centres, [lo, hi], side="left")
        return [(1.0, self._centres[first:last].tolist())]

    def tickStrings(self, values, scale, spacing):  # noqa: N802
        first = int(np.searchsorted(self._centres, values[0])) if values else 0
        return self._labels[first:first + len(values)]


class TimeViewBox(pg.ViewBox):
    """The wheel zooms time; over the row labels it scrolls rows. Right-drag zooms time only."""

    clicked = Signal(object)  # the view point of a left click

    def wheelEvent(self, ev, axis=None):  # noqa: N802
        if axis == 1:
            self.translateBy(y=-ev.delta() / 40)
            ev.accept()
        else:
            super().wheelEvent(ev, axis=0)

    def mouseDragEvent(self, ev, axis=None):  # noqa: N802
        right = ev.button() == Qt.MouseButton.RightButton
        super().mouseDragEvent(ev, axis=0 if right else axis)

    def mouseClickEvent(self, ev):  # noqa: N802
        if ev.button() == Qt.MouseButton.LeftButton:
            ev.accept()
            self.clicked.emit(self.mapToView(ev.pos()))
        else:
            super().mouseClickEvent(ev)


class Rects(pg.BarGraphItem):
    """Bars of one look drawn as one item; its shape is its box, so the scene's hit tests on
    every mouse move don't walk thousands of rectangles."""

    def shape(self):
        path = QPainterPath()
        path.addRect(self.boundingRect())
        return path


class BarLabels(pg.GraphicsObject):
    """The label inside each visible bar wide enough for some of it, drawn in pixels so the text
    keeps its size at any zoom; only the bars in view are looked at."""

    MAX_LABELS = 1500
    ALIGN = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft

    def __init__(self, chart: TimelineChart) -> None:
        super().__init__()
        self.chart = chart
        self.bounds = QRectF()
        self.widths: dict[int, int] = {}  # a label's full width in pixels, measured once

    def boundingRect(self):  # noqa: N802
        return self.bounds

    def paint(self, p, *args):
        c, view = self.chart, self.getViewBox()
        if not len(c._ids) or view is None:
            return
        seen = view.viewRect()
        shown = np.flatnonzero((c._x1 > seen.left()) & (c._x0 < seen.right()) & (c._lane + 1 > seen.top())
                               & (c._lane < seen.bottom()))
        if len(shown) > self.MAX_LABELS:
            return
        to_pixels = p.transform()
        visible = to_pixels.mapRect(seen)
        p.setTransform(QTransform())
        metrics = p.fontMetrics()
        colour = None
        for i in shown.tolist():
            rect = to_pixels.mapRect(QRectF(c._x0[i], c._lane[i] + (1 - BAR) / 2, c._x1[i] - c._x0[i], BAR))
            rect = rect.intersected(visible).adjusted(4, 0, -3, 0)
            if rect.width() < 18:
                continue
            text = c._labels[i]
            if i not in self.widths:
                self.widths[i] = metrics.horizontalAdvance(text)
            if self.widths[i] > rect.width():
                text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(rect.width()))
                if text in ("", "…"):
                    continue
            wanted = WHITE if c._kinds[i] in DARK_KINDS else BLACK
            if wanted is not colour:
                p.setPen(wanted)
                colour = wanted
            p.drawText(rect, self.ALIGN, text)
