"""The plans table with what a plan needs beyond its cells: the units it covers (a dialog) and
its status (draft → approved → in progress → finished). Approving over open findings asks
first and records who approved and over how many."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QMenu, QMessageBox, QToolButton

from desktop_app.model import RotationPlan
from desktop_app.org.tree import unit_tree
from desktop_app.rotation.checks import RotationFinding
from desktop_app.rotation.plans import PlanStatus, apply_status, plan_scope, set_plan_scope, set_status
from desktop_app.rotation.tables import PLANS
from desktop_app.rotation.vocabulary import PLAN_STATUS_LABELS
from ui.context import AppContext, render, tr_core
from ui.dialogs.unit_checklist_dialog import UnitChecklistDialog
from ui.tables.table_panel import TablePanel
from ui.tables.undo import CallCommand

MAX_LISTED = 8  # findings named in the approval question


class PlansPanel(TablePanel):
    """``open_findings(plan_id)`` is set by the page: the findings that would be approved over."""

    def __init__(self, ctx: AppContext, undo: QUndoStack, parent=None) -> None:
        super().__init__(ctx, PLANS, undo, parent)
        self.open_findings: Callable[[str], list[RotationFinding]] = lambda _plan: []
        self.scope_action = QAction(QCoreApplication.translate("PlansPanel", "Units in scope…"), self,
                                    triggered=self.edit_scope)
        self.add_tool(self.scope_action)
        self.status_button = QToolButton(self)
        self.status_button.setText(QCoreApplication.translate("PlansPanel", "Status"))
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.status_button)
        self.status_actions: dict[str, QAction] = {}
        for status, label in PLAN_STATUS_LABELS.items():
            action = menu.addAction(tr_core(label))
            action.triggered.connect(lambda _checked=False, s=status: self.change_status(s))
            self.status_actions[status] = action
        self.status_button.setMenu(menu)
        self.add_bar_widget(self.status_button)
        self.current_row_changed.connect(lambda _row: self._enable())
        self._enable()

    def current_plan_id(self) -> str | None:
        current = self.view.currentIndex()
        return self.model.row_at(current.row()).id if current.isValid() else None

    def _enable(self) -> None:
        row = self.view.currentIndex()
        live = row.isValid() and not self.model.query.deleted
        self.scope_action.setEnabled(live)
        self.status_button.setEnabled(live)
        if live:
            status = self.model.row_at(row.row()).values[PLANS.index_of("status")]
            for key, action in self.status_actions.items():
                action.setEnabled(key != status)

    # --- scope ---------------------------------------------------------------------------
    def edit_scope(self) -> None:
        plan_id = self.current_plan_id()
        if plan_id is None:
            return
        with self.ctx.db.read() as s:
            roots, before = unit_tree(s), plan_scope(s, plan_id)
        name = self.model.display_text(self.model.row_at(self.model.row_of(plan_id)), PLANS.index_of("name"))
        dialog = UnitChecklistDialog(
            roots, before, QCoreApplication.translate("PlansPanel", "Units in scope of %1").replace("%1", name),
            QCoreApplication.translate("PlansPanel", "A unit covers its sub-units: check a business line to cover all "
                                       "of its stations."), self)
        if dialog.exec() == UnitChecklistDialog.DialogCode.Accepted:
            self.set_scope(plan_id, dialog.chosen_ids())

    def set_scope(self, plan_id: str, unit_ids: list[str]) -> bool:
        """Writes the plan's scope (undoable); False when nothing changed or it was refused."""
        with self.ctx.db.read() as s:
            before = plan_scope(s, plan_id)
        if before == unit_ids:
            return False
        if not self.write(lambda s: set_plan_scope(s, plan_id, unit_ids), refresh=[plan_id]):
            return False
        self.undo.push(CallCommand(QCoreApplication.translate("PlansPanel", "Change units in scope"),
                                lambda fn: self.write(fn, refresh=[plan_id]),
                                lambda s: set_plan_scope(s, plan_id, unit_ids),
                                lambda s: set_plan_scope(s, plan_id, before)))
        return True

    # --- status --------------------------------------------------------------------------
    def change_status(self, status: str, plan_id: str | None = None) -> bool:
        """Moves the plan (default: the current one) to ``status``, undoably; approving over
        open findings asks first. False when the user declined or the write was refused."""
        plan_id = plan_id or self.current_plan_id()
        if plan_id is None:
            return False
        open_findings = self.open_findings(plan_id) if status == "approved" else []
        if open_findings and not self._confirm_approval(open_findings):
            return False
        operator = self.ctx.db.identity.operator_name
        box: dict[str, PlanStatus] = {}

        def fn(s) -> None:
            box["before"] = set_status(s, plan_id, status, operator, len(open_findings))

        if not self.write(fn, refresh=[plan_id]):
            return False
        with self.ctx.db.read() as s:  # the approval time as stored, for redo
            plan = s.get(RotationPlan, plan_id)
            after = PlanStatus(plan.status, plan.approved_by, plan.approved_at, plan.approved_with)
        label = tr_core(PLAN_STATUS_LABELS[status])
        self.undo.push(CallCommand(QCoreApplication.translate("PlansPanel", "Set status to %1").replace("%1", label),
                                lambda f: self.write(f, refresh=[plan_id]),
                                lambda s: apply_status(s, plan_id, after),
                                lambda s: apply_status(s, plan_id, box["before"])))
        self._enable()
        return True

    def _confirm_approval(self, findings: list[RotationFinding]) -> bool:
        lines = "".join(f"<li>{escape(render(f.message))}</li>" for f in findings[:MAX_LISTED])
        more = len(findings) - MAX_LISTED
        if more > 0:
            rest = QCoreApplication.translate("PlansPanel", "…and %n more.", None, more)
            lines += f"<li>{escape(rest)}</li>"
        count = len(findings)
        intro = QCoreApplication.translate("PlansPanel", "This plan still has %n unresolved conflict(s):", None, count)
        question = QCoreApplication.translate("PlansPanel", "Approve it anyway? The approval records that it was "
                                              "approved over them.")
        answer = QMessageBox.question(self, QCoreApplication.translate("PlansPanel", "Approve over conflicts"),
                                      f"{escape(intro)}<ul>{lines}</ul>{escape(question)}",
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes
