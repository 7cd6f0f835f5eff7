"""Creating a recurring series of meetings in one step: a type, the first day, the last day,
how often and at what time (the type's defaults filled in)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout,
)

from desktop_app.meeting.vocabulary import RECURRENCE_LABELS
from ui.context import tr_core


class SeriesDialog(QDialog):
    """``types``: (id, name, recurrence, start time) of each meeting type. ``values()`` gives
    (type id, first day, last day, recurrence, start time) once accepted."""

    def __init__(self, types: list[tuple[str, str, str, str]], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New series of meetings"))
        self.types = types
        self.type_box = QComboBox(self)
        for type_id, name, _recurrence, _time in types:
            self.type_box.addItem(name, type_id)
        today = QDate.currentDate()
        self.first = QDateEdit(today, self)
        self.last = QDateEdit(today.addMonths(3), self)
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.recurrence = QComboBox(self)
        for key, label in RECURRENCE_LABELS.items():
            if key != "none":
                self.recurrence.addItem(tr_core(label), key)
        self.time = QLineEdit(self)
        self.time.setInputMask("99:99")
        self.type_box.currentIndexChanged.connect(self._type_chosen)
        form = QFormLayout()
        form.addRow(self.tr("Meeting type"), self.type_box)
        form.addRow(self.tr("First meeting on"), self.first)
        form.addRow(self.tr("Last meeting by"), self.last)
        form.addRow(self.tr("Repeats"), self.recurrence)
        form.addRow(self.tr("Starts at"), self.time)
        hint = QLabel(self.tr("One meeting is planned for each occurrence; each can be moved or deleted later."), self)
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self._type_chosen(0)

    def _type_chosen(self, index: int) -> None:
        if 0 <= index < len(self.types):
            _id, _name, recurrence, start_time = self.types[index]
            i = self.recurrence.findData(recurrence)
            if i >= 0:
                self.recurrence.setCurrentIndex(i)
            self.time.setText(start_time)

    def values(self) -> tuple[str, date, date, str, str]:
        return (self.type_box.currentData(), self.first.date().toPython(), self.last.date().toPython(),
                self.recurrence.currentData(), self.time.text())
