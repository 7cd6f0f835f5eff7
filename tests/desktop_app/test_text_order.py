"""Names sort by their pinyin: the key, the ORM keeping it, the tables sorting by it, and
databases of the previous version getting keys for the names they hold."""

from __future__ import annotations

from dataclasses import replace

from alembic import command
from sqlalchemy import select, text

from desktop_app.model import ChangeLog, Staff, Unit
from desktop_app.org.tables import POSITIONS, STAFF, UNIT_REF
from desktop_app.storage.engine import make_engine
from desktop_app.storage.migrate import alembic_config
from desktop_app.storage.open import open_database
from desktop_app.tables import edits
from desktop_app.tables.choices import ref_choices
from desktop_app.tables.edits import CellEdit
from desktop_app.tables.query import TableQuery
from desktop_app.text_order import pinyin_key
from tests.factories import make_org

SURNAMES = ["张伟", "王芳", "李娜", "刘洋", "陈静", "汪伟", "王伟", "Zhang", "安全员", "123班"]


def test_the_key_orders_by_pinyin_then_by_the_text():
    assert sorted(SURNAMES, key=pinyin_key) == ["123班", "安全员", "陈静", "李娜", "刘洋", "王芳", "汪伟", "王伟",
                                                "Zhang", "张伟"]
    assert pinyin_key("王") < pinyin_key("王伟")  # a name before the longer ones it starts
    assert pinyin_key("王伟") != pinyin_key("汪伟")  # same sound, still apart and always in one order
    assert pinyin_key("") == "\x1f"
    assert pinyin_key("Ａ１班").startswith("a1 ban")  # full-width letters and digits sort as plain ones


def test_a_persons_surname_is_read_as_a_surname():
    people = ["曾伟", "陈静", "翟强", "邓亮", "单田芳", "沙宝亮", "尉迟恭", "于谦"]
    assert sorted(people, key=lambda n: pinyin_key(n, person=True)) == [
        "陈静", "邓亮", "沙宝亮", "单田芳", "尉迟恭", "于谦", "曾伟", "翟强"]
    assert pinyin_key("单位").startswith("dan wei")  # other names keep the usual reading


def test_the_orm_keeps_the_key_and_the_history_leaves_it_out(db):
    org = make_org(db, staff=1)
    with db.write() as s:
        person = s.scalars(select(Staff)).one()
        edits.update_cell(s, STAFF, CellEdit(person.id, person.version, "name", "陈静"))
    with db.read() as s:
        assert s.scalar(select(Staff.name_key)) == pinyin_key("陈静")
        assert s.get(Unit, org.station).name_key == pinyin_key(s.get(Unit, org.station).name)
        changes = [c.changes for c in s.scalars(select(ChangeLog).where(ChangeLog.entity == "staff"))]
    assert changes and all("name_key" not in c for c in changes)
    with db.write() as s:
        person = s.scalars(select(Staff)).one()
        person.name = "曾伟"
    with db.read() as s:
        assert s.scalar(select(Staff.name_key)).startswith("zeng wei")  # a person: the surname reading
    assert {"name": ["员工0", "陈静"]} in changes


def test_tables_sort_names_and_referenced_names_by_pinyin(db):
    org = make_org(db, staff=0)
    with db.write() as s:
        for i, name in enumerate(SURNAMES):
            edits.create_row(s, STAFF, {"employee_no": f"E{i:03d}", "name": name, "position_id": org.worker},
                             lambda t: t)
        edits.create_row(s, POSITIONS, {"code": "P-ZZ", "name": "安全员", "unit_id": org.team, "category": "general"},
                         lambda t: t)
    by_name = replace(TableQuery(STAFF), order_by="name")
    with db.read() as s:
        names = [r.values[STAFF.index_of("name")] for r in by_name.page(s, None, 100)]
        assert names == sorted(SURNAMES, key=pinyin_key)
        # paging in keyset pages of three gives the same order, both ways
        for query, expected in ((by_name, names), (replace(by_name, descending=True), names[::-1])):
            paged, last = [], None
            while batch := query.page(s, last, 3):
                paged += [r.values[STAFF.index_of("name")] for r in batch]
                last = batch[-1]
            assert paged == expected
        by_unit = replace(TableQuery(POSITIONS), order_by="unit_id")
        units = [r.labels[POSITIONS.index_of("unit_id")] for r in by_unit.page(s, None, 100)]
        picker = [c.text.rsplit(" (", 1)[0] for c in ref_choices(s, UNIT_REF)]  # "name (code)"
    assert units == sorted(units, key=pinyin_key) and len(set(units)) > 1
    assert picker == sorted(picker, key=pinyin_key) and len(picker) > 2


def test_upgrading_a_database_of_the_previous_version_keys_its_names(tmp_path):
    path = tmp_path / "old.sqlite"
    engine = make_engine(path)
    cfg = alembic_config()
    with engine.connect() as conn, conn.begin():
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0006")
        record = "'2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000', '', 1"
        conn.execute(text(f"INSERT INTO unit (id, code, name, kind, sort_order, active, notes, created_at, updated_at, "
                          f"updated_by, version) VALUES ('u1', 'U1', '张家供电所', 'station', 0, 1, '', {record}), "
                          f"('u2', 'U2', '安平供电所', 'station', 1, 1, '', {record})"))
    engine.dispose()
    db = open_database(path)
    try:
        with db.read() as s:
            assert s.execute(select(Unit.name, Unit.name_key).order_by(Unit.name_key)).all() == [
                ("安平供电所", pinyin_key("安平供电所")), ("张家供电所", pinyin_key("张家供电所"))]
    finally:
        db.dispose()


def test_the_action_tracker_sorts_responsible_people_by_pinyin(db):
    from desktop_app.meeting.tracker import TRACKER
    from tests.desktop_app.meeting.helpers import add_action, add_meeting, add_type

    org = make_org(db, staff=0)
    meeting = add_meeting(db, add_type(db, host=org.dept))
    with db.write() as s:
        people = {name: edits.create_row(s, STAFF, {"employee_no": f"E{i}", "name": name}, lambda t: t)
                  for i, name in enumerate(["张伟", "曾强", "陈静", "安然"])}
    for name, person in people.items():
        add_action(db, meeting, f"事项{name}", person=person)
    query = replace(TableQuery(TRACKER), order_by="responsible_staff_id")
    with db.read() as s:
        shown = [r.labels[TRACKER.index_of("responsible_staff_id")] for r in query.page(s, None, 10)]
    assert shown == ["安然", "陈静", "曾强", "张伟"]
