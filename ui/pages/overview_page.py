"""概览: the overview charts (grey areas, action items, stationing coverage and whatever later
modules register in ``desktop_app.overview``), one card each, on a page that scrolls.

The charts are read off the GUI thread (``LatestRead``), all in one read as of today. The page
reloads after a change to an area some chart reads; while it is hidden it only notes that it
is out of date and reloads when shown again. Each card saves itself as PNG.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from desktop_app.overview import ChartData, chart_areas, load_overview
from ui.context import AppContext
from ui.operations.latest_read import LatestRead
from ui.overview.chart_card import ChartCard
from ui.pages.page import Page


class OverviewPage(Page):
    KEY = "overview"

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(ctx, parent)
        self.as_of = QLabel(self)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_button.setToolTip(self.tr("Read the figures again"))
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(self.as_of)
        top.addStretch(1)
        top.addWidget(self.refresh_button)

        self.cards: dict[str, ChartCard] = {}
        self.charts: list[ChartData] = []
        self._column = QWidget(self)
        self._cards_layout = QVBoxLayout(self._column)
        self._cards_layout.setContentsMargins(0, 0, 0, 0)
        self._cards_layout.setSpacing(10)
        self._cards_layout.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self._column)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)

        self.stale = False
        self.reader = LatestRead(self)
        self.reader.done.connect(self._show)
        self.reader.failed.connect(self._failed)
        ctx.changes_applied.connect(self._on_changes)
        ctx.database_replaced.connect(self.refresh)
        self.refresh()

    # --- reading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        self.stale = False
        today = date.today()
        self.reader.start(self.ctx.db, lambda s: (today, load_overview(s, today)))

    def settle(self) -> None:
        self.reader.wait()

    def _on_changes(self, areas, _source) -> None:
        if not chart_areas() & areas:
            return
        if self.isVisible():
            self.refresh()
        else:
            self.stale = True

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self.stale:
            self.refresh()

    def _failed(self, exc: Exception) -> None:
        QMessageBox.warning(self, self.tr("Overview"),
                            self.tr("The charts could not be read: %1").replace("%1", str(exc)))

    # --- showing -----------------------------------------------------------------------------

    def _show(self, result: tuple[date, list[ChartData]]) -> None:
        today, charts = result
        self.charts = charts
        self.as_of.setText(self.tr("Figures as of %1").replace("%1", today.isoformat()))
        keys = [c.key for c in charts]
        for key in list(self.cards):
            if key not in keys:
                self.cards.pop(key).deleteLater()
        for position, chart in enumerate(charts):  # cards kept by key: the scroll position stays
            card = self.cards.get(chart.key)
            if card is None:
                card = ChartCard(self._column)
                card.save_requested.connect(lambda key=chart.key: self.choose_png(key))
                self.cards[chart.key] = card
            self._cards_layout.insertWidget(position, card)
            card.show_chart(chart)

    def card(self, key: str) -> ChartCard:
        return self.cards[key]

    # --- PNG ---------------------------------------------------------------------------------

    def choose_png(self, key: str) -> None:
        card = self.cards[key]
        suggested = re.sub(r'[\\/:*?"<>|\s]+', "_", card.title.text()).strip("_") or key
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the chart as PNG"), f"{suggested}.png",
                                              "PNG (*.png)")
        if name:
            self.save_png(key, Path(name))

    def save_png(self, key: str, path: Path) -> bool:
        ok = self.cards[key].export_png(path)
        self.ctx.status_message.emit(self.tr("Chart saved to %1").replace("%1", str(path)) if ok
                                     else self.tr("The chart could not be saved to %1").replace("%1", str(path)))
        return ok

