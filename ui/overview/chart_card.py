"""One overview chart as a card: its title, a "Save as PNG…" button, how to read it, and the
bars (pyqtgraph), one row per category at a fixed height, so the card grows with its rows and
the page scrolls.

Horizontal bars: unit names are long and many. A stacked chart draws each series from where
the one before ended; otherwise the series sit side by side within the row. Each bar's value
(a stacked bar's total) is written at its end, so a saved PNG carries the numbers. Hovering a
row highlights it and shows its name and every series' value as a tooltip. The card draws
what it is given and reads nothing.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import (
    QFrame, QGraphicsRectItem, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QToolTip, QVBoxLayout, QWidget,
)

from desktop_app.i18n import msg
from desktop_app.overview import EMPTY, ChartData, render
from ui.context import tr_core
from ui.legend_sample import BarSample
from ui.overview.chart_items import CategoryAxis, FixedViewBox, ValueAxis

ROW_PX = 26  # every category row is this tall on screen
BAR = 0.64  # a bar's thickness, in rows
FRAME_PX = 78  # the legend and the value axis around the rows
HOVER = QColor(0, 0, 0, 18)
TEXT = "#222222"
GRID = "#E2E2E2"


class ChartCard(QFrame):
    """Shows one ``ChartData``; ``save_requested`` when its button is pressed."""

    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555555")
        self.save_button = QPushButton(self.tr("Save as PNG…"), self)
        self.save_button.clicked.connect(self.save_requested)
        self.empty_label = QLabel(render(msg(EMPTY), tr_core), self)
        self.empty_label.setStyleSheet("color: #666666")

        self.view = FixedViewBox()
        self.axis = CategoryAxis()
        self.plot = pg.PlotWidget(self, background="w", viewBox=self.view,
                                  axisItems={"left": self.axis, "bottom": ValueAxis("bottom")})
        self.plot.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        item = self.plot.getPlotItem()
        item.hideButtons()
        item.setMenuEnabled(False)
        for name in ("left", "bottom"):
            item.getAxis(name).setPen(pg.mkPen("#555555"))
            item.getAxis(name).setTextPen(pg.mkPen(TEXT))
        # the axis' own grid would clip its labels to the plot, and the 0 at the corner with them
        item.getAxis("bottom").setStyle(hideOverlappingLabels=False)
        item.layout.removeItem(item.titleLabel)
        item.titleLabel.hide()
        self.band = QGraphicsRectItem()
        self.band.setBrush(HOVER)
        self.band.setPen(pg.mkPen(None))
        self.band.setZValue(-5)
        self.band.hide()
        self.view.addItem(self.band, ignoreBounds=True)
        self.grid: list[pg.InfiniteLine] = []
        self.bars: list[pg.BarGraphItem] = []
        self.value_labels: list[pg.TextItem] = []
        self.legend: pg.LegendItem | None = None
        self.chart: ChartData | None = None
        self.hovered: int | None = None  # the category row under the mouse, for tests
        self.plot.scene().sigMouseMoved.connect(self._hover)
        self.plot.viewport().installEventFilter(self)

        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.note)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.plot)

    # --- showing -----------------------------------------------------------------------------

    def show_chart(self, chart: ChartData) -> None:
        self.chart = chart
        self.hovered = None
        self.band.hide()
        self.title.setText(render(chart.title, tr_core))
        self.note.setText(render(chart.note, tr_core) if chart.note else "")
        self.note.setVisible(chart.note is not None)
        self.empty_label.setVisible(chart.empty)
        self.plot.setVisible(not chart.empty)
        self.save_button.setEnabled(not chart.empty)
        for graphic in [*self.grid, *self.bars, *self.value_labels]:
            self.view.removeItem(graphic)
        self.grid, self.bars, self.value_labels = [], [], []
        self._set_legend(chart)
        n = len(chart.categories)
        self.axis.set_labels([render(c, tr_core) for c in chart.categories])
        end, step = chart.axis()
        bottom = self.plot.getPlotItem().getAxis("bottom")
        bottom.setTickSpacing(step, step)
        bottom.setLabel(render(chart.value_label, tr_core))
        for i in range(1, round(end / step) + 1):
            line = pg.InfiniteLine(pos=i * step, angle=90, pen=pg.mkPen(GRID), movable=False)
            line.setZValue(-10)
            self.view.addItem(line, ignoreBounds=True)
            self.grid.append(line)
        for x0, y, width, height, series in self._rects(chart):
            bar = pg.BarGraphItem(x0=x0, y=y, width=width, height=height, brush=series.color,
                                  pen=pg.mkPen(QColor(series.color).darker(130)))
            self.view.addItem(bar)
            self.bars.append(bar)
        for x, y, text in self._labels(chart):
            label = pg.TextItem(text, color=TEXT, anchor=(0, 0.5))
            label.setPos(x, y)
            self.view.addItem(label, ignoreBounds=True)
            self.value_labels.append(label)
        self.view.setRange(xRange=(0, end * 1.08), yRange=(-0.5, max(n, 1) - 0.5), padding=0)
        self.plot.setFixedHeight(max(n, 1) * ROW_PX + FRAME_PX)

    def _rects(self, chart: ChartData):
        """Per series: (x0, y, width, height, series) as arrays over the categories."""
        rows = np.arange(len(chart.categories), dtype=float)
        start = np.zeros(len(rows))
        k = len(chart.series)
        for j, series in enumerate(chart.series):
            values = np.array(series.values, dtype=float)
            if chart.stacked:
                yield start.copy(), rows, values, np.full(len(rows), BAR), series
                start += values
            else:  # side by side: the first series on top, as the legend lists them
                thick = BAR / k
                yield start, rows - BAR / 2 + (j + 0.5) * thick, values, np.full(len(rows), thick * 0.92), series

    def _labels(self, chart: ChartData):
        """(x, y, text) of the value written after each bar."""
        if chart.stacked:
            for i, total in enumerate(chart.totals()):
                yield total, float(i), " " + chart.format(total)
            return
        k = len(chart.series)
        for j, series in enumerate(chart.series):
            for i, value in enumerate(series.values):
                yield value, i - BAR / 2 + (j + 0.5) * BAR / k, " " + chart.format(value)

    def _set_legend(self, chart: ChartData) -> None:
        item = self.plot.getPlotItem()
        if self.legend is not None:
            item.layout.removeItem(self.legend)
            if self.legend.scene() is not None:
                self.legend.scene().removeItem(self.legend)
        legend = pg.LegendItem(colCount=max(len(chart.series), 1), sampleType=BarSample, labelTextColor=TEXT,
                               labelTextSize="9pt", horSpacing=6)
        for series in chart.series:
            legend.addItem(pg.BarGraphItem(x=[0], height=[0], width=1, brush=series.color,
                                           pen=pg.mkPen(QColor(series.color).darker(130))),
                           render(series.name, tr_core))
        for column in range(1, 2 * len(chart.series), 2):  # room after each label
            legend.layout.setColumnSpacing(column, 16)
        legend.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        item.layout.addItem(legend, 0, 1)
        item.layout.setAlignment(legend, Qt.AlignmentFlag.AlignLeft)
        self.legend = legend

    # --- the mouse ---------------------------------------------------------------------------

    def row_at(self, scene_pos: QPointF) -> int | None:
        """The category row under a scene point inside the bars' area."""
        if self.chart is None or self.chart.empty or not self.view.sceneBoundingRect().contains(scene_pos):
            return None
        row = round(self.view.mapSceneToView(scene_pos).y())
        return row if 0 <= row < len(self.chart.categories) else None

    def tip_text(self, row: int) -> str:
        """The tooltip of a row: the name whole, each series' value, a stacked bar's total."""
        chart = self.chart
        lines = [render(chart.categories[row], tr_core)]
        lines += [f"{render(s.name, tr_core)}: {chart.format(s.values[row])}" for s in chart.series]
        if chart.stacked and len(chart.series) > 1:
            lines.append(self.tr("Total: %1").replace("%1", chart.format(chart.totals()[row])))
        return "\n".join(lines)

    def _hover(self, scene_pos: QPointF) -> None:
        row = self.row_at(scene_pos)
        if row == self.hovered:
            return
        self.hovered = row
        if row is None:
            self.band.hide()
            QToolTip.hideText()
            return
        (left, right), _ = self.view.viewRange()
        self.band.setRect(QRectF(left, row - 0.5, right - left, 1.0))
        self.band.show()
        # the tip stays while the mouse is on this row; a new row shows its own
        corners = (self.view.mapViewToScene(QPointF(left, row - 0.5)),
                   self.view.mapViewToScene(QPointF(right, row + 0.5)))
        area = QRect(*(self.plot.mapFromScene(c) for c in corners)).normalized()
        at = self.plot.mapFromScene(scene_pos)
        QToolTip.showText(self.plot.mapToGlobal(at + QPoint(14, 10)), self.tip_text(row), self.plot, area)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - the mouse left the plot
        if event.type() == QEvent.Type.Leave:
            self.hovered = None
            self.band.hide()
        return False

    # --- export ------------------------------------------------------------------------------

    def export_png(self, path: str | Path) -> bool:
        """Saves the chart as shown (title and note above the bars, legend, axis) as PNG."""
        self.band.hide()
        self.hovered = None
        bars = self.plot.grab()
        ratio = bars.devicePixelRatio()
        width = bars.width() / ratio
        title_font = QFont(self.title.font())
        note_font = QFont(self.note.font())
        margin = 10
        title = self.title.text()
        note = self.note.text() if self.chart is not None and self.chart.note is not None else ""
        flags = Qt.TextFlag.TextWordWrap
        title_box = QFontMetrics(title_font).boundingRect(QRect(0, 0, int(width) - 2 * margin, 10_000), flags, title)
        note_box = (QFontMetrics(note_font).boundingRect(QRect(0, 0, int(width) - 2 * margin, 10_000), flags, note)
                    if note else QRect())
        head = margin + title_box.height() + (note_box.height() + 4 if note else 0) + margin // 2
        image = QImage(bars.width(), bars.height() + round(head * ratio), QImage.Format.Format_ARGB32)
        image.setDevicePixelRatio(ratio)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setPen(QColor(TEXT))
        painter.setFont(title_font)
        painter.drawText(QRectF(margin, margin, width - 2 * margin, title_box.height()), flags, title)
        if note:
            painter.setFont(note_font)
            painter.setPen(QColor("#555555"))
            painter.drawText(QRectF(margin, margin + title_box.height() + 4, width - 2 * margin, note_box.height()),
                             flags, note)
        painter.drawPixmap(QPointF(0, head), bars)
        painter.end()
        return image.save(str(path), "PNG")

    # --- inspection (tests) ------------------------------------------------------------------

    def bar_widths(self) -> list[list[float]]:
        """Per series, each category's bar length as drawn."""
        return [list(np.asarray(bar.opts["width"], dtype=float)) for bar in self.bars]

    def bar_starts(self) -> list[list[float]]:
        return [list(np.asarray(bar.opts["x0"], dtype=float)) for bar in self.bars]

    def row_scene_pos(self, row: int, value: float = 0.5) -> QPointF:
        """The scene point at ``value`` along row ``row`` (for hovering in tests)."""
        return self.view.mapViewToScene(QPointF(value, row))
