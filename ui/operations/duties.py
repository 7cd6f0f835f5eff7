"""Long work of the duty boundaries: the responsibility matrix to and from the Excel grid."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.context import AppContext
from ui.operations.workbooks import export_workbook, import_workbook


def export_grid(parent: QWidget, ctx: AppContext, path: Path, units: list[str] | None,
                statuses: tuple[str, ...], on_done: Callable[[], None] | None = None) -> None:
    """Writes the unit matrix (``units``: these columns, None: the working units) to ``path``."""
    from desktop_app.duties.xlsx_grid import export_matrix_xlsx  # openpyxl loads on first use

    title = QCoreApplication.translate("DutiesOperations", "Exporting the matrix to %1…").replace("%1", path.name)
    export_workbook(parent, ctx, path, title,
                    lambda db, p, progress: export_matrix_xlsx(db, p, units, statuses, progress), on_done)


def import_grid(parent: QWidget, ctx: AppContext, path: Path, on_done: Callable[[bool], None] | None = None) -> None:
    """Reads the grid at ``path`` into the matrix; shows every problem when it is refused."""
    from desktop_app.duties.xlsx_grid import import_matrix_xlsx

    import_workbook(parent, ctx, path, import_matrix_xlsx, {"duties"}, on_done)
