"""Printing a PDF file: each page rendered by QtPdf at the printer's resolution (at most 300
dpi: enough for text on paper, and an A4 page then takes 35 MB while it is drawn) and painted
onto the printer, page by page, so memory stays flat however long the document.

``print_pages`` runs on the worker thread (QPainter may paint on a QPrinter there, and it opens
its own QPdfDocument); it reports progress and, when cancelled, stops between pages and aborts
the print job.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from desktop_app.progress import Cancelled, NullProgress, Progress, check_cancelled

__all__ = ["MAX_DPI", "PrintError", "print_pages"]

MAX_DPI = 300


class PrintError(Exception):
    """The file could not be read or the printer refused to start."""


def print_pages(path: Path, printer: QPrinter, first: int, last: int, progress: Progress = NullProgress()) -> int:
    """Prints pages ``first``..``last`` (from 1, inclusive; clamped to the document) of the PDF
    at ``path`` on ``printer``, each scaled to fit the printable area and centred. Returns the
    number of pages printed. Raises PrintError, Cancelled."""
    document = QPdfDocument()
    try:
        if document.load(str(path)) != QPdfDocument.Error.None_:
            raise PrintError(QCoreApplication.translate("Printing", "%1 could not be read as a PDF.")
                             .replace("%1", str(path)))
        first, last = max(1, first), min(last, document.pageCount())
        total = max(last - first + 1, 0)
        dpi = min(printer.resolution(), MAX_DPI)
        painter = QPainter()
        if total and not painter.begin(printer):
            raise PrintError(QCoreApplication.translate("Printing", "The printer %1 could not be started.")
                             .replace("%1", printer.printerName() or printer.outputFileName()))
        try:
            for done, page in enumerate(range(first - 1, last)):
                check_cancelled(progress)
                progress.report(done, total, "")
                if done:
                    printer.newPage()
                points = document.pagePointSize(page)
                pixels = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                image = document.render(page, pixels)
                area = painter.viewport()
                size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                target = QRect(area.x() + (area.width() - size.width()) // 2,
                               area.y() + (area.height() - size.height()) // 2, size.width(), size.height())
                painter.drawImage(target, image)
        except Cancelled:
            printer.abort()  # a printer drops the job; nothing half-printed comes out
            raise
        finally:
            if painter.isActive():
                painter.end()
        progress.report(total, total, "")
        return total
    finally:
        document.close()
