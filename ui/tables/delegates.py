"""Cell editors chosen by column kind: pickers for enums and references, a calendar for dates."""

from __future__ import annotations

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QDateEdit, QPlainTextEdit, QSpinBox, QStyledItemDelegate

from desktop_app.tables.choices import ref_choices
from ui.context import tr_core


class ColumnDelegate(QStyledItemDelegate):
    """Reads the column spec from the view's QueryTableModel for each cell."""

    def _column(self, index: QModelIndex):
        return index.model().columns[index.column()]

    def createEditor(self, parent, option, index):
        col = self._column(index)
        if col.kind == "enum":
            box = QComboBox(parent)
            if not col.required:
                box.addItem("", None)
            for stored, label in (col.choices or {}).items():
                box.addItem(tr_core(label), stored)
            return box
        if col.kind == "ref":
            box = QComboBox(parent)
            box.setEditable(True)
            box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            if not col.required:
                box.addItem("", None)
            with index.model().ctx.db.read() as s:
                for choice in ref_choices(s, col.ref):
                    box.addItem(choice.text, choice.id)
            completer = box.completer()
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            return box
        if col.kind == "date":
            edit = QDateEdit(parent)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            return edit
        if col.kind == "int":
            spin = QSpinBox(parent)
            spin.setRange(col.minimum if col.minimum is not None else -(2**31), col.maximum if col.maximum is not None else 2**31 - 1)
            return spin
        if col.kind == "longtext":
            return QPlainTextEdit(parent)
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor, index):
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            i = editor.findData(value)
            editor.setCurrentIndex(max(i, 0))
        elif isinstance(editor, QDateEdit):
            editor.setDate(value if isinstance(value, QDate) and value.isValid() else QDate.currentDate())
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText(value or "")
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value or 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):
        if isinstance(editor, QComboBox):
            i = editor.findText(editor.currentText(), Qt.MatchFlag.MatchExactly)
            model.setData(index, editor.itemData(i) if i >= 0 else editor.currentText())
        elif isinstance(editor, QDateEdit):
            model.setData(index, editor.date())
        elif isinstance(editor, QPlainTextEdit):
            model.setData(index, editor.toPlainText())
        elif isinstance(editor, QSpinBox):
            model.setData(index, editor.value())
        else:
            super().setModelData(editor, model, index)
