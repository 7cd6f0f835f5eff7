"""The customer map as reportlab vector graphics, drawn as the app draws it
(``ui/customer_map/map_scene.py``): a light band per business line, a rounded label per unit in
its kind's colours, one curved arrow per provider → customer pair (green: every active relation
has a commitment; orange: one lacks it; dashed grey: drafts only), the count of a unit's
internal relations as a badge on its label (and, in a line's figure without its partners, the
count of its relations with other lines as an outlined badge), and the legend, here under the
map. Badges print at the names' size (the app's are smaller), so no text is smaller than a name.

The map is laid out by ``layout_map`` in the app's scene units (its 12-unit font, label height,
gaps and arrow curves), then scaled as a whole to the page, so the printed figure is the screen
map made smaller. Names are printed literally (reportlab's ``String`` reads no markup), cleaned
by ``fonts.drawable`` and shortened with "…" to ``MAX_LABEL_WIDTH``, so no text leaves its box.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Path, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth

from desktop_app.customer_map import map_style as style
from desktop_app.customer_map.graph import MapEdge, MapGraph, MapLayout, layout_map
from desktop_app.customer_map.map_style import ArrowCurve, arrow_curve, pair_style, pen_width
from desktop_app.customer_map.vocabulary import LEGEND_LABELS
from desktop_app.i18n import translator
from desktop_app.org.vocabulary import UNIT_KIND_LABELS
from desktop_app.reports.fonts import cjk_font, drawable

__all__ = ["FONT_SIZE", "LEGEND_SIZE", "MAX_LABEL_WIDTH", "MapPlan", "draw_map", "fit_text", "legend_height",
           "measure", "plan_map"]

FONT_SIZE = 12.0  # scene units: the app's default font (9 pt at 96 dpi)
SMALL_SIZE = FONT_SIZE  # the badges' (the app: 0.85 of it): no printed text is smaller than a name
LABEL_HEIGHT, PADDING, GAP, GROUP_GAP = 28.0, 10.0, 28.0, 72.0  # as MapScene: room for arrowheads
BADGE_GAP, BAND_MARGIN, BAND_TOP = 6.0, 12.0, 8.0
MAX_LABEL_WIDTH = 16 * FONT_SIZE  # a longer name is shortened with "…" (the app shows it whole)
ELLIPSIS = "…"
LEGEND_SIZE, LEGEND_ROW, LEGEND_SAMPLE, LEGEND_GAP = 7.5, 12.0, 22.0, 8.0  # points, whatever the scale
NO_RELATIONS = "暂无服务关系"
EXTERNAL = "跨线 N：与其他条线的 N 项服务关系（未画出）"  # printed only: the app shows every line
KINDS = ("company", "line", "department", "station", "team")  # the legend's order, as the app's


def fit_text(text: str, size: float, max_width: float) -> str:
    """``text`` on one line as the font can draw it (``drawable``; runs of white space and line
    breaks become one space), cut and ended with "…" if wider than ``max_width`` at ``size``."""
    font = cjk_font()
    clean = " ".join(drawable(text).split())
    if stringWidth(clean, font, size) <= max_width:
        return clean
    low, high = 0, len(clean)  # the longest prefix that fits with the ellipsis
    while low < high:
        mid = (low + high + 1) // 2
        if stringWidth(clean[:mid].rstrip() + ELLIPSIS, font, size) <= max_width:
            low = mid
        else:
            high = mid - 1
    return clean[:low].rstrip() + ELLIPSIS


@dataclass(frozen=True)
class MapPlan:
    """``graph`` laid out in scene units with all it draws: the printed ``labels`` (by unit id)
    and band ``titles`` (by group id), the ``badges`` (unit id → (text, width, outlined), right
    to left), ``external`` (whether some are counts of relations not drawn), the ``arrows``
    ((provider, customer) → style, pen width, curve) and ``bounds`` (x0, y0, x1, y1) around
    everything, arrows included."""

    graph: MapGraph
    layout: MapLayout
    labels: Mapping[str, str]
    titles: Mapping[str, str]
    badges: Mapping[str, tuple[tuple[str, float, bool], ...]]
    external: bool
    arrows: Mapping[tuple[str, str], tuple[str, float, ArrowCurve]]
    bounds: tuple[float, float, float, float]


def _pairs(graph: MapGraph) -> tuple[dict[tuple[str, str], list[MapEdge]], dict[str, int]]:
    pairs: dict[tuple[str, str], list[MapEdge]] = {}
    internal: dict[str, int] = {}
    for edge in graph.edges:
        if edge.internal:
            internal[edge.provider_unit_id] = internal.get(edge.provider_unit_id, 0) + 1
        else:
            pairs.setdefault((edge.provider_unit_id, edge.customer_unit_id), []).append(edge)
    return pairs, internal


Badge = tuple[str, float, bool]  # text, width, outlined (relations to units not drawn)


def measure(graph: MapGraph, external: Mapping[str, int] | None = None) \
        -> tuple[Callable[[str], float], Callable[[str], str], dict[str, tuple[Badge, ...]]]:
    """For ``graph``: ``layout_map``'s ``label_width`` (a name as it prints, plus the widest
    badges of its units), the printed form of a name, and each unit's badges: its internal
    relations, then its ``external`` ones (unit id → count of relations with units not drawn)."""
    font = cjk_font()
    _, internal = _pairs(graph)
    texts: dict[str, list[tuple[str, bool]]] = {}
    for counts, template, outlined in ((internal, "内部 {} 项", False), (external or {}, "跨线 {}", True)):
        for u, n in counts.items():
            if u in graph.nodes and n:
                texts.setdefault(u, []).append((template.format(n), outlined))
    badges = {u: tuple((t, stringWidth(t, font, SMALL_SIZE) + 12, o) for t, o in ts) for u, ts in texts.items()}
    extra: dict[str, float] = {}  # layout_map measures names: a name gets the widest badges of its units
    for u, row in badges.items():
        extra[graph.nodes[u].name] = max(extra.get(graph.nodes[u].name, 0.0), sum(w + BADGE_GAP for _, w, _ in row))
    printed: dict[str, str] = {}

    def shown(text: str) -> str:
        if text not in printed:
            printed[text] = fit_text(text, FONT_SIZE, MAX_LABEL_WIDTH)
        return printed[text]

    def label_width(text: str) -> float:
        return stringWidth(shown(text), font, FONT_SIZE) + extra.get(text, 0.0) + 1.0  # slack against rounding

    return label_width, shown, badges


def plan_map(graph: MapGraph, max_rows: int | None = None, external: Mapping[str, int] | None = None) -> MapPlan:
    """Lays ``graph`` out as the app does (``max_rows`` as ``layout_map`` takes it), measuring
    names as they will print, and places the badges (``external`` as ``measure`` takes it)
    and arrows."""
    label_width, shown, badges = measure(graph, external)
    pairs, _ = _pairs(graph)
    placed = layout_map(graph, label_width, LABEL_HEIGHT, PADDING, GAP, GROUP_GAP, max_rows)
    obstacles = list(placed.nodes.values())
    arrows = {}
    for (provider, customer), edges in pairs.items():
        width = pen_width(len(edges))
        arrows[(provider, customer)] = (pair_style(edges), width, arrow_curve(
            placed.nodes[provider], placed.nodes[customer], 8.0 + 1.6 * width, obstacles,
            either_side=(customer, provider) not in pairs))
    xs = [x for b in placed.groups.values() for x in (b.x - BAND_MARGIN, b.x + b.width + BAND_MARGIN)]
    ys = [-BAND_TOP, placed.height]
    for _, width, curve in arrows.values():
        xs += [x for x, _ in curve.points()]
        ys += [y for _, y in curve.points()]
    bounds = (min(xs, default=0.0) - 2, min(ys) - 2, max(xs, default=0.0) + 2, max(ys) + 2)
    return MapPlan(graph, placed, {n: shown(graph.nodes[n].name) for n in placed.nodes},
                   {g.id: shown(g.name) for g in graph.groups}, badges, any(external.values()) if external else False,
                   arrows, bounds)


def _legend(graph: MapGraph, external: bool) -> list[tuple[str, str]]:
    """(key, text) as the app's legend: the arrow styles, the badges, the unit kinds, inactive."""
    nodes = graph.nodes.values()
    if not graph.edges and not external:
        return [("", NO_RELATIONS)]
    chinese = translator("zh_CN")  # the app's legend in its Chinese words
    entries = [(key, chinese(LEGEND_LABELS[key])) for key in (style.COMMITTED, style.MISSING, style.DRAFT)]
    if any(e.internal for e in graph.edges):
        entries.append(("badge", chinese(LEGEND_LABELS["badge"])))
    if external:
        entries.append(("external", EXTERNAL))
    kinds = {n.kind for n in nodes if n.active}
    entries += [("kind:" + k, chinese(UNIT_KIND_LABELS[k])) for k in KINDS if k in kinds]
    if any(not n.active for n in nodes):
        entries.append(("inactive", chinese(LEGEND_LABELS["inactive"])))
    return entries


def _legend_rows(entries: list[tuple[str, str]], width: float) -> list[tuple[str, str, float, int]]:
    """Each entry with its x and row, in rows no wider than ``width``, the block centred."""
    placed, x, row, widest = [], 0.0, 0, 0.0
    for key, text in entries:
        size = (LEGEND_SAMPLE + 4 if key else 0) + stringWidth(text, cjk_font(), LEGEND_SIZE)
        if x and x + size > width:
            x, row = 0.0, row + 1
        placed.append((key, text, x, row))
        widest = max(widest, x + size)
        x += size + 12
    left = max((width - widest) / 2, 0.0)
    return [(key, text, left + x, row) for key, text, x, row in placed]


def legend_height(graph: MapGraph, width: float, external: bool = False) -> float:
    """The height the legend of ``graph`` takes under it, gap included, in a figure ``width``
    wide; ``external``: with the badge of relations not drawn."""
    return LEGEND_GAP + LEGEND_ROW * (1 + max(row for *_, row in _legend_rows(_legend(graph, external), width)))


def _colour(value: str | tuple[int, int, int, int]) -> colors.Color:
    if isinstance(value, str):
        return colors.HexColor(value)
    r, g, b, a = value
    return colors.Color(r / 255, g / 255, b / 255, a / 255)


def _arrow_shapes(curve_points: list[tuple[float, float]], head: list[tuple[float, float]], key: str,
                  width: float) -> list:
    """The curve (start, control, end, already on the page) and the head of an arrow in ``key``'s style."""
    (x0, y0), (qx, qy), (x1, y1) = curve_points
    colour = _colour(style.ARROW_RGBA[key])
    path = Path(strokeColor=colour, strokeWidth=width, fillColor=None, strokeLineCap=0, strokeLineJoin=1)
    if key == style.DRAFT:
        path.strokeDashArray = [max(d * width, 1.5) for d in style.DRAFT_DASH]
    path.moveTo(x0, y0)  # the quadratic curve as a cubic one: same shape
    path.curveTo(x0 + 2 / 3 * (qx - x0), y0 + 2 / 3 * (qy - y0), x1 + 2 / 3 * (qx - x1), y1 + 2 / 3 * (qy - y1), x1, y1)
    return [path, Polygon([c for p in head for c in p], fillColor=colour, strokeColor=None, strokeWidth=0)]


def _text(x: float, y_middle: float, text: str, size: float, colour: str, anchor: str = "middle") -> String:
    ascent, descent = getAscentDescent(cjk_font(), size)
    return String(x, y_middle - (ascent + descent) / 2, text, fontName=cjk_font(), fontSize=size,
                  fillColor=colors.HexColor(colour), textAnchor=anchor)


def draw_map(plan: MapPlan, scale: float, width: float) -> Drawing:
    """The map scaled by ``scale`` (points per scene unit) and centred in a drawing ``width``
    points wide, the legend under it. Callers must choose ``scale`` so the map fits ``width``."""
    bx0, by0, bx1, by1 = plan.bounds
    map_height = (by1 - by0) * scale
    drawing = Drawing(width, map_height + legend_height(plan.graph, width, plan.external))
    left, top = (width - (bx1 - bx0) * scale) / 2, drawing.height

    def at(x: float, y: float) -> tuple[float, float]:
        return left + (x - bx0) * scale, top - (y - by0) * scale

    def rect(x: float, y: float, w: float, h: float, radius: float, fill: str, border: str | None, **kw) -> Rect:
        px, py = at(x, y + h)
        return Rect(px, py, w * scale, h * scale, rx=radius * scale, ry=radius * scale, fillColor=colors.HexColor(fill),
                    strokeColor=colors.HexColor(border) if border else None, strokeWidth=max(scale, 0.3), **kw)

    size = FONT_SIZE * scale
    for group in plan.graph.groups:
        box = plan.layout.groups[group.id]
        drawing.add(rect(box.x - BAND_MARGIN, box.y - BAND_TOP, box.width + 2 * BAND_MARGIN, box.height + BAND_TOP, 8,
                         style.BAND_FILL, style.BAND_BORDER))
        drawing.add(_text(*at(box.x, box.y - 2 + LABEL_HEIGHT / 2), plan.titles[group.id], size, style.BAND_TITLE,
                          "start"))
    for key, width_, curve in plan.arrows.values():
        for shape in _arrow_shapes([at(*p) for p in (curve.start, curve.control, curve.end)],
                                   [at(*p) for p in curve.head], key, max(width_ * scale, 0.4)):
            drawing.add(shape)
    for node_id, box in plan.layout.nodes.items():
        node = plan.graph.nodes[node_id]
        fill, border = (style.KIND_COLOURS.get(node.kind, style.OTHER_COLOURS) if node.active
                        else style.INACTIVE_COLOURS)
        dash = {} if node.active else {"strokeDashArray": [3 * scale, 2 * scale]}
        drawing.add(rect(box.x, box.y, box.width, box.height, 6, fill, border, **dash))
        badges = plan.badges.get(node_id, ())
        text_width = box.width - sum(w + BADGE_GAP for _, w, _ in badges)
        drawing.add(_text(*at(box.x + text_width / 2, box.y + box.height / 2), plan.labels[node_id], size,
                          style.TEXT if node.active else style.INACTIVE_TEXT))
        right, height = box.x + box.width - PADDING / 2, SMALL_SIZE * 1.25 + 4
        for text, w, outlined in reversed(badges):  # the last one at the right end
            bx, by = right - w, box.y + (box.height - height) / 2
            drawing.add(rect(bx, by, w, height, height / 2, "#ffffff" if outlined else style.BADGE_FILL,
                             style.BADGE_FILL if outlined else None))
            drawing.add(_text(*at(bx + w / 2, by + height / 2), text, SMALL_SIZE * scale,
                              style.BADGE_FILL if outlined else "#ffffff"))
            right = bx - BADGE_GAP
    _draw_legend(drawing, plan, width, drawing.height - map_height - LEGEND_GAP)
    return drawing


def _draw_legend(drawing: Drawing, plan: MapPlan, width: float, top: float) -> None:
    for key, text, x, row in _legend_rows(_legend(plan.graph, plan.external), width):
        mid = top - LEGEND_ROW * (row + 0.5)
        end = x + LEGEND_SAMPLE
        if key in style.ARROW_RGBA:
            for shape in _arrow_shapes([(x, mid), ((x + end - 6) / 2, mid), (end - 6, mid)],
                                       [(end, mid), (end - 7, mid + 3), (end - 7, mid - 3)], key, 1.4):
                drawing.add(shape)
        elif key in ("badge", "external"):
            drawing.add(Rect(x + 3, mid - 3.5, LEGEND_SAMPLE - 6, 7, rx=3.5, ry=3.5, strokeWidth=0.8,
                             fillColor=colors.HexColor("#ffffff" if key == "external" else style.BADGE_FILL),
                             strokeColor=colors.HexColor(style.BADGE_FILL) if key == "external" else None))
        elif key:
            fill, border = (style.INACTIVE_COLOURS if key == "inactive"
                            else style.KIND_COLOURS[key.removeprefix("kind:")])
            drawing.add(Rect(x + 1, mid - 4.5, LEGEND_SAMPLE - 2, 9, rx=2.5, ry=2.5, fillColor=colors.HexColor(fill),
                             strokeColor=colors.HexColor(border), strokeWidth=0.8,
                             strokeDashArray=[2, 1.5] if key == "inactive" else None))
        drawing.add(_text(x + (LEGEND_SAMPLE + 4 if key else 0), mid, text, LEGEND_SIZE, style.TEXT, "start"))
