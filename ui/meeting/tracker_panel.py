"""The action tracker (督办跟踪): every action item across meetings, filtered by unit (answering
for it or helping), person, status and due date, overdue ones marked; beside it, the count of
items per unit."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QCompleter, QDateEdit, QHBoxLayout, QLabel, QSplitter, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from desktop_app.meeting.tables import UNFINISHED
from desktop_app.meeting.tracker import TRACKER, UnitActionCount, tracker_counts
from desktop_app.meeting.vocabulary import ACTION_STATUS_LABELS
from desktop_app.model import ActionItem, Meeting
from desktop_app.rotation.tables import STAFF_PICK
from desktop_app.tables.choices import ref_choices
from ui.context import AppContext, tr_core
from ui.operations.latest_read import LatestRead
from ui.pages.unit_combo import UnitCombo
from ui.tables.table_panel import TablePanel


def overdue_ids(session, as_of: date) -> frozenset[str]:
    """The unfinished live items of live meetings due before ``as_of`` (one indexed query)."""
    a = ActionItem
    return frozenset(session.scalars(
        select(a.id).join(Meeting, a.meeting_id == Meeting.id)
        .where(a.deleted_at.is_(None), Meeting.deleted_at.is_(None), a.status.in_(UNFINISHED), a.due_on < as_of)))


class TrackerPanel(QWidget):
    def __init__(self, ctx: AppContext, undo: QUndoStack, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.table = TablePanel(ctx, TRACKER, undo, self)
        self.table.buttons[self.table.add_action].hide()  # items are added in a meeting's minutes
        self.unit = UnitCombo(ctx, self.tr("All units"), parent=self)
        self.unit.setToolTip(self.tr("Items the unit (or a unit below it) answers for or helps with"))
        self.status = QComboBox(self)
        self.status.addItem(self.tr("Unfinished"), "unfinished")
        self.status.addItem(self.tr("Any status"), None)
        for key, label in ACTION_STATUS_LABELS.items():
            self.status.addItem(tr_core(label), key)
        self.person = QComboBox(self)
        self.person.setEditable(True)
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.person.setMinimumContentsLength(14)
        self.person.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.person.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.person.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.person.setToolTip(self.tr("Items this person answers for; type part of a name or employee number"))
        self._fill_people()
        self.overdue = QCheckBox(self.tr("Overdue only"), self)
        self.due = QCheckBox(self.tr("Due before"), self)
        self.due_date = QDateEdit(QDate.currentDate().addDays(14), self)
        self.due_date.setCalendarPopup(True)
        self.due_date.setDisplayFormat("yyyy-MM-dd")
        self.due_date.setEnabled(False)
        self.due.toggled.connect(self.due_date.setEnabled)
        bar = QHBoxLayout()
        for text, widget in ((self.tr("Unit"), self.unit), (self.tr("Person"), self.person),
                             (self.tr("Status"), self.status)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            bar.addWidget(label)
            bar.addWidget(widget)
        bar.addWidget(self.overdue)
        bar.addWidget(self.due)
        bar.addWidget(self.due_date)
        bar.addStretch(1)
        self.counts = QTreeWidget(self)
        self.counts.setRootIsDecorated(False)
        self.counts.setHeaderLabels([self.tr("Unit"), self.tr("Overdue"), self.tr("Open"), self.tr("In progress"),
                                     self.tr("Done")])
        self.counts.setColumnWidth(0, 150)
        self.counts.itemDoubleClicked.connect(self._count_chosen)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.table)
        split.addWidget(self.counts)
        split.setSizes([960, 330])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        self.unit.unit_chosen.connect(lambda _u: self.apply_filters())
        self.status.activated.connect(lambda _i: self.apply_filters())
        self.person.activated.connect(lambda _i: self.apply_filters())
        self.overdue.toggled.connect(lambda _on: self.apply_filters())
        self.due.toggled.connect(lambda _on: self.apply_filters())
        self.due_date.dateChanged.connect(lambda _d: self.due.isChecked() and self.apply_filters())
        self.marks = LatestRead(self)
        self.marks.done.connect(self._marked)
        self.count_reader = LatestRead(self)
        self.count_reader.done.connect(self._show_counts)
        ctx.changes_applied.connect(lambda areas, _src: {"meeting", "org"} & areas and self.refresh_marks())
        ctx.changes_applied.connect(lambda areas, _src: "org" in areas and self._fill_people())
        ctx.database_replaced.connect(self.refresh_marks)
        self.apply_filters()
        self.refresh_marks()

    def filters(self) -> tuple:
        out = []
        if self.unit.unit_id():
            out.append(("unit", self.unit.unit_id()))
        if self.person.currentData():
            out.append(("person", self.person.currentData()))
        if self.status.currentData():
            out.append(("status", self.status.currentData()))
        if self.overdue.isChecked():
            out.append(("overdue", date.today()))
        if self.due.isChecked():
            out.append(("due_before", self.due_date.date().toPython()))
        return tuple(out)

    def _fill_people(self) -> None:
        current = self.person.currentData()
        self.person.clear()
        self.person.addItem(self.tr("Anyone"), None)
        with self.ctx.db.read() as s:
            for choice in ref_choices(s, STAFF_PICK):
                self.person.addItem(choice.text, choice.id)
        self.person.setCurrentIndex(max(self.person.findData(current), 0))

    def set_person(self, staff_id: str | None) -> None:
        self.person.setCurrentIndex(max(self.person.findData(staff_id), 0))
        self.apply_filters()

    def apply_filters(self) -> None:
        filters = self.filters()
        if filters != self.table.model.query.filters:
            self.table.model.set_query(replace(self.table.model.query, filters=filters))

    def refresh_marks(self) -> None:
        today = date.today()
        self.marks.start(self.ctx.db, lambda s: overdue_ids(s, today))
        self.count_reader.start(self.ctx.db, lambda s: tracker_counts(s, today))

    def settle(self) -> None:
        self.marks.wait()
        self.count_reader.wait()
        self.table.model.wait_for_total()

    def _marked(self, ids: frozenset[str]) -> None:
        self.table.model.set_highlighted(ids)

    def _show_counts(self, counts: list[UnitActionCount]) -> None:
        self.counts.clear()
        for c in counts:
            item = QTreeWidgetItem(self.counts, [c.name or self.tr("(no unit)"), str(c.overdue), str(c.open),
                                                 str(c.in_progress), str(c.done)])
            item.setData(0, Qt.ItemDataRole.UserRole, c.unit_id)
            for column in range(1, 5):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if c.overdue:
                item.setForeground(1, Qt.GlobalColor.darkRed)

    def _count_chosen(self, item: QTreeWidgetItem, _column: int) -> None:
        """Double-clicking a unit's counts shows its unfinished items."""
        unit_id = item.data(0, Qt.ItemDataRole.UserRole)
        if unit_id and self.unit.set_unit(unit_id):
            self.status.setCurrentIndex(self.status.findData("unfinished"))
            self.apply_filters()
