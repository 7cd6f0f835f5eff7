"""Choosing a backup to restore, with its date, reason and size."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout


class RestoreDialog(QDialog):
    def __init__(self, backups, folder, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.resize(640, 360)
        self.backups = backups
        info = QLabel(self.tr("Backups in %1. The current database is kept as a backup before it is replaced.").replace("%1", str(folder)), self)
        info.setWordWrap(True)
        self.table = QTableWidget(len(backups), 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Taken at"), self.tr("Reason"), self.tr("Size")])
        for r, b in enumerate(backups):
            for c, value in enumerate((b.taken_at.strftime("%Y-%m-%d %H:%M:%S"), self.reason_text(b.reason),
                                       f"{b.size / 1024:,.0f} KB")):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        if backups:
            self.table.selectRow(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def reason_text(self, reason: str) -> str:
        texts = {"daily": self.tr("Daily, on the first start of the day"), "manual": self.tr("Backed up by hand"),
                 "before-upgrade": self.tr("Before upgrading to a new version"),
                 "before-restore": self.tr("The data replaced by a restore")}
        return texts.get(reason, reason)

    def chosen(self):
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None
