"""The overview charts (``desktop_app.overview``) as reportlab vector drawings for the handbook:
horizontal bars, one category per row (unit names are long), stacked where the chart says,
the same colours and value axis as the app.

Layout, top to bottom: the legend (wrapping to more lines when needed), the bars with the
category names on the left and each bar's value (a stacked bar's total) at its end, then the
value axis with its label. Names go through ``fonts.drawable`` (a glyph the font lacks prints
as □) and are shortened with "…" to fit the label column (at most ``LABEL_SHARE`` of the
width), so nothing is clipped. A chart is ``ROW`` points per category at full size: use
``chart_drawings`` to split a long one (60 stations) into drawings that each fit a page.

Texts are rendered with ``translate``, by default the Chinese catalogue: the handbook is
Chinese whatever the interface language. Raises FontMissingError without a Chinese font.
"""

from __future__ import annotations

import math
from dataclasses import replace

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop_app.i18n import Translate, msg, translator
from desktop_app.overview.chart_data import EMPTY, ChartData, render
from desktop_app.reports.fonts import cjk_font, drawable

__all__ = ["LABEL_SHARE", "ROW", "chart_drawing", "chart_drawings", "chart_height", "shorten"]

FONT_SIZE = 8.0
MIN_FONT_SIZE = 5.0
ROW = 15.0  # points per category at full size
LEGEND_ROW = 13.0
SWATCH = 8.0
AXIS = 26.0  # below the bars: tick labels and the axis label
PAD = 4.0
LABEL_SHARE = 0.38  # of the width, at most, for the category names
TEXT = colors.HexColor("#222222")
GRID = colors.HexColor("#DDDDDD")
AXIS_LINE = colors.HexColor("#555555")
ELLIPSIS = "…"


def _chinese() -> Translate:
    return translator("zh_CN")


def shorten(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with "…" so that it is at most ``width`` points wide in ``font``."""
    if stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)  # the longest prefix that fits with the ellipsis
    while low < high:
        mid = (low + high + 1) // 2
        if stringWidth(text[:mid] + ELLIPSIS, font, size) <= width:
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip() + ELLIPSIS if low else ELLIPSIS


def _legend_lines(chart: ChartData, width: float, translate: Translate, font: str) -> list[list[tuple]]:
    """The legend's entries (colour, text, width) laid out in lines no wider than ``width``."""
    lines: list[list[tuple]] = [[]]
    used = 0.0
    for s in chart.series:
        text = shorten(drawable(render(s.name, translate)), font, FONT_SIZE, width - SWATCH - 3)
        w = SWATCH + 3 + stringWidth(text, font, FONT_SIZE)
        if lines[-1] and used + w > width:
            lines.append([])
            used = 0.0
        lines[-1].append((s.color, text, w))
        used += w + 12
    return lines if lines[0] else []


def _frame_height(chart: ChartData, width: float, translate: Translate) -> float:
    """What a drawing needs besides its rows: the legend and the value axis."""
    return len(_legend_lines(chart, width, translate, cjk_font())) * LEGEND_ROW + PAD + AXIS


def chart_height(chart: ChartData, width: float, translate: Translate | None = None) -> float:
    """The height at full size (``ROW`` per category) of ``chart`` drawn ``width`` wide."""
    if chart.empty:
        return ROW
    return _frame_height(chart, width, translate or _chinese()) + len(chart.categories) * ROW


def chart_drawing(chart: ChartData, width: float, height: float | None = None,
                  translate: Translate | None = None) -> Drawing:
    """``chart`` as one Drawing (a Flowable) of ``width`` × ``height`` points; ``height``
    defaults to ``chart_height``. A smaller height squeezes the rows and their text (down to
    5 pt); split long charts with ``chart_drawings`` instead."""
    translate = translate or _chinese()
    font = cjk_font()
    height = chart_height(chart, width, translate) if height is None else height
    drawing = Drawing(width, height)
    top = height
    if chart.empty:
        drawing.add(String(width / 2, max(top - ROW, 0) + 4, render(msg(EMPTY), translate), fontName=font,
                           fontSize=FONT_SIZE, fillColor=TEXT, textAnchor="middle"))
        return drawing
    for line in _legend_lines(chart, width, translate, font):
        x = 0.0
        top -= LEGEND_ROW
        for color, text, w in line:
            drawing.add(Rect(x, top + 2, SWATCH, SWATCH, fillColor=colors.HexColor(color), strokeColor=None))
            drawing.add(String(x + SWATCH + 3, top + 2.5, text, fontName=font, fontSize=FONT_SIZE, fillColor=TEXT))
            x += w + 12
    _bars(drawing, chart, width, top - PAD, translate, font)
    return drawing


def _bars(drawing: Drawing, chart: ChartData, width: float, top: float, translate: Translate, font: str) -> None:
    n = len(chart.categories)
    rows = max(top - AXIS, 1.0)
    size = max(MIN_FONT_SIZE, min(FONT_SIZE, rows / n * 0.62))
    end, step = chart.axis()
    names = [drawable(render(c, translate)) for c in chart.categories]
    label_w = min(max(stringWidth(t, font, size) for t in names), width * LABEL_SHARE)
    value_w = stringWidth(chart.format(end), font, size) + 6
    plot_x, plot_w = label_w + 6, max(width - label_w - 6 - value_w, 10.0)

    bc = HorizontalBarChart()
    bc.x, bc.y, bc.width, bc.height = plot_x, top - rows, plot_w, rows
    # reportlab puts the first category at the bottom, and side by side bars the first series lowest
    series = chart.series if chart.stacked else tuple(reversed(chart.series))
    bc.data = [tuple(reversed(s.values)) for s in series]
    bc.strokeColor = None
    bc.categoryAxis.categoryNames = [shorten(t, font, size, label_w) for t in reversed(names)]
    bc.categoryAxis.style = "stacked" if chart.stacked else "parallel"
    bc.categoryAxis.labels.fontName, bc.categoryAxis.labels.fontSize = font, size
    bc.categoryAxis.labels.boxAnchor, bc.categoryAxis.labels.dx = "e", -3
    bc.categoryAxis.labels.fillColor = TEXT
    bc.categoryAxis.strokeColor = AXIS_LINE
    bc.categoryAxis.tickLeft = 0
    va = bc.valueAxis
    va.valueMin, va.valueMax, va.valueStep = 0, end, step
    va.labels.fontName, va.labels.fontSize, va.labels.fillColor = font, size, TEXT
    va.labelTextFormat = chart.format
    va.strokeColor = AXIS_LINE
    va.visibleGrid, va.gridStrokeColor, va.gridStrokeWidth = 1, GRID, 0.5
    bc.groupSpacing = 3 if chart.stacked else 4
    bc.barSpacing = 0.5
    for i, s in enumerate(series):
        bc.bars[i].fillColor = colors.HexColor(s.color)
        bc.bars[i].strokeColor = None
    if not chart.stacked:
        bc.barLabelFormat = chart.format
        bc.barLabels.fontName, bc.barLabels.fontSize = font, size * 0.9
        bc.barLabels.boxAnchor, bc.barLabels.dx = "w", 2
    drawing.add(bc)
    if chart.stacked:
        band = rows / n
        for i, total in enumerate(chart.totals()):
            x = plot_x + plot_w * min(total / end, 1.0) + 2
            y = top - (i + 0.5) * band - size * 0.35
            drawing.add(String(x, y, chart.format(total), fontName=font, fontSize=size, fillColor=TEXT))
    axis_label = drawable(render(chart.value_label, translate))
    drawing.add(String(plot_x + plot_w / 2, bc.y - AXIS + 3, shorten(axis_label, font, size, plot_w),
                       fontName=font, fontSize=size, fillColor=TEXT, textAnchor="middle"))


def chart_drawings(chart: ChartData, width: float, max_height: float,
                   translate: Translate | None = None) -> list[Drawing]:
    """``chart`` at full size in as few drawings as keep each within ``max_height`` (e.g. the
    frame's height less a caption), the categories shared out evenly and in order. Every part
    has the legend and the same value axis (the whole chart's), so parts compare."""
    translate = translate or _chinese()
    fixed = _frame_height(chart, width, translate)
    per_part = max(int((max_height - fixed) // ROW), 1)
    n = len(chart.categories)
    if n <= per_part:
        return [chart_drawing(chart, width, translate=translate)]
    parts = math.ceil(n / per_part)
    size = math.ceil(n / parts)
    whole = replace(chart, maximum=chart.axis()[0])
    out = []
    for first in range(0, n, size):
        last = min(first + size, n)
        part = replace(whole, categories=whole.categories[first:last],
                       series=tuple(replace(s, values=s.values[first:last]) for s in whole.series),
                       keys=whole.keys[first:last] if whole.keys else ())
        out.append(chart_drawing(part, width, translate=translate))
    return out
