"""The map view's data: units as nodes grouped by business line, relations as directed edges,
with filters, and a deterministic layout whose node labels never overlap.

Edges are the relations of one level whose both ends are live; at post level an edge joins
the units of its two posts (``internal`` when that is one unit). Filtering by a unit keeps the
relations it provides or receives (its own, or its own posts' at post level); filtering by a
line keeps those with either end in the line. Nodes are the ends of the kept edges and, unless
a unit is chosen, every active department and supply station in scope, so a unit without
relations shows as one. A node's group is the business line above it (or itself, for a line);
units under no line form the group with id "" (the company level).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.customer_map.rules import LEVELS, post_label
from desktop_app.model import Position
from desktop_app.org.tree import UnitNode, unit_tree

__all__ = ["Box", "MapEdge", "MapFilter", "MapGraph", "MapGroup", "MapLayout", "MapNode", "layout_map", "load_map"]

ALWAYS_SHOWN_KINDS = ("department", "station")


@dataclass(frozen=True)
class MapFilter:
    level: str = "unit"  # "unit" or "position"
    line_id: str | None = None
    unit_id: str | None = None
    statuses: tuple[str, ...] = ("draft", "active")


@dataclass(frozen=True)
class MapNode:
    id: str
    code: str
    name: str
    kind: str
    active: bool
    group_id: str  # the line's id, or "" for the company level


@dataclass(frozen=True)
class MapGroup:
    id: str
    name: str
    node_ids: tuple[str, ...]  # in organisation-tree order


@dataclass(frozen=True)
class MapEdge:
    relation_id: str
    level: str
    provider_unit_id: str
    customer_unit_id: str
    provider_label: str  # a unit's name, or "post · unit"
    customer_label: str
    service_item: str
    status: str
    committed: bool  # active with a commitment text
    provider_position_id: str | None = None
    customer_position_id: str | None = None

    @property
    def internal(self) -> bool:
        """Both posts in one unit: drawn on its node, not between two."""
        return self.provider_unit_id == self.customer_unit_id


@dataclass(frozen=True)
class MapGraph:
    filter: MapFilter
    groups: tuple[MapGroup, ...]  # lines in tree order, then the company level
    nodes: Mapping[str, MapNode]
    edges: tuple[MapEdge, ...]  # by provider, customer, service item


def _walk(nodes: Collection[UnitNode], group: str, out: list[tuple[UnitNode, str]]) -> None:
    for n in nodes:
        own = n.id if n.kind == "line" else group
        out.append((n, own))
        _walk(n.children, own, out)


def _in_scope(flt: MapFilter, groups: Mapping[str, str], unit_id: str) -> bool:
    return flt.line_id is None or groups.get(unit_id) == flt.line_id


def load_map(session: Session, flt: MapFilter = MapFilter()) -> MapGraph:
    """The graph for ``flt``. Only reads; four queries."""
    ordered: list[tuple[UnitNode, str]] = []
    _walk(unit_tree(session), "", ordered)
    units = {n.id: n for n, _ in ordered}
    group_of = {n.id: g for n, g in ordered}
    level = LEVELS[flt.level]
    m = level.model
    posts = {}
    if flt.level == "position":
        posts = {r.id: r for r in session.execute(select(Position.id, Position.name, Position.unit_id)
                                                  .where(Position.deleted_at.is_(None))) if r.unit_id in units}
    ends = units if flt.level == "unit" else posts
    unit_of = (lambda e: e) if flt.level == "unit" else (lambda e: posts[e].unit_id)
    label = (lambda e: units[e].name) if flt.level == "unit" else (
        lambda e: post_label(posts[e].name, units[posts[e].unit_id].name))
    rows = session.execute(select(m.id, getattr(m, level.provider), getattr(m, level.customer), m.service_item,
                                  m.status, m.commitment)
                           .where(m.deleted_at.is_(None), m.status.in_(list(flt.statuses))))
    edges = []
    for rel_id, provider, customer, item, status, commitment in rows:
        if provider not in ends or customer not in ends:
            continue
        pu, cu = unit_of(provider), unit_of(customer)
        if flt.unit_id is not None and flt.unit_id not in (pu, cu):
            continue
        if not (_in_scope(flt, group_of, pu) or _in_scope(flt, group_of, cu)):
            continue
        posts_ = (provider, customer) if flt.level == "position" else (None, None)
        edges.append(MapEdge(rel_id, flt.level, pu, cu, label(provider), label(customer), item, status,
                             status == "active" and bool(commitment.strip()), *posts_))
    edges.sort(key=lambda e: (e.provider_label, e.customer_label, e.service_item, e.relation_id))
    shown = {u for e in edges for u in (e.provider_unit_id, e.customer_unit_id)}
    if flt.unit_id is None:
        shown |= {u for u, n in units.items()
                  if n.kind in ALWAYS_SHOWN_KINDS and n.active and _in_scope(flt, group_of, u)}
    elif flt.unit_id in units:
        shown.add(flt.unit_id)
    nodes = {n.id: MapNode(n.id, n.code, n.name, n.kind, n.active, g) for n, g in ordered if n.id in shown}
    members: dict[str, list[str]] = {}
    for n, g in ordered:
        if n.id in shown:
            members.setdefault(g, []).append(n.id)
    company = next((n.name for n, _ in ordered if n.kind == "company"), "")
    keys = sorted(members, key=lambda g: g == "")  # stable: lines in tree order, the company level last
    groups = tuple(MapGroup(g, units[g].name if g else company, tuple(members[g])) for g in keys)
    return MapGraph(flt, groups, nodes, tuple(edges))


# --- layout ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Box:
    """A rectangle: ``x``, ``y`` its top-left corner, y growing downwards (as in Qt scenes)."""

    x: float
    y: float
    width: float
    height: float

    @property
    def center(self) -> tuple[float, float]:
        return self.x + self.width / 2, self.y + self.height / 2

    def overlaps(self, other: Box) -> bool:
        return (self.x < other.x + other.width and other.x < self.x + self.width
                and self.y < other.y + other.height and other.y < self.y + self.height)


@dataclass(frozen=True)
class MapLayout:
    nodes: Mapping[str, Box]  # each node's label rectangle
    groups: Mapping[str, Box]  # each group's band, around its nodes and title
    width: float
    height: float
    title_height: float = field(default=0.0)


def layout_map(graph: MapGraph, label_width: Callable[[str], float], label_height: float = 28.0,
               padding: float = 10.0, gap: float = 18.0, group_gap: float = 48.0,
               max_rows: int | None = None) -> MapLayout:
    """Places each group as a band of columns, left to right in group order, and each node's
    label in its group's columns, top to bottom in tree order. ``label_width(text)`` is the
    width the view will draw ``text`` with (the UI passes its font metrics); a label's box is
    that width plus ``padding`` on each side. Each column is as wide as its widest label, and
    rows are ``gap`` apart, so no two labels overlap whatever the widths. Columns hold
    ``max_rows`` nodes (default: about the square root of the node count, so the map is
    roughly as wide as it is tall). The same graph and widths always give the same layout."""
    count = sum(len(g.node_ids) for g in graph.groups)
    rows = max_rows or max(4, math.ceil(math.sqrt(max(count, 1)) * 1.2))
    title = label_height + gap
    nodes: dict[str, Box] = {}
    groups: dict[str, Box] = {}
    x = 0.0
    tallest = 0.0
    for group in graph.groups:
        left = x
        ids = list(group.node_ids)
        for start in range(0, len(ids), rows):
            column = ids[start:start + rows]
            width = max(label_width(graph.nodes[n].name) for n in column) + 2 * padding
            for row, node_id in enumerate(column):
                nodes[node_id] = Box(x, title + row * (label_height + gap), width, label_height)
            x += width + gap
        right = max(x - gap, left + label_width(group.name) + 2 * padding)
        height = title + min(len(ids), rows) * (label_height + gap)
        groups[group.id] = Box(left, 0.0, right - left, height)
        tallest = max(tallest, height)
        x = right + group_gap
    width = max(x - group_gap, 0.0)
    return MapLayout(nodes, {g: Box(b.x, b.y, b.width, tallest) for g, b in groups.items()}, width, tallest, title)
