"""The responsibility matrix grid: filters, the grid, and every write to it.

Each write (a typed role, a picked role, a pasted block, a breakdown, an undo) is one
``set_block`` call in one committed transaction, checked against the roles the grid showed
(``expected``), so an edit over a cell changed elsewhere is refused whole and the grid reloads.
Writes are small and run on the GUI thread, as table cell edits do. After a write the grid
shows the written cells without reloading, and tells the other panels (``changes_applied``).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QUndoStack
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QMenu, QPushButton, QToolTip, QVBoxLayout, QWidget

from desktop_app.duties.grey_rules import Finding
from desktop_app.duties.matrix import (
    CHANGED, NOT_A_ROLE, RETIRED, Matrix, MatrixCellError, MatrixEditRejected, breakdown, load_post_matrix, matrix_units, set_block,
)
from desktop_app.duties.vocabulary import ROLE_LABELS, role_from_text
from desktop_app.i18n import msg
from desktop_app.model.duties import WORK_ITEM_STATUSES
from desktop_app.storage.concurrency import StaleEditError
from ui.context import AppContext, render, tr_core
from ui.duties.breakdown_dialog import BreakdownDialog
from ui.duties.matrix_filters import MatrixFilterBar
from ui.duties.matrix_model import MatrixModel
from ui.duties.matrix_undo import MatrixCommand
from ui.duties.matrix_view import MatrixView
from ui.tables.clipboard import from_tsv

Cells = list[tuple[str, str, "str | None"]]
MAX_LISTED = 10  # problems listed in one message


class MatrixGrid(QWidget):
    error_shown = Signal(str)

    def __init__(self, ctx: AppContext, undo: QUndoStack, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.undo = ctx, undo
        self.filters = MatrixFilterBar(self)
        self.model = MatrixModel(self)
        self.view = MatrixView(self.model, self)
        self.legend = QLabel(self.tr("R Owns · A Approves · C Cooperates · I Is informed — type a letter (or 主 审 配 知) "
                                     "to set the selected cells, Delete to clear them; paste blocks from Excel."), self)
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet("QLabel { color: #555555; }")
        self.breakdown_button = QPushButton(self.tr("Break down to posts…"), self)
        self.breakdown_button.setToolTip(self.tr("Give the selected work item of this unit to some of its posts"))
        self.count_label = QLabel(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("QLabel { background: #fdecea; color: #8a1c1c; padding: 4px; }")
        self.message.hide()

        self.filters.changed.connect(lambda _f: self.reload())
        self.model.edit_requested.connect(lambda cells: self.edit(cells, self.tr("Set role")))
        self.view.role_typed.connect(self.set_selected)
        self.view.paste_requested.connect(self.paste)
        self.view.customContextMenuRequested.connect(self._menu)
        self.view.selectionModel().currentChanged.connect(lambda _c, _p: self._update_actions())
        self.breakdown_button.clicked.connect(self.break_down)
        ctx.changes_applied.connect(self._on_changes)
        ctx.database_replaced.connect(self.reload)

        bar = QHBoxLayout()
        bar.addWidget(self.legend, 1)
        bar.addWidget(self.count_label)
        bar.addWidget(self.breakdown_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filters)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        self.reload()

    # --- reading -------------------------------------------------------------------------
    @property
    def matrix(self) -> Matrix:
        assert self.model.matrix is not None
        return self.model.matrix

    def reload(self) -> None:
        """Reads the matrix the filters ask for; the current cell stays where it was."""
        current = self.view.currentIndex()
        keep = None
        if current.isValid() and self.model.matrix is not None:
            key = self.model.key_at(current.row(), current.column())
            keep = (self.model.item_id(current.row()), key[1] if key else None, current.column())
        with self.ctx.db.read() as s:
            self.filters.set_units(matrix_units(s))
            m = self.filters.current().load(s, self.filters.units)
        self.model.set_matrix(m)
        self.count_label.setText(self.tr("%1 work items × %2 columns").replace("%1", str(len(m.rows)))
                                 .replace("%2", str(len(m.columns))))
        if keep is not None:
            r = self.model.row_of(keep[0])
            c = self.model.column_of(keep[1]) if keep[1] else keep[2]
            if r >= 0 and 0 <= c < self.model.columnCount():
                self.view.selectionModel().setCurrentIndex(self.model.index(r, c), QItemSelectionModel.SelectionFlag.NoUpdate)
        self._update_actions()

    def _on_changes(self, areas, source) -> None:
        if source is not self and ("duties" in areas or "org" in areas):
            self.reload()

    # --- writing -------------------------------------------------------------------------
    def write(self, level: str, cells: Cells, expected: list[str | None]) -> bool:
        """Writes ``cells`` if each still holds ``expected``; shows why not and returns False."""
        try:
            with self.ctx.db.write() as s:
                set_block(s, cells, level, expected=expected)
        except MatrixEditRejected as exc:
            self._refused(exc.errors)
            return False
        except StaleEditError:
            self.show_error(render(msg(CHANGED)))
            self.reload()
            return False
        self.message.hide()
        if level == self.model.level:
            self.model.apply(cells)
        else:  # e.g. undoing a breakdown while the unit matrix is shown: the lead column may change
            self.reload()
        self._update_actions()
        self.ctx.notify({"duties"}, self)
        return True

    def edit(self, cells: Cells, text: str) -> bool:
        """Sets cells of the matrix shown, as one undoable step; unchanged cells are left out."""
        level = self.model.level
        changes, seen = [], set()
        for item_id, col_id, role in cells:
            old = self.model.role_of(item_id, col_id)
            if role != old and (item_id, col_id) not in seen:
                seen.add((item_id, col_id))
                changes.append((item_id, col_id, old, role))
        if not changes:
            return False
        if not self.write(level, [(i, c, new) for i, c, _o, new in changes], [old for _i, _c, old, _n in changes]):
            return False
        self.undo.push(MatrixCommand(text, level, changes, self.write))
        return True

    def set_selected(self, role: str | None) -> bool:
        """Sets (or clears) every selected cell that can be changed here."""
        selected = self.view.selected_cells() or (
            [(self.view.currentIndex().row(), self.view.currentIndex().column())] if self.view.currentIndex().isValid() else [])
        editable = [(r, c) for r, c in selected if self.model.flags(self.model.index(r, c)) & Qt.ItemFlag.ItemIsEditable]
        if not editable:
            if selected:
                self._explain_read_only(*selected[0])
            return False
        cells = [(*self.model.key_at(r, c), role) for r, c in editable]  # type: ignore[misc]
        text = self.tr("Clear %n cell(s)", "", len(cells)) if role is None else \
            self.tr("Set %n cell(s) to %1", "", len(cells)).replace("%1", role)
        return self.edit(cells, text)

    def _explain_read_only(self, row: int, column: int) -> None:
        if self.model.is_retired(row):
            self.show_error(render(msg(RETIRED, item=self.matrix.rows[row].title)), self._cell_point(row, column))
        else:
            self.show_error(self.tr("The unit's own role is set in the unit matrix (All units)."), self._cell_point(row, column))

    def paste(self) -> bool:
        """Pastes a block of role letters at the selection (a single value fills the whole
        selection). Any text that is not a role refuses the whole paste, naming each cell."""
        block = from_tsv(QGuiApplication.clipboard().text())
        if not block or self.model.rowCount() == 0:
            return False
        selected = self.view.selected_cells()
        if len(block) == 1 and len(block[0]) == 1 and len(selected) > 1:
            targets = [(r, c, block[0][0]) for r, c in selected]
        else:
            start = (min(r for r, _ in selected), min(c for _, c in selected)) if selected else \
                (self.view.currentIndex().row(), self.view.currentIndex().column())
            if start[0] < 0:
                return False
            targets = [(start[0] + dr, start[1] + dc, text) for dr, texts in enumerate(block)
                       for dc, text in enumerate(texts)
                       if start[0] + dr < self.model.rowCount() and start[1] + dc < self.model.columnCount()]
        cells: Cells = []
        problems: list[tuple[int, int, str]] = []
        for r, c, text in targets:
            key = self.model.key_at(r, c)
            if key is None:  # the unit's own column of a post matrix
                continue
            try:
                cells.append((*key, role_from_text(text)))
            except ValueError:
                problems.append((r, c, render(msg(NOT_A_ROLE, value=text.strip()))))
        if problems:
            self.show_error(self.tr("Nothing was pasted:") + "\n" + self._listed(problems),
                            self._cell_point(problems[0][0], problems[0][1]))
            return False
        return self.edit(cells, self.tr("Paste %n cell(s)", "", len(cells)))

    def copy(self) -> int:
        return self.view.copy_selection()

    # --- breaking a unit's duty down -----------------------------------------------------
    def _breakdown_target(self) -> tuple[int, int] | None:
        index = self.view.currentIndex()
        if self.model.level != "unit" or not index.isValid() or self.model.role_at(index.row(), index.column()) is None:
            return None
        return index.row(), index.column()

    def break_down(self) -> bool:
        """For the current cell of the unit matrix: gives the item to posts of that unit."""
        target = self._breakdown_target()
        if target is None:
            self.show_error(self.tr("Choose a cell where the unit holds a role first."))
            return False
        r, c = target
        row, unit = self.matrix.rows[r], self.model.column_at(c)
        assert unit is not None
        with self.ctx.db.read() as s:
            posts = load_post_matrix(s, unit.id, row.code, WORK_ITEM_STATUSES)
        if not posts.columns:
            self.show_error(self.tr("%1 has no posts to break the duty down to.").replace("%1", unit.name))
            return False
        current = {col: role for (item, col), role in posts.cells.items() if item == row.id}
        dialog = BreakdownDialog(f"{row.title} ({row.code})", unit.name, self.model.role_at(r, c) or "R",
                                 posts.columns, current, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        post_ids, role = dialog.chosen()
        if not post_ids:
            return False
        try:
            with self.ctx.db.write() as s:
                before = breakdown(s, row.id, unit.id, post_ids, role)
        except MatrixEditRejected as exc:
            self._refused(exc.errors)
            return False
        changes = [(row.id, pid, old, role) for pid, old in zip(post_ids, before) if old != role]
        self.message.hide()
        self.ctx.notify({"duties"}, self)
        if changes:
            self.undo.push(MatrixCommand(self.tr("Break down to %n post(s)", "", len(changes)), "position",
                                         changes, self.write))
        return True

    # --- findings ------------------------------------------------------------------------
    def show_finding(self, f: Finding) -> bool:
        """Shows and selects the cells a finding is about: in the unit matrix, or in the post
        matrix of its unit when it is about posts (a gap is shown at the unit's cell, where
        it is broken down). Filters that hide those cells are cleared."""
        posts = bool(f.position_ids) and f.kind != "gap"
        if posts and not f.unit_ids:
            return False
        wanted = replace(self.filters.current(), unit_id=f.unit_ids[0] if posts else None)
        ids = list(f.position_ids if posts else f.unit_ids)
        rows: list[int] = []
        cols: list[int] = []
        for attempt in (wanted, wanted.without_row_filters(), wanted.without_row_filters().without_column_filters()):
            if attempt != self.filters.current():
                self.filters.show_filter(attempt)
            rows = [r for r in map(self.model.row_of, f.work_item_ids) if r >= 0]
            cols = [c for c in map(self.model.column_of, ids) if c >= 0]
            if posts and f.key.startswith("orphan.inactive"):
                cols = [0, *cols]  # the unit's own duties, in the lead column
            if len(rows) == len(f.work_item_ids) and len(cols) >= len(ids):
                break
        if not rows and not cols:
            return False
        self.view.select_cells(rows, cols or None)
        self.view.setFocus()
        return True

    # --- messages and menus --------------------------------------------------------------
    def _refused(self, errors: list[MatrixCellError]) -> None:
        problems = []
        for e in errors:
            r, c = self.model.row_of(e.work_item_id), self.model.column_of(e.column_id)
            problems.append((r, c, render(e.message)))
        self.show_error(self.tr("Nothing was changed:") + "\n" + self._listed(problems),
                        self._cell_point(problems[0][0], problems[0][1]) if problems else None)
        if any(e.message.text == CHANGED for e in errors):
            self.reload()

    def _listed(self, problems: list[tuple[int, int, str]]) -> str:
        lines = []
        for r, c, text in problems[:MAX_LISTED]:
            where = []
            if r >= 0:
                where.append(self.matrix.rows[r].code)
            col = self.model.column_at(c) if c >= 0 else None
            if col is not None:
                where.append(col.name)
            lines.append(f"{' · '.join(where)}: {text}" if where else text)
        if len(problems) > MAX_LISTED:
            lines.append(self.tr("…and %n more.", "", len(problems) - MAX_LISTED))
        return "\n".join(lines)

    def _cell_point(self, row: int, column: int) -> QPoint | None:
        if row < 0 or column < 0:
            return None
        rect = self.view.visualRect(self.model.index(row, column))
        return self.view.viewport().mapToGlobal(rect.bottomLeft())

    def show_error(self, text: str, at: QPoint | None = None) -> None:
        """Shows a refusal beside the cell (tooltip) and in the grid's message line."""
        self.message.setText(text)
        self.message.show()
        if self.view.isVisible() and QGuiApplication.platformName() != "offscreen":
            QToolTip.showText(at or self.view.viewport().mapToGlobal(self.view.viewport().rect().center()), text, self.view)
        self.error_shown.emit(text)
        self.ctx.status_message.emit(text.replace("\n", " "))

    def _update_actions(self) -> None:
        self.breakdown_button.setVisible(self.model.level == "unit")
        self.breakdown_button.setEnabled(self._breakdown_target() is not None)

    def _menu(self, pos) -> None:
        menu = QMenu(self)
        for role, label in ROLE_LABELS.items():
            action = QAction(f"{role}  {tr_core(label)}", menu)
            action.triggered.connect(lambda _c=False, role=role: self.set_selected(role))
            menu.addAction(action)
        clear = QAction(self.tr("Clear"), menu, shortcut=QKeySequence.StandardKey.Delete)
        clear.triggered.connect(lambda: self.set_selected(None))
        menu.addAction(clear)
        menu.addSeparator()
        copy = QAction(self.tr("Copy"), menu, shortcut=QKeySequence.StandardKey.Copy)
        copy.triggered.connect(self.copy)
        paste = QAction(self.tr("Paste"), menu, shortcut=QKeySequence.StandardKey.Paste)
        paste.triggered.connect(self.paste)
        menu.addActions([copy, paste])
        menu.addSeparator()
        index = self.view.indexAt(pos)
        if self.model.level == "unit":
            split = QAction(self.tr("Break down to posts…"), menu)
            split.setEnabled(self._breakdown_target() is not None)
            split.triggered.connect(self.break_down)
            menu.addAction(split)
            unit = self.model.column_at(index.column()) if index.isValid() else None
            if unit is not None:
                open_posts = QAction(self.tr("Open the posts of %1").replace("%1", unit.name), menu)
                open_posts.triggered.connect(lambda: self.open_posts(unit.id))
                menu.addAction(open_posts)
        else:
            back = QAction(self.tr("Back to all units"), menu)
            back.triggered.connect(lambda: self.open_posts(None))
            menu.addAction(back)
        menu.exec(self.view.viewport().mapToGlobal(pos))

    def open_posts(self, unit_id: str | None) -> None:
        """Shows the post matrix of ``unit_id`` (None: the unit matrix)."""
        self.filters.show_filter(replace(self.filters.current(), unit_id=unit_id))
