"""The main window: every module in the navigation, plain placeholders, undo routing,
remembered page and geometry, the status bar identity."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from tests.factories import make_org
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.navigation import MODULES
from ui.pages.placeholder_page import PlaceholderPage


def make_window(qtbot, db):
    window = MainWindow(AppContext(db))
    qtbot.addWidget(window)
    return window


def test_navigation_lists_every_module_and_unbuilt_ones_say_so(qtbot, db):
    make_org(db)
    window = make_window(qtbot, db)
    assert window.nav.count() == len(MODULES) == 11
    assessment = window.show_page("assessment")
    assert isinstance(assessment, PlaceholderPage)
    texts = " ".join(label.text() for label in assessment.findChildren(type(window.identity_label)))
    assert "not built yet" in texts


def test_status_bar_shows_installation_and_operator(qtbot, db):
    window = make_window(qtbot, db)
    assert "测试供电所" in window.identity_label.text()
    assert "测试员" in window.identity_label.text()


def test_edit_menu_undo_follows_the_current_page(qtbot, db):
    make_org(db)
    window = make_window(qtbot, db)
    org = window.show_page("org")
    staff = org.staff
    staff.model.setData(staff.model.index(0, 1), "改名")
    assert window.undo_action.isEnabled()
    window.show_page("history")
    assert not window.undo_action.isEnabled()
    window.show_page("org")
    window.undo_action.trigger()
    assert staff.model.index(0, 1).data() == "员工0"


def test_last_page_and_geometry_are_remembered(qtbot, db):
    window = make_window(qtbot, db)
    window.show_page("history")
    window.resize(900, 600)
    window.close()
    assert QSettings().value("ui/last_page") == "history"
    again = make_window(qtbot, db)
    assert again.stack.currentWidget() is again.pages["history"]


def test_history_page_lists_changes_made_on_the_org_page(qtbot, db):
    make_org(db)
    window = make_window(qtbot, db)
    org = window.show_page("org")
    org.units.model.setData(org.units.model.index(0, 1), "新名字")
    history = window.show_page("history")
    texts = [history.panel.model.index(r, 3).data() for r in range(history.panel.model.rowCount())]
    assert len(texts) > 1 and "新名字" in texts[0]  # the newest change first


def test_choosing_a_unit_in_the_tree_filters_the_tables(qtbot, db):
    org_ids = make_org(db, staff=4)
    window = make_window(qtbot, db)
    page = window.show_page("org")
    assert page.positions.model.total() == 3
    page.tree.unit_chosen.emit(org_ids.dept)
    assert page.positions.model.total() == 1
    assert page.staff.model.total() == 0
    page.tree.unit_chosen.emit(org_ids.station)
    assert page.staff.model.total() == 4
