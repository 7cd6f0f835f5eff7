"""The customer map drawn as a scene: one band per business line, a rounded label per unit, and
ONE curved arrow per ordered pair of units (provider → customer) for all the relations between
them, so 150 relations stay readable. Relations inside one unit (post level) are a count badge
on that unit's label, not arrows. Arrows lie below the labels, so names stay readable.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSimpleTextItem

from desktop_app.customer_map.graph import MapEdge, MapGraph, MapNode, layout_map
from desktop_app.customer_map.vocabulary import LEGEND_LABELS, RELATION_STATUS_LABELS
from desktop_app.org.vocabulary import UNIT_KIND_LABELS
from ui.context import tr_core
from ui.customer_map.map_items import (
    COMMITTED, DRAFT, MISSING, Z_LEGEND, ArrowItem, BadgeItem, BandItem, LegendItem, NodeItem, arrow_geometry,
    pair_style, pen_width,
)

__all__ = ["MapScene"]

LABEL_HEIGHT = 28.0
PADDING = 10.0  # layout_map's horizontal padding: the text sits between the two
GAP, GROUP_GAP = 28.0, 72.0  # wider than layout_map's defaults: arrowheads need the room between labels
BADGE_GAP = 6.0
BAND_MARGIN = 12.0
MAX_TOOLTIP_LINES = 20


class MapScene(QGraphicsScene):
    """The drawing of ``graph`` with ``font`` (the view's, so labels fit the text measured by
    ``layout_map``). ``arrows`` maps (provider unit id, customer unit id) to its arrow,
    ``nodes`` unit ids to labels, ``badges`` unit ids to internal-relation badges. Callers
    must not add or move items: ``highlight`` is the only change a scene takes."""

    def __init__(self, graph: MapGraph, font: QFont, parent=None) -> None:
        super().__init__(parent)
        self.graph = graph
        self.arrows: dict[tuple[str, str], ArrowItem] = {}
        self.nodes: dict[str, NodeItem] = {}
        self.badges: dict[str, BadgeItem] = {}
        self.setFont(font)
        self._build(font)
        self.setSceneRect(self.content_rect().adjusted(-200, -200, 200, 200))  # room to pan past the edges

    def content_rect(self) -> QRectF:
        """Everything drawn (bands, labels, arrows, legend), with a small margin."""
        return self.itemsBoundingRect().adjusted(-16, -16, 16, 16)

    def highlight(self, relation_ids: Collection[str]) -> None:
        """Emphasises the arrows and badges holding any of ``relation_ids``; empty clears."""
        wanted = frozenset(relation_ids)
        for item in [*self.arrows.values(), *self.badges.values()]:
            item.set_highlighted(not wanted.isdisjoint(item.relation_ids))

    def _build(self, font: QFont) -> None:
        graph = self.graph
        pairs: dict[tuple[str, str], list[MapEdge]] = {}
        internal: dict[str, list[MapEdge]] = {}
        for edge in graph.edges:
            if edge.internal:
                internal.setdefault(edge.provider_unit_id, []).append(edge)
            else:
                pairs.setdefault((edge.provider_unit_id, edge.customer_unit_id), []).append(edge)
        metrics = QFontMetricsF(font)
        bold = QFont(font)
        bold.setBold(True)
        bold_metrics = QFontMetricsF(bold)
        small = QFont(font)
        small.setPointSizeF(font.pointSizeF() * 0.85 if font.pointSizeF() > 0 else 8.0)
        small_metrics = QFontMetricsF(small)
        badge_texts = {u: self.tr("%n internal", "", len(edges)) for u, edges in internal.items() if u in graph.nodes}
        badge_widths = {u: small_metrics.horizontalAdvance(t) + 12 for u, t in badge_texts.items()}
        # layout_map measures names, not nodes: a name gets the widest extra any of its units needs
        extra: dict[str, float] = {}
        for u, w in badge_widths.items():
            name = graph.nodes[u].name
            extra[name] = max(extra.get(name, 0.0), w + BADGE_GAP)
        titles = {g.name for g in graph.groups}

        def label_width(text: str) -> float:
            width = metrics.horizontalAdvance(text) + extra.get(text, 0.0)
            if text in titles:
                width = max(width, bold_metrics.horizontalAdvance(text))
            return math.ceil(width) + 1.0  # a pixel of slack against rounding in the text engine

        layout = layout_map(graph, label_width, LABEL_HEIGHT, PADDING, GAP, GROUP_GAP)
        for group in graph.groups:
            box = layout.groups[group.id]
            band = QRectF(box.x - BAND_MARGIN, box.y - 8, box.width + 2 * BAND_MARGIN, box.height + 8)
            self.addItem(BandItem(band, QRectF(box.x, box.y - 2, box.width, LABEL_HEIGHT), group.name, bold))
        for node_id, box in layout.nodes.items():
            node = graph.nodes[node_id]
            rect = QRectF(box.x, box.y, box.width, box.height)
            reserved = badge_widths[node_id] + BADGE_GAP if node_id in badge_widths else 0.0
            item = NodeItem(node, rect, rect.adjusted(0, 0, -reserved, 0), font, self._node_tooltip(node))
            self.addItem(item)
            self.nodes[node_id] = item
            if node_id in badge_texts:
                height = small_metrics.height() + 4
                badge = QRectF(rect.right() - PADDING / 2 - badge_widths[node_id], rect.center().y() - height / 2,
                               badge_widths[node_id], height)
                edges = internal[node_id]
                tooltip = self._relations_tooltip(self.tr("Inside %1").replace("%1", node.name), edges)
                self.badges[node_id] = BadgeItem(badge, badge_texts[node_id], small, [e.relation_id for e in edges],
                                                 tooltip, item)
        obstacles = list(layout.nodes.values())
        for (provider, customer), edges in pairs.items():
            if provider not in layout.nodes or customer not in layout.nodes:
                continue
            width = pen_width(len(edges))
            geometry = arrow_geometry(layout.nodes[provider], layout.nodes[customer], 8.0 + 1.6 * width, obstacles,
                                      either_side=(customer, provider) not in pairs)
            heading = f"{graph.nodes[provider].name} → {graph.nodes[customer].name}"
            arrow = ArrowItem(geometry, pair_style(edges), [e.relation_id for e in edges],
                              self._relations_tooltip(heading, edges))
            self.addItem(arrow)
            self.arrows[(provider, customer)] = arrow
        self._add_legend_or_message(layout.width, font, small, bool(layout.nodes))

    def _add_legend_or_message(self, map_width: float, font: QFont, small: QFont, has_nodes: bool) -> None:
        if not self.graph.edges:
            big = QFont(font)
            big.setPointSizeF(font.pointSizeF() * 1.3 if font.pointSizeF() > 0 else 12.0)
            message = QGraphicsSimpleTextItem(self.tr("No relations match the filter"))
            message.setFont(big)
            message.setBrush(QColor("#757575"))
            size = message.boundingRect().size()
            # centred above the bands when units are shown, else alone at the origin
            message.setPos((map_width - size.width()) / 2 if has_nodes else -size.width() / 2,
                           -size.height() - 24 if has_nodes else -size.height() / 2)
            self.addItem(message)
            return
        kinds = {n.kind for n in self.graph.nodes.values() if n.active}  # the colours drawn
        entries = [(key, tr_core(LEGEND_LABELS[key])) for key in (COMMITTED, MISSING, DRAFT)]
        if self.badges:
            entries.append(("badge", tr_core(LEGEND_LABELS["badge"])))
        for kind in ("company", "line", "department", "station", "team"):
            if kind in kinds:
                entries.append(("kind:" + kind, tr_core(UNIT_KIND_LABELS[kind])))
        if any(not n.active for n in self.graph.nodes.values()):
            entries.append(("inactive", tr_core(LEGEND_LABELS["inactive"])))
        legend = LegendItem(entries, small, max(map_width, 480.0))
        legend.setPos(0, -legend.boundingRect().height() - 18)
        legend.setZValue(Z_LEGEND)
        self.addItem(legend)

    def _node_tooltip(self, node: MapNode) -> str:
        lines = [f"{node.code}  {node.name}", tr_core(UNIT_KIND_LABELS.get(node.kind, node.kind))]
        if not node.active:
            lines.append(tr_core(LEGEND_LABELS["inactive"]))
        return "\n".join(lines)

    def _relations_tooltip(self, heading: str, edges: Sequence[MapEdge]) -> str:
        lines = [heading]
        for e in edges[:MAX_TOOLTIP_LINES]:
            status = tr_core(RELATION_STATUS_LABELS.get(e.status, e.status))
            if e.status == "active" and not e.committed:
                status = self.tr("%1, no commitment").replace("%1", status)
            posts = f" — {e.provider_label} → {e.customer_label}" if e.level == "position" else ""
            lines.append(f"• {e.service_item}{posts} ({status})")
        if len(edges) > MAX_TOOLTIP_LINES:
            lines.append(self.tr("…and %n more", "", len(edges) - MAX_TOOLTIP_LINES))
        return "\n".join(lines)
