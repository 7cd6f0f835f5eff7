"""The overview page on the test organisation: one card per chart of the core with its bars,
saved as PNG through the file dialog, reloaded after a change (at once when shown, on showing
again when hidden), reached from the main window."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog

from desktop_app.overview import OVERVIEW_CHARTS
from tests.desktop_app.duties.helpers import add_item, set_roles
from tests.desktop_app.meeting.helpers import add_action, add_meeting, add_type
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.pages.overview_page import OverviewPage

pytestmark = pytest.mark.usefixtures("inline_tasks")

TODAY = date.today()


@pytest.fixture
def meeting(db, org):
    return add_meeting(db, add_type(db), TODAY - timedelta(days=40))


@pytest.fixture
def page(make_page, org, meeting, db):
    add_action(db, meeting, "整改台区", unit=org.team, due_on=TODAY - timedelta(days=1))
    add_action(db, meeting, "巡视线路", unit=org.team, due_on=TODAY + timedelta(days=9))
    add_action(db, meeting, "培训", unit=org.dept, due_on=TODAY + timedelta(days=9))
    item = add_item(db, "W1", "配网抢修")
    set_roles(db, [(item, org.station, "R"), (item, org.dept, "R")])
    return make_page(OverviewPage)


def test_one_card_per_chart_with_its_bars(page):
    assert list(page.cards) == [source.key for source in OVERVIEW_CHARTS] == ["grey_areas", "action_items",
                                                                                "stationing"]
    actions = page.card("action_items")
    assert actions.axis.labels == ["运维班", "运检部"]
    assert actions.bar_widths() == [[1, 0], [1, 1]]  # overdue, then open and not overdue
    assert page.card("stationing").axis.labels == ["城关供电所"]
    assert page.card("stationing").bar_widths() == [[0], [0]]
    grey = page.card("grey_areas")
    assert grey.axis.labels == ["城关供电所", "运维班", "运检部"]  # overlap and gaps; idle posts
    assert str(TODAY) in page.as_of.text()


def test_save_as_png_writes_the_chosen_file(page, tmp_path, monkeypatch, qtbot):
    target = tmp_path / "督办.png"
    asked = []

    def choose(parent, caption, suggested, filters):
        asked.append(suggested)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    with qtbot.waitSignal(page.ctx.status_message, timeout=1000) as said:
        page.card("action_items").save_button.click()
    assert asked == ["Open_action_items_by_responsible_unit.png"]
    assert target.stat().st_size > 1000 and not QImage(str(target)).isNull()
    assert str(target) in said.args[0]


def test_a_change_shows_at_once_on_a_visible_page(page, db, org, meeting, qtbot):
    page.show()
    qtbot.waitExposed(page)
    add_action(db, meeting, "新增督办", unit=org.dept, due_on=TODAY - timedelta(days=3))
    page.ctx.notify({"meeting"}, None)
    assert page.card("action_items").bar_widths() == [[1, 1], [1, 1]]


def test_a_hidden_page_reloads_when_shown_again(page, db, org, meeting, qtbot):
    add_action(db, meeting, "新增督办", unit=org.station, due_on=TODAY - timedelta(days=3))
    page.ctx.notify({"history"}, None)  # no chart reads it
    assert not page.stale
    page.ctx.notify({"meeting"}, None)
    assert page.stale and page.card("action_items").axis.labels == ["运维班", "运检部"]  # not yet
    page.show()
    qtbot.waitExposed(page)
    assert not page.stale
    assert page.card("action_items").axis.labels == ["城关供电所", "运维班", "运检部"]


def test_refresh_reads_again(page, db, org, meeting):
    add_action(db, meeting, "新增督办", unit=org.station, due_on=TODAY + timedelta(days=3))
    page.refresh_button.click()
    assert page.card("action_items").axis.labels == ["城关供电所", "运维班", "运检部"]


def test_the_main_window_opens_the_overview(qtbot, db, org):
    window = MainWindow(AppContext(db))
    qtbot.addWidget(window)
    page = window.show_page("overview")
    assert isinstance(page, OverviewPage)
    page.settle()
    assert list(page.cards) == ["grey_areas", "action_items", "stationing"]
