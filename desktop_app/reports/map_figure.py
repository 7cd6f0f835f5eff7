"""The internal customer map as figures for the printed handbook: the same graph as the map
page (``load_map``), drawn as the page draws it (``reports.map_drawing``), scaled to the frame.

Readability rule: unit names print between ``MIN_LABEL_SIZE`` (5.5 pt) and ``MAX_LABEL_SIZE``
(9 pt); the layout's column height (``layout_map``'s ``max_rows``) is the one that prints
largest in the frame. When the whole company can't print at 5.5 pt, it becomes one figure per
business line, then one for the units directly under the company, each in the first form that
prints at 5.5 pt:
1. the map page filtered by that line: the line's units, every relation with an end in the
   line, and the partner units of other lines in their own bands (a relation between two
   lines is drawn, by name, in both lines' figures);
2. else the line's own units only, with the relations among them as arrows, and each unit's
   relations with other lines as a count badge ("跨线 N", outlined, explained in the legend).
A line's figure in form 2, or a unit's figure, is never split: when even it can't print at
5.5 pt it is scaled down to fit, and its ``label_size`` says how small it came out (on the A4
frame of 160 × 240 mm, a line of about 100 units with short names).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing
from sqlalchemy.orm import Session

from desktop_app.customer_map.graph import MapFilter, MapGraph, MapGroup, layout_map, load_map
from desktop_app.reports.map_drawing import (
    BAND_MARGIN, BAND_TOP, FONT_SIZE, GAP, GROUP_GAP, LABEL_HEIGHT, PADDING, MapPlan, draw_map, legend_height,
    measure, plan_map,
)

__all__ = ["MAX_LABEL_SIZE", "MIN_LABEL_SIZE", "MapFigure", "map_figure", "map_figures"]

MIN_LABEL_SIZE = 5.5  # points: the smallest unit name a company map prints (else split by line)
MAX_LABEL_SIZE = 9.0  # points: a small map is not blown up beyond body-text size
MAP_TITLES = {"unit": "组织客户地图", "position": "岗位客户地图"}
TITLE_NAME_CHARS = 40  # of a unit or line name in a title: a caption, not the place for all of it


@dataclass(frozen=True)
class MapFigure:
    """One printable figure. ``title`` is plain text holding unit names: pass it through
    ``fonts.markup`` before it goes into a Paragraph. ``drawing`` is exactly the ``width``
    asked for and at most ``max_height`` high, legend included (a flowable as it is).
    ``label_size`` is the size unit names print at, in points. ``line_id`` is the business line
    of a per-line figure ("" for the units directly under the company), else None.
    ``relations``: how many arrows it draws (0: only boxes and "暂无服务关系")."""

    title: str
    drawing: Drawing
    label_size: float
    line_id: str | None = None
    relations: int = 0


def map_figures(session: Session, unit_id: str | None = None, *, width: float, max_height: float,
                level: str = "unit") -> list[MapFigure]:
    """The customer map of the whole company (``unit_id`` None), or of one unit with its
    customers and providers, as the map page shows it by default: ``level`` "unit" (or
    "position": relations between posts, those inside a unit as a badge), draft and active
    relations. The company map is one figure, or one per business line when it can't print
    its names at ``MIN_LABEL_SIZE`` in ``width`` × ``max_height`` points (see the module's
    doc); a unit's map is one figure. [] when there is no unit to show (an unknown or deleted
    ``unit_id``, an empty organisation). Only reads."""
    prefix = MAP_TITLES[level]
    if unit_id is not None:
        graph = load_map(session, MapFilter(level=level, unit_id=unit_id))
        if unit_id not in graph.nodes:
            return []
        return [map_figure(graph, f"{prefix}：{_short(graph.nodes[unit_id].name)}", width, max_height)]
    graph = load_map(session, MapFilter(level=level))
    if not graph.nodes:
        return []
    whole = map_figure(graph, f"{prefix}（全公司）", width, max_height)
    if whole.label_size >= MIN_LABEL_SIZE or len(graph.groups) < 2:
        return [whole]
    figures = []
    for group in graph.groups:
        title = f"{prefix}：{_short(group.name)}" + ("" if group.id else "直属单位")
        # line_id "" filters to the units under no line, as the groups have it
        figure = map_figure(load_map(session, MapFilter(level=level, line_id=group.id)), title, width, max_height,
                            line_id=group.id)
        if figure.label_size < MIN_LABEL_SIZE:
            own, external = _own_units(graph, group)
            figure = map_figure(own, title, width, max_height, line_id=group.id, external=external)
        figures.append(figure)
    return figures


def _short(name: str) -> str:
    name = " ".join(name.split())
    return name if len(name) <= TITLE_NAME_CHARS else name[:TITLE_NAME_CHARS - 1].rstrip() + "…"


def _own_units(graph: MapGraph, group: MapGroup) -> tuple[MapGraph, dict[str, int]]:
    """``graph`` cut to ``group``'s units and the relations among them; each unit's count of
    relations with units outside."""
    own = set(group.node_ids)
    inside = tuple(e for e in graph.edges if e.provider_unit_id in own and e.customer_unit_id in own)
    across = Counter(u for e in graph.edges if (e.provider_unit_id in own) != (e.customer_unit_id in own)
                     for u in (e.provider_unit_id, e.customer_unit_id) if u in own)
    return MapGraph(graph.filter, (group,), {n: graph.nodes[n] for n in group.node_ids}, inside), dict(across)


def _scale(plan: MapPlan, width: float, max_height: float) -> float:
    x0, y0, x1, y1 = plan.bounds
    room = max_height - legend_height(plan.graph, width, plan.external)
    return max(min(MAX_LABEL_SIZE / FONT_SIZE, width / (x1 - x0), room / (y1 - y0)), 0.01)


def _rows(graph: MapGraph, width: float, height: float, external: Mapping[str, int] | None) -> int | None:
    """The column height that prints ``graph`` largest in ``width`` × ``height`` (arrows left
    out: they add about the same everywhere); on a tie the one nearest ``layout_map``'s own."""
    count = sum(len(g.node_ids) for g in graph.groups)
    if count <= 1:
        return None
    natural = max(4, math.ceil(math.sqrt(count) * 1.2))  # layout_map's own choice
    label_width = measure(graph, external)[0]
    best: tuple[float, int, int] | None = None
    for rows in range(1, count + 1):
        lay = layout_map(graph, label_width, LABEL_HEIGHT, PADDING, GAP, GROUP_GAP, rows)
        scale = min(MAX_LABEL_SIZE / FONT_SIZE, width / (lay.width + 2 * BAND_MARGIN),
                    height / (lay.height + BAND_TOP))
        key = (round(scale, 4), -abs(rows - natural), rows)
        best = max(best, key) if best else key
    return best[2] if best else None


def map_figure(graph: MapGraph, title: str, width: float, max_height: float, line_id: str | None = None,
               external: Mapping[str, int] | None = None) -> MapFigure:
    """``graph`` as one figure ``width`` wide and at most ``max_height`` high, never split:
    names print at up to ``MAX_LABEL_SIZE``, smaller when the map needs it to fit.
    ``external``: unit id → relations with units not in ``graph``, drawn as badges."""
    room = max_height - legend_height(graph, width, bool(external and any(external.values())))
    plan = plan_map(graph, _rows(graph, width, room, external), external)
    scale = _scale(plan, width, max_height)
    return MapFigure(title, draw_map(plan, scale, width), FONT_SIZE * scale, line_id, len(graph.edges))
