"""Carried over (上次遗留): when a meeting is opened, the unfinished action items of the earlier
meetings of its type, with their progress history, to review one by one; a note written here
is kept in the item's history with this meeting."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from desktop_app.meeting.meetings import (
    ActionState, CarriedItem, action_state, apply_action_state, carry_over, note_progress,
)
from desktop_app.meeting.minutes_tables import PROGRESS
from desktop_app.meeting.vocabulary import ACTION_STATUS_LABELS
from desktop_app.tables import edits
from desktop_app.tables.edits import EditRefused
from desktop_app.tables.values import CellError
from ui.context import AppContext, render, tr_core
from ui.operations.latest_read import LatestRead

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


class NoteDialog(QDialog):
    """A progress note and, if it changes, the item's new status."""

    def __init__(self, item: CarriedItem, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Progress on “%1”").replace("%1", item.title[:40]))
        self.text = QPlainTextEdit(self)
        self.status = QComboBox(self)
        self.status.addItem(self.tr("(unchanged)"), None)
        for key, label in ACTION_STATUS_LABELS.items():
            if key != item.status:
                self.status.addItem(tr_core(label), key)
        form = QFormLayout()
        form.addRow(self.tr("Progress"), self.text)
        form.addRow(self.tr("New status"), self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(460, 260)

    def values(self) -> tuple[str, str | None]:
        return self.text.toPlainText(), self.status.currentData()


class _NoteCommand(QUndoCommand):
    """Undo deletes the note and puts the item's status back; redo brings the note back."""

    def __init__(self, text: str, write: Callable, note_id: str, action_id: str, before: ActionState,
                 after: ActionState) -> None:
        super().__init__(text)
        self._write, self.note_id, self.action_id, self.before, self.after = write, note_id, action_id, before, after
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        if not self._write(lambda s: (edits.restore(s, PROGRESS, [self.note_id]),
                                      apply_action_state(s, self.action_id, self.after))):
            self.setObsolete(True)

    def undo(self) -> None:
        if not self._write(lambda s: (edits.soft_delete(s, PROGRESS, [self.note_id]),
                                      apply_action_state(s, self.action_id, self.before))):
            self.setObsolete(True)


class CarryOverPanel(QWidget):
    def __init__(self, ctx: AppContext, undo: QUndoStack, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.undo = ctx, undo
        self.meeting_id: str | None = None
        self.items: list[CarriedItem] = []
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Item"), self.tr("Responsible"), self.tr("Due"), self.tr("Status")])
        self.tree.setColumnWidth(0, 380)
        self.tree.itemDoubleClicked.connect(lambda _item, _c: self.note_current())
        self.note_button = QPushButton(self.tr("Note progress…"), self)
        self.note_button.clicked.connect(self.note_current)
        self.message = QLabel(self)
        self.message.setStyleSheet("QLabel { color: #8a1c1c; }")
        self.message.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.message, 1)
        bar.addWidget(self.note_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.tree, 1)
        layout.addLayout(bar)
        self.reader = LatestRead(self)
        self.reader.done.connect(self._show)
        ctx.changes_applied.connect(lambda areas, _src: {"meeting", "org"} & areas and self.refresh())
        self.show_meeting(None)

    def show_meeting(self, meeting_id: str | None) -> None:
        self.meeting_id = meeting_id
        self.refresh()

    def refresh(self) -> None:
        meeting_id = self.meeting_id
        if meeting_id is None:
            self._show([])
            return
        self.reader.start(self.ctx.db, lambda s: carry_over(s, meeting_id))

    def settle(self) -> None:
        self.reader.wait()

    def _show(self, items: list[CarriedItem]) -> None:
        self.items = items
        self.tree.clear()
        for item in items:
            top = QTreeWidgetItem(self.tree, [
                f"{item.held_on.isoformat()} · {item.title}", " · ".join(filter(None, (item.responsible_unit,
                                                                                    item.responsible_person))),
                item.due_on.isoformat() if item.due_on else "", tr_core(ACTION_STATUS_LABELS[item.status])])
            top.setData(0, ITEM_ROLE, item)
            top.setToolTip(0, f"{item.meeting_title}\n{item.title}")
            if item.due_on is not None and item.due_on < date.today():
                for c in range(4):
                    top.setForeground(c, Qt.GlobalColor.darkRed)
            for note in item.history:
                status = f" → {tr_core(ACTION_STATUS_LABELS[note.status])}" if note.status else ""
                child = QTreeWidgetItem(top, [f"{note.noted_on.isoformat()}  {note.text}{status}"])
                child.setToolTip(0, note.meeting_title)
        self.title.setText(self.tr("%n unfinished item(s) from earlier meetings of this type, to review:", "",
                                   len(items)) if items else self.tr("Nothing is carried over from earlier meetings."))
        self.note_button.setEnabled(bool(items))

    def current_item(self) -> CarriedItem | None:
        node = self.tree.currentItem()
        while node is not None and node.parent() is not None:
            node = node.parent()
        return node.data(0, ITEM_ROLE) if node is not None else None

    def note_current(self) -> None:
        item = self.current_item()
        if item is None:
            return
        dialog = NoteDialog(item, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.note(item.action_id, *dialog.values())

    def note(self, action_id: str, text: str, status: str | None, on: date | None = None) -> bool:
        """Notes progress on a carried item at this meeting (undoable); False when refused."""
        box: dict = {}

        def fn(s) -> None:
            box["before"] = action_state(s, action_id)
            box["note"] = note_progress(s, action_id, self.meeting_id, on or date.today(), text, status)
            box["after"] = action_state(s, action_id)

        if not self._write(fn):
            return False
        self.undo.push(_NoteCommand(self.tr("Note progress"), self._write, box["note"], action_id, box["before"],
                                    box["after"]))
        return True

    def _write(self, fn) -> bool:
        try:
            with self.ctx.db.write() as s:
                fn(s)
        except (EditRefused, CellError) as exc:
            self.message.setText(render(exc.message))
            return False
        except KeyError:  # the item or its note was deleted meanwhile
            self.refresh()
            return False
        self.message.clear()
        self.ctx.notify({"meeting"})
        return True
