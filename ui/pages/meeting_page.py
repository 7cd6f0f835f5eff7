"""会议纪要: the meetings (a recurring series created in one step), each one's minutes with the
items carried over from earlier meetings of its type, the action tracker across all meetings,
and the meeting types; minutes to PDF and .docx."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QSplitter, QTabWidget, QToolButton, QVBoxLayout, QWidget
from sqlalchemy import select

from desktop_app.meeting.meetings import (
    MeetingState, apply_meeting_state, create_series, reopen_minutes, set_meeting_status,
)
from desktop_app.meeting.minutes import latest_held_meeting
from desktop_app.meeting.tables import MEETING_TYPES, MEETINGS
from desktop_app.meeting.vocabulary import MEETING_STATUS_LABELS
from desktop_app.model import Meeting, MeetingType
from ui.context import AppContext, tr_core
from ui.meeting.minutes_editor import MinutesEditor
from ui.meeting.series_dialog import SeriesDialog
from ui.operations.meeting import export_minutes
from ui.pages.lazy_tab import LazyTab
from ui.pages.page import Page
from ui.tables.table_panel import TablePanel
from ui.tables.undo import CallCommand, CreateCommand


class MeetingPage(Page):
    KEY = "meeting"

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(ctx, parent)
        self.meetings = TablePanel(ctx, MEETINGS, self.undo_stack, self)
        self.minutes = MinutesEditor(ctx, self.undo_stack, self)
        self.series_action = QAction(self.tr("New series…"), self, triggered=self.new_series)
        self.series_action.setToolTip(self.tr("Plan a recurring meeting, e.g. every Monday for a quarter"))
        self.meetings.add_tool(self.series_action)
        self.status_button = QToolButton(self)
        self.status_button.setText(self.tr("Minutes"))
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.status_button)
        self.held_action = menu.addAction(self.tr("Mark as held"), lambda: self.change_status("held"))
        self.approve_action = menu.addAction(self.tr("Approve the minutes"), lambda: self.change_status("approved"))
        self.reopen_action = menu.addAction(self.tr("Reopen the minutes…"), self.reopen)
        menu.addSeparator()
        menu.addAction(self.tr("Export to PDF…"), lambda: self.choose_export("pdf"))
        menu.addAction(self.tr("Export to Word (.docx)…"), lambda: self.choose_export("docx"))
        self.status_button.setMenu(menu)
        self.meetings.add_bar_widget(self.status_button)
        self.meetings.current_row_changed.connect(self._meeting_changed)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.meetings)
        split.addWidget(self.minutes)
        split.setSizes([520, 760])
        split.setChildrenCollapsible(False)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(split, self.tr("Meetings and minutes"))
        self._tracker_tab = LazyTab(self._build_tracker, self)
        self._types_tab = LazyTab(lambda p: TablePanel(ctx, MEETING_TYPES, self.undo_stack, p), self)
        self.tabs.addTab(self._tracker_tab, self.tr("Action tracker"))
        self.tabs.addTab(self._types_tab, self.tr("Meeting types"))
        LazyTab.build_on_show(self.tabs)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.tabs)
        self._meeting_changed(None)
        with ctx.db.read() as s:  # open on the latest meeting held: the minutes most likely to be worked on
            latest = latest_held_meeting(s)
        if latest is not None:
            self.meetings.select_ids([latest])

    def _build_tracker(self, parent: QWidget) -> QWidget:
        from ui.meeting.tracker_panel import TrackerPanel

        return TrackerPanel(self.ctx, self.undo_stack, parent)

    @property
    def tracker(self):
        return self._tracker_tab.ensure()

    @property
    def types(self) -> TablePanel:
        return self._types_tab.ensure()  # type: ignore[return-value]

    def settle(self) -> None:
        self.meetings.model.wait_for_total()
        self.minutes.settle()
        if self._tracker_tab.content is not None:
            self._tracker_tab.content.settle()

    def current_meeting_id(self) -> str | None:
        current = self.meetings.view.currentIndex()
        return self.meetings.model.row_at(current.row()).id if current.isValid() else None

    def _meeting_changed(self, row) -> None:
        if row is None and self.minutes.meeting_id is not None and self.meetings.model.row_of(self.minutes.meeting_id) >= 0:
            return  # a reload cleared the cursor; the meeting shown is still there
        heading = ""
        if row is not None:
            m = self.meetings.model
            heading = " · ".join(filter(None, (m.display_text(row, MEETINGS.index_of("title")),
                                               m.display_text(row, MEETINGS.index_of("held_on")),
                                               m.display_text(row, MEETINGS.index_of("status")))))
        self.minutes.show_meeting(row.id if row is not None else None, heading)
        status = row.values[MEETINGS.index_of("status")] if row is not None else None
        self.status_button.setEnabled(row is not None)
        self.held_action.setEnabled(status == "planned")
        self.approve_action.setEnabled(status == "held")
        self.reopen_action.setEnabled(status == "approved")

    # --- series and status ---------------------------------------------------------------
    def new_series(self) -> None:
        with self.ctx.db.read() as s:
            types = [tuple(r) for r in s.execute(
                select(MeetingType.id, MeetingType.name, MeetingType.recurrence, MeetingType.start_time)
                .where(MeetingType.deleted_at.is_(None)).order_by(MeetingType.code))]
        if not types:
            QMessageBox.information(self, self.tr("New series"), self.tr("Add a meeting type first (tab Meeting types)."))
            return
        dialog = SeriesDialog(types, self)
        if dialog.exec() == SeriesDialog.DialogCode.Accepted:
            self.create_series(*dialog.values())

    def create_series(self, type_id: str, first, last, recurrence: str, start_time: str) -> list[str]:
        """Plans the series (one undo step); returns the new meetings' ids ([] when refused)."""
        box: dict = {}
        if not self.meetings.write(lambda s: box.update(ids=create_series(s, type_id, first, last, recurrence,
                                                                          start_time))):
            return []
        ids = box["ids"]
        self.undo_stack.push(CreateCommand(self.tr("New series of %n meeting(s)", "", len(ids)), MEETINGS,
                                           self.meetings.write, ids))
        self.meetings.select_ids(ids[:1])
        return ids

    def change_status(self, status: str, meeting_id: str | None = None) -> bool:
        meeting_id = meeting_id or self.current_meeting_id()
        if meeting_id is None:
            return False
        operator = self.ctx.db.identity.operator_name
        return self._state_change(meeting_id, lambda s: set_meeting_status(s, meeting_id, status, operator),
                                  self.tr("Set the meeting to %1").replace("%1", tr_core(MEETING_STATUS_LABELS[status])))

    def reopen(self, meeting_id: str | None = None, confirm: bool = True) -> bool:
        meeting_id = meeting_id or self.current_meeting_id()
        if meeting_id is None:
            return False
        if confirm and QMessageBox.question(
                self, self.tr("Reopen the minutes"),
                self.tr("The minutes are approved. Reopen them for changes? The reopening is recorded.")) \
                != QMessageBox.StandardButton.Yes:
            return False
        operator = self.ctx.db.identity.operator_name
        return self._state_change(meeting_id, lambda s: reopen_minutes(s, meeting_id, operator),
                                  self.tr("Reopen the minutes"))

    def _state_change(self, meeting_id: str, fn, text: str) -> bool:
        box: dict[str, MeetingState] = {}
        if not self.meetings.write(lambda s: box.update(before=fn(s)), refresh=[meeting_id]):
            return False
        with self.ctx.db.read() as s:
            m = s.get(Meeting, meeting_id)
            after = MeetingState(**{f: getattr(m, f) for f in MeetingState.__dataclass_fields__})
        self.undo_stack.push(CallCommand(text, lambda f: self.meetings.write(f, refresh=[meeting_id]),
                                         lambda s: apply_meeting_state(s, meeting_id, after),
                                         lambda s: apply_meeting_state(s, meeting_id, box["before"])))
        self._meeting_changed(self.meetings.model.row_at(self.meetings.model.row_of(meeting_id)))
        return True

    # --- export --------------------------------------------------------------------------
    def choose_export(self, suffix: str) -> None:
        meeting_id = self.current_meeting_id()
        if meeting_id is None:
            return
        row = self.meetings.model.row_at(self.meetings.model.row_of(meeting_id))
        name = f"{row.values[MEETINGS.index_of('title')]}.{suffix}"
        filters = "PDF (*.pdf)" if suffix == "pdf" else "Word (*.docx)"
        path, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("MeetingPage", "Export the minutes"),
                                              name, filters)
        if path:
            export_minutes(self, self.ctx, meeting_id, Path(path))
