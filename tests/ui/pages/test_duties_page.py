"""The duty boundaries page in the main window: the Excel grid exported and imported back from
the page's buttons, a bad grid reported cell by cell with nothing written, the work item and
dispute tables, and what changed since a date."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from desktop_app.duties.xlsx_grid import SHEET
from tests.ui.duties.helpers import history_count, make_duties, unit_roles
from ui.context import AppContext
from ui.dialogs.import_report_dialog import ImportReportDialog
from ui.main_window import MainWindow
from ui.operations.runner import Runner
from ui.pages.duties_page import DutiesPage


@pytest.fixture
def duties(db, monkeypatch):
    monkeypatch.setattr(Runner, "synchronous", True)
    return make_duties(db)


@pytest.fixture
def page(qtbot, db, duties) -> DutiesPage:
    window = MainWindow(AppContext(db))
    qtbot.addWidget(window)
    p = window.show_page("duties")
    assert isinstance(p, DutiesPage)
    assert window.undo_group.activeStack() is p.undo_stack
    return p


def export(page, path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), "Excel (*.xlsx)"))
    page.export_button.click()
    assert path.exists()


def import_(page, path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), "Excel (*.xlsx)"))
    page.import_button.click()


def test_grid_exported_and_imported_back_unchanged_then_with_an_edit(page, db, duties, tmp_path, monkeypatch):
    path = tmp_path / "矩阵.xlsx"
    export(page, path, monkeypatch)
    rows = [[c.value for c in row] for row in openpyxl.load_workbook(path)[SHEET].iter_rows()]
    assert rows[0] == ["编码", "名称", "城关供电所", "运维班", "运检部"]
    assert rows[2] == ["W1", "配网故障抢修", "R", None, "C"]
    before, roles = history_count(db), unit_roles(db)
    import_(page, path, monkeypatch)
    assert history_count(db) == before and unit_roles(db) == roles
    wb = openpyxl.load_workbook(path)
    wb[SHEET]["E4"] = "R"  # W2 电费回收 × 运检部: the vacuum gets an owner
    wb.save(path)
    import_(page, path, monkeypatch)
    assert unit_roles(db)[(duties.w2, duties.org.dept)] == "R"
    grid = page.grid
    assert grid.model.index(grid.model.row_of(duties.w2), grid.model.column_of(duties.org.dept)).data() == "R"
    assert not any(f.kind == "vacuum" for f in page.findings.findings_shown())


def test_export_follows_the_column_filter(page, duties, tmp_path, monkeypatch):
    page.grid.filters.column_search.setText("运检")
    page.grid.filters.column_search.returnPressed.emit()
    path = tmp_path / "运检部.xlsx"
    export(page, path, monkeypatch)
    assert next(openpyxl.load_workbook(path)[SHEET].iter_rows(values_only=True)) == ("编码", "名称", "运检部")


def test_a_bad_grid_is_reported_cell_by_cell_and_nothing_is_written(page, db, duties, tmp_path, monkeypatch):
    path = tmp_path / "matrix.xlsx"
    export(page, path, monkeypatch)
    wb = openpyxl.load_workbook(path)
    ws = wb[SHEET]
    ws["C3"], ws["D4"] = "X", "主管"  # not roles
    ws.append(["W1", "重复的编码", "R"])
    wb.save(path)
    shown = []
    monkeypatch.setattr(ImportReportDialog, "exec", lambda self: shown.append(self) or 0)
    before = history_count(db)
    import_(page, path, monkeypatch)
    assert history_count(db) == before
    table = shown[0].table
    cells = {(table.item(r, 1).text(), table.item(r, 2).text()) for r in range(table.rowCount())}
    assert cells == {("3", "C 城关供电所"), ("4", "D 运维班"), ("6", "编码")}


def test_work_items_tab_edits_show_in_the_matrix(page, db, duties):
    assert page._items_tab.content is None  # built when first shown
    page.tabs.setCurrentIndex(1)
    items = page.work_items
    assert items.model.total() == 4
    r = items.model.row_of(duties.w2)
    items.model.setData(items.model.index(r, items.spec.index_of("title")), "电费回收及催缴")
    grid = page.grid
    assert grid.model.headerData(grid.model.row_of(duties.w2), Qt.Orientation.Vertical) == "W2  电费回收及催缴"
    assert page.disputes.model.total() == 0


def test_changes_since_a_date_lists_matrix_edits(page, db, duties):
    changes = page.changes
    assert changes.since.date() == QDate.currentDate().addDays(-30)
    changes.reload()
    before = changes.table.rowCount()  # the test data's own cells
    grid = page.grid
    grid.view.setCurrentIndex(grid.model.index(grid.model.row_of(duties.w2), grid.model.column_of(duties.org.team)))
    QTest.keyClick(grid.view, Qt.Key.Key_A)
    changes.reload()
    assert changes.table.rowCount() == before + 1
    texts = [changes.table.item(r, c).text() for r in range(changes.table.rowCount()) for c in range(6)]
    assert "W2 电费回收" in texts and "Unit role added" in texts and "— → A Approves" in texts
    changes.since.setDate(QDate.currentDate().addDays(1))
    assert changes.table.rowCount() == 0
