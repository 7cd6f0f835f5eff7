"""Business processes and their ordered steps: the process table above, the chosen process'
steps below, numbered by the core and reordered with "Move up" / "Move down"."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from desktop_app.customer_map.steps import move_step
from desktop_app.customer_map.tables import PROCESS_STEPS, PROCESSES, add_step
from ui.context import AppContext, tr_core
from ui.tables.table_panel import TablePanel


class _MoveCommand(QUndoCommand):
    """Moving a step back is moving it the other way (written at push: the first redo is
    skipped, as for every table command)."""

    def __init__(self, text: str, table: StepTable, step_id: str, offset: int) -> None:
        super().__init__(text)
        self.table, self.step_id, self.offset = table, step_id, offset
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.table.move(self.offset, self.step_id, record=False)

    def undo(self) -> None:
        if not self.table.move(-self.offset, self.step_id, record=False):
            self.setObsolete(True)


class StepTable(TablePanel):
    """The steps of one process (``process_id``); a new step comes after its last one.
    Its own strings name their context: TablePanel.tr pins "TablePanel"."""

    def __init__(self, ctx: AppContext, undo: QUndoStack, parent=None) -> None:
        super().__init__(ctx, PROCESS_STEPS, undo, parent)
        self.process_id: str | None = None
        self.view.setColumnHidden(PROCESS_STEPS.index_of("process_id"), True)
        self.up_action = QAction(QCoreApplication.translate("StepTable", "Move up"), self, shortcut="Ctrl+Up",
                                 triggered=lambda: self.move(-1))
        self.down_action = QAction(QCoreApplication.translate("StepTable", "Move down"), self, shortcut="Ctrl+Down",
                                   triggered=lambda: self.move(1))
        for action in (self.up_action, self.down_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.view.addAction(action)
            self.add_tool(action)
        self.model.modelReset.connect(self._enable)
        self.show_process(None)

    def show_process(self, process_id: str | None) -> None:
        self.process_id = process_id
        self.set_filters((("process", process_id or ""),))
        self._enable()

    def _enable(self) -> None:
        editable = self.process_id is not None and not self.model.query.deleted
        self.add_action.setEnabled(editable)
        self.up_action.setEnabled(editable)
        self.down_action.setEnabled(editable)

    def create_row(self, session) -> str:
        return add_step(session, self.process_id, tr_core)

    def move(self, offset: int, step_id: str | None = None, record: bool = True) -> bool:
        """Swaps the current step (or ``step_id``) with its neighbour; False when it is the
        first or last one, or the write was refused."""
        if step_id is None:
            current = self.view.currentIndex()
            if not current.isValid() or self.process_id is None:
                return False
            step_id = self.model.row_at(current.row()).id
        box: dict = {}
        if not self.write(lambda s: box.update(moved=move_step(s, step_id, offset))) or box["moved"] is None:
            return False
        if record:
            self.undo.push(_MoveCommand(QCoreApplication.translate("StepTable", "Move step"), self, step_id, offset))
        self.select_ids([step_id])
        return True


class ProcessPanel(QWidget):
    """``process_chosen`` fires with the current process id (None when there is none)."""

    process_chosen = Signal(object)

    def __init__(self, ctx: AppContext, undo: QUndoStack, parent=None) -> None:
        super().__init__(parent)
        self.processes = TablePanel(ctx, PROCESSES, undo, self)
        self.steps = StepTable(ctx, undo, self)
        self.steps_title = QLabel(self)
        steps_box = QWidget(self)
        box = QVBoxLayout(steps_box)
        box.setContentsMargins(0, 4, 0, 0)
        box.addWidget(self.steps_title)
        box.addWidget(self.steps)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.processes)
        split.addWidget(steps_box)
        split.setSizes([300, 400])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self.processes.current_row_changed.connect(self._process_changed)
        self._process_changed(None)

    def _process_changed(self, row) -> None:
        if row is None and self.steps.process_id is not None and self.processes.model.row_of(self.steps.process_id) >= 0:
            return  # a reload cleared the cursor; the process shown is still there
        process_id = row.id if row is not None else None
        if process_id != self.steps.process_id or row is None:
            self.steps.show_process(process_id)
        name = self.processes.model.display_text(row, PROCESSES.index_of("name")) if row else ""
        self.steps_title.setText(self.tr("Steps of %1").replace("%1", f"<b>{escape(name)}</b>") if row
                                 else self.tr("Choose a process above to see and edit its steps."))
        self.process_chosen.emit(process_id)
