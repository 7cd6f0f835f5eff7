"""变更: the work items and matrix cells added, removed or changed since a date, net of
changes undone within the period (``changes_since``), for the handbook's "what changed"."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView, QDateEdit, QHBoxLayout, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from desktop_app.duties.changes import DutyChange, changes_since
from desktop_app.duties.tables import WORK_ITEMS
from desktop_app.duties.vocabulary import ROLE_LABELS, STATUS_LABELS
from desktop_app.history.tables import at_bound
from ui.context import AppContext, tr_core

DEFAULT_DAYS = 30


class ChangesPanel(QWidget):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.changes: list[DutyChange] = []
        self.since = QDateEdit(QDate.currentDate().addDays(-DEFAULT_DAYS), self)
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("yyyy-MM-dd")
        self.since.dateChanged.connect(lambda _d: self.reload())
        self.count_label = QLabel(self)
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Operator"), self.tr("Work item"),
                                              self.tr("What"), self.tr("Unit or post"), self.tr("Change")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for i, width in enumerate((140, 80, 220, 130, 170)):
            self.table.setColumnWidth(i, width)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Changed since:"), self))
        bar.addWidget(self.since)
        bar.addWidget(self.count_label)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self._stale = True
        ctx.changes_applied.connect(self._on_changes)
        ctx.database_replaced.connect(self._on_changes)

    def _on_changes(self, areas=frozenset({"duties"}), _source=None) -> None:
        if "duties" in areas:
            self._stale = True
            if self.isVisible():
                self.reload()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        self._stale = False
        with self.ctx.db.read() as s:
            self.changes = changes_since(s, at_bound(self.since.date().toPython()))
        self.table.setRowCount(len(self.changes))
        for r, c in enumerate(self.changes):
            values = (c.at.astimezone().strftime("%Y-%m-%d %H:%M"), c.operator,
                      f"{c.work_item_code} {c.work_item_title}", self._what(c), self._where(c), self._change(c))
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(r, col, item)
        self.count_label.setText(self.tr("%n change(s)", "", len(self.changes)))

    def _what(self, c: DutyChange) -> str:
        return {
            ("work_item", "added"): self.tr("Work item added"),
            ("work_item", "removed"): self.tr("Work item removed"),
            ("work_item", "changed"): self.tr("Work item changed"),
            ("unit_duty", "added"): self.tr("Unit role added"),
            ("unit_duty", "removed"): self.tr("Unit role removed"),
            ("unit_duty", "changed"): self.tr("Unit role changed"),
            ("position_duty", "added"): self.tr("Post role added"),
            ("position_duty", "removed"): self.tr("Post role removed"),
            ("position_duty", "changed"): self.tr("Post role changed"),
        }[(c.entity, c.action)]

    @staticmethod
    def _where(c: DutyChange) -> str:
        if c.entity == "position_duty":
            return f"{c.position_name} — {c.unit_name}"
        return c.unit_name

    def _change(self, c: DutyChange) -> str:
        if c.entity != "work_item":
            return f"{self._role(c.old_role)} → {self._role(c.new_role)}"
        parts = []
        for fc in c.fields:
            header = tr_core(WORK_ITEMS.column(fc.key).header)
            if fc.key == "status":
                old, new = (tr_core(STATUS_LABELS.get(v, str(v))) if v else "" for v in (fc.old, fc.new))
            else:
                old, new = ("" if v is None else str(v)[:60] for v in (fc.old, fc.new))
            parts.append(f"{header}: {old} → {new}")
        return "; ".join(parts)

    @staticmethod
    def _role(role: str | None) -> str:
        return f"{role} {tr_core(ROLE_LABELS[role])}" if role else "—"
