"""A tab whose content is built the first time it is shown, so a page opens with only the
tab it shows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget


class LazyTab(QWidget):
    def __init__(self, build: Callable[[QWidget], QWidget], parent=None) -> None:
        super().__init__(parent)
        self._build = build
        self.content: QWidget | None = None
        QVBoxLayout(self).setContentsMargins(0, 0, 0, 0)

    def ensure(self) -> QWidget:
        if self.content is None:
            self.content = self._build(self)
            self.layout().addWidget(self.content)
        return self.content

    @staticmethod
    def build_on_show(tabs: QTabWidget) -> None:
        """Builds a LazyTab of ``tabs`` when it becomes the current one."""
        def shown(index: int) -> None:
            tab = tabs.widget(index)
            if isinstance(tab, LazyTab):
                tab.ensure()
        tabs.currentChanged.connect(shown)
