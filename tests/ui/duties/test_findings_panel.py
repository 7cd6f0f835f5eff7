"""The grey-area findings beside the matrix: grouped by kind and unit, following every edit,
double-click to select the cells, explained findings hidden (and shown again on request)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog

from tests.desktop_app.duties.helpers import set_roles
from ui.pages.duties_page import DutiesPage


@pytest.fixture
def page(qtbot, ctx, duties):
    p = DutiesPage(ctx)
    qtbot.addWidget(p)
    p.resize(1300, 800)
    p.show()
    qtbot.waitExposed(p)
    return p


def kinds(page, explained=False):
    return sorted((f.kind, f.key.split(":")[0]) for f in page.findings.findings_shown(explained))


def finding(page, rule):
    return next(f for f in page.findings.findings_shown() if f.key.split(":")[0] == rule)


def top_level(page):
    model = page.findings.model
    return [model.item(r, 0).text() for r in range(model.rowCount())]


def double_click(page, f):
    assert page.findings.select_key(f.key)
    tree = page.findings.tree
    rect = tree.visualRect(tree.currentIndex())
    # a double-click's first click; QTest's double click alone is not seen as one by the view
    QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    QTest.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())


def test_findings_are_grouped_by_kind_then_unit(page, duties):
    assert kinds(page) == [("gap", "gap"), ("orphan", "orphan.idle"), ("orphan", "orphan.idle"), ("vacuum", "vacuum")]
    assert top_level(page) == ["Vacuum (1)", "Gap (1)", "Orphan (2)"]
    gap_group = page.findings.model.item(1, 0)
    assert gap_group.child(0, 0).text() == "运检部 (1)"  # the unit it is listed under
    assert "运检部 owns \u201c安全检查 (W3)\u201d" in gap_group.child(0, 0).child(0, 0).text()
    assert page.findings.model.item(0, 0).child(0, 1).text() == "High"
    assert "4 finding(s)" in page.findings.title.text()


def test_an_edit_that_removes_a_vacuum_updates_the_list(page, db, duties):
    grid = page.grid
    grid.view.setCurrentIndex(grid.model.index(grid.model.row_of(duties.w2), grid.model.column_of(duties.org.dept)))
    QTest.keyClick(grid.view, Qt.Key.Key_R)
    assert ("vacuum", "vacuum") not in kinds(page)
    assert sum(1 for k in kinds(page) if k == ("gap", "gap")) == 2  # the new owner has no post for it yet
    page.undo_stack.undo()
    assert ("vacuum", "vacuum") in kinds(page)


def test_a_change_made_elsewhere_refreshes_on_notice(page, db, duties):
    set_roles(db, [(duties.w2, duties.org.station, "R")])
    assert ("vacuum", "vacuum") in kinds(page)  # nothing told the page yet
    page.ctx.notify({"duties"})
    assert ("vacuum", "vacuum") not in kinds(page)
    assert page.grid.model.index(page.grid.model.row_of(duties.w2), 0).data() == "R"


def test_a_handoff_without_commitment_follows_the_customer_map(page, db, duties):
    from tests.desktop_app.customer_map.helpers import add_process, add_relation

    org = duties.org
    add_process(db, "业扩报装", [("受理", org.station, None), ("勘查", org.dept, None)])
    page.ctx.notify({"customer_map"})
    assert ("handoff", "handoff") in kinds(page)
    assert "城关供电所" in finding(page, "handoff").message.render()
    add_relation(db, "unit", org.station, org.dept, "报装资料传递", status="active", commitment="当天转交")
    page.ctx.notify({"customer_map"})
    assert ("handoff", "handoff") not in kinds(page)


def test_double_click_on_a_vacuum_selects_the_items_row(page, duties):
    double_click(page, finding(page, "vacuum"))
    grid = page.grid
    row = grid.model.row_of(duties.w2)
    assert grid.view.selected_cells() == [(row, c) for c in range(grid.model.columnCount())]
    assert grid.view.currentIndex().row() == row


def test_double_click_on_a_gap_selects_the_units_cell_even_when_filtered_out(page, duties):
    page.grid.filters.search.setText("电费")
    page.grid.filters.search.returnPressed.emit()
    assert page.grid.model.row_of(duties.w3) == -1
    double_click(page, finding(page, "gap"))
    grid = page.grid
    assert grid.model.level == "unit" and grid.filters.search.text() == ""
    assert grid.view.selected_cells() == [(grid.model.row_of(duties.w3), grid.model.column_of(duties.org.dept))]


def test_double_click_on_an_idle_post_opens_its_units_posts(page, duties):
    idle = next(f for f in page.findings.findings_shown() if duties.org.clerk in f.position_ids)
    double_click(page, idle)
    grid = page.grid
    assert grid.model.level == "position" and grid.model.matrix.unit_id == duties.org.dept
    column = grid.model.column_of(duties.org.clerk)
    assert {c for _r, c in grid.view.selected_cells()} == {column}


def test_explained_finding_is_hidden_until_shown_again(page, duties, monkeypatch):
    gap = finding(page, "gap")
    page.findings.select_key(gap.key)
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("安全检查由运检部专责兼管，岗位待设。", True))
    page.findings.explain_button.click()
    assert ("gap", "gap") not in kinds(page)
    assert "1 explained" in page.findings.title.text()
    page.findings.show_explained.setChecked(True)
    assert kinds(page, explained=True) == [("gap", "gap")]
    assert page.findings.select_key(gap.key)
    note = page.findings.model.itemFromIndex(page.findings.tree.currentIndex().siblingAtColumn(2)).text()
    assert note == "安全检查由运检部专责兼管，岗位待设。"
    assert page.findings.unexplain_button.isEnabled()
    page.findings.unexplain_button.click()
    assert ("gap", "gap") in kinds(page) and kinds(page, explained=True) == []


def test_an_empty_note_explains_nothing(page, duties, monkeypatch):
    page.findings.select_key(finding(page, "vacuum").key)
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("  ", True))
    assert not page.findings.explain_current()
    assert ("vacuum", "vacuum") in kinds(page)
