"""What the customer map is drawn with: the colours, the arrow of a pair of units (a quadratic
curve, its arrowhead and its hit area), and the items of the scene (unit labels, internal
relation badges, line bands, the legend). Items hold no strings of their own: ``MapScene``
translates them. Every item paints itself on each call (no pixmap cache), so
``QGraphicsScene.render`` exports exactly what is on screen.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem

from desktop_app.customer_map.graph import Box, MapEdge, MapNode

__all__ = ["ArrowGeometry", "ArrowItem", "BadgeItem", "BandItem", "LegendItem", "NodeItem", "arrow_geometry",
           "arrow_pen", "pair_style", "pen_width"]

HIT_SLOP = 4.0  # scene units on each side of an arrow that still select it
LOCAL_ARROW = 320.0  # scene units: shorter arrows are bent around the labels between their ends
Z_BAND, Z_ARROW, Z_ARROW_HIGHLIGHTED, Z_NODE, Z_LEGEND = 0.0, 1.0, 2.0, 3.0, 3.0

# (fill, border); muted tones that stay apart when printed in colour and in greys
KIND_COLOURS = {
    "department": ("#dce7f2", "#6d8fb0"),
    "station": ("#f3ead4", "#b39a5e"),
    "line": ("#dcecea", "#5e9590"),
    "team": ("#ebe5f1", "#8d7ba6"),
    "company": ("#ececec", "#8a8a8a"),
}
OTHER_COLOURS = KIND_COLOURS["company"]  # a kind added later still draws
INACTIVE_COLOURS = ("#f5f5f5", "#bdbdbd")
TEXT, INACTIVE_TEXT = QColor("#263238"), QColor("#9e9e9e")
BAND_FILL, BAND_BORDER, BAND_TITLE = QColor("#f5f7f9"), QColor("#dfe4e8"), QColor("#37474f")
BADGE_FILL, HIGHLIGHT = QColor("#5d6d7e"), QColor("#1e88e5")

COMMITTED, MISSING, DRAFT = "committed", "missing", "draft"


def pair_style(edges: Sequence[MapEdge]) -> str:
    """``committed`` when every active relation has a commitment, ``missing`` when an active one
    lacks it, ``draft`` when none is active. Drafts beside active relations don't change the
    colour: they are not in force yet."""
    active = [e for e in edges if e.status == "active"]
    if not active:
        return DRAFT
    return COMMITTED if all(e.committed for e in active) else MISSING


# slightly transparent, so where arrows cross or run together both stay visible
ARROW_COLOURS = {
    COMMITTED: QColor(46, 125, 50, 200),
    MISSING: QColor(230, 124, 0, 230),
    DRAFT: QColor(120, 120, 120, 210),
}


def arrow_pen(style: str, width: float) -> QPen:
    """Solid green (committed), solid orange (missing), dashed grey (draft)."""
    pen = QPen(ARROW_COLOURS[style], width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap, Qt.PenJoinStyle.RoundJoin)
    if style == DRAFT:
        pen.setDashPattern([4.0, 3.0])  # in pen widths
    return pen


def pen_width(count: int) -> float:
    """1.1 for one relation, growing with the logarithm so a busy pair doesn't hide its
    neighbours: 2.1 for 5, 2.6 for 10; at most 4."""
    return min(1.1 + 0.45 * math.log2(max(count, 1)), 4.0)


# --- arrow geometry (plain floats: this runs for every pair on every reload) -------------------

@dataclass(frozen=True)
class ArrowGeometry:
    curve: QPainterPath  # from the provider's border to the arrowhead's base
    head: QPolygonF  # its tip on the customer's border
    middle: QPointF  # a point on the curve


def _crossing(at: Callable[[float], tuple[float, float]], inside: Callable[[float, float], bool],
              t_in: float, t_out: float) -> float:
    """The parameter where the curve leaves ``inside``, between ``t_in`` (inside) and ``t_out``."""
    for _ in range(12):  # to 1/4096 of the curve: well under a pixel
        mid = (t_in + t_out) / 2
        if inside(*at(mid)):
            t_in = mid
        else:
            t_out = mid
    return t_out


def _in_box(box: Box, margin: float) -> Callable[[float, float], bool]:
    return lambda x, y: (box.x - margin <= x <= box.x + box.width + margin
                         and box.y - margin <= y <= box.y + box.height + margin)


def _bend(a: Box, b: Box, obstacles: Sequence[Box], either_side: bool) -> float:
    """How far the control point lies left of the line a→b (right when negative): a little, or
    more when that curve would run under another label near by (an arrow from a label's edge
    looks like its own); to the right only if ``either_side``. Long arrows keep the small
    bend: they cross the map whatever their shape."""
    (x0, y0), (x2, y2) = a.center, b.center
    dx, dy = x2 - x0, y2 - y0
    dist = math.hypot(dx, dy) or 1.0
    base = min(max(dist * 0.18, 16.0), 90.0)
    if dist > LOCAL_ARROW:
        return base
    sizes = (base, 2 * base + 30, 3 * base + 80, 4 * base + 150)
    candidates = [bend for size in sizes for bend in ((size, -size) if either_side else (size,))]
    reach = sizes[-1] / 2 + 4  # the curve stays within half its bend of the line
    near = [(o.x - 3, o.y - 3, o.x + o.width + 3, o.y + o.height + 3) for o in obstacles
            if o is not a and o is not b
            and min(x0, x2) - reach < o.x + o.width and o.x < max(x0, x2) + reach
            and min(y0, y2) - reach < o.y + o.height and o.y < max(y0, y2) + reach]
    if not near:
        return base
    fewest = (len(near) + 1, base)  # on a tie the earlier, gentler bend
    for bend in candidates:
        cx, cy = (x0 + x2) / 2 + dy / dist * bend, (y0 + y2) / 2 - dx / dist * bend
        hull = (min(x0, x2, cx), min(y0, y2, cy), max(x0, x2, cx), max(y0, y2, cy))  # holds the curve
        boxes = [n for n in near if n[0] < hull[2] and hull[0] < n[2] and n[1] < hull[3] and hull[1] < n[3]]
        steps = max(6, int((dist + abs(bend)) / 18))  # samples closer than a label is high: none is skipped
        points = [((1 - t) ** 2 * x0 + 2 * (1 - t) * t * cx + t * t * x2,
                   (1 - t) ** 2 * y0 + 2 * (1 - t) * t * cy + t * t * y2) for t in (i / steps for i in range(1, steps))]
        hits = 0
        for left, top, right, bottom in boxes:
            if any(left <= x <= right and top <= y <= bottom for x, y in points):
                hits += 1
                if hits >= fewest[0]:
                    break
        if hits == 0:
            return bend
        if hits < fewest[0]:
            fewest = (hits, bend)
    return fewest[1]


def arrow_geometry(a: Box, b: Box, head_length: float, obstacles: Sequence[Box] = (),
                   either_side: bool = False) -> ArrowGeometry:
    """A quadratic curve from box ``a`` to box ``b``, bent to the left of its direction, so the
    arrows a→b and b→a are two distinct curves; bent further to pass around ``obstacles`` (the
    other labels) when a is near b, and to the right if that helps and ``either_side`` (there
    is no arrow b→a). The boxes must not overlap."""
    (x0, y0), (x2, y2) = a.center, b.center
    dx, dy = x2 - x0, y2 - y0
    dist = math.hypot(dx, dy) or 1.0
    bend = _bend(a, b, obstacles, either_side)
    cx, cy = (x0 + x2) / 2 + dy / dist * bend, (y0 + y2) / 2 - dx / dist * bend

    def at(t: float) -> tuple[float, float]:
        u = 1 - t
        return u * u * x0 + 2 * u * t * cx + t * t * x2, u * u * y0 + 2 * u * t * cy + t * t * y2

    t0 = _crossing(at, _in_box(a, 2.0), 0.0, 1.0)
    t1 = _crossing(at, _in_box(b, 0.5), 1.0, t0)
    tip = at(t1)
    tx, ty = 2 * (1 - t1) * (cx - x0) + 2 * t1 * (x2 - cx), 2 * (1 - t1) * (cy - y0) + 2 * t1 * (y2 - cy)
    norm = math.hypot(tx, ty) or 1.0
    ux, uy = tx / norm, ty / norm
    base = (tip[0] - ux * head_length, tip[1] - uy * head_length)
    half = head_length * 0.42
    head = QPolygonF([QPointF(*tip), QPointF(base[0] + uy * half, base[1] - ux * half),
                      QPointF(base[0] - uy * half, base[1] + ux * half)])
    # the stroke ends inside the head, so a wide flat pen never pokes out beside the tip; the
    # curve is nearly straight over a head's length, so its speed there gives the parameter
    t_end = max(t0, t1 - head_length * 0.9 / norm)
    # the control point of the piece [t0, t_end] of the curve (its blossom)
    w0, w1, w2 = (1 - t0) * (1 - t_end), (1 - t0) * t_end + t0 * (1 - t_end), t0 * t_end
    qx, qy = w0 * x0 + w1 * cx + w2 * x2, w0 * y0 + w1 * cy + w2 * y2
    curve = QPainterPath(QPointF(*at(t0)))
    curve.quadTo(qx, qy, *at(t_end))
    return ArrowGeometry(curve, head, QPointF(*at((t0 + t_end) / 2)))


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
