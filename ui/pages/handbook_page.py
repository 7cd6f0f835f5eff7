"""服务手册: build the internal service handbook for the company or one unit, as a draft or as a
published edition, preview it in the app, print it and save it.

Building runs on the worker thread with progress and cancel; the PDF is written into the page's
own temporary folder and shown from there, so "Save as" and "Print" always act on what is
shown. Publishing asks first: it records the edition for good.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from PySide6.QtCore import QTemporaryDir
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QFileDialog, QGroupBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QSplitter, QVBoxLayout, QWidget,
)

from desktop_app.handbook.build import HandbookOptions, HandbookResult
from ui.context import AppContext
from ui.handbook.editions_list import EditionsList
from ui.handbook.options_panel import OptionsPanel
from ui.handbook.pdf_preview import PdfPreview
from ui.operations import handbook as operations
from ui.pages.page import Page


class HandbookPage(Page):
    KEY = "handbook"

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(ctx, parent)
        self.folder = QTemporaryDir()
        self.result: HandbookResult | None = None  # what the preview shows
        self._builds = 0

        self.options = OptionsPanel(ctx, self)
        self.options.changed.connect(self._update_actions)
        self.draft_button = QPushButton(self.tr("Build a draft"), self)
        self.draft_button.setToolTip(self.tr("Build the handbook to look at it; nothing is recorded"))
        self.draft_button.clicked.connect(lambda: self.build(publish=False))
        self.publish_button = QPushButton(self.tr("Publish edition…"), self)
        self.publish_button.setToolTip(self.tr("Build the handbook and record it as the next edition, "
                                               "so the edition after it lists what changed"))
        self.publish_button.clicked.connect(self.ask_publish)
        buttons = QHBoxLayout()
        buttons.addWidget(self.draft_button)
        buttons.addWidget(self.publish_button)

        shown = QGroupBox(self.tr("The handbook shown"), self)
        self.shown_label = QLabel(self.tr("Nothing built yet."), shown)
        self.shown_label.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Print…"), shown)
        self.print_button.clicked.connect(self.ask_print)
        self.save_button = QPushButton(self.tr("Save as…"), shown)
        self.save_button.clicked.connect(self.ask_save)
        file_buttons = QHBoxLayout()
        file_buttons.addWidget(self.print_button)
        file_buttons.addWidget(self.save_button)
        shown_layout = QVBoxLayout(shown)
        shown_layout.addWidget(self.shown_label)
        shown_layout.addLayout(file_buttons)

        editions_box = QGroupBox(self.tr("Published editions"), self)
        self.editions = EditionsList(ctx, editions_box)
        QVBoxLayout(editions_box).addWidget(self.editions)

        side = QWidget(self)
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.options)
        column.addLayout(buttons)
        column.addWidget(shown)
        column.addWidget(editions_box, 1)

        self.preview = PdfPreview(self.tr("Build a draft to see the handbook here, page by page, before you "
                                          "publish or print it."), self)
        split = QSplitter(self)
        split.addWidget(side)
        split.addWidget(self.preview)
        split.setStretchFactor(1, 1)
        split.setSizes([360, 940])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(split)
        ctx.database_replaced.connect(self._forget)
        self._update_actions()

    # --- building ----------------------------------------------------------------------------

    def options_chosen(self, publish: bool) -> HandbookOptions:
        return HandbookOptions(unit_id=self.options.unit_id(), chapters=self.options.chosen_chapters(),
                               publish=publish)

    def ask_publish(self) -> None:
        number = self.options.next_number()
        answer = QMessageBox.question(
            self, self.tr("Publish the handbook"),
            self.tr("Publish edition %1 of the handbook of %2?\n\nThe edition is recorded with what it prints, "
                    "and the next edition will list what changed since. A published edition cannot be "
                    "withdrawn.").replace("%1", str(number)).replace("%2", self.options.scope_name()))
        if answer == QMessageBox.StandardButton.Yes:
            self.build(publish=True)

    def build(self, publish: bool) -> None:
        if not self.options.chosen_chapters():
            QMessageBox.information(self, self.tr("Service handbook"), self.tr("Choose at least one chapter."))
            return
        self._builds += 1
        path = Path(self.folder.path()) / f"handbook-{self._builds}.pdf"
        self._set_busy(True)
        operations.build(self, self.ctx, self.options_chosen(publish), path, self._built,
                         lambda: self._set_busy(False))

    def _built(self, result: HandbookResult) -> None:
        self._set_busy(False)
        previous = self.preview.path
        if not self.preview.load(result.path):
            self.result = None
            QMessageBox.warning(self, self.tr("Service handbook"),
                                self.tr("The handbook was built but cannot be shown: %1").replace("%1", str(result.path)))
        else:
            self.result = result
        if previous is not None and previous != result.path:
            previous.unlink(missing_ok=True)
        self._describe()
        self._update_actions()

    def _describe(self) -> None:
        r = self.result
        if r is None:
            self.shown_label.setText(self.tr("Nothing built yet."))
            return
        what = (self.tr("Edition %1, published") if r.published else self.tr("Draft of edition %1")).replace(
            "%1", str(r.number))
        size = self.tr("%1 MB").replace("%1", f"{r.size / 1_000_000:.1f}")
        text = self.tr("%1: %2 pages, %3.").replace("%1", what).replace("%2", str(r.pages)).replace("%3", size)
        if r.changes is not None:
            text += " " + self.tr("Changes since the previous edition: %1.").replace("%1", str(r.changes))
        self.shown_label.setText(text)

    def _set_busy(self, busy: bool) -> None:
        self.draft_button.setEnabled(not busy)
        self.publish_button.setEnabled(not busy)
        if not busy:
            self._update_actions()

    def _update_actions(self) -> None:
        shown = self.result is not None
        self.print_button.setEnabled(shown)
        self.save_button.setEnabled(shown)
        chosen = bool(self.options.chosen_chapters())
        self.draft_button.setEnabled(chosen)
        self.publish_button.setEnabled(chosen)

    def _forget(self) -> None:
        """Another database is open: what is shown belongs to the old one."""
        if self.preview.path is not None:
            path = self.preview.path
            self.preview.clear()
            path.unlink(missing_ok=True)
        self.result = None
        self._describe()
        self._update_actions()

    # --- saving and printing -----------------------------------------------------------------

    def suggested_name(self) -> str:
        r = self.result
        assert r is not None
        scope = self.options.scope_name()
        name = f"{scope}内部服务手册_第{r.number}版" + ("" if r.published else "草稿")
        return re.sub(r'[\\/:*?"<>|\s]+', "_", name) + ".pdf"

    def ask_save(self) -> None:
        if self.result is None:
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the handbook"), self.suggested_name(), "PDF (*.pdf)")
        if name:
            self.save_to(Path(name) if Path(name).suffix.lower() == ".pdf" else Path(name + ".pdf"))

    def save_to(self, target: Path) -> bool:
        """Copies the handbook shown to ``target``; says so in the status bar, or why not."""
        assert self.result is not None
        try:
            shutil.copyfile(self.result.path, target)
        except OSError as exc:
            QMessageBox.critical(self, self.tr("Save the handbook"),
                                 self.tr("The handbook could not be saved to %1: %2")
                                 .replace("%1", str(target)).replace("%2", exc.strerror or str(exc)))
            return False
        self.ctx.status_message.emit(self.tr("Handbook saved to %1").replace("%1", str(target)))
        return True

    def ask_print(self) -> None:
        if self.result is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.suggested_name())
        printer.setFromTo(1, self.result.pages)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.result.pages)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintCurrentPage, True)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Prints the pages ``printer`` asks for (all, a range, or the page shown)."""
        assert self.result is not None
        first, last = 1, self.result.pages
        if printer.printRange() == QPrinter.PrintRange.PageRange:
            first, last = printer.fromPage(), printer.toPage()
        elif printer.printRange() == QPrinter.PrintRange.CurrentPage:
            first = last = self.preview.current_page()
        self._printer = printer  # lives until the worker is done with it
        operations.print_file(self, self.ctx, self.result.path, printer, first, last)
