"""The File menu's Excel import/export and backups, run as a user would (tasks run inline)."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlalchemy import func, select

from desktop_app.model import Staff
from desktop_app.storage.backup import list_backups
from tests.factories import make_org
from ui.context import AppContext
from ui.dialogs.import_report_dialog import ImportReportDialog
from ui.dialogs.restore_dialog import RestoreDialog
from ui.main_window import MainWindow
from ui.operations.runner import Runner


@pytest.fixture
def window(qtbot, db, monkeypatch):
    monkeypatch.setattr(Runner, "synchronous", True)
    make_org(db, staff=8)
    win = MainWindow(AppContext(db))
    qtbot.addWidget(win)
    return win


def staff_count(db):
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Staff).where(Staff.deleted_at.is_(None)))


def test_export_then_import_changed_file_updates_the_tables(window, db, tmp_path):
    path = tmp_path / "org.xlsx"
    window.files.run_export(path)
    wb = openpyxl.load_workbook(path)
    sheet = wb["员工"]
    sheet.append(["E09999", "新来的", "女", "", "P-CLERK", "否", "2025-03-01", ""])
    wb.save(path)
    staff_page = window.show_page("org").staff
    before = staff_page.model.total()
    window.files.run_import(path)
    assert staff_count(db) == 9
    assert staff_page.model.total() == before + 1


def test_bad_file_shows_every_problem_and_writes_nothing(window, db, tmp_path, monkeypatch):
    path = tmp_path / "org.xlsx"
    window.files.run_export(path)
    wb = openpyxl.load_workbook(path)
    wb["员工"].append(["E09998", "", "女", "", "P-NOPE", "否", "2025-02-30", ""])
    wb.save(path)
    shown = []
    monkeypatch.setattr(ImportReportDialog, "exec", lambda self: shown.append(self) or 0)
    window.files.run_import(path)
    assert staff_count(db) == 8
    table = shown[0].table
    cells = {(table.item(r, 0).text(), table.item(r, 1).text(), table.item(r, 2).text()) for r in range(table.rowCount())}
    assert {("员工", "10", "姓名"), ("员工", "10", "岗位编码"), ("员工", "10", "入职日期")} <= cells


def test_backup_and_restore_from_the_menu(window, db, monkeypatch):
    window.files.backup_now()
    assert [b.reason for b in list_backups(db.path)] == ["manual"]
    page = window.show_page("org")
    page.staff.model.setData(page.staff.model.index(0, 1), "备份之后改的")
    monkeypatch.setattr(RestoreDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.files.restore()
    restored = window.ctx.db
    with restored.read() as s:
        names = s.scalars(select(Staff.name)).all()
    assert "备份之后改的" not in names and "员工0" in names
    assert page.staff.model.index(0, 1).data() == "员工0"
    assert {b.reason for b in list_backups(restored.path)} == {"manual", "before-restore"}


def test_the_restore_list_says_when_and_why_each_backup_was_made(window, db):
    from desktop_app.storage.backup import daily_backup

    window.files.backup_now()
    daily_backup(db.path)
    backups = list_backups(db.path)
    dialog = RestoreDialog(backups, db.path.parent, window)
    reasons = sorted(dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount()))
    assert reasons == ["Backed up by hand", "Daily, on the first start of the day"]
    assert all(dialog.table.item(r, 2).text().endswith(" KB") for r in range(2))
    assert dialog.chosen() == backups[0]  # the newest is chosen


def test_the_backup_folder_is_shown(window, db, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    from desktop_app.storage.backup import backup_dir

    opened, said = [], []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    window.ctx.status_message.connect(said.append)
    folder = window.files.open_backup_folder()
    assert folder == backup_dir(db.path) and folder.is_dir()
    assert opened == [str(folder)] and said == [f"Backups are kept in {folder}"]
