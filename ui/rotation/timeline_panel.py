"""The timeline tab: who is away where and when, by person or by supply station, for one plan
or all; conflicts marked; saved as PNG."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from sqlalchemy import select

from desktop_app.model import RotationPlan
from desktop_app.rotation.checks import RotationReview
from desktop_app.rotation.timeline import Timeline, load_timeline
from ui.context import AppContext, tr_core
from ui.operations.latest_read import LatestRead
from ui.rotation.timeline_chart import TimelineChart


class TimelinePanel(QWidget):
    assignment_clicked = Signal(str)

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view_box = QComboBox(self)
        self.view_box.addItem(self.tr("By person"), "person")
        self.view_box.addItem(self.tr("By supply station"), "station")
        self.plan_box = QComboBox(self)
        self.plan_box.setMinimumContentsLength(16)
        self.plan_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.export_button = QPushButton(self.tr("Save as PNG…"), self)
        self.chart = TimelineChart(self)
        self.chart.assignment_clicked.connect(self.assignment_clicked)
        top = QHBoxLayout()
        for text, widget in ((self.tr("Rows"), self.view_box), (self.tr("Plan"), self.plan_box)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            top.addWidget(label)
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.chart, 1)
        self.timeline: Timeline | None = None
        self._conflicts: frozenset[str] = frozenset()
        self.reader = LatestRead(self)
        self.reader.done.connect(self._show)
        self.view_box.activated.connect(lambda _i: self.refresh())
        self.plan_box.activated.connect(lambda _i: self.refresh())
        self.export_button.clicked.connect(self.choose_png)
        ctx.changes_applied.connect(self._on_changes)
        ctx.database_replaced.connect(self._on_replaced)
        self._fill_plans()
        self.refresh()

    def _fill_plans(self) -> None:
        current = self.plan_box.currentData()
        self.plan_box.clear()
        self.plan_box.addItem(self.tr("All plans"), None)
        with self.ctx.db.read() as s:
            for plan_id, name in s.execute(select(RotationPlan.id, RotationPlan.name)
                                           .where(RotationPlan.deleted_at.is_(None)).order_by(RotationPlan.start)):
                self.plan_box.addItem(name, plan_id)
        self.plan_box.setCurrentIndex(max(self.plan_box.findData(current), 0))

    def _on_changes(self, areas, _source) -> None:
        if {"rotation", "org"} & areas:
            self._fill_plans()
            self.refresh()

    def _on_replaced(self) -> None:
        self._fill_plans()
        self.refresh()

    def refresh(self) -> None:
        by, plan = self.view_box.currentData(), self.plan_box.currentData()
        self.reader.start(self.ctx.db, lambda s: load_timeline(s, by, [plan] if plan else None, translate=tr_core))

    def settle(self) -> None:
        self.reader.wait()

    def set_conflicts(self, review: RotationReview) -> None:
        self._conflicts = review.assignment_ids()
        if self.timeline is not None:
            self.chart.show_timeline(self.timeline, self._conflicts)

    def _show(self, timeline: Timeline) -> None:
        self.timeline = timeline
        self.chart.show_timeline(timeline, self._conflicts)

    def choose_png(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the timeline as PNG"), "轮岗时间线.png", "PNG (*.png)")
        if name:
            self.save_png(Path(name))

    def save_png(self, path: Path) -> bool:
        ok = self.chart.export_png(path)
        self.ctx.status_message.emit(self.tr("Timeline saved to %1").replace("%1", str(path)) if ok
                                     else self.tr("The timeline could not be saved to %1").replace("%1", str(path)))
        return ok
