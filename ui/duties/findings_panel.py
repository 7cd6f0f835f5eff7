"""The grey-area findings (灰色地带) as a tree: kind, then the unit it is listed under, then
each finding with its severity. Double-clicking one asks the page to select its cells.

The analysis runs off the GUI thread after every change to the duties or the organisation
(``LatestRead``: at most one runs, and only the newest answer is shown). It takes about 50 ms
on the county demo and 0.1 s at ten times that size: too long to run on the GUI thread after
every keystroke in the matrix, short enough that the list follows the edits at once.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QMenu, QPushButton, QTreeView,
    QVBoxLayout, QWidget,
)

from desktop_app.duties.grey_areas import Finding, Review, explain, review, unexplain
from desktop_app.duties.vocabulary import FINDING_KIND_LABELS, FINDING_KINDS, SEVERITY_LABELS
from ui.context import AppContext, render, tr_core
from ui.operations.latest_read import LatestRead

FINDING, NOTE, EXPLAINED = Qt.ItemDataRole.UserRole + 1, Qt.ItemDataRole.UserRole + 2, Qt.ItemDataRole.UserRole + 3
GROUP = Qt.ItemDataRole.UserRole + 4  # a group row's path, e.g. "overlap/运检部"
SEVERITY_COLOURS = {"high": "#b03a2e", "medium": "#b9770e", "low": "#7b7d7d"}


class FindingsPanel(QWidget):
    """``finding_activated(Finding)``: the user wants to see the finding's cells."""

    finding_activated = Signal(object)
    refreshed = Signal()  # a new analysis is shown

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.review: Review | None = None
        self.title = QLabel(self)
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels([self.tr("Finding"), self.tr("Severity"), self.tr("Note")])
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.tree.setColumnHidden(2, True)  # the notes of explained findings, when they are shown
        self.detail = QLabel(self)  # the whole sentence: the tree's column elides long ones
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # a fixed height: the tree must not move under the mouse when the text changes
        self.detail.setFixedHeight(self.detail.fontMetrics().lineSpacing() * 4 + 10)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setStyleSheet("QLabel { background: #f7f7f7; padding: 4px; }")
        self.show_explained = QCheckBox(self.tr("Show explained"), self)
        self.explain_button = QPushButton(self.tr("Explain…"), self)
        self.unexplain_button = QPushButton(self.tr("Show again"), self)
        self.explain_button.setToolTip(self.tr("Mark the finding as explained, with a note; it stays hidden until its data changes"))
        self.unexplain_button.setToolTip(self.tr("Remove the explanation, so the finding is listed again"))

        self.tree.doubleClicked.connect(self._activated)
        self.tree.activated.connect(self._activated)
        self.tree.customContextMenuRequested.connect(self._menu)
        self.tree.selectionModel().currentChanged.connect(lambda _c, _p: self._update_buttons())
        self.explain_button.clicked.connect(self.explain_current)
        self.unexplain_button.clicked.connect(self.unexplain_current)
        self.show_explained.toggled.connect(lambda _on: self._show(self.review))

        buttons = QHBoxLayout()
        buttons.addWidget(self.show_explained)
        buttons.addStretch(1)
        buttons.addWidget(self.explain_button)
        buttons.addWidget(self.unexplain_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)

        self._reader = LatestRead(self)
        self._reader.done.connect(self._show)
        self._reader.failed.connect(lambda exc: self.title.setText(self.tr("The analysis failed: %1").replace("%1", str(exc))))
        ctx.changes_applied.connect(self._on_changes)
        ctx.database_replaced.connect(self.refresh)
        self.title.setText(self.tr("Grey areas: analysing…"))
        self._update_buttons()
        self.refresh()

    # --- analysis ------------------------------------------------------------------------
    def refresh(self) -> None:
        self._reader.start(self.ctx.db, review)

    def wait(self) -> None:
        """Blocks until the analysis asked for is done and shown (screenshots, benchmarks)."""
        self._reader.wait()

    def _on_changes(self, areas, _source) -> None:
        # the customer map's processes and relations make the "handoff without commitment" findings
        if {"duties", "org", "customer_map"} & areas:
            self.refresh()

    def _show(self, result: Review | None) -> None:
        if result is None:
            return
        kept = self.current_finding()
        collapsed = self._collapsed()
        self.review = result
        self.model.removeRows(0, self.model.rowCount())
        root = self.model.invisibleRootItem()
        by_kind: dict[str, list[Finding]] = {}
        for f in result.visible:
            by_kind.setdefault(f.kind, []).append(f)
        for kind in FINDING_KINDS:
            found = by_kind.get(kind, [])
            if not found:
                continue
            group = self._group(root, f"{tr_core(FINDING_KIND_LABELS[kind])} ({len(found)})", kind)
            units: dict[str, QStandardItem] = {}
            for f in found:
                parent = group
                if kind != "vacuum":  # a vacuum has no owning unit to list it under
                    name = f.sort_name or "—"
                    if name not in units:
                        units[name] = self._group(group, name, f"{kind}/{name}")
                    parent = units[name]
                self._add(parent, f, None)
            for name, item in units.items():
                item.setText(f"{name} ({item.rowCount()})")
        self.tree.setColumnHidden(2, not self.show_explained.isChecked())
        if self.show_explained.isChecked() and result.explained:
            group = self._group(root, self.tr("Explained (%1)").replace("%1", str(len(result.explained))), "explained")
            for e in result.explained:
                self._add(group, e.finding, e.note)
        self.tree.expandAll()
        self._collapse(collapsed)
        self.title.setText(self.tr("Grey areas: %n finding(s)", "", len(result.visible))
                           + (self.tr(", %n explained", "", len(result.explained)) if result.explained else ""))
        if kept is not None:
            self.select_key(kept.key)
        self._update_buttons()
        self.refreshed.emit()

    def _group(self, parent: QStandardItem, text: str, path: str) -> QStandardItem:
        item = QStandardItem(text)
        item.setData(path, GROUP)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        parent.appendRow([item, QStandardItem(), QStandardItem()])
        return item

    def _add(self, parent: QStandardItem, f: Finding, note: str | None) -> None:
        text = QStandardItem(render(f.message))
        text.setData(f, FINDING)
        text.setData(note is not None, EXPLAINED)
        text.setToolTip(render(f.message))
        severity = QStandardItem(tr_core(SEVERITY_LABELS[f.severity]))
        severity.setForeground(QBrush(QColor(SEVERITY_COLOURS[f.severity])))
        note_item = QStandardItem(note or "")
        if note is not None:
            note_item.setToolTip(note)
            for item in (text, severity):
                item.setForeground(QBrush(QColor("#8a8a8a")))
        parent.appendRow([text, severity, note_item])

    def _collapsed(self) -> set[str]:
        out = set()
        for item in self._walk(self.model.invisibleRootItem()):
            path = item.data(GROUP)
            if path and not self.tree.isExpanded(item.index()):
                out.add(path)
        return out

    def _collapse(self, paths: set[str]) -> None:
        if paths:
            for item in self._walk(self.model.invisibleRootItem()):
                if item.data(GROUP) in paths:
                    self.tree.collapse(item.index())

    def _walk(self, parent: QStandardItem):
        for r in range(parent.rowCount()):
            child = parent.child(r, 0)
            yield child
            yield from self._walk(child)

    # --- the findings shown --------------------------------------------------------------
    def findings_shown(self, explained: bool = False) -> list[Finding]:
        """The findings listed (explained ones only when ``explained``), top to bottom."""
        return [item.data(FINDING) for item in self._walk(self.model.invisibleRootItem())
                if item.data(FINDING) is not None and bool(item.data(EXPLAINED)) == explained]

    def select_key(self, key: str) -> bool:
        for item in self._walk(self.model.invisibleRootItem()):
            f = item.data(FINDING)
            if f is not None and f.key == key:
                self.tree.setCurrentIndex(item.index())
                self.tree.scrollTo(item.index())
                return True
        return False

    def current_finding(self) -> Finding | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        return self.model.itemFromIndex(index.siblingAtColumn(0)).data(FINDING)

    def _current_is_explained(self) -> bool:
        index = self.tree.currentIndex()
        return index.isValid() and bool(self.model.itemFromIndex(index.siblingAtColumn(0)).data(EXPLAINED))

    def _update_buttons(self) -> None:
        f = self.current_finding()
        explained = self._current_is_explained()
        self._show_detail(f, explained)
        self.explain_button.setEnabled(f is not None and not explained)
        self.unexplain_button.setEnabled(f is not None and explained)
        self.unexplain_button.setVisible(self.show_explained.isChecked())

    def _show_detail(self, f: Finding | None, explained: bool) -> None:
        if f is None:
            self.detail.setText(self.tr("Double-click a finding to select its cells in the matrix "
                                        "(a handoff: its relation on the customer map)."))
            return
        lines = [f"{tr_core(SEVERITY_LABELS[f.severity])} · {render(f.message)}"]
        index = self.tree.currentIndex().siblingAtColumn(2)
        if explained:
            lines.append(self.tr("Explained: %1").replace("%1", self.model.itemFromIndex(index).text()))
        elif self.review is not None and f.key in self.review.outdated_notes:
            lines.append(self.tr("Explained before the data changed: %1").replace("%1", self.review.outdated_notes[f.key]))
        self.detail.setText("\n".join(lines))

    def _activated(self, index: QModelIndex) -> None:
        f = self.model.itemFromIndex(index.siblingAtColumn(0)).data(FINDING) if index.isValid() else None
        if f is not None:
            self.finding_activated.emit(f)

    def _menu(self, pos) -> None:
        f = self.current_finding()
        if f is None:
            return
        menu = QMenu(self)
        show = QAction(self.tr("Show on the customer map") if f.kind == "handoff" else self.tr("Select in the matrix"), menu)
        show.triggered.connect(lambda: self.finding_activated.emit(f))
        menu.addAction(show)
        if self._current_is_explained():
            action = QAction(self.tr("Show again"), menu)
            action.triggered.connect(self.unexplain_current)
        else:
            action = QAction(self.tr("Explain…"), menu)
            action.triggered.connect(self.explain_current)
        menu.addAction(action)
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    # --- explaining ----------------------------------------------------------------------
    def explain_current(self) -> bool:
        """Asks for a note and hides the current finding until its data changes."""
        f = self.current_finding()
        if f is None or self._current_is_explained():
            return False
        earlier = self.review.outdated_notes.get(f.key, "") if self.review else ""
        note, ok = QInputDialog.getMultiLineText(
            self, self.tr("Explain finding"),
            render(f.message) + "\n\n" + self.tr("Why is this not a problem? The finding stays hidden until "
                                                "the data it is about changes."), earlier)
        if not ok:
            return False
        if not note.strip():
            self.ctx.status_message.emit(self.tr("Nothing was explained: the note is empty."))
            return False
        with self.ctx.db.write() as s:
            explain(s, f, note.strip())
        self.ctx.notify({"duties"}, self)
        return True

    def unexplain_current(self) -> bool:
        f = self.current_finding()
        if f is None or not self._current_is_explained():
            return False
        with self.ctx.db.write() as s:
            unexplain(s, f.key)
        self.ctx.notify({"duties"}, self)
        return True
