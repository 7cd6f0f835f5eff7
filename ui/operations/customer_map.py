"""Long work of the internal customer map: its relations to and from Excel (sheets 组织客户 and
岗位客户), on the worker thread with progress and cancel."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.context import AppContext
from ui.operations.workbooks import export_workbook, import_workbook


def export_relations(parent: QWidget, ctx: AppContext, path: Path, on_done: Callable[[], None] | None = None) -> None:
    """Writes every live relation of both levels to ``path``."""
    from desktop_app.customer_map.xlsx import export_relations_xlsx  # openpyxl loads on first use

    title = QCoreApplication.translate("CustomerMapOperations", "Exporting the relations to %1…").replace("%1", path.name)
    export_workbook(parent, ctx, path, title, export_relations_xlsx, on_done)


def import_relations(parent: QWidget, ctx: AppContext, path: Path, on_done: Callable[[bool], None] | None = None) -> None:
    """Reads the relations at ``path``; shows every problem when the file is refused."""
    from desktop_app.customer_map.xlsx import import_relations_xlsx

    import_workbook(parent, ctx, path, import_relations_xlsx, {"customer_map"}, on_done)
