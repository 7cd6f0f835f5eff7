"""The "Export…" and "Import…" buttons a page puts beside its tabs: each asks for an Excel
file and hands its path to the page's operation."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QWidget

XLSX_FILTER = "Excel (*.xlsx)"


@dataclass(frozen=True)
class WorkbookTexts:
    """The page's own words (already translated) for its two buttons and their dialogs."""

    export_button: str
    import_button: str
    export_tip: str
    import_tip: str
    export_title: str
    import_title: str
    file_name: str  # suggested for an export


class WorkbookButtons(QWidget):
    def __init__(self, texts: WorkbookTexts, export: Callable[[Path], None], import_: Callable[[Path], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.texts, self._export, self._import = texts, export, import_
        self.export_button = QPushButton(texts.export_button, self)
        self.import_button = QPushButton(texts.import_button, self)
        self.export_button.setToolTip(texts.export_tip)
        self.import_button.setToolTip(texts.import_tip)
        self.export_button.clicked.connect(self.choose_export)
        self.import_button.clicked.connect(self.choose_import)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 2)
        row.addWidget(self.export_button)
        row.addWidget(self.import_button)

    def choose_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.texts.export_title, self.texts.file_name, XLSX_FILTER)
        if name:
            self._export(Path(name))

    def choose_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.texts.import_title, "", XLSX_FILTER)
        if name:
            self._import(Path(name))
