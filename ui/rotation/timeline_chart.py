"""The rotation timeline as a Gantt chart (pyqtgraph): a row per person or station, a bar per
assignment coloured by plan kind, conflicts hatched in red, a line at today.

The x axis counts days since 1970-01-01, so a bar spans [start, end + 1). Rows are stacked in
lanes of fixed pixel height: a row whose bars overlap gets one lane per overlap, and the y range
always shows as many lanes as fit the widget (no y zoom; rows scroll by dragging, the scroll bar
or the wheel over the row labels). The wheel zooms time only. Each plan kind is ONE item and the
bar under the mouse is found by searching arrays, so thousands of bars stay smooth.
"""

from __future__ import annotations

import math
from collections.abc import Collection
from datetime import date
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QGraphicsRectItem, QHBoxLayout, QScrollBar, QSizePolicy, QWidget

from desktop_app.model import PLAN_KINDS
from desktop_app.rotation.timeline import Timeline, pack_lanes
from desktop_app.rotation.vocabulary import PLAN_KIND_LABELS
from ui.context import tr_core
from ui.legend_sample import BarSample
from ui.rotation.timeline_items import (
    BAND, BAR, CONFLICT, KIND_COLOURS, LANE_PX, SELECTED, TODAY, BarLabels, DateAxis, Rects, RowAxis,
    TimeViewBox, day_x, x_day,
)

class TimelineChart(QWidget):
    """Shows a ``Timeline``; it reads nothing itself. ``assignment_clicked(id)`` on a click on a
    bar. Showing a new timeline of the same view keeps the zoom and scroll position."""

    assignment_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = TimeViewBox(enableMenu=False, invertY=True)
        self.rows_axis = RowAxis()
        self.plot = pg.PlotWidget(self, background="w", viewBox=self.view,
                                  axisItems={"bottom": DateAxis("bottom"), "left": self.rows_axis})
        item = self.plot.getPlotItem()
        item.hideButtons()
        item.setMenuEnabled(False)
        for name in ("left", "bottom"):
            item.getAxis(name).setPen(pg.mkPen("#555555"))
            item.getAxis(name).setTextPen(pg.mkPen("#222222"))
        item.getAxis("bottom").setGrid(40)
        self.view.setMouseEnabled(x=True, y=True)
        self.view.disableAutoRange()
        self.scroll = QScrollBar(Qt.Orientation.Vertical, self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.scroll)

        self._bands = Rects(x0=[], x1=[], y0=[], height=[], brush=BAND, pen=None)
        self._bands.setZValue(-10)
        self._bars = {kind: Rects(x0=[], x1=[], y0=[], height=[], brush=KIND_COLOURS[kind],
                                   pen=pg.mkPen(QColor(KIND_COLOURS[kind]).darker(140)))
                      for kind in PLAN_KINDS}
        self._marks = Rects(x0=[], x1=[], y0=[], height=[], pen=pg.mkPen(CONFLICT, width=2),
                             brush=QBrush(CONFLICT, Qt.BrushStyle.BDiagPattern))
        self._marks.setZValue(1)
        self._selection = QGraphicsRectItem()
        pen = QPen(SELECTED, 3)
        pen.setCosmetic(True)
        self._selection.setPen(pen)
        self._selection.setZValue(2)
        self._selection.hide()
        self._text = BarLabels(self)
        self._text.setZValue(3)
        self._today = pg.InfiniteLine(angle=90, pen=pg.mkPen(TODAY, width=2, style=Qt.PenStyle.DashLine),
                                      label=self.tr("Today"), labelOpts={"position": 0.03, "color": TODAY,
                                                                         "fill": QColor(255, 255, 255, 220)})
        self._today.setZValue(4)
        self.tip = pg.TextItem(color="#222222", fill=QColor(255, 255, 240, 235), border=pg.mkPen("#888888"))
        self.tip.setZValue(10)
        self.tip.hide()
        self._empty = pg.TextItem(self.tr("No assignments to show"), color="#666666", anchor=(0.5, 0.5))
        for graphic in (self._bands, *self._bars.values(), self._marks, self._selection, self._text, self._today,
                        self._empty, self.tip):
            self.view.addItem(graphic, ignoreBounds=True)

        legend = pg.LegendItem(colCount=len(PLAN_KINDS) + 1, sampleType=BarSample, labelTextColor="#222222",
                               labelTextSize="9pt", horSpacing=6)
        for kind in PLAN_KINDS:
            legend.addItem(self._bars[kind], tr_core(PLAN_KIND_LABELS[kind]))
        legend.addItem(self._marks, self.tr("Conflict"))
        for column in range(1, 2 * len(PLAN_KINDS), 2):  # room after each label
            legend.layout.setColumnSpacing(column, 16)
        legend.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        item.layout.removeItem(item.titleLabel)
        item.titleLabel.hide()
        item.layout.addItem(legend, 0, 1)
        item.layout.setAlignment(legend, Qt.AlignmentFlag.AlignLeft)
        self.legend = legend

        self._timeline: Timeline | None = None
        self._ids: list[str] = []
        self._index: dict[str, int] = {}
        self._x0 = self._x1 = self._lane = np.zeros(0)
        self._kinds: list[str] = []
        self._labels: list[str] = []
        self._tooltips: list[str] = []
        self._conflicts: frozenset[str] = frozenset()
        self._lanes = 0
        self._selected: str | None = None
        self.hovered: str | None = None  # the assignment under the mouse, for tests

        self.view.clicked.connect(self._clicked)
        self.view.sigResized.connect(lambda _v: self._fit_lanes())
        self.view.sigYRangeChanged.connect(lambda _v, _r: self._sync_scroll())
        self.view.sigRangeChanged.connect(lambda *_args: self._hide_tip())
        self.plot.viewport().installEventFilter(self)
        self.scroll.valueChanged.connect(self._scrolled)
        self.plot.scene().sigMouseMoved.connect(self._hover)
        self.show_timeline(Timeline("person", (), (), None, None))

    # --- showing -----------------------------------------------------------------------------

    def show_timeline(self, timeline: Timeline, conflicts: Collection[str] = ()) -> None:
        """Draws ``timeline`` with the bars of ``conflicts`` (assignment ids) marked."""
        keep = self._timeline is not None and self._timeline.by == timeline.by and bool(self._ids)
        self._timeline = timeline
        bars = timeline.bars
        self._ids = [b.assignment_id for b in bars]
        self._index = {bar_id: i for i, bar_id in enumerate(self._ids)}
        self._x0 = np.array([day_x(b.start) for b in bars], dtype=float)
        self._x1 = np.array([day_x(b.end) + 1 for b in bars], dtype=float)
        self._kinds = [b.kind for b in bars]
        self._labels = [b.label for b in bars]
        self._tooltips = [b.tooltip for b in bars]
        packed = pack_lanes(timeline)
        self._lane = np.array(packed.bar_lane, dtype=float)
        row_top, row_lanes = np.array(packed.row_top, dtype=float), np.array(packed.row_lanes, dtype=float)
        self._lanes = packed.total
        self.rows_axis.set_rows(row_top + row_lanes / 2, [r.label for r in timeline.rows])

        today = day_x(date.today())
        span = (min(self._x0.min(initial=today), today) - 400, max(self._x1.max(initial=today), today) + 400)
        odd = np.arange(1, len(row_top), 2)
        self._bands.setOpts(x0=np.full(len(odd), span[0]), x1=np.full(len(odd), span[1]), y0=row_top[odd],
                            height=row_lanes[odd])
        kinds = np.array(self._kinds, dtype=object)
        for kind, graphic in self._bars.items():
            self._set_rects(graphic, np.flatnonzero(kinds == kind) if len(kinds) else np.zeros(0, dtype=int))
        self._today.setPos(today + 0.5)
        self._text.prepareGeometryChange()
        self._text.widths = {}
        self._text.bounds = QRectF(span[0], 0, span[1] - span[0], max(self._lanes, 1))
        self._text.update()
        self.view.setLimits(xMin=span[0], xMax=span[1], minXRange=1, maxXRange=max(5 * 366, span[1] - span[0]))
        self.set_conflicts(conflicts)
        self._empty.setVisible(not bars)
        if not keep:
            if bars:
                first, last = self._x0.min(), self._x1.max()
                reach = (last - first) / 4
                if first - reach <= today <= last + reach:  # today's line in view when it's near
                    first, last = min(first, today), max(last, today + 1)
                margin = max(2.0, (last - first) * 0.03)
                self.view.setXRange(first - margin, last + margin, padding=0)
            else:
                self.view.setXRange(today - 90, today + 90, padding=0)
        self._fit_lanes(top=None if keep else 0.0)
        if self._selected not in self._index:
            self.select_assignment(None)
        else:
            self.select_assignment(self._selected, scroll=False)

    def set_conflicts(self, conflicts: Collection[str]) -> None:
        """Marks the bars of ``conflicts`` (other ids are ignored)."""
        self._conflicts = frozenset(c for c in conflicts if c in self._index)
        self._set_rects(self._marks, np.array(sorted(self._index[c] for c in self._conflicts), dtype=int))

    def _set_rects(self, graphic: Rects, which: np.ndarray) -> None:
        graphic.setOpts(x0=self._x0[which], x1=self._x1[which], y0=self._lane[which] + (1 - BAR) / 2,
                        height=np.full(len(which), BAR))

    # --- rows in view ------------------------------------------------------------------------

    def _fit(self) -> float:
        return max(self.view.height() / LANE_PX, 1.0)

    def _fit_lanes(self, top: float | None = None) -> None:
        """Keeps the y range as many lanes tall as fit, from ``top`` (default: where it is)."""
        fit = self._fit()
        bottom = max(float(self._lanes), fit)
        if top is None:
            top = self.view.viewRange()[1][0]
        top = min(max(top, 0.0), bottom - fit)
        self.view.setLimits(yMin=0, yMax=bottom, minYRange=fit, maxYRange=fit)
        self.view.setYRange(top, top + fit, padding=0)
        x = self.view.viewRange()[0]
        self._empty.setPos((x[0] + x[1]) / 2, top + fit / 2)
        self._sync_scroll()

    def _sync_scroll(self) -> None:
        fit, top = self._fit(), self.view.viewRange()[1][0]
        self.scroll.blockSignals(True)
        self.scroll.setRange(0, max(0, math.ceil(self._lanes - fit)))
        self.scroll.setPageStep(max(1, int(fit)))
        self.scroll.setValue(round(top))
        self.scroll.blockSignals(False)

    def _scrolled(self, value: int) -> None:
        fit = self._fit()
        self.view.setYRange(value, value + fit, padding=0)

    # --- the mouse ---------------------------------------------------------------------------

    def _bar_at(self, point) -> int | None:
        """The bar under a view point: its lane, and its days give or take 3 pixels."""
        if not self._ids:
            return None
        x, y = point.x(), point.y()
        lane = math.floor(y)
        if abs(y - lane - 0.5) > BAR / 2:
            return None
        slack = self.view.viewPixelSize()[0] * 3
        near = np.flatnonzero((self._lane == lane) & (self._x0 - slack <= x) & (x < self._x1 + slack))
        if not len(near):
            return None
        inside = near[(self._x0[near] <= x) & (x < self._x1[near])]
        return int(inside[0] if len(inside) else near[0])

    def _clicked(self, point) -> None:
        i = self._bar_at(point)
        if i is not None:
            self.assignment_clicked.emit(self._ids[i])

    def _hover(self, scene_pos) -> None:
        """The tooltip is an item in the chart rather than a QToolTip: it is placed off the
        cursor towards the middle, so it is never cut at the edges nor covers the bar's end."""
        i = None
        if self.view.sceneBoundingRect().contains(scene_pos):
            i = self._bar_at(self.view.mapSceneToView(scene_pos))
        hovered = None if i is None else self._ids[i]
        if hovered == self.hovered:
            return
        if i is None:
            self._hide_tip()
            return
        self.hovered = hovered
        self.plot.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        text = self._tooltips[i]
        if hovered in self._conflicts:
            text += "\n" + self.tr("In conflict: see the findings")
        self.tip.setText(text)
        box = self.view.sceneBoundingRect()
        right, low = scene_pos.x() > box.center().x(), scene_pos.y() > box.center().y()
        self.tip.setAnchor((1 if right else 0, 1 if low else 0))
        step_x, step_y = self.view.viewPixelSize()
        point = self.view.mapSceneToView(scene_pos)
        self.tip.setPos(point.x() + (-12 if right else 16) * step_x, point.y() + (-12 if low else 20) * step_y)
        self.tip.show()

    def _hide_tip(self) -> None:
        self.hovered = None
        self.tip.hide()
        self.plot.viewport().unsetCursor()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - the mouse left the plot
        if event.type() == QEvent.Type.Leave:
            self._hide_tip()
        return False

    # --- selection, export, state ------------------------------------------------------------

    def select_assignment(self, assignment_id: str | None, scroll: bool = True) -> None:
        """Outlines the bar of ``assignment_id`` (None or an id not shown: no outline) and, with
        ``scroll``, brings it into view: time recentred (or widened to fit it), rows scrolled."""
        i = self._index.get(assignment_id) if assignment_id is not None else None
        self._selected = assignment_id if i is not None else None
        if i is None:
            self._selection.hide()
            return
        x0, x1, lane = self._x0[i], self._x1[i], self._lane[i]
        self._selection.setRect(QRectF(x0, lane + (1 - BAR) / 2, x1 - x0, BAR))
        self._selection.show()
        if not scroll:
            return
        (left, right), (top, bottom) = self.view.viewRange()
        if x0 < left or x1 > right:
            span = right - left
            if x1 - x0 + 2 > span * 0.9:
                margin = max(1.0, (x1 - x0) * 0.1)
                self.view.setXRange(x0 - margin, x1 + margin, padding=0)
            else:
                middle = (x0 + x1) / 2
                self.view.setXRange(middle - span / 2, middle + span / 2, padding=0)
        if lane < top or lane + 1 > bottom:
            self._fit_lanes(top=lane + 0.5 - self._fit() / 2)

    def export_png(self, path: str | Path) -> bool:
        """Saves the chart as shown (visible range, row labels, date axis, legend) as PNG."""
        self._hide_tip()
        return self.plot.grab().save(str(path), "PNG")

    def bar_count(self) -> int:
        return len(self._ids)

    def conflict_ids(self) -> frozenset[str]:
        """The shown bars marked as conflicts."""
        return self._conflicts

    def selected_id(self) -> str | None:
        return self._selected

    def visible_range(self) -> tuple[date, date]:
        """The first and last day at least partly in view."""
        left, right = self.view.viewRange()[0]
        return x_day(left), x_day(math.ceil(right) - 1)

    def bar_rect(self, assignment_id: str) -> QRectF:
        """The bar's rectangle in view coordinates (days, lanes)."""
        i = self._index[assignment_id]
        return QRectF(self._x0[i], self._lane[i] + (1 - BAR) / 2, self._x1[i] - self._x0[i], BAR)
