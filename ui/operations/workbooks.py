"""Excel files in and out of a page, on the worker thread with progress and cancel
(``run_task``). An import is all or nothing: a file with problems writes nothing and every
problem is listed (sheet, row, column, reason) in the import report.

The core calls take ``(db, path, progress)``; an export returns a summary with ``message()``,
an import a result with ``ok``, ``problems`` and ``summary()``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.i18n import Message
from ui.context import AppContext, render
from ui.dialogs.import_report_dialog import ImportReportDialog
from ui.operations.runner import run_task


def export_workbook(parent: QWidget, ctx: AppContext, path: Path, title: str,
                    write: Callable[[Any, Path, Any], Any], on_done: Callable[[], None] | None = None) -> None:
    """Runs ``write(db, path, progress)`` and reports its summary in the status bar."""
    db = ctx.db

    def done(summary) -> None:
        text = QCoreApplication.translate("Workbooks", "Exported to %1: %2")
        ctx.status_message.emit(text.replace("%1", str(path)).replace("%2", render(summary.message())))
        if on_done:
            on_done()

    run_task(parent, title, lambda progress: write(db, path, progress), done, lambda exc: failed(parent, exc))


def import_workbook(parent: QWidget, ctx: AppContext, path: Path, read: Callable[[Any, Path, Any], Any],
                    areas: Iterable[str], on_done: Callable[[bool], None] | None = None) -> None:
    """Runs ``read(db, path, progress)``; tells the pages of ``areas`` when it wrote, shows
    every problem when it was refused."""
    db = ctx.db

    def done(result) -> None:
        if not result.ok:
            ImportReportDialog(result.problems, parent).exec()
        else:
            ctx.notify(set(areas))
            text = QCoreApplication.translate("Workbooks", "Imported %1: %2")
            ctx.status_message.emit(text.replace("%1", path.name).replace("%2", render(result.summary())))
        if on_done:
            on_done(result.ok)

    def cancelled() -> None:
        ctx.status_message.emit(QCoreApplication.translate("Workbooks", "Import cancelled; nothing was changed."))

    title = QCoreApplication.translate("Workbooks", "Importing %1…").replace("%1", path.name)
    run_task(parent, title, lambda progress: read(db, path, progress), done, lambda exc: failed(parent, exc), cancelled)


def failed(parent: QWidget, exc: Exception) -> None:
    """Shows why a task failed: the core's own message, in the interface language, when the
    exception carries one (an unreadable file, a missing font), else the exception's text."""
    message = getattr(exc, "message", None)
    text = render(message) if isinstance(message, Message) else str(exc)
    QMessageBox.critical(parent, QCoreApplication.translate("Workbooks", "Error"), text)
