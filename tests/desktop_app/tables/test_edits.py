"""Validated edits through table specs: messages per cell, all-or-nothing blocks, versions."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from desktop_app.model import ChangeLog, Position, PositionAssignment, Staff, Unit
from desktop_app.org.tables import POSITIONS, STAFF, UNITS
from desktop_app.storage.concurrency import StaleEditError
from desktop_app.tables import edits
from desktop_app.tables.edits import BlockRejected, CellEdit, CellRevert, EditRefused
from desktop_app.tables.values import CellError, text_to_value
from tests.factories import make_org


def staff_row(s, no="E00000"):
    return s.scalars(select(Staff).where(Staff.employee_no == no)).one()


@pytest.mark.parametrize("key,value,words", [
    ("name", "", "required"),
    ("employee_no", "E00001", "already used"),
    ("hired_on", "2024-02-30", "not a valid date"),
    ("gender", "x", "not one of the allowed values"),
    ("position_id", "no-such-id", "does not exist"),
    ("phone", "1" * 31, "at most 30"),
])
def test_bad_cell_values_are_refused_with_a_message(db, key, value, words):
    make_org(db)
    with pytest.raises(CellError) as err:
        with db.write() as s:
            row = staff_row(s)
            edits.update_cell(s, STAFF, CellEdit(row.id, row.version, key, value))
    assert words in str(err.value.message)


def test_dates_accept_common_spellings(db):
    make_org(db)
    for text in ("2024-03-05", "2024/3/5", "2024年3月5日", "2024.03.05"):
        with db.write() as s:
            row = staff_row(s)
            edits.update_cell(s, STAFF, CellEdit(row.id, row.version, "hired_on", text))
        with db.read() as s:
            assert staff_row(s).hired_on == date(2024, 3, 5)
        with db.write() as s:
            row = staff_row(s)
            edits.update_cell(s, STAFF, CellEdit(row.id, row.version, "hired_on", None))


def test_stale_version_is_refused(db):
    make_org(db)
    with db.read() as s:
        row = staff_row(s)
        seen = (row.id, row.version)
    with db.write() as s:
        staff_row(s).name = "别人改过"
    with pytest.raises(StaleEditError):
        with db.write() as s:
            edits.update_cell(s, STAFF, CellEdit(seen[0], seen[1], "name", "我的修改"))
    with db.read() as s:
        assert staff_row(s).name == "别人改过"


def test_block_is_all_or_nothing(db):
    make_org(db)
    with db.read() as s:
        a, b = staff_row(s, "E00000"), staff_row(s, "E00001")
        before = s.scalar(select(func.count()).select_from(ChangeLog))
    block = [CellEdit(a.id, a.version, "name", "甲"), CellEdit(b.id, b.version, "hired_on", "不是日期")]
    with pytest.raises(BlockRejected) as err:
        with db.write() as s:
            edits.update_block(s, STAFF, block)
    assert [e.index for e in err.value.errors] == [1]
    with db.read() as s:
        assert staff_row(s).name == "员工0"
        assert s.scalar(select(func.count()).select_from(ChangeLog)) == before


def test_changing_position_keeps_the_history(db):
    org = make_org(db)
    with db.write() as s:
        row = staff_row(s)
        edits.update_cell(s, STAFF, CellEdit(row.id, row.version, "position_id", org.clerk))
    with db.read() as s:
        row = staff_row(s)
        history = s.scalars(select(PositionAssignment).where(PositionAssignment.staff_id == row.id)
                            .order_by(PositionAssignment.start)).all()
    assert [h.position_id for h in history] == [org.worker, org.clerk]
    assert history[0].end is not None and history[1].end is None


def test_revert_checks_the_value_not_the_version(db):
    make_org(db)
    with db.write() as s:
        row = staff_row(s)
        edits.update_cell(s, STAFF, CellEdit(row.id, row.version, "name", "甲"))
        row_id = row.id
    with db.write() as s:
        row = staff_row(s)
        edits.update_cell(s, STAFF, CellEdit(row.id, row.version, "phone", "123"))
    with db.write() as s:  # undo of the name edit still applies after a later edit of the row
        edits.revert_cells(s, STAFF, [CellRevert(row_id, "name", "甲", "员工0")])
    with pytest.raises(StaleEditError):
        with db.write() as s:
            edits.revert_cells(s, STAFF, [CellRevert(row_id, "name", "甲", "乙")])


def test_create_delete_restore_and_delete_rules(db):
    org = make_org(db)
    with db.write() as s:
        new_id = edits.create_row(s, POSITIONS, {"unit_id": org.dept}, lambda t: t)
    with db.read() as s:
        pos = s.get(Position, new_id)
        assert pos.code.startswith("P") and pos.unit_id == org.dept
    with db.write() as s:
        edits.soft_delete(s, POSITIONS, [new_id])
    with db.write() as s:
        edits.restore(s, POSITIONS, [new_id])
    with pytest.raises(EditRefused):
        with db.write() as s:
            edits.soft_delete(s, POSITIONS, [org.worker])  # staff still hold it
    with pytest.raises(EditRefused):
        with db.write() as s:
            edits.soft_delete(s, UNITS, [org.station])  # has a team and a position
    with db.read() as s:
        assert s.get(Unit, org.station).deleted_at is None
        ops = s.scalars(select(ChangeLog.operation).where(ChangeLog.row_id == new_id)).all()
    assert ops == ["insert", "delete", "restore"]


def test_pasted_text_becomes_values(db):
    make_org(db)
    with db.read() as s:
        assert text_to_value(s, STAFF.column("gender"), "Female", lambda t: t) == "female"
        assert text_to_value(s, STAFF.column("position_id"), "P-CLERK", lambda t: t)
        assert text_to_value(s, STAFF.column("position_id"), "专责", lambda t: t)
        with pytest.raises(CellError):
            text_to_value(s, STAFF.column("position_id"), "不存在的岗位", lambda t: t)


def test_position_choices_name_the_unit(db):
    from desktop_app.tables.choices import ref_choices

    make_org(db)
    with db.read() as s:
        texts = [c.text for c in ref_choices(s, STAFF.column("position_id").ref)]
    assert "运维岗 · 运维班 (P-WORK)" in texts and len(texts) == 3


def test_a_deleted_rows_code_stays_taken_so_restoring_it_never_clashes(db):
    """Why unique columns need no restore check: no live row can take a deleted row's code."""
    make_org(db)
    with db.write() as s:
        gone, other = staff_row(s, "E00000"), staff_row(s, "E00001")
        edits.soft_delete(s, STAFF, [gone.id])
        with pytest.raises(CellError, match="already used"):
            edits.update_cell(s, STAFF, CellEdit(other.id, other.version, "employee_no", "E00000"))
        with pytest.raises(CellError, match="already used"):
            edits.create_row(s, STAFF, {"employee_no": "E00000"}, lambda t: t)
        edits.restore(s, STAFF, [gone.id])
    with db.read() as s:
        assert staff_row(s, "E00000").deleted_at is None and staff_row(s, "E00001").name == "员工1"
