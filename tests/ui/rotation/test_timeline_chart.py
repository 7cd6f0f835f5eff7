"""The timeline chart, offscreen, on timelines built by hand: bars counted and clicked, conflicts
marked, a selected bar brought into view, the wheel zooming time only, PNG export, a thousand
rows drawn."""

from __future__ import annotations

from datetime import date, timedelta

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QWheelEvent
from PySide6.QtWidgets import QApplication

from desktop_app.rotation.timeline import Bar, Timeline, TimelineRow
from ui.rotation.timeline_chart import TimelineChart
from ui.rotation.timeline_items import CONFLICT, KIND_COLOURS, day_x

KINDS = tuple(KIND_COLOURS)


def timeline(rows: int = 3, per_row: int = 2) -> Timeline:
    """Row r: bars of 20 days every 40 days from 2026-02-01 + r days, kinds in turn."""
    bars = []
    for r in range(rows):
        for k in range(per_row):
            start = date(2026, 2, 1) + timedelta(days=40 * k + r)
            bars.append(Bar(f"a{r}-{k}", r, start, start + timedelta(days=19), KINDS[(r + k) % 4], "城关供电所",
                            f"员工{r}\n{start.isoformat()}"))
    return Timeline("person", tuple(TimelineRow(f"s{r}", f"员工{r} (E{r:05d})") for r in range(rows)), tuple(bars),
                    bars[0].start if bars else None, max((b.end for b in bars), default=None))


@pytest.fixture
def chart(qtbot):
    chart = TimelineChart()
    qtbot.addWidget(chart)
    chart.resize(800, 400)
    chart.show()
    qtbot.waitExposed(chart)
    return chart


def in_view(chart: TimelineChart) -> QImage:
    """The plot's picture inside the axes (without the legend)."""
    return chart.plot.grab(chart.plot.mapFromScene(chart.view.sceneBoundingRect()).boundingRect()).toImage()


def colours(image: QImage) -> set[str]:
    return {image.pixelColor(x, y).name() for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)}


def widget_point(chart: TimelineChart, x: float, y: float) -> QPoint:
    """A view point (days, lanes) on the plot's viewport."""
    scene = chart.view.mapViewToScene(QPointF(x, y))
    return chart.plot.mapFromScene(scene)


def bar_centre(chart: TimelineChart, assignment_id: str) -> QPoint:
    centre = chart.bar_rect(assignment_id).center()
    return widget_point(chart, centre.x(), centre.y())


def test_each_bar_is_drawn_in_its_kinds_colour(chart):
    chart.show_timeline(timeline())
    assert chart.bar_count() == 6
    drawn = colours(chart.plot.grab().toImage())
    assert {QColor(c).name() for c in KIND_COLOURS.values()} <= drawn


def test_clicking_a_bar_emits_its_id_and_empty_space_nothing(chart, qtbot):
    chart.show_timeline(timeline())
    with qtbot.waitSignal(chart.assignment_clicked, check_params_cb=lambda i: i == "a1-1", timeout=1000):
        qtbot.mouseClick(chart.plot.viewport(), Qt.MouseButton.LeftButton, pos=bar_centre(chart, "a1-1"))
    gap = chart.bar_rect("a1-0")
    with qtbot.assertNotEmitted(chart.assignment_clicked, wait=50):
        qtbot.mouseClick(chart.plot.viewport(), Qt.MouseButton.LeftButton,
                         pos=widget_point(chart, gap.right() + 10, gap.center().y()))


def test_hovering_a_bar_shows_its_tooltip(chart, qtbot, monkeypatch):
    monkeypatch.setitem(pg.CONFIG_OPTIONS, "mouseRateLimit", 0)  # moves come faster than 100 a second
    chart.show_timeline(timeline(), conflicts={"a0-0"})
    qtbot.mouseMove(chart.plot.viewport(), bar_centre(chart, "a2-0"))
    qtbot.waitUntil(lambda: chart.hovered == "a2-0", timeout=1000)
    assert chart.tip.isVisible() and chart.tip.textItem.toPlainText() == "员工2\n2026-02-03"
    qtbot.mouseMove(chart.plot.viewport(), bar_centre(chart, "a0-0"))
    qtbot.waitUntil(lambda: chart.hovered == "a0-0", timeout=1000)
    assert chart.tip.textItem.toPlainText().startswith("员工0\n2026-02-01\n")  # and a word on the conflict
    gap = chart.bar_rect("a0-0")
    qtbot.mouseMove(chart.plot.viewport(), widget_point(chart, gap.right() + 10, gap.center().y()))
    qtbot.waitUntil(lambda: chart.hovered is None, timeout=1000)
    assert not chart.tip.isVisible()


def test_conflicts_are_marked_in_red(chart):
    chart.show_timeline(timeline())
    assert CONFLICT.name() not in colours(in_view(chart))
    chart.show_timeline(timeline(), conflicts=["a0-1", "a2-0", "not-shown"])
    assert chart.conflict_ids() == {"a0-1", "a2-0"}
    assert CONFLICT.name() in colours(in_view(chart))


def test_selecting_a_bar_brings_it_into_view(chart):
    shown = timeline(rows=60)
    chart.show_timeline(shown)
    chart.view.setXRange(day_x(date(2026, 1, 1)), day_x(date(2026, 1, 20)), padding=0)
    chart.select_assignment("a57-1")
    bar = next(b for b in shown.bars if b.assignment_id == "a57-1")
    first, last = chart.visible_range()
    assert first <= bar.start and bar.end <= last
    top, bottom = chart.view.viewRange()[1]
    rect = chart.bar_rect("a57-1")
    assert top <= rect.top() and rect.bottom() <= bottom
    assert chart.selected_id() == "a57-1"
    chart.select_assignment(None)
    assert chart.selected_id() is None


def turn_wheel(chart: TimelineChart, at: QPoint, delta: int) -> None:
    viewport = chart.plot.viewport()
    QApplication.sendEvent(viewport, QWheelEvent(
        QPointF(at), QPointF(viewport.mapToGlobal(at)), QPoint(0, 0), QPoint(0, delta), Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False))


def test_the_wheel_zooms_time_and_keeps_the_rows(chart):
    chart.show_timeline(timeline(rows=60))
    (left, right), rows = chart.view.viewRange()
    turn_wheel(chart, chart.plot.viewport().rect().center(), 240)
    (new_left, new_right), new_rows = chart.view.viewRange()
    assert new_right - new_left < (right - left) * 0.9
    assert new_rows == pytest.approx(rows)


def test_the_wheel_over_the_row_labels_scrolls_rows(chart):
    chart.show_timeline(timeline(rows=60))
    x_range, (top, bottom) = chart.view.viewRange()
    labels = chart.plot.mapFromScene(chart.rows_axis.sceneBoundingRect().center())
    turn_wheel(chart, labels, -120)
    assert chart.view.viewRange() == [pytest.approx(x_range), pytest.approx([top + 3, bottom + 3])]
    assert chart.scroll.value() == 3


def test_the_rows_shown_follow_the_height_and_scroll(chart, qtbot):
    chart.show_timeline(timeline(rows=60))
    top, bottom = chart.view.viewRange()[1]
    assert (top, 5 < bottom - top < 30) == (0, True)
    assert chart.scroll.maximum() > 0
    chart.scroll.setValue(20)
    assert chart.view.viewRange()[1][0] == pytest.approx(20)


def test_a_new_timeline_of_the_same_view_keeps_the_zoom(chart):
    chart.show_timeline(timeline())
    chart.view.setXRange(day_x(date(2026, 2, 1)), day_x(date(2026, 3, 1)), padding=0)
    chart.show_timeline(timeline(per_row=3))
    assert chart.visible_range() == (date(2026, 2, 1), date(2026, 2, 28))
    assert chart.bar_count() == 9


def test_an_empty_timeline_draws_nothing(chart):
    chart.show_timeline(timeline(rows=0))
    assert chart.bar_count() == 0
    first, last = chart.visible_range()
    assert first <= date.today() <= last


def test_export_writes_the_chart_as_a_png(chart, tmp_path):
    chart.show_timeline(timeline(), conflicts=["a1-0"])
    path = tmp_path / "时间线.png"
    assert chart.export_png(path)
    image = QImage(str(path))
    assert (image.width(), image.height()) == (chart.plot.width(), chart.plot.height())
    drawn = colours(image)
    assert QColor(KIND_COLOURS["rotation"]).name() in drawn and CONFLICT.name() in drawn
    assert not chart.export_png(tmp_path / "missing" / "x.png")


def test_a_thousand_rows_of_five_bars_are_drawn(chart):
    rows = 1000
    chart.show_timeline(timeline(rows=rows, per_row=5), conflicts=[f"a{r}-2" for r in range(0, rows, 10)])
    assert chart.bar_count() == 5000
    assert len(chart.conflict_ids()) == 100
    assert QColor(KIND_COLOURS["exchange"]).name() in colours(chart.plot.grab().toImage())
    chart.select_assignment("a990-4")
    top, bottom = chart.view.viewRange()[1]
    assert top <= chart.bar_rect("a990-4").top() < bottom
