"""The assignments of the plan chosen above (or of every plan): who goes where, when. A new
assignment starts in the chosen plan over its whole period; rows in a conflict are marked."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QCheckBox

from desktop_app.model import RotationPlan
from desktop_app.rotation.tables import ASSIGNMENTS
from desktop_app.tables import edits
from ui.context import AppContext, tr_core
from ui.tables.table_panel import TablePanel


class AssignmentTable(TablePanel):
    """``plan_id`` is the plan chosen in the plans table; "All plans" shows every plan's rows
    (new rows still go to the chosen plan)."""

    def __init__(self, ctx: AppContext, undo: QUndoStack, parent=None) -> None:
        super().__init__(ctx, ASSIGNMENTS, undo, parent)
        self.plan_id: str | None = None
        self.all_plans = QCheckBox(QCoreApplication.translate("AssignmentTable", "All plans"), self)
        self.all_plans.setToolTip(QCoreApplication.translate("AssignmentTable", "Show the assignments of every plan"))
        self.add_bar_widget(self.all_plans)
        self.all_plans.toggled.connect(lambda _on: self._filter())
        self.model.modelReset.connect(self._enable)
        self.show_plan(None)

    def show_plan(self, plan_id: str | None) -> None:
        self.plan_id = plan_id
        self._filter()

    def _filter(self) -> None:
        every = self.all_plans.isChecked()
        self.view.setColumnHidden(ASSIGNMENTS.index_of("plan_id"), not every)  # one plan: named above
        filters = () if every else (("plan", self.plan_id or ""),)
        if filters != self.model.query.filters:
            self.set_filters(filters)
        self._enable()

    def _enable(self) -> None:
        self.add_action.setEnabled(self.plan_id is not None and not self.model.query.deleted)

    def create_row(self, session) -> str:
        plan = session.get(RotationPlan, self.plan_id)
        values = {"plan_id": self.plan_id, "start": plan.start, "end": plan.end} if plan is not None else {}
        return edits.create_row(session, self.spec, values, tr_core)
