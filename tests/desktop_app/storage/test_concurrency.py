"""Two windows (or two processes) on one file: an edit based on an outdated row is refused and
the other person's change stays."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from desktop_app.model import Unit
from desktop_app.storage.concurrency import StaleEditError, check_version, stale_guard
from desktop_app.storage.database import Database


@pytest.fixture
def unit_id(db) -> str:
    with db.write() as s:
        unit = Unit(code="S1", name="城关供电所", kind="station")
        s.add(unit)
    return unit.id


@pytest.fixture
def other(db_path) -> Database:
    """A second Database on the same file, as another window or process would have."""
    second = Database(db_path)
    yield second
    second.dispose()


def seen(database: Database, row_id: str) -> int:
    with database.read() as s:
        return s.get(Unit, row_id).version


def name_of(database: Database, row_id: str) -> str:
    with database.read() as s:
        return s.scalar(select(Unit.name).where(Unit.id == row_id))


def test_edit_based_on_an_old_version_is_refused(db, other, unit_id):
    mine, theirs = seen(db, unit_id), seen(other, unit_id)
    assert mine == theirs

    with db.write() as s:
        unit = s.get(Unit, unit_id)
        check_version(unit, mine)
        unit.name = "城关所"

    with pytest.raises(StaleEditError) as info, other.write() as s:
        unit = s.get(Unit, unit_id)
        check_version(unit, theirs)
        unit.name = "城关中心所"
    assert (info.value.entity, info.value.row_id) == ("unit", unit_id)
    assert name_of(db, unit_id) == name_of(other, unit_id) == "城关所"
    assert seen(other, unit_id) == mine + 1


def test_edit_based_on_the_current_version_goes_through(db, other, unit_id):
    with other.write() as s:
        unit = s.get(Unit, unit_id)
        check_version(unit, seen(db, unit_id))
        unit.name = "城关所"
    assert name_of(db, unit_id) == "城关所"


def test_stale_guard_converts_sqlalchemys_stale_flush(db, other, unit_id):
    sessions = sessionmaker(other.engine, expire_on_commit=False)
    with sessions() as s:
        held = s.get(Unit, unit_id)  # kept across transactions, as a long-lived window might
        s.commit()
        with db.write() as w:
            w.get(Unit, unit_id).name = "城关所"
        held.name = "城关中心所"
        with pytest.raises(StaleEditError) as info, stale_guard():
            s.commit()  # UPDATE … WHERE version = <old>: no row matches
    assert info.value.entity == "unit"
    assert isinstance(info.value.__cause__, StaleDataError)
    assert name_of(db, unit_id) == "城关所"


def test_stale_guard_passes_other_errors_and_keeps_given_names():
    with pytest.raises(ValueError), stale_guard("unit", "x"):
        raise ValueError("not a stale edit")
    with pytest.raises(StaleEditError) as info, stale_guard("staff", "42"):
        raise StaleDataError("UPDATE statement on table 'unit' expected to update 1 row(s)")
    assert (info.value.entity, info.value.row_id) == ("staff", "42")


def test_write_block_turns_a_stale_flush_into_stale_edit_error(db, other, unit_id):
    with other.read() as s:
        detached = s.get(Unit, unit_id)
    with db.write() as w:
        w.get(Unit, unit_id).name = "城关所"

    with pytest.raises(StaleEditError), other.write() as s:
        s.add(detached)  # an object loaded before the other change
        detached.name = "城关中心所"
    assert name_of(other, unit_id) == "城关所"
