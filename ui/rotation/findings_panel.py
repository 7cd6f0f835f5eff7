"""The rotation and stationing findings beside the assignments: grouped by kind, re-checked off
the GUI thread after every change; double-click shows a finding's assignments."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from desktop_app.rotation.checks import FINDING_KIND_LABELS, FINDING_KINDS, RotationFinding, RotationReview, review_rotation
from desktop_app.settings import ROTATION_CANDIDATE_YEARS
from ui import settings_store
from ui.context import AppContext, render, tr_core
from ui.operations.latest_read import LatestRead

FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
COLLAPSED_KINDS = ("candidate",)  # often long, and not a conflict: opened on request


class RotationFindingsPanel(QWidget):
    """``reviewed(review)`` fires after each check; ``finding_activated(finding)`` on a
    double-click."""

    reviewed = Signal(object)
    finding_activated = Signal(object)

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.review: RotationReview | None = None
        self.title = QLabel(self)
        self.years = QSpinBox(self)
        self.years.setRange(1, 40)
        self.years.setValue(settings_store.load(ROTATION_CANDIDATE_YEARS))
        self.years.setSuffix(self.tr(" years"))
        self.years.setToolTip(self.tr("Staff in the same post for longer than this are rotation candidates"))
        self.years.valueChanged.connect(self._years_changed)
        years_label = QLabel(self.tr("Candidates after"), self)
        years_label.setBuddy(self.years)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(1)
        self.tree.itemDoubleClicked.connect(self._activated)
        # a finding's sentence is long: the one chosen is shown whole below the list
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setStyleSheet("QLabel { background: #f6f7f9; padding: 6px; }")
        self.detail.setMinimumHeight(64)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.tree.currentItemChanged.connect(self._current)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(years_label)
        top.addWidget(self.years)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.detail)
        self.reader = LatestRead(self)
        self.reader.done.connect(self._show)
        ctx.changes_applied.connect(lambda areas, _src: {"rotation", "org"} & areas and self.refresh())
        ctx.database_replaced.connect(self.refresh)
        self.title.setText(self.tr("Checking…"))
        self._current(None, None)
        self.refresh()

    def refresh(self) -> None:
        years, today = self.years.value(), date.today()
        self.reader.start(self.ctx.db, lambda s: review_rotation(s, today, years))

    def settle(self) -> None:
        self.reader.wait()

    def _years_changed(self, years: int) -> None:
        settings_store.save(ROTATION_CANDIDATE_YEARS, years)
        self.refresh()

    def _show(self, review: RotationReview) -> None:
        opened = {self.tree.topLevelItem(i).data(0, FINDING_ROLE): self.tree.topLevelItem(i).isExpanded()
                  for i in range(self.tree.topLevelItemCount())}
        self.review = review
        self.tree.clear()
        for kind in FINDING_KINDS:
            found = review.of_kind(kind)
            if not found:
                continue
            group = QTreeWidgetItem(self.tree, [f"{tr_core(FINDING_KIND_LABELS[kind])} ({len(found)})"])
            group.setData(0, FINDING_ROLE, kind)
            group.setFirstColumnSpanned(True)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            for f in found:
                text = render(f.message)
                item = QTreeWidgetItem(group, [text])
                item.setData(0, FINDING_ROLE, f)
                item.setToolTip(0, text)
            group.setExpanded(opened.get(kind, kind not in COLLAPSED_KINDS))
        conflicts = sum(n for kind, n in review.counts().items() if kind != "candidate")
        self.title.setText(self.tr("%n conflict(s)", "", conflicts) + " · "
                           + self.tr("%n rotation candidate(s)", "", review.counts().get("candidate", 0)))
        self.reviewed.emit(review)

    def findings_shown(self) -> list[RotationFinding]:
        out = []
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            out += [group.child(i).data(0, FINDING_ROLE) for i in range(group.childCount())]
        return out

    def _current(self, item: QTreeWidgetItem | None, _previous) -> None:
        finding = item.data(0, FINDING_ROLE) if item is not None else None
        if isinstance(finding, RotationFinding):
            self.detail.setText(render(finding.message) + "\n" + self.tr("Double-click to show its assignments."))
        else:
            self.detail.setText(self.tr("Choose a finding to read it whole."))

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        finding = item.data(0, FINDING_ROLE)
        if isinstance(finding, RotationFinding):
            self.finding_activated.emit(finding)
