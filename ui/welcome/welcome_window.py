"""The first start of a fresh installation, before any database exists: one page that asks
for the installation's name and the operator, and how to begin: with an empty database, by
importing units, posts and staff from Excel (with a template to fill in), or with the demo
company to try the app. Problems are said beside the field, not in a chain of dialogs.

``opened(db, import_file)`` fires with the open database once the choice is made; the caller
shows the main window and, for an import, starts it (the import checks every row and says
where each problem is).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QRadioButton,
    QVBoxLayout, QWidget,
)

from desktop_app.installation import set_identity
from desktop_app.settings import WELCOME_CHOICE
from desktop_app.storage.database import Database
from ui import settings_store
from ui.opening import open_or_explain

EMPTY, IMPORT, DEMO = "empty", "import", "demo"


class WelcomeWindow(QWidget):
    opened = Signal(object, object)  # (Database, Path of the workbook to import or None)

    def __init__(self, database_path: Path, demo_path: Path, parent=None) -> None:
        super().__init__(parent)
        self.database_path, self.demo_path = database_path, demo_path
        self.setWindowTitle(self.tr("Internal Customer Service System — Welcome"))

        title = QLabel(self.tr("Welcome to the Internal Customer Service System"), self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(self.tr("This installation keeps your organisation, duty boundaries, internal customer map, "
                               "rotation plans, meetings and service handbook in one database on this computer. "
                               "It works without a network."), self)
        intro.setWordWrap(True)

        who = QGroupBox(self.tr("This installation"), self)
        self.installation = QLineEdit(who)
        self.installation.setPlaceholderText(self.tr("e.g. 城关供电所"))
        self.operator = QLineEdit(who)
        self.operator.setPlaceholderText(self.tr("your name"))
        self.unit = QLineEdit(who)
        self.unit.setPlaceholderText(self.tr("e.g. 综合班"))
        self.identity_error = _error_label(who)
        form = QFormLayout(who)
        form.addRow(self.tr("Installation name:"), self.installation)
        form.addRow(self.tr("Operator:"), self.operator)
        form.addRow(self.tr("Operator's unit:"), self.unit)
        form.addRow(self.identity_error)
        note = QLabel(self.tr("Every change is recorded with these names. You can change them later in Settings."), who)
        note.setWordWrap(True)
        note.setEnabled(False)
        form.addRow(note)

        how = QGroupBox(self.tr("How would you like to begin?"), self)
        self.choices = QButtonGroup(self)
        self.empty_choice = QRadioButton(self.tr("Start with an empty database"), how)
        self.import_choice = QRadioButton(self.tr("Import units, posts and staff from an Excel workbook"), how)
        self.demo_choice = QRadioButton(self.tr("Open the demo company to try the app"), how)
        for button, key in ((self.empty_choice, EMPTY), (self.import_choice, IMPORT), (self.demo_choice, DEMO)):
            button.setProperty("choice", key)
            self.choices.addButton(button)
        self.empty_choice.setChecked(True)
        self.workbook = QLineEdit(how)
        self.workbook.setPlaceholderText(self.tr("the workbook to import"))
        self.browse_button = QPushButton(self.tr("Choose…"), how)
        self.browse_button.clicked.connect(self.choose_workbook)
        self.template_button = QPushButton(self.tr("Save a blank template…"), how)
        self.template_button.setToolTip(self.tr("An Excel workbook with the sheets 单位, 岗位 and 员工 and a sheet "
                                                "that explains every column"))
        self.template_button.clicked.connect(self.ask_template)
        self.workbook_error = _error_label(how)
        file_row = QHBoxLayout()
        file_row.setContentsMargins(24, 0, 0, 0)
        file_row.addWidget(self.workbook, 1)
        file_row.addWidget(self.browse_button)
        file_row.addWidget(self.template_button)
        column = QVBoxLayout(how)
        column.addWidget(self.empty_choice)
        column.addWidget(_hint(self.tr("Enter the organisation yourself in 组织与人员, unit by unit."), how))
        column.addWidget(self.import_choice)
        column.addLayout(file_row)
        column.addWidget(self.workbook_error)
        column.addWidget(self.demo_choice)
        column.addWidget(_hint(self.tr("A fictional county company with data in every module, in a file of its "
                                       "own. Create your own database later with File › New database."), how))
        self.choices.buttonToggled.connect(lambda *_: self._update())

        self.where = QLabel(self)
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.start_button = QPushButton(self.tr("Start"), self)
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        quit_button = QPushButton(self.tr("Quit"), self)
        quit_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.where, 1)
        buttons.addWidget(quit_button)
        buttons.addWidget(self.start_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(14)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(who)
        layout.addWidget(how)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.resize(760, 640)
        self._update()

    def choice(self) -> str:
        return self.choices.checkedButton().property("choice")

    def _update(self) -> None:
        importing, demo = self.choice() == IMPORT, self.choice() == DEMO
        for widget in (self.workbook, self.browse_button):
            widget.setEnabled(importing)
        for widget in (self.installation, self.operator, self.unit):
            widget.setEnabled(not demo)
        self.identity_error.hide()
        self.workbook_error.hide()
        path = self.demo_path if demo else self.database_path
        self.where.setText(self.tr("The database will be kept in %1").replace("%1", str(path)))

    # --- the workbook ------------------------------------------------------------------------

    def choose_workbook(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import from Excel"), "", "Excel (*.xlsx)")
        if name:
            self.workbook.setText(name)

    def ask_template(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save a blank template"), "组织机构导入模板.xlsx",
                                              "Excel (*.xlsx)")
        if name:
            self.save_template(Path(name) if name.lower().endswith(".xlsx") else Path(name + ".xlsx"))

    def save_template(self, path: Path) -> bool:
        from desktop_app.org.xlsx_template import write_org_template

        try:
            write_org_template(path)
        except OSError as exc:
            self._show(self.workbook_error, self.tr("The template could not be saved to %1: %2")
                       .replace("%1", str(path)).replace("%2", exc.strerror or str(exc)))
            return False
        self.workbook.setText(str(path))
        self.import_choice.setChecked(True)
        self._show(self.workbook_error, self.tr("Template saved to %1. Fill it in, save it, then press Start.")
                   .replace("%1", str(path)), error=False)
        return True

    # --- starting ----------------------------------------------------------------------------

    def start(self) -> bool:
        """Opens the chosen database; False (with the reason shown at its place) if it can't."""
        choice = self.choice()
        workbook = None
        if choice != DEMO:
            if not self.installation.text().strip() or not self.operator.text().strip():
                self._show(self.identity_error, self.tr("Please enter the installation name and the operator."))
                (self.installation if not self.installation.text().strip() else self.operator).setFocus()
                return False
        if choice == IMPORT:
            workbook = Path(self.workbook.text().strip())
            if not self.workbook.text().strip() or not workbook.is_file():
                self._show(self.workbook_error, self.tr("Choose the workbook to import (an .xlsx file)."))
                self.workbook.setFocus()
                return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            db = self._open(choice)
        finally:
            QGuiApplication.restoreOverrideCursor()
        if db is None:
            return False
        settings_store.save(WELCOME_CHOICE, choice)
        self.opened.emit(db, workbook)
        self.close()
        return True

    def _open(self, choice: str) -> Database | None:
        if choice == DEMO:
            from desktop_app.demo.demo_file import ensure_demo_database

            return open_or_explain(self, ensure_demo_database(self.demo_path))
        self.database_path.parent.mkdir(parents=True, exist_ok=True)
        db = open_or_explain(self, self.database_path)
        if db is not None:
            set_identity(db, self.installation.text(), self.operator.text(), self.unit.text())
        return db

    def _show(self, label: QLabel, text: str, error: bool = True) -> None:
        label.setStyleSheet("color: #b00020;" if error else "color: #2e7d32;")
        label.setText(text)
        label.show()


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.hide()
    return label


def _hint(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setContentsMargins(24, 0, 0, 4)
    label.setEnabled(False)
    return label
