"""The welcome page of a fresh installation: the names are required for an own database and
said beside the fields when missing; an empty start creates the database with the identity;
an import start needs a workbook, and a saved template is one; the demo start builds the demo
company; the choice is remembered; the launcher's main window imports the chosen workbook."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog

from desktop_app.org.xlsx_template import write_org_template
from desktop_app.settings import LAST_DATABASE, WELCOME_CHOICE
from ui import settings_store
from ui.operations.runner import Runner
from ui.welcome.welcome_window import WelcomeWindow


@pytest.fixture
def welcome(qtbot, tmp_path):
    window = WelcomeWindow(tmp_path / "data" / "internal-service.sqlite", tmp_path / "data" / "demo.sqlite")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    opened = []
    window.opened.connect(lambda db, workbook: opened.append((db, workbook)))
    window.opened_with = opened
    yield window
    for db, _ in opened:
        db.dispose()


def test_an_own_database_needs_the_names_said_at_the_fields(welcome):
    assert welcome.empty_choice.isChecked()
    assert "internal-service.sqlite" in welcome.where.text()
    assert not welcome.start()
    assert welcome.identity_error.isVisible()
    assert "installation name and the operator" in welcome.identity_error.text()
    assert not welcome.database_path.exists() and welcome.opened_with == []


def test_an_empty_start_creates_the_database_with_its_identity(welcome):
    welcome.installation.setText("城关供电所")
    welcome.operator.setText("张三")
    welcome.unit.setText("综合班")
    assert welcome.start()
    [(db, workbook)] = welcome.opened_with
    assert workbook is None and db.path == welcome.database_path and db.path.exists()
    assert (db.identity.installation_name, db.identity.operator_name, db.identity.operator_unit) == (
        "城关供电所", "张三", "综合班")
    assert settings_store.load(WELCOME_CHOICE) == "empty"
    assert not welcome.isVisible()


def test_an_import_start_needs_a_workbook(welcome, tmp_path):
    welcome.installation.setText("城关供电所")
    welcome.operator.setText("张三")
    welcome.import_choice.setChecked(True)
    assert welcome.workbook.isEnabled()
    welcome.workbook.setText(str(tmp_path / "missing.xlsx"))
    assert not welcome.start()
    assert welcome.workbook_error.isVisible() and ".xlsx" in welcome.workbook_error.text()
    assert welcome.opened_with == [] and not welcome.database_path.exists()


def test_a_saved_template_becomes_the_workbook_to_import(welcome, tmp_path, monkeypatch):
    target = tmp_path / "模板"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Excel (*.xlsx)"))
    welcome.ask_template()
    saved = tmp_path / "模板.xlsx"
    assert saved.is_file()
    assert welcome.import_choice.isChecked() and welcome.workbook.text() == str(saved)
    assert "Template saved" in welcome.workbook_error.text()
    welcome.installation.setText("城关供电所")
    welcome.operator.setText("张三")
    assert welcome.start()
    assert welcome.opened_with[0][1] == saved
    assert settings_store.load(WELCOME_CHOICE) == "import"


def test_the_demo_start_opens_the_demo_company(welcome):
    welcome.demo_choice.setChecked(True)
    assert not welcome.installation.isEnabled()  # the demo has its own names
    assert "demo.sqlite" in welcome.where.text()
    assert welcome.start()
    [(db, _)] = welcome.opened_with
    assert db.path == welcome.demo_path
    with db.read() as s:
        assert s.connection().exec_driver_sql("SELECT count(*) FROM unit").scalar() > 50
    assert not welcome.database_path.exists()  # the own database is not made
    assert settings_store.load(WELCOME_CHOICE) == "demo"


def test_the_main_window_imports_the_chosen_workbook(qtbot, db, tmp_path, monkeypatch):
    from openpyxl import load_workbook

    from ui.launcher import show_main_window

    monkeypatch.setattr(Runner, "synchronous", True)
    path = tmp_path / "org.xlsx"
    write_org_template(path)
    wb = load_workbook(path)
    wb["单位"].append(["C", "测试县供电公司", "公司", None, 0, "是", ""])
    wb["单位"].append(["S1", "城关供电所", "供电所", "C", 1, "是", ""])
    wb.save(path)
    window = show_main_window(db, path)
    qtbot.addWidget(window)
    assert window.stack.currentWidget() is window.pages["org"]
    with db.read() as s:
        names = s.connection().exec_driver_sql("SELECT name FROM unit ORDER BY sort_order").scalars().all()
    assert names == ["测试县供电公司", "城关供电所"]
    assert settings_store.load(LAST_DATABASE) == str(db.path)
