"""What the customer map is drawn with: the colours, the arrow of a pair of units (a quadratic
curve, its arrowhead and its hit area), and the items of the scene (unit labels, internal
relation badges, line bands, the legend). Items hold no strings of their own: ``MapScene``
translates them. Every item paints itself on each call (no pixmap cache), so
``QGraphicsScene.render`` exports exactly what is on screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem

from desktop_app.customer_map import map_style
from desktop_app.customer_map.graph import Box, MapNode
from desktop_app.customer_map.map_style import (
    ARROW_RGBA, COMMITTED, DRAFT, DRAFT_DASH, INACTIVE_COLOURS, KIND_COLOURS, MISSING, OTHER_COLOURS, arrow_curve,
    pair_style, pen_width,
)

__all__ = ["COMMITTED", "DRAFT", "MISSING", "ArrowGeometry", "ArrowItem", "BadgeItem", "BandItem", "LegendItem",
           "NodeItem", "arrow_geometry", "arrow_pen", "pair_style", "pen_width"]

HIT_SLOP = 4.0  # scene units on each side of an arrow that still select it
Z_BAND, Z_ARROW, Z_ARROW_HIGHLIGHTED, Z_NODE, Z_LEGEND = 0.0, 1.0, 2.0, 3.0, 3.0

# the colours are the core's, shared with the printed figure (desktop_app/reports/map_figure.py)
TEXT, INACTIVE_TEXT = QColor(map_style.TEXT), QColor(map_style.INACTIVE_TEXT)
BAND_FILL, BAND_BORDER = QColor(map_style.BAND_FILL), QColor(map_style.BAND_BORDER)
BAND_TITLE = QColor(map_style.BAND_TITLE)
BADGE_FILL, HIGHLIGHT = QColor(map_style.BADGE_FILL), QColor(map_style.HIGHLIGHT)
ARROW_COLOURS = {style: QColor(*rgba) for style, rgba in ARROW_RGBA.items()}


def arrow_pen(style: str, width: float) -> QPen:
    """Solid green (committed), solid orange (missing), dashed grey (draft)."""
    pen = QPen(ARROW_COLOURS[style], width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap, Qt.PenJoinStyle.RoundJoin)
    if style == DRAFT:
        pen.setDashPattern(list(DRAFT_DASH))  # in pen widths
    return pen


# --- arrow geometry (plain floats: this runs for every pair on every reload) -------------------

@dataclass(frozen=True)
class ArrowGeometry:
    curve: QPainterPath  # from the provider's border to the arrowhead's base
    head: QPolygonF  # its tip on the customer's border
    middle: QPointF  # a point on the curve


def arrow_geometry(a: Box, b: Box, head_length: float, obstacles: Sequence[Box] = (),
                   either_side: bool = False) -> ArrowGeometry:
    """The core's arrow curve (``map_style.arrow_curve``, which the printed map draws too) in
    Qt's types."""
    arrow = arrow_curve(a, b, head_length, obstacles, either_side)
    curve = QPainterPath(QPointF(*arrow.start))
    curve.quadTo(*arrow.control, *arrow.end)
    (x0, y0), (qx, qy), (x2, y2) = arrow.start, arrow.control, arrow.end
    middle = QPointF(0.25 * x0 + 0.5 * qx + 0.25 * x2, 0.25 * y0 + 0.5 * qy + 0.25 * y2)
    return ArrowGeometry(curve, QPolygonF([QPointF(*p) for p in arrow.head]), middle)


# --- items ---------------------------------------------------------------------------------

class ArrowItem(QGraphicsItem):
    """The arrow of one ordered pair of units. ``relation_ids`` follow the graph's edge order;
    ``style`` is one of committed / missing / draft. Its shape is the curve widened by
    ``HIT_SLOP`` on each side, so a click near it selects it."""

    def __init__(self, geometry: ArrowGeometry, style: str, relation_ids: Sequence[str], tooltip: str) -> None:
        super().__init__()
        self.geometry = geometry
        self.style = style
        self.relation_ids = tuple(relation_ids)
        self.width = pen_width(len(relation_ids))
        self.highlighted = False
        self._shape: QPainterPath | None = None  # built on the first hit test, not for every arrow
        margin = self.width / 2 + 5
        self._bounds = geometry.curve.controlPointRect().united(geometry.head.boundingRect()) \
            .adjusted(-margin, -margin, margin, margin)
        self.setZValue(Z_ARROW)
        self.setToolTip(tooltip)

    def pen(self) -> QPen:
        return arrow_pen(self.style, self.width)

    def set_highlighted(self, on: bool) -> None:
        if on != self.highlighted:
            self.highlighted = on
            self.setZValue(Z_ARROW_HIGHLIGHTED if on else Z_ARROW)
            self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        if self._shape is None:
            stroker = QPainterPathStroker()
            stroker.setWidth(self.width + 2 * HIT_SLOP)
            head = QPainterPath()
            head.addPolygon(self.geometry.head)
            self._shape = stroker.createStroke(self.geometry.curve).united(head)
        return self._shape

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if self.highlighted:  # a halo keeps the arrow's own colour and dashes readable
            halo = QColor(HIGHLIGHT)
            halo.setAlpha(110)
            painter.setPen(QPen(halo, self.width + 7, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                                Qt.PenJoinStyle.RoundJoin))
            painter.setBrush(halo)
            painter.drawPath(self.geometry.curve)
            painter.drawPolygon(self.geometry.head)
        pen = self.pen()
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self.geometry.curve)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(pen.color())
        painter.drawPolygon(self.geometry.head)


class NodeItem(QGraphicsItem):
    """A unit's label: a rounded box in its kind's colours (grey when inactive) with the name
    centred in ``text_rect`` (the box less its badge, if any)."""

    def __init__(self, node: MapNode, rect: QRectF, text_rect: QRectF, font: QFont, tooltip: str) -> None:
        super().__init__()
        self.node = node
        self.rect = rect
        self._font = font
        self._text_rect = text_rect
        self.setZValue(Z_NODE)
        self.setToolTip(tooltip)

    def boundingRect(self) -> QRectF:
        return self.rect.adjusted(-1, -1, 1, 1)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        fill, border = (KIND_COLOURS.get(self.node.kind, OTHER_COLOURS) if self.node.active
                        else INACTIVE_COLOURS)
        pen = QPen(QColor(border), 1.2)
        if not self.node.active:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(QColor(fill))
        painter.drawRoundedRect(self.rect, 6, 6)
        painter.setFont(self._font)
        painter.setPen(TEXT if self.node.active else INACTIVE_TEXT)
        painter.drawText(self._text_rect, Qt.AlignmentFlag.AlignCenter, self.node.name)


class BadgeItem(QGraphicsItem):
    """The count of a unit's internal relations, inside the right end of its label (a child of
    its ``NodeItem``, so it lies above it). ``relation_ids`` are those relations."""

    def __init__(self, rect: QRectF, text: str, font: QFont, relation_ids: Sequence[str], tooltip: str,
                 parent: NodeItem) -> None:
        super().__init__(parent)
        self.rect = rect
        self.text = text
        self._font = font
        self.relation_ids = tuple(relation_ids)
        self.highlighted = False
        self.setToolTip(tooltip)

    def set_highlighted(self, on: bool) -> None:
        if on != self.highlighted:
            self.highlighted = on
            self.update()

    def boundingRect(self) -> QRectF:
        return self.rect.adjusted(-2, -2, 2, 2)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setPen(QPen(HIGHLIGHT, 2.5) if self.highlighted else Qt.PenStyle.NoPen)
        painter.setBrush(BADGE_FILL)
        radius = self.rect.height() / 2
        painter.drawRoundedRect(self.rect, radius, radius)
        painter.setFont(self._font)
        painter.setPen(QColor("white"))
        painter.drawText(self.rect, Qt.AlignmentFlag.AlignCenter, self.text)


class BandItem(QGraphicsItem):
    """A business line's band: a light rounded background with the line's name on top."""

    def __init__(self, rect: QRectF, title_rect: QRectF, title: str, font: QFont) -> None:
        super().__init__()
        self.rect = rect
        self._title_rect = title_rect
        self.title = title
        self._font = font
        self.setZValue(Z_BAND)

    def boundingRect(self) -> QRectF:
        return self.rect.adjusted(-1, -1, 1, 1)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setPen(QPen(BAND_BORDER, 1))
        painter.setBrush(BAND_FILL)
        painter.drawRoundedRect(self.rect, 8, 8)
        painter.setFont(self._font)
        painter.setPen(BAND_TITLE)
        painter.drawText(self._title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.title)


class LegendItem(QGraphicsItem):
    """The key, in rows no wider than ``max_width``: ``entries`` are (key, text), the key one
    of the arrow styles, "badge", "inactive" or "kind:<unit kind>"."""

    SAMPLE, SPACE, ROW = 30.0, 6.0, 22.0

    def __init__(self, entries: Sequence[tuple[str, str]], font: QFont, max_width: float) -> None:
        super().__init__()
        self._font = font
        metrics = QFontMetricsF(font)
        self._placed: list[tuple[str, str, QPointF]] = []
        x = y = width = 0.0
        for key, text in entries:
            size = self.SAMPLE + self.SPACE + metrics.horizontalAdvance(text)
            if x and x + size > max_width:
                x, y = 0.0, y + self.ROW
            self._placed.append((key, text, QPointF(x, y)))
            x += size + 3 * self.SPACE
            width = max(width, x)
        self._bounds = QRectF(-2, -2, width + 4, y + self.ROW + 4)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setFont(self._font)
        for key, text, at in self._placed:
            mid = at.y() + self.ROW / 2
            sample = QRectF(at.x(), mid - 8, self.SAMPLE, 16)
            if key in ARROW_COLOURS:
                pen = arrow_pen(key, 2.0)
                painter.setPen(pen)
                painter.drawLine(QPointF(sample.left(), mid), QPointF(sample.right() - 7, mid))
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(pen.color())
                painter.drawPolygon(QPolygonF([QPointF(sample.right(), mid), QPointF(sample.right() - 9, mid - 4),
                                               QPointF(sample.right() - 9, mid + 4)]))
            elif key == "badge":
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(BADGE_FILL)
                painter.drawRoundedRect(sample.adjusted(4, 3, -4, -3), 5, 5)
            else:
                fill, border = INACTIVE_COLOURS if key == "inactive" else KIND_COLOURS[key.removeprefix("kind:")]
                pen = QPen(QColor(border), 1.2, Qt.PenStyle.DashLine if key == "inactive" else Qt.PenStyle.SolidLine)
                painter.setPen(pen)
                painter.setBrush(QColor(fill))
                painter.drawRoundedRect(sample.adjusted(2, 1, -2, -1), 4, 4)
            painter.setPen(TEXT)
            painter.drawText(QRectF(sample.right() + self.SPACE, at.y(), 1000, self.ROW),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
