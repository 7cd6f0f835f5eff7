"""The problems of a rejected import, one per row: sheet, row, column, reason."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout

from ui.context import render


class ImportReportDialog(QDialog):
    def __init__(self, problems, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import rejected"))
        self.resize(760, 420)
        label = QLabel(self.tr("The file has %n problem(s). Nothing was imported; correct the file and import it again.", "", len(problems)), self)
        label.setWordWrap(True)
        self.table = QTableWidget(len(problems), 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("Problem")])
        for r, p in enumerate(problems):
            for c, value in enumerate((p.sheet, str(p.row) if p.row else "", p.column, render(p.message))):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
