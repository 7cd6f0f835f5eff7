"""Editing through the table panel: cells, validation at the cell, undo/redo, stale edits,
copy and paste of blocks, add/delete/restore."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QUndoStack
from sqlalchemy import func, select

from desktop_app.model import ChangeLog, Position, Staff, Unit
from desktop_app.org.tables import POSITIONS, STAFF, UNITS
from desktop_app.storage.database import Database
from tests.factories import make_org
from ui.tables.table_panel import TablePanel


@pytest.fixture
def org(db):
    return make_org(db, staff=5)


def panel_for(qtbot, ctx, spec):
    panel = TablePanel(ctx, spec, QUndoStack())
    qtbot.addWidget(panel)
    return panel


def row_index(panel, text, column=1):
    for r in range(panel.model.rowCount()):
        if panel.model.index(r, column).data() == text:
            return r
    raise AssertionError(text)


def staff_name(db, no):
    with db.read() as s:
        return s.scalar(select(Staff.name).where(Staff.employee_no == no))


def test_edit_cell_is_committed_and_undoable(qtbot, ctx, db, org):
    panel = panel_for(qtbot, ctx, STAFF)
    idx = panel.model.index(0, STAFF.index_of("name"))
    assert panel.model.setData(idx, "张三")
    assert staff_name(db, "E00000") == "张三"
    assert idx.data() == "张三"
    panel.undo.undo()
    assert staff_name(db, "E00000") == "员工0"
    panel.undo.redo()
    assert staff_name(db, "E00000") == "张三"
    with db.read() as s:
        ops = s.scalars(select(ChangeLog.changes).where(ChangeLog.operation == "update")).all()
    assert {"name": ["员工0", "张三"]} in ops and {"name": ["张三", "员工0"]} in ops


def test_invalid_value_is_refused_at_the_cell_and_changes_nothing(qtbot, ctx, db, org):
    panel = panel_for(qtbot, ctx, STAFF)
    with db.read() as s:
        before = s.scalar(select(func.count()).select_from(ChangeLog))
    with qtbot.waitSignal(panel.error_shown) as shown:
        panel.model.setData(panel.model.index(0, STAFF.index_of("name")), "   ")
    assert "Full name" in shown.args[0]
    with qtbot.waitSignal(panel.error_shown) as shown:
        panel.model.setData(panel.model.index(1, STAFF.index_of("employee_no")), "E00000")
    assert "already used" in shown.args[0]
    assert staff_name(db, "E00000") == "员工0" and staff_name(db, "E00001") == "员工1"
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(ChangeLog)) == before
    assert panel.undo.count() == 0


def test_stale_edit_from_another_connection_is_refused(qtbot, ctx, db, org):
    panel = panel_for(qtbot, ctx, STAFF)
    other = Database(db.path)
    with other.write() as s:
        s.scalars(select(Staff).where(Staff.employee_no == "E00000")).one().name = "别处改的"
    other.dispose()
    with qtbot.waitSignal(panel.error_shown) as shown:
        panel.model.setData(panel.model.index(0, STAFF.index_of("name")), "我改的")
    assert "changed elsewhere" in shown.args[0]
    assert staff_name(db, "E00000") == "别处改的"
    assert panel.model.index(0, STAFF.index_of("name")).data() == "别处改的"  # reloaded


def test_undo_refuses_to_overwrite_a_change_made_elsewhere(qtbot, ctx, db, org):
    panel = panel_for(qtbot, ctx, STAFF)
    panel.model.setData(panel.model.index(0, STAFF.index_of("name")), "张三")
    with db.write() as s:
        s.scalars(select(Staff).where(Staff.employee_no == "E00000")).one().name = "李四"
    with qtbot.waitSignal(panel.error_shown):
        panel.undo.undo()
    assert staff_name(db, "E00000") == "李四"


def test_reference_and_bool_cells(qtbot, ctx, db, org):
    panel = panel_for(qtbot, ctx, STAFF)
    pos_col = STAFF.index_of("position_id")
    panel.model.setData(panel.model.index(0, pos_col), org.clerk)
    assert panel.model.index(0, pos_col).data() == "专责"
    assert panel.model.index(0, STAFF.index_of("unit")).data() == "运检部"
    cadre = panel.model.index(0, STAFF.index_of("is_cadre"))
    panel.model.setData(cadre, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    with db.read() as s:
        staff = s.scalars(select(Staff).where(Staff.employee_no == "E00000")).one()
        assert staff.position_id == org.clerk and staff.is_cadre


def test_copy_block_as_tab_separated_text(qtbot, ctx, org):
    panel = panel_for(qtbot, ctx, STAFF)
    sel = panel.view.selectionModel()
    for r in (0, 1):
        for c in (0, 1):
            sel.select(panel.model.index(r, c), sel.SelectionFlag.Select)
    panel.copy_selection()
    assert QGuiApplication.clipboard().text() == "E00000\t员工0\nE00001\t员工1\n"


def test_paste_block_applies_all_cells_in_one_undoable_step(qtbot, ctx, db, org):
    panel = panel_for(qtbot, ctx, STAFF)
    panel.view.setCurrentIndex(panel.model.index(0, STAFF.index_of("name")))
    QGuiApplication.clipboard().setText("甲\t男\n乙\t女\n")
    panel.paste()
    assert staff_name(db, "E00000") == "甲" and staff_name(db, "E00001") == "乙"
    with db.read() as s:
        assert s.scalar(select(Staff.gender).where(Staff.employee_no == "E00001")) == "female"
    panel.undo.undo()
    assert staff_name(db, "E00000") == "员工0" and staff_name(db, "E00001") == "员工1"


def test_paste_with_a_bad_cell_changes_nothing(qtbot, ctx, db, org):
    panel = panel_for(qtbot, ctx, STAFF)
    panel.view.setCurrentIndex(panel.model.index(0, STAFF.index_of("name")))
    QGuiApplication.clipboard().setText("甲\t男\n乙\t不知道\n")
    with qtbot.waitSignal(panel.error_shown) as shown:
        panel.paste()
    assert "Nothing was pasted" in shown.args[0]
    assert staff_name(db, "E00000") == "员工0"
    assert panel.undo.count() == 0


def test_add_delete_restore_with_undo(qtbot, ctx, db, org):
    panel = panel_for(qtbot, ctx, POSITIONS)
    panel.add_row()
    with db.read() as s:
        added = s.scalars(select(Position.id).where(Position.name == "New position")).one()
    assert panel.model.total() == 4
    panel.undo.undo()
    with db.read() as s:
        assert s.get(Position, added).deleted_at is not None
    assert panel.model.total() == 3
    panel.undo.redo()
    assert panel.model.total() == 4

    r = row_index(panel, "专责")
    panel.view.selectRow(r)
    panel.delete_selected()
    assert panel.model.total() == 3
    panel.show_deleted.setChecked(True)
    assert panel.model.total() == 1
    panel.view.selectRow(0)
    panel.restore_selected()
    panel.show_deleted.setChecked(False)
    assert panel.model.total() == 4


def test_deleting_a_unit_with_positions_is_refused(qtbot, ctx, db, org):
    panel = panel_for(qtbot, ctx, UNITS)
    panel.view.selectRow(row_index(panel, "运检部"))
    with qtbot.waitSignal(panel.error_shown) as shown:
        panel.delete_selected()
    assert "positions" in shown.args[0]
    with db.read() as s:
        assert s.get(Unit, org.dept).deleted_at is None


def test_unit_cannot_move_under_its_own_subunit(qtbot, ctx, db, org):
    panel = panel_for(qtbot, ctx, UNITS)
    r = row_index(panel, "城关供电所")
    with qtbot.waitSignal(panel.error_shown):
        panel.model.setData(panel.model.index(r, UNITS.index_of("parent_id")), org.team)
    with db.read() as s:
        assert s.get(Unit, org.station).parent_id == org.line


def test_row_count_shows_at_once_and_becomes_exact(qtbot, ctx, db):
    from ui.tables.query_table_model import BATCH_SIZE

    make_org(db, staff=BATCH_SIZE + 3)
    panel = panel_for(qtbot, ctx, STAFF)
    assert panel.model.total() is None
    assert panel.count_label.text() == f"{BATCH_SIZE} or more row(s)"
    panel.show()  # counted once the table has been painted
    qtbot.waitUntil(lambda: panel.model.total() is not None)
    assert panel.count_label.text() == f"{BATCH_SIZE + 3} row(s)"
