"""The minutes of one meeting (会议纪要): agenda items, decisions, action items (督办事项),
attendees, invited units with their opinions, and the items carried over from earlier meetings
of the type. Each list is a child table of the meeting: Enter on its last row adds the next."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop_app.meeting.meetings import cooperating_units, move_agenda_item, opinion_to_item, set_cooperating_units
from desktop_app.meeting.minutes_tables import (
    ACTIONS, AGENDA, ATTENDEES, DECISIONS, INVITED_UNITS, add_action, add_agenda_item, add_decision,
)
from desktop_app.org.tree import unit_tree
from ui.context import AppContext, tr_core
from ui.dialogs.unit_checklist_dialog import UnitChecklistDialog
from ui.meeting.carry_over_panel import CarryOverPanel
from ui.tables.child_table import ChildTable
from ui.tables.undo import CallCommand, CreateCommand


class MinutesEditor(QWidget):
    def __init__(self, ctx: AppContext, undo: QUndoStack, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.undo = ctx, undo
        self.meeting_id: str | None = None
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.agenda = ChildTable(ctx, AGENDA, undo, "meeting_id", "meeting", move_agenda_item,
                                 lambda s, m: add_agenda_item(s, m, tr_core), self)
        self.decisions = ChildTable(ctx, DECISIONS, undo, "meeting_id", "meeting", None,
                                    lambda s, m: add_decision(s, m, tr_core), self)
        self.actions = ChildTable(ctx, ACTIONS, undo, "meeting_id", "meeting", None,
                                  lambda s, m: add_action(s, m, tr_core), self)
        self.attendees = ChildTable(ctx, ATTENDEES, undo, "meeting_id", "meeting", parent=self)
        self.invited = ChildTable(ctx, INVITED_UNITS, undo, "meeting_id", "meeting", parent=self)
        self.carried = CarryOverPanel(ctx, undo, self)
        self.helpers_action = QAction(self.tr("Cooperating units…"), self, triggered=self.edit_cooperating)
        self.actions.add_tool(self.helpers_action)
        self.opinion_action = QAction(self.tr("Make improvement item"), self, triggered=self.opinion_to_item)
        self.opinion_action.setToolTip(self.tr("The chosen unit's opinion becomes an improvement item of the host "
                                               "department"))
        self.invited.add_tool(self.opinion_action)
        self.tabs = QTabWidget(self)
        for widget, label in ((self.agenda, self.tr("Agenda")), (self.decisions, self.tr("Decisions")),
                              (self.actions, self.tr("Action items")), (self.attendees, self.tr("Attendees")),
                              (self.invited, self.tr("Invited units")), (self.carried, self.tr("Carried over"))):
            self.tabs.addTab(widget, label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        self.show_meeting(None, "")

    def tables(self) -> tuple[ChildTable, ...]:
        return self.agenda, self.decisions, self.actions, self.attendees, self.invited

    def show_meeting(self, meeting_id: str | None, heading: str) -> None:
        self.meeting_id = meeting_id
        self.heading.setText(f"<b>{escape(heading)}</b>" if meeting_id else
                             escape(self.tr("Choose a meeting on the left to write its minutes.")))
        for table in self.tables():
            table.show_parent(meeting_id)
        self.carried.show_meeting(meeting_id)
        self.helpers_action.setEnabled(meeting_id is not None)
        self.opinion_action.setEnabled(meeting_id is not None)

    def settle(self) -> None:
        self.carried.settle()

    # --- cooperating units ---------------------------------------------------------------
    def edit_cooperating(self) -> None:
        ids = self.actions.selected_ids()
        if not ids:
            return
        action_id = ids[0]
        with self.ctx.db.read() as s:
            roots, before = unit_tree(s), cooperating_units(s, action_id)
        row = self.actions.model.row_at(self.actions.model.row_of(action_id))
        title = self.actions.model.display_text(row, ACTIONS.index_of("title"))
        dialog = UnitChecklistDialog(roots, before, self.tr("Cooperating units of “%1”").replace("%1", title[:40]),
                                     self.tr("Check the units that help the responsible unit with this item."), self)
        if dialog.exec() == UnitChecklistDialog.DialogCode.Accepted:
            self.set_cooperating(action_id, dialog.chosen_ids())

    def set_cooperating(self, action_id: str, unit_ids: list[str]) -> bool:
        with self.ctx.db.read() as s:
            before = cooperating_units(s, action_id)
        if before == unit_ids or not self.actions.write(lambda s: set_cooperating_units(s, action_id, unit_ids),
                                                        refresh=[action_id]):
            return False
        self.undo.push(CallCommand(self.tr("Change cooperating units"),
                                   lambda f: self.actions.write(f, refresh=[action_id]),
                                   lambda s: set_cooperating_units(s, action_id, unit_ids),
                                   lambda s: set_cooperating_units(s, action_id, before)))
        return True

    # --- symposium opinions --------------------------------------------------------------
    def opinion_to_item(self) -> str | None:
        """Turns the chosen invited unit's opinion into an improvement item (undoable) and shows
        it among the action items."""
        ids = self.invited.selected_ids()
        if not ids:
            return None
        box: dict = {}
        if not self.invited.write(lambda s: box.update(id=opinion_to_item(s, ids[0], tr_core))):
            return None
        self.undo.push(CreateCommand(self.tr("Make improvement item"), ACTIONS, self.actions.write, [box["id"]]))
        self.tabs.setCurrentWidget(self.actions)
        self.actions.reload_keeping_cursor()
        self.actions.select_ids([box["id"]])
        return box["id"]
