"""轮岗与蹲点: rotation and stationing plans with their assignments and the conflicts the checks
find, the timeline of who is where, and the minimum staffing of each supply station; the
assignments to and from Excel."""

from __future__ import annotations


from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QSplitter, QTabWidget, QVBoxLayout, QWidget,
)
from sqlalchemy import select

from desktop_app.model import RotationAssignment
from desktop_app.rotation.checks import RotationFinding, RotationReview
from desktop_app.rotation.tables import STAFFING_RULES
from ui.context import AppContext
from ui.operations.rotation import export_assignments, import_assignments
from ui.pages.lazy_tab import LazyTab
from ui.pages.page import Page
from ui.pages.workbook_buttons import WorkbookButtons, WorkbookTexts
from ui.rotation.assignments_panel import AssignmentTable
from ui.rotation.findings_panel import RotationFindingsPanel
from ui.rotation.plans_panel import PlansPanel
from ui.tables.table_panel import TablePanel



class RotationPage(Page):
    KEY = "rotation"

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(ctx, parent)
        self.plans = PlansPanel(ctx, self.undo_stack, self)
        self.assignments = AssignmentTable(ctx, self.undo_stack, self)
        self.findings = RotationFindingsPanel(ctx, self)
        self.plans.open_findings = self._open_findings
        self.plans.current_row_changed.connect(self._plan_changed)
        self.findings.reviewed.connect(self._reviewed)
        self.findings.finding_activated.connect(self.show_finding)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._plans_tab(), self.tr("Plans and assignments"))
        self._timeline_tab = LazyTab(self._build_timeline, self)
        self._rules_tab = LazyTab(lambda p: TablePanel(ctx, STAFFING_RULES, self.undo_stack, p), self)
        self.tabs.addTab(self._timeline_tab, self.tr("Timeline"))
        self.tabs.addTab(self._rules_tab, self.tr("Minimum staffing"))
        LazyTab.build_on_show(self.tabs)
        self.workbook = WorkbookButtons(WorkbookTexts(
            self.tr("Export assignments…"), self.tr("Import assignments…"),
            self.tr("Save every plan's assignments as an Excel workbook (sheet 轮岗安排)"),
            self.tr("Read assignments from Excel: every row is checked first, and a file with problems changes nothing"),
            self.tr("Export the assignments to Excel"), self.tr("Import assignments from Excel"), "轮岗安排.xlsx"),
            lambda path: export_assignments(self, self.ctx, path), lambda path: import_assignments(self, self.ctx, path),
            self)
        self.tabs.setCornerWidget(self.workbook, Qt.Corner.TopRightCorner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.tabs)
        if self.plans.model.rowCount():  # open on the first plan: its assignments, not an empty table
            self.plans.select_ids([self.plans.model.row_at(0).id])

    def _plans_tab(self) -> QWidget:
        bottom = QSplitter(Qt.Orientation.Horizontal, self)
        bottom.addWidget(self.assignments)
        bottom.addWidget(self.findings)
        bottom.setSizes([820, 440])
        bottom.setChildrenCollapsible(False)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.plans)
        split.addWidget(bottom)
        split.setSizes([260, 480])
        split.setChildrenCollapsible(False)
        return split

    @property
    def rules(self) -> TablePanel:
        return self._rules_tab.ensure()  # type: ignore[return-value]

    @property
    def timeline(self):
        return self._timeline_tab.ensure()

    def settle(self) -> None:
        self.findings.settle()
        self.assignments.model.wait_for_total()
        if self._timeline_tab.content is not None:
            self._timeline_tab.content.settle()

    # --- plans, assignments and findings -------------------------------------------------
    def _plan_changed(self, row) -> None:
        if row is None and self.assignments.plan_id is not None and self.plans.model.row_of(self.assignments.plan_id) >= 0:
            return  # a reload cleared the cursor; the plan shown is still there
        self.assignments.show_plan(row.id if row is not None else None)

    def _reviewed(self, review: RotationReview) -> None:
        self.assignments.model.set_highlighted(review.assignment_ids())

    def _open_findings(self, plan_id: str) -> list[RotationFinding]:
        self.findings.settle()  # the newest check, not one from before the last edit
        review = self.findings.review
        return list(review.for_plan(plan_id)) if review is not None else []

    def show_finding(self, finding: RotationFinding) -> None:
        """Shows the plan of a finding and selects its assignments."""
        self.tabs.setCurrentIndex(0)
        if finding.plan_ids and finding.plan_ids[0] != self.assignments.plan_id and not self.assignments.all_plans.isChecked():
            self.plans.select_ids([finding.plan_ids[0]])
        if finding.assignment_ids:
            self.assignments.select_ids(list(finding.assignment_ids))

    def show_assignment(self, assignment_id: str) -> None:
        """Selects an assignment in the table, showing its plan first."""
        with self.ctx.db.read() as s:
            plan_id = s.scalar(select(RotationAssignment.plan_id).where(RotationAssignment.id == assignment_id))
        if plan_id is None:
            return
        self.tabs.setCurrentIndex(0)
        if plan_id != self.assignments.plan_id and not self.assignments.all_plans.isChecked():
            self.plans.select_ids([plan_id])
        self.assignments.select_ids([assignment_id])

    # --- the timeline --------------------------------------------------------------------
    def _build_timeline(self, parent: QWidget) -> QWidget:
        from ui.rotation.timeline_panel import TimelinePanel

        panel = TimelinePanel(self.ctx, parent)
        panel.assignment_clicked.connect(self.show_assignment)
        self.findings.reviewed.connect(panel.set_conflicts)
        if self.findings.review is not None:
            panel.set_conflicts(self.findings.review)
        return panel
