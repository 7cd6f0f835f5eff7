"""How the customer map looks, wherever it is drawn: the colours of unit labels, bands, badges
and arrows, which style a pair of units' arrow takes, how thick it is and the curve it follows.
The screen (``ui/customer_map/map_items.py``) and the printed figure
(``desktop_app/reports/map_figure.py``) both read these, so the two never disagree. Colours are
hex strings or RGBA tuples (0-255): no Qt here.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from desktop_app.customer_map.graph import Box, MapEdge

__all__ = ["ARROW_RGBA", "ArrowCurve", "BADGE_FILL", "BAND_BORDER", "BAND_FILL", "BAND_TITLE", "COMMITTED", "DRAFT",
           "DRAFT_DASH", "HIGHLIGHT", "INACTIVE_COLOURS", "INACTIVE_TEXT", "KIND_COLOURS", "MISSING", "OTHER_COLOURS",
           "TEXT", "arrow_curve", "pair_style", "pen_width"]

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
TEXT, INACTIVE_TEXT = "#263238", "#9e9e9e"
BAND_FILL, BAND_BORDER, BAND_TITLE = "#f5f7f9", "#dfe4e8", "#37474f"
BADGE_FILL, HIGHLIGHT = "#5d6d7e", "#1e88e5"

COMMITTED, MISSING, DRAFT = "committed", "missing", "draft"

# slightly transparent, so where arrows cross or run together both stay visible
ARROW_RGBA = {
    COMMITTED: (46, 125, 50, 200),
    MISSING: (230, 124, 0, 230),
    DRAFT: (120, 120, 120, 210),
}
DRAFT_DASH = (4.0, 3.0)  # dash and gap of a draft-only arrow, in pen widths


def pair_style(edges: Sequence[MapEdge]) -> str:
    """``committed`` when every active relation has a commitment, ``missing`` when an active one
    lacks it, ``draft`` when none is active. Drafts beside active relations don't change the
    colour: they are not in force yet."""
    active = [e for e in edges if e.status == "active"]
    if not active:
        return DRAFT
    return COMMITTED if all(e.committed for e in active) else MISSING


def pen_width(count: int) -> float:
    """1.1 for one relation, growing with the logarithm so a busy pair doesn't hide its
    neighbours: 2.1 for 5, 2.6 for 10; at most 4."""
    return min(1.1 + 0.45 * math.log2(max(count, 1)), 4.0)


# --- the arrow of a pair of units ------------------------------------------------------------
# The screen (ui/customer_map/map_items.py) and the printed figure both draw this curve.

LOCAL_ARROW = 320.0  # scene units: shorter arrows are bent around the labels between their ends

Point = tuple[float, float]


@dataclass(frozen=True)
class ArrowCurve:
    """An arrow in the boxes' coordinates (y down): the quadratic curve ``start`` → ``end``
    with ``control`` point, and the arrowhead ``head`` (its tip on the customer's border, then
    its two base corners). The curve stops inside the head, so a wide flat pen never pokes out
    beside the tip."""

    start: Point
    control: Point
    end: Point
    head: tuple[Point, Point, Point]

    def points(self) -> tuple[Point, ...]:
        """Every point the arrow lies within the convex hull of."""
        return self.start, self.control, self.end, *self.head


def _crossing(at: Callable[[float], Point], inside: Callable[[float, float], bool], t_in: float, t_out: float) -> float:
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
    more when that curve would run under another label near by; to the right only if
    ``either_side``. Long arrows keep the small bend: they cross the map whatever their shape."""
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


def arrow_curve(a: Box, b: Box, head_length: float, obstacles: Sequence[Box] = (),
                either_side: bool = False) -> ArrowCurve:
    """A quadratic curve from box ``a`` to box ``b``, bent to the left of its direction, so the
    arrows a→b and b→a are two distinct curves; bent further to pass around ``obstacles`` (the
    other labels) when a is near b, and to the right if that helps and ``either_side`` (there
    is no arrow b→a). The boxes must not overlap."""
    (x0, y0), (x2, y2) = a.center, b.center
    dx, dy = x2 - x0, y2 - y0
    dist = math.hypot(dx, dy) or 1.0
    bend = _bend(a, b, obstacles, either_side)
    cx, cy = (x0 + x2) / 2 + dy / dist * bend, (y0 + y2) / 2 - dx / dist * bend

    def at(t: float) -> Point:
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
    head = (tip, (base[0] + uy * half, base[1] - ux * half), (base[0] - uy * half, base[1] + ux * half))
    # the curve is nearly straight over a head's length, so its speed there gives the parameter
    t_end = max(t0, t1 - head_length * 0.9 / norm)
    # the control point of the piece [t0, t_end] of the curve (its blossom)
    w0, w1, w2 = (1 - t0) * (1 - t_end), (1 - t0) * t_end + t0 * (1 - t_end), t0 * t_end
    control = (w0 * x0 + w1 * cx + w2 * x2, w0 * y0 + w1 * cy + w2 * y2)
    return ArrowCurve(at(t0), control, at(t_end), head)
