"""About: the app's name and version, where its data is, and the open-source components it is
built from with their versions and licences."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout

from desktop_app import __version__
from desktop_app.components import COMPONENTS, installed_version
from desktop_app.storage.backup import backup_dir


class AboutDialog(QDialog):
    def __init__(self, db_path, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About"))
        self.resize(720, 520)
        title = QLabel(self.tr("<h3>Internal Customer Service System</h3><p>Version %1</p>").replace("%1", __version__),
                       self)
        where = QLabel(self.tr("Database: %1<br>Backups: %2 (a copy on the first start of each day; the last 14 "
                               "are kept)").replace("%1", str(db_path)).replace("%2", str(backup_dir(db_path))), self)
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        built = QLabel(self.tr("Built with these open-source components:"), self)
        self.table = QTableWidget(len(COMPONENTS), 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Component"), self.tr("Version"), self.tr("Licence"),
                                              self.tr("Web site")])
        for row, c in enumerate(COMPONENTS):
            for column, text in enumerate((c.name, installed_version(c), c.licence, c.url)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(where)
        layout.addWidget(built)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
