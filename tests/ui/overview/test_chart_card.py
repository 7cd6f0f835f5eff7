"""One overview chart card, offscreen, on charts built by hand: bars as long as the values
(stacked or side by side), names on the axis, a tooltip with the values on hover, the values
written at the bars' ends, saved as PNG with its title."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QWheelEvent
from PySide6.QtWidgets import QApplication, QToolTip

from desktop_app.i18n import msg
from desktop_app.overview import ChartData, Series
from ui.overview.chart_card import ROW_PX, ChartCard

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")  # the tooltip, offscreen


def chart(stacked: bool = True, names=("运维检修部", "城关供电所", "No owner")) -> ChartData:
    return ChartData("demo", msg("Open action items by responsible unit"), names,
                     (Series(msg("Overdue"), (3, 0, 1)[:len(names)], "#EE6677"),
                      Series(msg("Open, not overdue"), (1, 2, 0)[:len(names)], "#4477AA")),
                     msg("Action items"), stacked=stacked, note=msg("Due before 2026-05-20."))


@pytest.fixture
def card(qtbot):
    card = ChartCard()
    qtbot.addWidget(card)
    card.resize(900, 400)
    card.show()
    qtbot.waitExposed(card)
    return card


def point(card: ChartCard, row: int, value: float) -> QPoint:
    return card.plot.mapFromScene(card.row_scene_pos(row, value))


def test_stacked_bars_start_where_the_series_before_ended(card):
    card.show_chart(chart())
    assert card.bar_widths() == [[3, 0, 1], [1, 2, 0]]
    assert card.bar_starts() == [[0, 0, 0], [3, 0, 1]]
    assert card.axis.labels == ["运维检修部", "城关供电所", "No owner"]
    assert [t.toPlainText().strip() for t in card.value_labels] == ["4", "2", "1"]  # the totals
    assert card.title.text() == "Open action items by responsible unit"
    assert card.note.text() == "Due before 2026-05-20."
    assert card.plot.height() >= 3 * ROW_PX
    drawn = card.plot.grab().toImage()
    found = {drawn.pixelColor(x, y).name() for x in range(0, drawn.width(), 3) for y in range(0, drawn.height(), 3)}
    assert {QColor("#EE6677").name(), QColor("#4477AA").name()} <= found


def test_side_by_side_bars_share_the_row(card):
    card.show_chart(chart(stacked=False))
    assert card.bar_starts() == [[0, 0, 0], [0, 0, 0]]
    assert card.bar_widths() == [[3, 0, 1], [1, 2, 0]]
    first, second = (list(bar.opts["y"]) for bar in card.bars)
    assert all(a < b for a, b in zip(first, second)) and all(abs(b - a) < 1 for a, b in zip(first, second))
    assert [t.toPlainText().strip() for t in card.value_labels] == ["3", "0", "1", "1", "2", "0"]


def test_the_card_grows_with_its_rows(card):
    card.show_chart(chart(names=("甲",)))
    one = card.plot.height()
    card.show_chart(chart())
    assert card.plot.height() == one + 2 * ROW_PX


def test_hovering_a_row_shows_its_name_and_values(card, qtbot, monkeypatch):
    monkeypatch.setitem(pg.CONFIG_OPTIONS, "mouseRateLimit", 0)
    card.show_chart(chart())
    QApplication.processEvents()  # the new height laid out: rows where the mouse will look
    qtbot.mouseMove(card.plot.viewport(), point(card, 0, 2))
    qtbot.waitUntil(lambda: card.hovered == 0, timeout=1000)
    assert card.tip_text(0) == "运维检修部\nOverdue: 3\nOpen, not overdue: 1\nTotal: 4"
    assert QToolTip.text() == card.tip_text(0)
    assert card.band.isVisible()
    qtbot.mouseMove(card.plot.viewport(), point(card, 2, 0.5))
    qtbot.waitUntil(lambda: card.hovered == 2, timeout=1000)
    assert QToolTip.text().startswith("No owner\nOverdue: 1\n")


def test_the_wheel_over_a_chart_is_left_to_the_page(card):
    """An ignored wheel event goes on to the scroll area around the cards; the view stays."""
    card.show_chart(chart())
    QApplication.processEvents()
    before = card.view.viewRange()
    for x in (20, card.plot.width() // 2):  # over the names, over the bars
        at = QPointF(x, card.plot.height() / 2)
        event = QWheelEvent(at, card.plot.mapToGlobal(at), QPoint(0, 0), QPoint(0, -120), Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
        event.ignore()
        card.plot.wheelEvent(event)
        assert not event.isAccepted()
    assert card.view.viewRange() == before


def test_an_empty_chart_says_so_and_cannot_be_saved(card):
    card.show_chart(chart(names=()))
    assert card.empty_label.isVisible() and not card.plot.isVisible()
    assert not card.save_button.isEnabled()


def test_the_png_has_the_title_above_the_bars(card, tmp_path):
    card.show_chart(chart())
    path = tmp_path / "chart.png"
    assert card.export_png(path)
    image = QImage(str(path))
    assert not image.isNull()
    assert image.height() > card.plot.height() + 20 and image.width() == card.plot.grab().width()
    top = {image.pixelColor(x, y).name() for x in range(0, image.width(), 2) for y in range(0, 30)}
    assert len(top) > 2  # the title's text, not a blank band
