"""A module of the specification that is not built yet says so plainly."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout

from ui.context import AppContext
from ui.pages.page import Page


class PlaceholderPage(Page):
    def __init__(self, ctx: AppContext, key: str, title: str, purpose: str, parent=None) -> None:
        super().__init__(ctx, parent)
        self.KEY = key
        heading = QLabel(f"<h2>{title}</h2>", self)
        body = QLabel(self)
        body.setWordWrap(True)
        body.setText(purpose + "<br><br><b>" + self.tr("This module is not built yet.") + "</b> "
                     + self.tr("Its data cannot be entered in this version of the program."))
        for w in (heading, body):
            w.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addStretch(1)
