"""What the main window needs of a page: a title, an undo stack, and a navigation key."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from ui.context import AppContext
from ui.tables.table_panel import TablePanel


class Page(QWidget):
    """``navigate_requested(key, target)``: the user wants to see ``target`` on the page
    ``key``; the main window shows that page and calls its ``reveal(target)``."""

    KEY = ""  # stable name, stored as the last page in QSettings
    navigate_requested = Signal(str, object)

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.undo_stack = QUndoStack(self)

    def reveal(self, target) -> None:
        """Shows ``target`` (what another page asked for), if this page knows it."""

    def settle(self) -> None:
        """Blocks until background work the page started for its first screen is done and
        shown (screenshots, benchmarks). By default that is the row count of each table the
        page shows; pages that start other work override it."""
        for panel in self.findChildren(TablePanel):
            if panel.isVisible():
                panel.model.wait_for_total()
