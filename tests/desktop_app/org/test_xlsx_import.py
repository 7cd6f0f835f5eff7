"""Importing the organisation workbook: every row checked first, then all or nothing."""

from __future__ import annotations

import time
from datetime import date, datetime

import openpyxl
import pytest
from sqlalchemy import func, select

from desktop_app.model import ChangeLog, Installation, Position, PositionAssignment, Staff, Unit
from desktop_app.org.xlsx_export import export_org_xlsx
from desktop_app.org.xlsx_format import POSITIONS, STAFF, UNITS
from desktop_app.org.xlsx_import import ImportResult, import_org_xlsx
from desktop_app.progress import Cancelled
from desktop_app.storage.open import open_database
from tests.factories import make_org

UNIT_ROWS = [
    ["C", "测试公司", "公司", None, 0, "是", ""],
    ["L", "生产条线", "条线", "C", 1, "是", ""],
    ["S", "城关供电所", "供电所", "L", 2, "是", "所部"],
    ["T", "运维班", "班组", "S", 3, "否", None],
]
POSITION_ROWS = [
    ["P-HEAD", "S", "所长", "管理", 1, ""],
    ["P-WORK", "T", "运维岗", "生产", 10, None],
]
STAFF_ROWS = [
    ["E1", "张三", "男", "13800000001", "P-HEAD", "是", date(2015, 7, 1), ""],
    ["E2", "李四", "女", "13800000002", "P-WORK", "否", "2024/3/5", "新员工"],
    ["E3", "王五", None, None, None, None, None, None],
]


def write_book(path, units=UNIT_ROWS, positions=POSITION_ROWS, staff=STAFF_ROWS, skip=()):
    """A workbook in the import format; rows are lists in header order."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for fmt, rows in ((UNITS, units), (POSITIONS, positions), (STAFF, staff)):
        if fmt.name in skip:
            continue
        ws = wb.create_sheet(fmt.name)
        ws.append(list(fmt.headers))
        for row in rows:
            ws.append(list(row))
    wb.save(path)
    return path


def counts(db) -> dict[str, int]:
    with db.read() as s:
        return {m.__name__: s.scalar(select(func.count()).select_from(m))
                for m in (Unit, Position, Staff, PositionAssignment, ChangeLog)}


def where(result: ImportResult) -> set[tuple[str, int, str]]:
    return {(p.sheet, p.row, p.column) for p in result.problems}


@pytest.fixture
def other_db(tmp_path):
    database = open_database(tmp_path / "other.sqlite")
    with database.write() as s:
        s.add(Installation(name="另一所", operator_name="另一人", operator_unit="办公室"))
    database.reload_identity()
    yield database
    database.dispose()


def snapshot(db) -> dict[str, set[tuple]]:
    with db.read() as s:
        code_of = dict(s.execute(select(Unit.id, Unit.code)).all())
        pos_code = dict(s.execute(select(Position.id, Position.code)).all())
        live = lambda m: s.scalars(select(m).where(m.deleted_at.is_(None))).all()  # noqa: E731
        return {
            "units": {(u.code, u.name, u.kind, code_of.get(u.parent_id), u.sort_order, u.active, u.notes) for u in live(Unit)},
            "positions": {(p.code, code_of[p.unit_id], p.name, p.category, p.quota, p.notes) for p in live(Position)},
            "staff": {(p.employee_no, p.name, p.gender, p.phone, pos_code.get(p.position_id), p.is_cadre, p.hired_on, p.notes)
                      for p in live(Staff)},
        }


def test_a_valid_file_is_inserted_with_labels_dates_and_position_history(db, tmp_path):
    result = import_org_xlsx(db, write_book(tmp_path / "org.xlsx"))
    assert result.ok, [str(p.message) for p in result.problems]
    assert (result.units.inserted, result.positions.inserted, result.staff.inserted) == (4, 2, 3)
    data = snapshot(db)
    assert ("T", "运维班", "team", "S", 3, False, "") in data["units"]
    assert ("P-WORK", "T", "运维岗", "production", 10, "") in data["positions"]
    assert ("E2", "李四", "female", "13800000002", "P-WORK", False, date(2024, 3, 5), "新员工") in data["staff"]
    assert ("E3", "王五", "", "", None, False, None, "") in data["staff"]
    with db.read() as s:
        e1 = s.scalar(select(Staff).where(Staff.employee_no == "E1"))
        history = s.scalars(select(PositionAssignment).where(PositionAssignment.staff_id == e1.id)).all()
    assert [(h.position_id, h.start, h.end) for h in history] == [(e1.position_id, date.today(), None)]


def test_round_trip_into_a_fresh_database_and_again_into_the_same(db, other_db, tmp_path):
    org = make_org(db, staff=12)
    with db.write() as s:
        s.get(Unit, org.team).active = False
        s.get(Unit, org.dept).notes = "=不是公式\n第二行"
        person = s.scalar(select(Staff).where(Staff.employee_no == "E00003"))
        person.gender, person.phone, person.is_cadre = "female", "0575-1234", True
        person.hired_on, person.notes = date(2019, 12, 31), "备注"
    path = tmp_path / "org.xlsx"
    export_org_xlsx(db, path)

    result = import_org_xlsx(other_db, path)
    assert result.ok, [str(p.message) for p in result.problems]
    assert snapshot(other_db) == snapshot(db)

    before = counts(db)
    again = import_org_xlsx(db, path)
    assert again.ok
    assert all(c.inserted == c.updated == 0 for c in (again.units, again.positions, again.staff))
    assert counts(db) == before  # not one ChangeLog row: nothing differed


def test_several_bad_rows_are_each_reported_and_nothing_is_written(db, tmp_path):
    make_org(db, staff=3)
    units = [
        ["N1", "新部门", "部门", "C", 1, "是", ""],  # fine
        ["", "无编码", "部门", "C", 1, "是", ""],  # row 3: code missing
        ["N2", "新单位", "车间", "C", "x", "也许", ""],  # row 4: kind, order, active
        ["N3", "孤儿", "班组", "NOPE", 1, "是", ""],  # row 5: unknown parent
        ["N4", "名" * 101, "班组", "C", 1, "是", ""],  # row 6: name too long, team under company
    ]
    positions = [["NP", "N9", "岗", "生产", -1, ""]]  # row 2: unknown unit, quota below 0
    staff = [
        ["X1", "甲", "男", "", "P-WORK", "否", "2024-02-30", ""],  # row 2: impossible date
        ["X2", "乙", "未知", "", "NO-POS", "否", "", ""],  # row 3: gender, unknown position
    ]
    before = counts(db)
    result = import_org_xlsx(db, write_book(tmp_path / "bad.xlsx", units, positions, staff))
    assert not result.ok
    assert where(result) == {
        ("单位", 3, "编码"),
        ("单位", 4, "类型"), ("单位", 4, "排序"), ("单位", 4, "启用"),
        ("单位", 5, "上级编码"),
        ("单位", 6, "名称"), ("单位", 6, "上级编码"),
        ("岗位", 2, "单位编码"), ("岗位", 2, "定员"),
        ("员工", 2, "入职日期"),
        ("员工", 3, "性别"), ("员工", 3, "岗位编码"),
    }
    assert [p.row for p in result.problems if p.sheet == "单位"] == sorted(p.row for p in result.problems if p.sheet == "单位")
    texts = {(p.sheet, p.row, p.column): str(p.message) for p in result.problems}
    assert "2024-02-30" in texts[("员工", 2, "入职日期")]
    assert "NOPE" in texts[("单位", 5, "上级编码")]
    assert counts(db) == before


def test_a_file_that_is_not_a_workbook_gives_one_problem(db, tmp_path):
    text = tmp_path / "renamed.xlsx"
    text.write_text("工号,姓名\nE1,张三\n", encoding="utf-8")
    good = write_book(tmp_path / "good.xlsx")
    truncated = tmp_path / "truncated.xlsx"
    truncated.write_bytes(good.read_bytes()[:700])
    before = counts(db)
    for path in (text, truncated, tmp_path / "missing.xlsx", tmp_path):
        result = import_org_xlsx(db, path)
        assert len(result.problems) == 1, path
        assert result.problems[0].sheet == "" and str(result.problems[0].message)
    assert counts(db) == before


def test_missing_sheet_and_missing_required_column(db, tmp_path):
    result = import_org_xlsx(db, write_book(tmp_path / "a.xlsx", staff=[], skip=("岗位",)))
    assert where(result) == {("岗位", 1, "")}
    assert "岗位" in str(result.problems[0].message)

    wb = openpyxl.load_workbook(write_book(tmp_path / "b.xlsx"))
    wb["员工"].delete_cols(2)  # 姓名
    wb.save(tmp_path / "b.xlsx")
    assert where(import_org_xlsx(db, tmp_path / "b.xlsx")) == {("员工", 1, "姓名")}
    assert counts(db)["Unit"] == 0


def test_duplicate_codes_name_the_first_row(db, tmp_path):
    units = UNIT_ROWS + [["S", "重复所", "供电所", "L", 5, "是", ""]]
    staff = STAFF_ROWS + [["E1", "张三二", "男", "", "", "", "", ""]]
    result = import_org_xlsx(db, write_book(tmp_path / "dup.xlsx", units, POSITION_ROWS, staff))
    assert where(result) == {("单位", 6, "编码"), ("员工", 5, "工号")}
    assert result.problems[0].message.args["first"] == 4


def test_dates_real_cells_and_text_forms(db, tmp_path):
    staff = [
        ["D1", "甲", "", "", "", "", datetime(2020, 1, 2), ""],
        ["D2", "乙", "", "", "", "", "2024-03-05", ""],
        ["D3", "丙", "", "", "", "", "2024/3/5", ""],
        ["D4", "丁", "", "", "", "", "2023年12月1日", ""],
    ]
    assert import_org_xlsx(db, write_book(tmp_path / "d.xlsx", staff=staff)).ok
    with db.read() as s:
        got = dict(s.execute(select(Staff.employee_no, Staff.hired_on)).all())
    assert got == {"D1": date(2020, 1, 2), "D2": date(2024, 3, 5), "D3": date(2024, 3, 5), "D4": date(2023, 12, 1)}


def test_lenient_reading_of_what_people_type(db, tmp_path):
    units = [["101", "公司", "Company", None, "0", 1, ""], ["102", "所", "station", 101.0, 2.0, "否", ""]]
    positions = [[9, 102, "岗", "Marketing", "3", ""]]
    staff = [[20001, "甲", "女", 13800000000, 9, "是", 20240305, ""]]
    result = import_org_xlsx(db, write_book(tmp_path / "typed.xlsx", units, positions, staff))
    assert result.ok, [str(p.message) for p in result.problems]
    assert str(result) == "Units: 2 added, 0 changed. Positions: 1 added, 0 changed. Staff: 1 added, 0 changed."
    data = snapshot(db)
    assert ("102", "所", "station", "101", 2, False, "") in data["units"]
    assert ("9", "102", "岗", "marketing", 3, "") in data["positions"]
    assert ("20001", "甲", "female", "13800000000", "9", True, date(2024, 3, 5), "") in data["staff"]


def test_parent_cycles_in_the_file_and_through_the_database(db, tmp_path):
    units = UNIT_ROWS + [
        ["D1", "甲部", "部门", "D2", 1, "是", ""],
        ["D2", "乙部", "部门", "D1", 1, "是", ""],
        ["D3", "丙部", "部门", "D3", 1, "是", ""],
    ]
    result = import_org_xlsx(db, write_book(tmp_path / "c.xlsx", units))
    loops = {(p.row, p.column) for p in result.problems}
    assert loops >= {(6, "上级编码"), (7, "上级编码"), (8, "上级编码")}
    assert "D1 → D2 → D1" in {str(p.message).split(": ")[-1].rstrip(".") for p in result.problems}
    assert counts(db)["Unit"] == 0

    org = make_org(db, staff=1)
    # the station moves under its own team (already in the database): a loop and a kind error
    moved = [["S", "城关供电所", "供电所", "T", 2, "是", ""]]
    result = import_org_xlsx(db, write_book(tmp_path / "c2.xlsx", moved, [], []))
    assert {(p.row, p.column) for p in result.problems} == {(2, "上级编码")}
    assert len(result.problems) == 2
    with db.read() as s:
        assert s.get(Unit, org.station).parent_id == org.line


def test_kind_change_that_would_strand_sub_units_is_refused(db, tmp_path):
    make_org(db, staff=1)
    changed = [["S", "城关供电所", "公司", None, 2, "是", ""]]  # its team can't sit under a company
    result = import_org_xlsx(db, write_book(tmp_path / "k.xlsx", changed, [], []))
    assert where(result) == {("单位", 2, "类型")}
    assert result.problems[0].message.args["code"] == "T"


def test_update_changes_only_the_differing_field(db, tmp_path):
    org = make_org(db, staff=1)
    before_logs = counts(db)["ChangeLog"]
    units = [["S", "城关中心供电所", "station", "L", 2, "是", ""]]  # stored English value accepted
    result = import_org_xlsx(db, write_book(tmp_path / "u.xlsx", units, [], []))
    assert result.ok and result.units.updated == 1 and result.units.inserted == 0
    with db.read() as s:
        logs = s.scalars(select(ChangeLog).where(ChangeLog.id > 0).order_by(ChangeLog.id)).all()[before_logs:]
    assert [(log.entity, log.row_id, log.operation, log.changes) for log in logs] == [
        ("unit", org.station, "update", {"name": ["城关供电所", "城关中心供电所"]})]
    assert logs[0].operator == "测试员"


def test_missing_optional_column_leaves_the_field_alone(db, tmp_path):
    org = make_org(db, staff=1)
    with db.write() as s:
        s.get(Unit, org.station).notes = "保留"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "单位"
    ws.append(["编码", "名称", "类型"])
    ws.append(["S", "城关供电所", "供电所"])
    wb.create_sheet("岗位").append(list(POSITIONS.headers))
    wb.create_sheet("员工").append(list(STAFF.headers))
    wb.save(tmp_path / "partial.xlsx")
    result = import_org_xlsx(db, tmp_path / "partial.xlsx")
    assert result.ok and result.units.updated == 0
    with db.read() as s:
        station = s.get(Unit, org.station)
        assert (station.notes, station.parent_id, station.sort_order) == ("保留", org.line, 2)


def test_moving_staff_keeps_the_position_history(db, tmp_path):
    make_org(db, staff=2)
    staff = [["E00001", "员工1", "", "", "P-HEAD", "否", "", ""]]
    result = import_org_xlsx(db, write_book(tmp_path / "m.xlsx", [], [], staff))
    assert result.ok and result.staff.updated == 1
    with db.read() as s:
        person = s.scalar(select(Staff).where(Staff.employee_no == "E00001"))
        history = s.scalars(select(PositionAssignment).where(PositionAssignment.staff_id == person.id)
                            .order_by(PositionAssignment.start)).all()
        head = s.scalar(select(Position.id).where(Position.code == "P-HEAD"))
    assert person.position_id == head
    assert [h.end for h in history] == [date.fromordinal(date.today().toordinal() - 1), None]
    assert history[-1].position_id == head


def test_a_code_of_a_deleted_record_is_refused(db, tmp_path):
    org = make_org(db, staff=1)
    with db.write() as s:
        s.get(Position, org.clerk).deleted_at = datetime.now().astimezone()
    positions = [["P-CLERK", "D", "专责", "综合", 2, ""]]
    result = import_org_xlsx(db, write_book(tmp_path / "del.xlsx", [], positions, []))
    assert where(result) == {("岗位", 2, "编码")}


def big_book(path, n: int):
    staff = [[f"B{i:05d}", f"员工{i}", "男" if i % 2 else "女", f"138{i:08d}", "P-WORK" if i % 3 else "P-HEAD",
              "否", date(2010, 1, 1 + i % 28), ""] for i in range(n)]
    return write_book(path, UNIT_ROWS, POSITION_ROWS, staff)


def test_two_thousand_staff_import_in_one_transaction(db, tmp_path):
    path = big_book(tmp_path / "big.xlsx", 2000)
    started = time.perf_counter()
    result = import_org_xlsx(db, path)
    elapsed = time.perf_counter() - started
    assert result.ok and result.staff.inserted == 2000
    assert counts(db)["Staff"] == 2000 and counts(db)["PositionAssignment"] == 2000
    assert elapsed < 30  # a few seconds on an office PC; generous for slow CI machines


class CancelAfter:
    """Reports come in; after ``n`` of them (past the checking half) the user presses cancel."""

    def __init__(self, n: int) -> None:
        self.n, self.reports = n, []

    def report(self, done: int, total: int, message: str = "") -> None:
        self.reports.append((done, total))

    def cancelled(self) -> bool:
        return len(self.reports) > self.n


def test_cancel_while_writing_writes_nothing(db, tmp_path):
    make_org(db, staff=3)
    path = big_book(tmp_path / "big.xlsx", 600)
    before = counts(db)
    progress = CancelAfter(20)  # a report every 50 rows: 600 rows are checked by report 12
    with pytest.raises(Cancelled):
        import_org_xlsx(db, path, progress)
    done, total = progress.reports[-1]
    assert total // 2 < done < total  # it stopped half-way through writing
    assert counts(db) == before
