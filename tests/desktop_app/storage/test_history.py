"""Every change to a record leaves a ChangeLog row, written in the same transaction."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from desktop_app.model import ChangeLog, Unit, utcnow


def logs(db, row_id: str) -> list[ChangeLog]:
    with db.read() as s:
        return list(s.scalars(select(ChangeLog).where(ChangeLog.row_id == row_id).order_by(ChangeLog.id)))


def count(db, model) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_insert_update_delete_restore_are_recorded(db):
    with db.write() as s:
        unit = Unit(code="S1", name="城关供电所", kind="station")
        s.add(unit)
    with db.write() as s:
        s.get(Unit, unit.id).name = "城关所"
    with db.write() as s:
        s.get(Unit, unit.id).deleted_at = utcnow()
    with db.write() as s:
        s.get(Unit, unit.id).deleted_at = None

    entries = logs(db, unit.id)
    assert [e.operation for e in entries] == ["insert", "update", "delete", "restore"]
    assert all(e.entity == "unit" for e in entries)
    assert all((e.operator, e.installation) == ("测试员", "测试供电所") for e in entries)
    inserted = entries[0].changes
    assert inserted["name"] == [None, "城关供电所"] and inserted["kind"] == [None, "station"]
    assert inserted["sort_order"] == [None, 0]  # column defaults are recorded as stored
    assert "version" not in inserted and "updated_at" not in inserted
    assert entries[1].changes == {"name": ["城关供电所", "城关所"]}
    assert entries[2].changes["deleted_at"][0] is None and entries[2].changes["deleted_at"][1]
    assert entries[3].changes["deleted_at"][1] is None
    with db.read() as s:
        assert s.get(Unit, unit.id).updated_by == "测试员"


def test_log_is_written_in_the_same_flush(db):
    with db.write() as s:
        unit = Unit(code="S1", name="城关供电所", kind="station")
        s.add(unit)
        s.flush()
        assert s.scalar(select(func.count()).where(ChangeLog.row_id == unit.id)) == 1


def test_failed_write_block_leaves_neither_change_nor_log(db):
    with db.write() as s:
        unit = Unit(code="S1", name="城关供电所", kind="station")
        s.add(unit)
    before = count(db, ChangeLog)

    with pytest.raises(RuntimeError), db.write() as s:
        s.add(Unit(code="S2", name="新所", kind="station"))
        s.get(Unit, unit.id).name = "城关所"
        s.flush()  # the rows and their log are written ...
        raise RuntimeError("... and then the operation fails")

    assert count(db, ChangeLog) == before
    assert count(db, Unit) == 1
    with db.read() as s:
        assert s.get(Unit, unit.id).name == "城关供电所"


def test_unchanged_assignment_records_nothing(db):
    with db.write() as s:
        unit = Unit(code="S1", name="城关供电所", kind="station")
        s.add(unit)
    with db.write() as s:
        s.get(Unit, unit.id).name = "城关供电所"
    assert [e.operation for e in logs(db, unit.id)] == ["insert"]


def test_hard_delete_of_a_record_is_refused(db):
    with db.write() as s:
        unit = Unit(code="S1", name="城关供电所", kind="station")
        s.add(unit)
    with pytest.raises(RuntimeError, match="soft-deleted"), db.write() as s:
        s.delete(s.get(Unit, unit.id))
    assert count(db, Unit) == 1
