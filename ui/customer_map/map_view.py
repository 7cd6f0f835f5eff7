"""The customer map's view: shows a ``MapGraph`` as a ``MapScene``, zooms with the wheel (about
the point under the mouse), pans by dragging, and turns clicks into signals. It never reads the
database: the page loads the graph (in a worker) and calls ``show_graph``."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QKeySequence, QPainter
from PySide6.QtWidgets import QApplication, QGraphicsView

from desktop_app.customer_map.graph import MapGraph
from ui.customer_map.map_scene import ArrowItem, BadgeItem, MapScene, NodeItem

__all__ = ["MapView"]

MIN_ZOOM, MAX_ZOOM = 0.1, 8.0
MAX_EXPORT_SIDE = 16000  # pixels; a bigger image fails to allocate or no viewer opens it
WHEEL_STEP = 1.0015  # per eighth of a degree: one notch (120) zooms by about 1.2
CLICK_SLOP = 3  # view pixels around a click that still reach a thin arrow


class MapView(QGraphicsView):
    """The map. ``relations_clicked(ids)``: the user clicked an arrow or an internal-relation
    badge (its relation ids, the arrow now highlighted), or empty space (an empty list, the
    highlight cleared, so the page can clear its selection too). ``unit_clicked(id)``: the user
    clicked a unit's label. A drag pans and emits nothing.

    ``show_graph`` keeps the zoom and the centre when the graph has the same filter as the one
    shown (the page reloads after every edit) and fits the whole map otherwise. Until the user
    zooms or pans, the map keeps fitting the view when it is resized."""

    relations_clicked = Signal(list)
    unit_clicked = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setBackgroundBrush(QColor("white"))  # the map's colours are made for white, as printed
        self._map: MapScene | None = None
        self._highlighted: frozenset[str] = frozenset()
        self._auto_fit = True
        self._press: QPoint | None = None

    # --- showing ---------------------------------------------------------------------------

    def show_graph(self, graph: MapGraph) -> None:
        """Draws ``graph``, replacing the map shown; the highlight carries over by relation id."""
        old = self._map
        same = old is not None and old.graph.filter == graph.filter
        centre = self.mapToScene(self.viewport().rect().center()) if same else None
        self._map = MapScene(graph, self.font(), self)
        self._map.highlight(self._highlighted)
        self.setScene(self._map)
        if old is not None:
            old.deleteLater()
        if centre is not None:
            self.centerOn(centre)
        else:
            self.fit()

    def highlight_relations(self, ids: Collection[str]) -> None:
        """Emphasises the arrows and badges holding any of ``ids`` (the table's selection) and
        scrolls the first into view if it is outside; empty clears. Emits nothing."""
        wanted = frozenset(ids)
        if wanted == self._highlighted:  # e.g. the table following a click on the map: don't scroll
            return
        self._highlighted = wanted
        if self._map is None:
            return
        self._map.highlight(wanted)
        first = next((a for a in self._map.arrows.values() if a.highlighted), None)
        if first is not None:
            self.ensureVisible(QRectF(first.geometry.middle, QSizeF(1, 1)), 60, 60)

    def fit(self) -> None:
        """The whole map in view, never enlarged past its natural size."""
        self._auto_fit = True
        if self._map is None:
            return
        rect = self._map.content_rect()
        self.resetTransform()
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        zoom = self.zoom()
        if zoom > 1.0 or zoom < MIN_ZOOM:
            target = min(max(zoom, MIN_ZOOM), 1.0)
            self.resetTransform()
            self.scale(target, target)
            self.centerOn(rect.center())

    def zoom(self) -> float:
        """The current scale: 1 draws the map at its natural size."""
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        """Multiplies the scale by ``factor``, kept between 0.1 and 8; about the point under the
        mouse when it is over the view, else about the centre."""
        self._auto_fit = False
        current = self.zoom()
        target = min(max(current * factor, MIN_ZOOM), MAX_ZOOM)
        if target != current:
            self.scale(target / current, target / current)

    # --- export and inspection ---------------------------------------------------------------

    def export_png(self, path: Path | str, scale: float = 2.0) -> bool:
        """Writes the whole map (legend included, as highlighted now) as a PNG on white at
        ``scale`` pixels per scene unit, lowered if a side would pass 16000 pixels. False when
        nothing is shown or the file can't be written."""
        if self._map is None:
            return False
        source = self._map.content_rect()
        scale = min(scale, MAX_EXPORT_SIDE / max(source.width(), source.height(), 1.0))
        image = QImage(QSize(max(round(source.width() * scale), 1), max(round(source.height() * scale), 1)),
                       QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self._map.render(painter, QRectF(image.rect()), source)
        painter.end()
        # set after painting: fonts in points would grow with the image's resolution
        dots_per_metre = round(96 * scale / 0.0254)  # prints at the size it has on a 96-dpi screen
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
        return image.save(str(path), "PNG")

    def arrow_count(self) -> int:
        return len(self._map.arrows) if self._map else 0

    def arrow_style(self, provider_id: str, customer_id: str) -> str | None:
        """"committed", "missing" or "draft"; None when there is no such arrow."""
        arrow = self._map.arrows.get((provider_id, customer_id)) if self._map else None
        return arrow.style if arrow else None

    def arrow_item(self, provider_id: str, customer_id: str) -> ArrowItem | None:
        return self._map.arrows.get((provider_id, customer_id)) if self._map else None

    def node_rects(self) -> dict[str, QRectF]:
        """Each shown unit's label box, in scene coordinates."""
        return {u: item.mapRectToScene(item.rect) for u, item in self._map.nodes.items()} if self._map else {}

    # --- input -------------------------------------------------------------------------------

    def wheelEvent(self, event) -> None:
        delta = event.angleDelta().y()
        if delta:
            self.zoom_by(WHEEL_STEP ** delta)
        event.accept()

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.ZoomIn):
            self.zoom_by(1.25)
        elif event.matches(QKeySequence.StandardKey.ZoomOut):
            self.zoom_by(0.8)
        elif event.key() == Qt.Key.Key_0 and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.fit()
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._auto_fit:
            self.fit()

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        press, self._press = self._press, None
        if event.button() != Qt.MouseButton.LeftButton or press is None:
            return
        event.accept()  # the view handles every left click and drag, items never take them
        if (event.position().toPoint() - press).manhattanLength() > QApplication.startDragDistance():
            self._auto_fit = False  # the user panned: a resize must not undo it
            return
        self._clicked(press)

    def _clicked(self, pos: QPoint) -> None:
        item = self._item_at(pos)
        if isinstance(item, NodeItem):
            self.unit_clicked.emit(item.node.id)
            return
        ids = list(item.relation_ids) if item is not None else []
        self._highlighted = frozenset(ids)
        if self._map is not None:
            self._map.highlight(self._highlighted)  # no scrolling: the user is pointing at it
        self.relations_clicked.emit(ids)

    def _item_at(self, pos: QPoint) -> NodeItem | ArrowItem | BadgeItem | None:
        """The topmost label, badge or arrow at ``pos``; else an arrow a few pixels away, so thin
        arrows can be hit when zoomed out."""
        for item in self.items(pos):
            if isinstance(item, (NodeItem, ArrowItem, BadgeItem)):
                return item
        near = QRect(pos - QPoint(CLICK_SLOP, CLICK_SLOP), QSize(2 * CLICK_SLOP + 1, 2 * CLICK_SLOP + 1))
        return next((i for i in self.items(near) if isinstance(i, ArrowItem)), None)
