"""Business processes and their ordered steps: the process table above, the chosen process'
steps below, numbered by the core and reordered with "Move up" / "Move down"."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from desktop_app.customer_map.steps import move_step
from desktop_app.customer_map.tables import PROCESS_STEPS, PROCESSES, add_step
from ui.context import AppContext, tr_core
from ui.tables.child_table import ChildTable
from ui.tables.table_panel import TablePanel


class StepTable(ChildTable):
    """The steps of one process; a new step comes after its last one."""

    def __init__(self, ctx: AppContext, undo: QUndoStack, parent=None) -> None:
        super().__init__(ctx, PROCESS_STEPS, undo, "process_id", "process", move_step,
                         lambda s, process_id: add_step(s, process_id, tr_core), parent)


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
        if row is None and self.steps.parent_id is not None and self.processes.model.row_of(self.steps.parent_id) >= 0:
            return  # a reload cleared the cursor; the process shown is still there
        process_id = row.id if row is not None else None
        if process_id != self.steps.parent_id or row is None:
            self.steps.show_parent(process_id)
        name = self.processes.model.display_text(row, PROCESSES.index_of("name")) if row else ""
        self.steps_title.setText(self.tr("Steps of %1").replace("%1", f"<b>{escape(name)}</b>") if row
                                 else self.tr("Choose a process above to see and edit its steps."))
        self.process_chosen.emit(process_id)
