"""A PDF shown inside the app (QtPdf): the pages in a scrolling view, the document's bookmarks
beside it to jump to a chapter or a unit, a page counter and zoom. Before anything is loaded,
a line says how to get something to show."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QPointF, Qt, Signal
from PySide6.QtPdf import QPdfBookmarkModel, QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QLabel, QSplitter, QStackedWidget, QTreeView, QVBoxLayout, QWidget,
)

ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)


class PdfPreview(QWidget):
    """``load(path)`` shows a PDF (False if it cannot be read); ``clear()`` closes it, so the
    file may be replaced or removed. ``page_changed(page, count)`` follows the scrolling
    (pages counted from 1)."""

    page_changed = Signal(int, int)

    def __init__(self, empty_text: str, parent=None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(8)
        self.bookmarks = QPdfBookmarkModel(self)
        self.bookmarks.setDocument(self.document)
        self.outline = QTreeView(self)
        self.outline.setModel(self.bookmarks)
        self.outline.setHeaderHidden(True)
        self.outline.activated.connect(self._jump)
        self.outline.clicked.connect(self._jump)

        self.page_label = QLabel(self)
        self.zoom = QComboBox(self)
        self.zoom.addItem(self.tr("Fit width"), "width")
        self.zoom.addItem(self.tr("Whole page"), "page")
        for factor in ZOOMS:
            self.zoom.addItem(f"{factor:.0%}", factor)
        self.zoom.currentIndexChanged.connect(self._zoom_chosen)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.page_label)
        bar.addStretch(1)
        bar.addWidget(QLabel(self.tr("Zoom:"), self))
        bar.addWidget(self.zoom)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.outline)
        split.addWidget(self.view)
        split.setStretchFactor(1, 1)
        split.setSizes([220, 700])
        self.empty = QLabel(empty_text, self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(split)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

        self.view.pageNavigator().currentPageChanged.connect(self._page_shown)
        self.clear()

    @property
    def path(self) -> Path | None:
        return self._path

    def load(self, path: Path) -> bool:
        self.document.close()
        if self.document.load(str(path)) != QPdfDocument.Error.None_:
            self.clear()
            return False
        self._path = path
        self.stack.setCurrentIndex(1)
        self.outline.collapseAll()  # the chapters; a click on one opens its units
        self.view.pageNavigator().jump(0, QPointF(), 0)
        self._page_shown(0)
        return True

    def clear(self) -> None:
        self.document.close()
        self._path: Path | None = None
        self.stack.setCurrentIndex(0)
        self.page_label.clear()
        self.zoom.setEnabled(False)

    def page_count(self) -> int:
        return self.document.pageCount() if self._path else 0

    def current_page(self) -> int:
        """The page shown, from 1 (0 with nothing loaded)."""
        return self.view.pageNavigator().currentPage() + 1 if self._path else 0

    def jump_to(self, page: int) -> None:
        """Shows ``page`` (from 1) at the top of the view."""
        self.view.pageNavigator().jump(max(0, min(page, self.page_count()) - 1), QPointF(), 0)

    def _jump(self, index: QModelIndex) -> None:
        page = index.data(QPdfBookmarkModel.Role.Page.value)
        if page is not None and page >= 0:
            location = index.data(QPdfBookmarkModel.Role.Location.value)
            self.view.pageNavigator().jump(page, location if isinstance(location, QPointF) else QPointF(), 0)

    def _page_shown(self, page: int) -> None:
        count = self.page_count()
        self.zoom.setEnabled(count > 0)
        if count:
            self.page_label.setText(self.tr("Page %1 of %2").replace("%1", str(page + 1)).replace("%2", str(count)))
            self.page_changed.emit(page + 1, count)

    def _zoom_chosen(self, _index: int) -> None:
        choice = self.zoom.currentData()
        if choice == "width":
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif choice == "page":
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(float(choice))
