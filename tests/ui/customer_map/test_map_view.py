"""The map view: one arrow per ordered pair of units, labels that never overlap and fit their
names, clicks that name the relations under the pointer, zoom kept across reloads of the same
filter, and a PNG export of the whole map."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QWheelEvent
from PySide6.QtWidgets import QApplication, QGraphicsSimpleTextItem

from desktop_app.customer_map.graph import MapFilter, load_map
from desktop_app.customer_map.tables import RELATIONS
from desktop_app.demo import build_demo
from desktop_app.model import Position, Unit
from desktop_app.storage.open import open_database
from desktop_app.tables.edits import CellEdit, update_cell
from tests.desktop_app.customer_map.helpers import add_relation
from ui.customer_map.map_scene import PADDING
from ui.customer_map.map_view import MapView


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    database = open_database(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    build_demo(database)
    yield database
    database.dispose()


def graph(db, **flt):
    with db.read() as s:
        return load_map(s, MapFilter(**flt))


def make_view(qtbot, shown: bool = False) -> MapView:
    view = MapView()
    qtbot.addWidget(view)
    view.resize(900, 600)
    if shown:  # clicks need a laid-out viewport
        view.show()
        qtbot.waitExposed(view)
    return view


def click(qtbot, view: MapView, scene_point: QPointF) -> None:
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(scene_point))


def test_the_demo_has_one_arrow_per_pair_below_readable_labels(qtbot, demo_db):
    g = graph(demo_db)
    view = make_view(qtbot)
    view.show_graph(g)
    pairs = {(e.provider_unit_id, e.customer_unit_id) for e in g.edges if not e.internal}
    assert len(pairs) > 100 and view.arrow_count() == len(pairs)
    rects = view.node_rects()
    assert set(rects) == set(g.nodes)
    boxes = list(rects.values())
    assert not any(a.intersects(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])
    metrics = QFontMetricsF(view.font())
    for unit, rect in rects.items():
        assert metrics.horizontalAdvance(g.nodes[unit].name) + 2 * PADDING <= rect.width() + 0.01
    scene = view.scene()
    assert max(a.zValue() for a in scene.arrows.values()) < min(n.zValue() for n in scene.nodes.values())
    started = time.perf_counter()
    view.show_graph(g)
    assert time.perf_counter() - started < 0.3  # about 25 ms here; a generous bound for slow machines


def test_a_unit_filter_shows_only_that_units_arrows(qtbot, demo_db):
    view = make_view(qtbot)
    view.show_graph(graph(demo_db))
    everything = view.arrow_count()
    with demo_db.read() as s:
        station = s.query(Unit).filter_by(name="城关供电所").one().id
    view.show_graph(graph(demo_db, unit_id=station))
    assert 0 < view.arrow_count() < everything
    assert all(station in pair for pair in view.scene().arrows)


def test_clicking_an_arrow_emits_its_relations_and_empty_space_clears(qtbot, db, org):
    a = add_relation(db, "unit", org.dept, org.station, "安全检查")
    b = add_relation(db, "unit", org.dept, org.station, "培训")
    back = add_relation(db, "unit", org.station, org.dept, "报表")
    view = make_view(qtbot, shown=True)
    view.show_graph(graph(db))
    assert view.arrow_count() == 2
    arrow, other = view.arrow_item(org.dept, org.station), view.arrow_item(org.station, org.dept)
    assert arrow.geometry.curve != other.geometry.curve  # A→B and B→A are two curves
    with qtbot.waitSignal(view.relations_clicked) as clicked:
        click(qtbot, view, arrow.geometry.curve.pointAtPercent(0.5))
    assert sorted(clicked.args[0]) == sorted([a, b])
    assert arrow.highlighted and not other.highlighted
    with qtbot.waitSignal(view.relations_clicked) as clicked:
        click(qtbot, view, other.geometry.curve.pointAtPercent(0.5))
    assert clicked.args[0] == [back]
    with qtbot.waitSignal(view.relations_clicked) as clicked:
        click(qtbot, view, view.mapToScene(QPoint(3, 3)))
    assert clicked.args[0] == [] and not other.highlighted
    with qtbot.waitSignal(view.unit_clicked) as unit:
        click(qtbot, view, view.node_rects()[org.station].center())
    assert unit.args[0] == org.station


def test_a_drag_pans_without_clicking(qtbot, db, org):
    add_relation(db, "unit", org.dept, org.station, "安全检查")
    view = make_view(qtbot, shown=True)
    view.show_graph(graph(db))
    view.zoom_by(4)  # larger than the viewport, so there is room to pan
    start = view.mapFromScene(view.arrow_item(org.dept, org.station).geometry.middle)
    before = view.horizontalScrollBar().value()
    with qtbot.assertNotEmitted(view.relations_clicked):
        qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
        qtbot.mouseMove(view.viewport(), start + QPoint(60, 0))
        qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=start + QPoint(60, 0))
    assert view.horizontalScrollBar().value() != before


def test_the_arrow_style_follows_the_commitments(qtbot, db, org):
    promised = add_relation(db, "unit", org.dept, org.station, "安全检查", status="active",
                            commitment="五日内反馈")
    open_ = add_relation(db, "unit", org.station, org.dept, "报表", status="active")
    add_relation(db, "unit", org.team, org.dept, "缺陷上报")  # a draft
    view = make_view(qtbot)
    view.show_graph(graph(db))
    assert view.arrow_style(org.dept, org.station) == "committed"
    assert view.arrow_style(org.station, org.dept) == "missing"
    assert view.arrow_style(org.team, org.dept) == "draft"
    pairs = ((org.dept, org.station), (org.station, org.dept))
    colours = {view.arrow_item(*pair).pen().color().rgb() for pair in pairs}
    assert len(colours) == 2
    assert view.arrow_item(org.team, org.dept).pen().style() != Qt.PenStyle.SolidLine  # dashed
    with db.write() as s:
        obj = s.get(RELATIONS["unit"].model, open_)
        update_cell(s, RELATIONS["unit"], CellEdit(open_, obj.version, "commitment", "当月报送"))
    add_relation(db, "unit", org.dept, org.station, "培训", status="active")  # promised's pair loses its colour
    view.show_graph(graph(db))
    assert view.arrow_style(org.station, org.dept) == "committed"
    assert view.arrow_style(org.dept, org.station) == "missing"
    assert promised in view.arrow_item(org.dept, org.station).relation_ids
    tooltip = view.arrow_item(org.dept, org.station).toolTip().splitlines()
    assert tooltip[0] == "运检部 → 城关供电所"
    assert sorted(tooltip[1:]) == ["• 培训 (Active, no commitment)", "• 安全检查 (Active)"]


def test_a_short_arrow_bends_around_the_label_between_its_ends(qtbot, db, org):
    add_relation(db, "unit", org.line, org.team, "计划下达")  # the station sits between them
    add_relation(db, "unit", org.dept, org.station, "安全检查")
    view = make_view(qtbot)
    view.show_graph(graph(db))
    rects = view.node_rects()
    assert rects[org.line].center().x() == rects[org.station].center().x() == rects[org.team].center().x()
    curve = view.arrow_item(org.line, org.team).geometry.curve
    assert not any(rects[org.station].contains(curve.pointAtPercent(i / 50)) for i in range(51))


def test_zoom_is_kept_for_the_same_filter_and_fitted_for_another(qtbot, db, org):
    add_relation(db, "unit", org.dept, org.station, "安全检查")
    add_relation(db, "unit", org.team, org.company, "缺陷上报")
    view = make_view(qtbot, shown=True)
    view.show_graph(graph(db))
    fitted = view.zoom()
    assert 0.1 <= fitted <= 1.0
    view.zoom_by(2.5)
    view.show_graph(graph(db))  # a reload after an edit
    assert view.zoom() == pytest.approx(fitted * 2.5)
    view.show_graph(graph(db, unit_id=org.station))
    assert view.zoom() <= 1.0 and view.zoom() != pytest.approx(fitted * 2.5)
    content = view.mapFromScene(view.scene().content_rect()).boundingRect()
    assert view.viewport().rect().adjusted(-2, -2, 2, 2).contains(content)
    view.zoom_by(1000)
    assert view.zoom() == pytest.approx(8.0)
    view.zoom_by(1e-6)
    assert view.zoom() == pytest.approx(0.1)
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() <= 1.0 and view.zoom() != pytest.approx(0.1)


def test_the_wheel_zooms(qtbot, db, org):
    add_relation(db, "unit", org.dept, org.station, "安全检查")
    view = make_view(qtbot, shown=True)
    view.show_graph(graph(db))
    before = view.zoom()
    centre = QPointF(view.viewport().rect().center())
    event = QWheelEvent(centre, view.viewport().mapToGlobal(centre), QPoint(), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), event)
    assert view.zoom() == pytest.approx(before * 1.0015 ** 120)


def test_highlighting_from_the_table_survives_a_reload(qtbot, db, org):
    a = add_relation(db, "unit", org.dept, org.station, "安全检查")
    add_relation(db, "unit", org.station, org.dept, "报表")
    view = make_view(qtbot)
    view.show_graph(graph(db))
    with qtbot.assertNotEmitted(view.relations_clicked):
        view.highlight_relations([a])
    assert view.arrow_item(org.dept, org.station).highlighted
    assert not view.arrow_item(org.station, org.dept).highlighted
    view.show_graph(graph(db))
    assert view.arrow_item(org.dept, org.station).highlighted
    view.highlight_relations([])
    assert not view.arrow_item(org.dept, org.station).highlighted


def test_relations_inside_a_unit_are_a_badge_not_an_arrow(qtbot, db, org):
    with db.write() as s:
        vice = Position(code="P-VICE", name="副所长", unit_id=org.station, category="management", quota=1)
        s.add(vice)
        s.flush()
        vice_id = vice.id
    inside = add_relation(db, "position", org.head, vice_id, "排班")
    add_relation(db, "position", org.head, org.clerk, "报表")
    view = make_view(qtbot, shown=True)
    view.show_graph(graph(db, level="position"))
    assert view.arrow_count() == 1 and view.arrow_item(org.station, org.dept) is not None
    badge = view.scene().badges[org.station]
    assert badge.relation_ids == (inside,) and "1" in badge.text
    assert view.node_rects()[org.station].contains(badge.mapRectToScene(badge.rect))
    with qtbot.waitSignal(view.relations_clicked) as clicked:
        click(qtbot, view, badge.mapRectToScene(badge.rect).center())
    assert clicked.args[0] == [inside] and badge.highlighted


def test_an_empty_map_says_so(qtbot, db, org, tmp_path):
    view = make_view(qtbot)
    view.show_graph(graph(db))
    assert view.arrow_count() == 0
    texts = [i.text() for i in view.scene().items() if isinstance(i, QGraphicsSimpleTextItem)]
    assert texts == ["No relations match the filter"]
    assert view.export_png(tmp_path / "empty.png")


def test_the_png_holds_the_whole_map(qtbot, db, org, tmp_path):
    add_relation(db, "unit", org.dept, org.station, "安全检查", status="active", commitment="五日内反馈")
    add_relation(db, "unit", org.station, org.dept, "报表", status="active")
    view = make_view(qtbot)
    assert not view.export_png(tmp_path / "nothing.png")  # nothing shown yet
    view.show_graph(graph(db))
    view.zoom_by(3)  # the export doesn't depend on the zoom
    path = tmp_path / "map.png"
    assert view.export_png(path, scale=2.0)
    image = QImage(str(path))
    size = view.scene().content_rect().size() * 2.0
    assert abs(image.width() - size.width()) <= 1 and abs(image.height() - size.height()) <= 1
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)}
    assert image.pixelColor(0, 0) == QColor("white") and len(colours) > 20
    greenish = [c for c in map(QColor, colours) if c.green() > c.red() + 40 and c.green() > c.blue() + 40]
    assert greenish  # the committed arrow and the legend
    assert not view.export_png(tmp_path / "missing" / "map.png")
