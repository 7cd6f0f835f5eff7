"""The published editions, newest first: scope, number, date, pages, chapters and who published
it. Read-only: an edition is a record of what was printed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from desktop_app.handbook.chapters import chapter
from desktop_app.handbook.editions import EditionInfo, editions
from ui.context import AppContext, tr_core


class EditionsList(QTreeWidget):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setHeaderLabels([self.tr("Scope"), self.tr("Edition"), self.tr("Published on"), self.tr("Pages"),
                              self.tr("Published by")])
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        self.rows: list[EditionInfo] = []
        ctx.changes_applied.connect(lambda areas, _src: "handbook" in areas and self.reload())
        ctx.database_replaced.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        with self.ctx.db.read() as s:
            self.rows = editions(s)
        self.clear()
        for e in self.rows:
            item = QTreeWidgetItem([e.scope_name if e.scope_key else self.tr("Whole company"),
                                    self.tr("Edition %1").replace("%1", str(e.number)),
                                    e.published_on.isoformat(), str(e.pages), e.published_by])
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(0, self.tr("Chapters: %1").replace(
                "%1", self.tr(", ").join(tr_core(chapter(k).label) for k in e.chapters if _known(k))))
            self.addTopLevelItem(item)
        for column in range(self.columnCount()):
            self.resizeColumnToContents(column)


def _known(key: str) -> bool:
    try:
        chapter(key)
    except StopIteration:  # a chapter of a later version's handbook
        return False
    return True
