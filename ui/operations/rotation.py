"""Long work of rotation and stationing: the assignments to and from Excel (sheet 轮岗安排), on
the worker thread with progress and cancel."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.context import AppContext
from ui.operations.workbooks import export_workbook, import_workbook


def export_assignments(parent: QWidget, ctx: AppContext, path: Path, on_done: Callable[[], None] | None = None) -> None:
    """Writes every live assignment of the live plans to ``path``."""
    from desktop_app.rotation.xlsx import export_assignments_xlsx  # openpyxl loads on first use

    title = QCoreApplication.translate("RotationOperations", "Exporting the assignments to %1…").replace("%1", path.name)
    export_workbook(parent, ctx, path, title, export_assignments_xlsx, on_done)


def import_assignments(parent: QWidget, ctx: AppContext, path: Path, on_done: Callable[[bool], None] | None = None) -> None:
    """Reads the assignments at ``path``; shows every problem when the file is refused."""
    from desktop_app.rotation.xlsx import import_assignments_xlsx

    import_workbook(parent, ctx, path, import_assignments_xlsx, {"rotation"}, on_done)
