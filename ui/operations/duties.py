"""Long work of the duty boundaries: the responsibility matrix to and from the Excel grid, on
the worker thread with progress and cancel (``run_task``). Import is all or nothing: a file
with problems writes nothing and every problem is listed (sheet, row, column, reason)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.context import AppContext, render
from ui.dialogs.import_report_dialog import ImportReportDialog
from ui.operations.runner import run_task


def export_grid(parent: QWidget, ctx: AppContext, path: Path, units: list[str] | None,
                statuses: tuple[str, ...], on_done: Callable[[], None] | None = None) -> None:
    """Writes the unit matrix (``units``: these columns, None: the working units) to ``path``."""
    from desktop_app.duties.xlsx_grid import export_matrix_xlsx  # openpyxl loads on first use

    db = ctx.db

    def done(summary) -> None:
        text = QCoreApplication.translate("DutiesOperations", "Exported to %1: %2")
        ctx.status_message.emit(text.replace("%1", str(path)).replace("%2", render(summary.message())))
        if on_done:
            on_done()

    title = QCoreApplication.translate("DutiesOperations", "Exporting the matrix to %1…").replace("%1", path.name)
    run_task(parent, title, lambda progress: export_matrix_xlsx(db, path, units, statuses, progress), done,
             lambda exc: _failed(parent, exc))


def import_grid(parent: QWidget, ctx: AppContext, path: Path, on_done: Callable[[bool], None] | None = None) -> None:
    """Reads the grid at ``path`` into the matrix; shows every problem when it is refused."""
    from desktop_app.duties.xlsx_grid import import_matrix_xlsx

    db = ctx.db

    def done(result) -> None:
        if not result.ok:
            ImportReportDialog(result.problems, parent).exec()
        else:
            ctx.notify({"duties"})
            text = QCoreApplication.translate("DutiesOperations", "Imported %1: %2")
            ctx.status_message.emit(text.replace("%1", path.name).replace("%2", render(result.summary())))
        if on_done:
            on_done(result.ok)

    def cancelled() -> None:
        ctx.status_message.emit(QCoreApplication.translate("DutiesOperations", "Import cancelled; nothing was changed."))

    title = QCoreApplication.translate("DutiesOperations", "Importing %1…").replace("%1", path.name)
    run_task(parent, title, lambda progress: import_matrix_xlsx(db, path, progress), done,
             lambda exc: _failed(parent, exc), cancelled)


def _failed(parent: QWidget, exc: Exception) -> None:
    QMessageBox.critical(parent, QCoreApplication.translate("DutiesOperations", "Error"), str(exc))
