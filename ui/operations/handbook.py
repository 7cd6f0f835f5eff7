"""Long work of the handbook on the worker thread, with progress and cancel: building it (a
draft or a published edition) and printing it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from desktop_app.handbook.build import HandbookOptions, HandbookResult
from ui.context import AppContext, render
from ui.handbook.printing import print_pages
from ui.operations.runner import run_task
from ui.operations.workbooks import failed


def build(parent: QWidget, ctx: AppContext, options: HandbookOptions, path: Path,
          on_done: Callable[[HandbookResult], None], on_failed: Callable[[], None] | None = None) -> None:
    """Builds the handbook into ``path``; a published edition is announced to every page."""
    from desktop_app.handbook.build import build_handbook  # reportlab loads on first use

    db = ctx.db

    def done(result: HandbookResult) -> None:
        if result.published:
            ctx.notify({"handbook"})
        ctx.status_message.emit(render(result.message))
        on_done(result)

    def error(exc: Exception) -> None:
        failed(parent, exc)
        if on_failed:
            on_failed()

    def cancelled() -> None:
        text = QCoreApplication.translate("HandbookOperations", "Building was cancelled; nothing was recorded.")
        ctx.status_message.emit(text)
        if on_failed:
            on_failed()

    title = (QCoreApplication.translate("HandbookOperations", "Publishing the handbook…") if options.publish
             else QCoreApplication.translate("HandbookOperations", "Building a draft of the handbook…"))
    run_task(parent, title, lambda progress: build_handbook(db, options, path, progress), done, error, cancelled)


def print_file(parent: QWidget, ctx: AppContext, path: Path, printer: QPrinter, first: int, last: int) -> None:
    """Prints pages ``first``..``last`` (from 1) of the PDF at ``path``."""

    def done(pages: int) -> None:
        text = QCoreApplication.translate("HandbookOperations", "%n page(s) sent to the printer.", None, pages)
        ctx.status_message.emit(text)

    def cancelled() -> None:
        ctx.status_message.emit(QCoreApplication.translate("HandbookOperations", "Printing was cancelled."))

    title = QCoreApplication.translate("HandbookOperations", "Printing…")
    run_task(parent, title, lambda progress: print_pages(path, printer, first, last, progress), done,
             lambda exc: failed(parent, exc), cancelled)
