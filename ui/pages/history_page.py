"""变更记录: every change with who, when and what; filtered by record kind, operator and period."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout

from desktop_app.history.tables import ENTITY_LABELS, HISTORY, at_bound
from ui.context import AppContext, tr_core
from ui.pages.page import Page
from ui.tables.table_panel import TablePanel


class HistoryPage(Page):
    KEY = "history"

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(ctx, parent)
        self.panel = TablePanel(ctx, HISTORY, self.undo_stack, self)
        for w in (self.panel.add_action, self.panel.delete_action, self.panel.restore_action):
            w.setVisible(False)
        self.panel.show_deleted.hide()

        self.entity = QComboBox(self)
        self.entity.addItem(self.tr("All records"), None)
        for key, label in ENTITY_LABELS.items():
            self.entity.addItem(tr_core(label), key)
        self.operator = QLineEdit(self)
        self.operator.setPlaceholderText(self.tr("Operator"))
        self.since = QDateEdit(QDate.currentDate().addMonths(-1), self)
        self.until = QDateEdit(QDate.currentDate(), self)
        for d in (self.since, self.until):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
            d.dateChanged.connect(self._apply)
        self.entity.currentIndexChanged.connect(self._apply)
        self.operator.editingFinished.connect(self._apply)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Record:"), self))
        bar.addWidget(self.entity)
        bar.addWidget(self.operator)
        bar.addWidget(QLabel(self.tr("From:"), self))
        bar.addWidget(self.since)
        bar.addWidget(QLabel(self.tr("To:"), self))
        bar.addWidget(self.until)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.panel, 1)
        self._apply()

    def _apply(self) -> None:
        filters = [
            ("since", at_bound(self.since.date().toPython())),
            ("until", at_bound(self.until.date().addDays(1).toPython())),
        ]
        if self.entity.currentData():
            filters.append(("entity", self.entity.currentData()))
        if self.operator.text().strip():
            filters.append(("operator", self.operator.text().strip()))
        self.panel.set_filters(tuple(filters))
