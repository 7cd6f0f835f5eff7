"""Editing the matrix as a user does: typing roles on a selection, the role picker, Delete,
undo and redo, copy, pasting blocks (bad letters refuse the whole paste), filters, and
breaking a unit's duty down to its posts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication, QInputMethodEvent, QKeyEvent, QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QStyleOptionViewItem

from desktop_app.storage.database import Database
from tests.desktop_app.duties.helpers import set_roles
from tests.ui.duties.helpers import history_count, post_roles, unit_roles
from ui.duties.breakdown_dialog import BreakdownDialog
from ui.duties.matrix_filters import MatrixFilter
from ui.duties.matrix_grid import MatrixGrid


@pytest.fixture
def grid(qtbot, ctx, duties):
    g = MatrixGrid(ctx, QUndoStack())
    qtbot.addWidget(g)
    return g


def cell(grid, item_id, column_id):
    return grid.model.index(grid.model.row_of(item_id), grid.model.column_of(column_id))


def select(grid, *indexes):
    selection = QItemSelection()
    for index in indexes:
        selection.select(index, index)
    grid.view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    grid.view.selectionModel().setCurrentIndex(indexes[0], QItemSelectionModel.SelectionFlag.NoUpdate)


def test_typing_a_letter_sets_every_selected_cell_in_one_undoable_step(grid, db, duties):
    o = duties.org
    select(grid, cell(grid, duties.w2, o.team), cell(grid, duties.w2, o.dept))
    QTest.keyClick(grid.view, Qt.Key.Key_C)  # lower case: either case works
    assert unit_roles(db)[(duties.w2, o.team)] == "C" and unit_roles(db)[(duties.w2, o.dept)] == "C"
    assert cell(grid, duties.w2, o.team).data() == "C"
    assert grid.undo.count() == 1
    grid.undo.undo()
    assert (duties.w2, o.team) not in unit_roles(db) and cell(grid, duties.w2, o.dept).data() is None
    grid.undo.redo()
    assert unit_roles(db)[(duties.w2, o.dept)] == "C" and cell(grid, duties.w2, o.dept).data() == "C"


def test_chinese_keys_and_input_method_set_roles_and_delete_clears(grid, db, duties):
    o = duties.org
    select(grid, cell(grid, duties.w2, o.station))
    QGuiApplication.sendEvent(grid.view, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, "主"))
    assert unit_roles(db)[(duties.w2, o.station)] == "R"
    select(grid, cell(grid, duties.w2, o.team))
    event = QInputMethodEvent()
    event.setCommitString("知")
    QGuiApplication.sendEvent(grid.view, event)
    assert unit_roles(db)[(duties.w2, o.team)] == "I"
    select(grid, cell(grid, duties.w2, o.station), cell(grid, duties.w2, o.team))
    QTest.keyClick(grid.view, Qt.Key.Key_Delete)
    assert (duties.w2, o.station) not in unit_roles(db) and (duties.w2, o.team) not in unit_roles(db)
    assert grid.undo.count() == 3


def test_keys_that_are_no_role_change_nothing(grid, db, duties):
    before = history_count(db)
    select(grid, cell(grid, duties.w2, duties.org.team))
    QTest.keyClick(grid.view, Qt.Key.Key_X)
    QTest.keyClick(grid.view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert history_count(db) == before and grid.undo.count() == 0


def test_the_role_picker_sets_one_cell(grid, db, duties):
    index = cell(grid, duties.w3, duties.org.station)
    delegate = grid.view.itemDelegate()
    editor = delegate.createEditor(grid.view.viewport(), QStyleOptionViewItem(), index)
    delegate.setEditorData(editor, index)
    assert editor.currentData() is None
    editor.setCurrentIndex(editor.findData("A"))
    delegate.setModelData(editor, grid.model, index)
    assert unit_roles(db)[(duties.w3, duties.org.station)] == "A" and index.data() == "A"
    editor.deleteLater()


def test_retired_items_are_refused_with_a_reason(grid, db, duties):
    grid.filters.show_filter(MatrixFilter(statuses=("retired",)))
    assert grid.model.rowCount() == 1
    before = history_count(db)
    select(grid, grid.model.index(0, 0))
    QTest.keyClick(grid.view, Qt.Key.Key_R)
    assert "旧台账" in grid.message.text() and "retired" in grid.message.text()
    assert history_count(db) == before


def test_undo_over_an_edit_made_elsewhere_is_refused(grid, db, duties):
    o = duties.org
    select(grid, cell(grid, duties.w2, o.team))
    QTest.keyClick(grid.view, Qt.Key.Key_A)
    other = Database(db.path)
    try:
        set_roles(other, [(duties.w2, o.team, "C")])
    finally:
        other.dispose()
    grid.undo.undo()
    assert unit_roles(db)[(duties.w2, o.team)] == "C"  # the other edit stays
    assert "changed elsewhere" in grid.message.text()
    assert cell(grid, duties.w2, o.team).data() == "C"  # reloaded
    assert grid.undo.count() == 0  # the refused command was dropped


def test_copy_puts_role_letters_on_the_clipboard(grid, duties):
    o = duties.org
    select(grid, cell(grid, duties.w1, o.station), cell(grid, duties.w1, o.dept), cell(grid, duties.w2, o.dept))
    QTest.keyClick(grid.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "R\t\tC\n\t\t\n"


def test_paste_writes_a_block_in_one_step(grid, db, duties):
    o = duties.org
    QGuiApplication.clipboard().setText("a\t主责\r\n\tC\r\n")
    select(grid, cell(grid, duties.w2, o.station))
    QTest.keyClick(grid.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    roles = unit_roles(db)
    assert roles[(duties.w2, o.station)] == "A" and roles[(duties.w2, o.team)] == "R"
    assert roles[(duties.w3, o.team)] == "C" and (duties.w3, o.station) not in roles
    assert grid.undo.count() == 1
    grid.undo.undo()
    assert (duties.w2, o.station) not in unit_roles(db) and (duties.w3, o.team) not in unit_roles(db)


def test_paste_with_an_unknown_letter_writes_nothing_and_names_the_cell(grid, db, duties):
    o = duties.org
    before = history_count(db)
    QGuiApplication.clipboard().setText("R\tX\n")
    select(grid, cell(grid, duties.w2, o.station))
    assert not grid.paste()
    assert history_count(db) == before and (duties.w2, o.station) not in unit_roles(db)
    text = grid.message.text()
    assert grid.message.isVisibleTo(grid) and "Nothing was pasted" in text
    assert "W2 · 运维班" in text and "\u201cX\u201d is not a role" in text
    assert grid.undo.count() == 0


def test_one_pasted_value_fills_the_selection(grid, db, duties):
    o = duties.org
    QGuiApplication.clipboard().setText("I\n")
    select(grid, cell(grid, duties.w2, o.team), cell(grid, duties.w3, o.team), cell(grid, duties.w3, o.station))
    assert grid.paste()
    roles = unit_roles(db)
    assert [roles.get((i, u)) for i, u in ((duties.w2, o.team), (duties.w3, o.team), (duties.w3, o.station))] == ["I"] * 3


def test_row_and_column_filters(grid, db, duties):
    o = duties.org
    from desktop_app.model import WorkItem

    with db.write() as s:
        s.get(WorkItem, duties.w3).line_id = o.line
    grid.filters.search.setText("电费")
    grid.filters.search.returnPressed.emit()
    assert [r.code for r in grid.matrix.rows] == ["W2"]
    grid.filters.show_filter(MatrixFilter(line_id=o.line))
    assert [r.code for r in grid.matrix.rows] == ["W3"]
    grid.filters.show_filter(MatrixFilter(statuses=("active", "review", "retired")))
    assert len(grid.matrix.rows) == 4
    grid.filters.show_filter(MatrixFilter(column_text="运检"))
    assert [c.id for c in grid.matrix.columns] == [o.dept]
    grid.filters.show_filter(MatrixFilter(column_line_id=o.line))  # the station and its team
    assert [c.id for c in grid.matrix.columns] == [o.station, o.team]
    assert grid.filters.column_line.findData(o.line) > 0


def test_post_matrix_edits_post_cells(grid, db, duties):
    o = duties.org
    grid.open_posts(o.station)
    assert grid.model.level == "position" and [c.id for c in grid.matrix.columns] == [o.head, o.worker]
    assert [r.id for r in grid.matrix.rows] == [duties.w1]  # only items the station holds
    select(grid, cell(grid, duties.w1, o.head))
    QTest.keyClick(grid.view, Qt.Key.Key_I)
    assert post_roles(db)[(duties.w1, o.head)] == "I"
    select(grid, grid.model.index(0, 0))  # the station's own role: read-only here
    QTest.keyClick(grid.view, Qt.Key.Key_C)
    assert unit_roles(db)[(duties.w1, o.station)] == "R" and "unit matrix" in grid.message.text()
    grid.undo.undo()
    assert (duties.w1, o.head) not in post_roles(db)


def test_breakdown_gives_the_units_item_to_chosen_posts_and_is_undoable(grid, db, duties, monkeypatch):
    o = duties.org
    shown = []

    def choose(dialog):
        shown.append([dialog.posts.item(i).text() for i in range(dialog.posts.count())])
        dialog.check([o.clerk], "R")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(BreakdownDialog, "exec", choose)
    grid.view.setCurrentIndex(cell(grid, duties.w2, o.dept))
    assert not grid.breakdown_button.isEnabled()  # the unit holds nothing there
    grid.view.setCurrentIndex(cell(grid, duties.w3, o.dept))
    assert grid.breakdown_button.isEnabled()
    grid.breakdown_button.click()
    assert shown == [["专责  (vacant)"]]
    assert post_roles(db)[(duties.w3, o.clerk)] == "R"
    assert grid.undo.count() == 1
    grid.undo.undo()
    assert (duties.w3, o.clerk) not in post_roles(db)
    grid.undo.redo()
    assert post_roles(db)[(duties.w3, o.clerk)] == "R"
    grid.open_posts(o.dept)
    assert cell(grid, duties.w3, o.clerk).data() == "R"
    assert grid.model.index(grid.model.row_of(duties.w3), 0).data() == "R"  # the unit's own role
