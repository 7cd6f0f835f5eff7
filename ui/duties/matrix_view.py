"""The matrix grid's view: a role picker per cell; typing R/A/C/I (either case) or 主/审/配/知
sets every selected cell, Delete or Backspace clears them; Ctrl+C copies the selection as
tab-separated role letters. The view never writes: it asks through its signals."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QStyledItemDelegate, QTableView

from desktop_app.duties.vocabulary import ROLE_KEYS, ROLE_LABELS, role_from_text
from ui.context import tr_core
from ui.duties.matrix_model import COLUMN_WIDTH, MatrixModel
from ui.tables.clipboard import to_tsv


class RoleDelegate(QStyledItemDelegate):
    """A combo of the four roles and "none"; choosing one sets the cell at once."""

    def createEditor(self, parent, option, index):
        box = QComboBox(parent)
        box.addItem("—", None)
        for role, label in ROLE_LABELS.items():
            box.addItem(f"{role}  {tr_core(label)}", role)
        box.activated.connect(lambda _i, b=box: self._chosen(b))
        if QGuiApplication.platformName() != "offscreen":  # offscreen can't show popups (tests)
            QTimer.singleShot(0, box, box.showPopup)  # one click less; dropped if the box is gone
        return box

    def _chosen(self, box: QComboBox) -> None:
        self.commitData.emit(box)
        self.closeEditor.emit(box, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor, index):
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole) or None), 0))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor, option, index):
        rect = option.rect
        rect.setWidth(max(rect.width(), editor.sizeHint().width()))
        editor.setGeometry(rect)


class MatrixView(QTableView):
    """``role_typed(role)``: set the selected cells to ``role`` (None: clear them).
    ``paste_requested``: Ctrl+V was pressed."""

    role_typed = Signal(object)
    paste_requested = Signal()

    def __init__(self, model: MatrixModel, parent=None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(RoleDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setWordWrap(False)
        across = self.horizontalHeader()
        across.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        across.setDefaultSectionSize(COLUMN_WIDTH)
        across.setTextElideMode(Qt.TextElideMode.ElideNone)  # the model breaks names into lines
        across.setHighlightSections(True)
        down = self.verticalHeader()
        down.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        down.setDefaultSectionSize(24)
        down.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, True)

    def matrix_model(self) -> MatrixModel:
        return self.model()  # type: ignore[return-value]

    def selected_cells(self) -> list[tuple[int, int]]:
        return sorted({(i.row(), i.column()) for i in self.selectionModel().selectedIndexes()})

    # --- typing --------------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:
        if self.state() == QAbstractItemView.State.EditingState:
            super().keyPressEvent(event)
            return
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            return
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_requested.emit()
            return
        plain = not (event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                                          | Qt.KeyboardModifier.MetaModifier))
        if plain and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.role_typed.emit(None)
            return
        role = ROLE_KEYS.get(event.text()) if plain else None
        if role is not None:
            self.role_typed.emit(role)
            return
        super().keyPressEvent(event)

    def inputMethodEvent(self, event) -> None:
        """Chinese arrives through the input method: 主, 审, 配, 知 (or 主责 …) set the cells."""
        text = event.commitString().strip()
        if text and self.state() != QAbstractItemView.State.EditingState:
            try:
                role = role_from_text(text)
            except ValueError:
                role = None
            if role is not None:
                self.role_typed.emit(role)
            event.accept()
            return
        super().inputMethodEvent(event)

    # --- clipboard and selection ---------------------------------------------------------
    def copy_selection(self) -> int:
        """Copies the selected cells' letters (other cells of their bounding block blank)."""
        cells = self.selected_cells()
        if not cells:
            return 0
        rows = range(min(r for r, _ in cells), max(r for r, _ in cells) + 1)
        cols = range(min(c for _, c in cells), max(c for _, c in cells) + 1)  # pasted back, cells keep their places
        chosen = set(cells)
        model = self.matrix_model()
        block = [[(model.role_at(r, c) or "") if (r, c) in chosen else "" for c in cols] for r in rows]
        QGuiApplication.clipboard().setText(to_tsv(block))
        return len(cells)

    def select_cells(self, rows: list[int], columns: list[int] | None) -> None:
        """Selects rows × columns (whole rows when ``columns`` is None, whole columns when
        ``rows`` is empty), makes the first cell current and scrolls to it."""
        model = self.matrix_model()
        last_row, last_col = model.rowCount() - 1, model.columnCount() - 1
        selection = QItemSelection()
        if columns is None:
            for r in rows:
                selection.select(model.index(r, 0), model.index(r, last_col))
            first = model.index(rows[0], model.lead) if rows else QModelIndex()
        elif not rows:
            for c in columns:
                selection.select(model.index(0, c), model.index(last_row, c))
            first = model.index(0, columns[0]) if columns and last_row >= 0 else QModelIndex()
        else:
            for r in rows:
                for c in columns:
                    selection.select(model.index(r, c), model.index(r, c))
            first = model.index(rows[0], columns[0])
        flags = QItemSelectionModel.SelectionFlag
        self.selectionModel().select(selection, flags.ClearAndSelect)
        if first.isValid():
            self.selectionModel().setCurrentIndex(first, flags.NoUpdate)
            self.scrollTo(first, QAbstractItemView.ScrollHint.PositionAtCenter)
