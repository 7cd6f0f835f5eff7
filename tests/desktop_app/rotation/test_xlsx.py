"""Assignments to and from Excel: export and import back unchanged, a score changed and a row
added from Excel, bad rows reported by sheet, row and column with nothing written, deleted
people and units, dates the checks report stored, cancelling."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from desktop_app.model import ChangeLog, RotationAssignment, Staff, Unit
from desktop_app.progress import Cancelled
from desktop_app.rotation.xlsx import HEADERS, SHEET, export_assignments_xlsx, import_assignments_xlsx
from tests.desktop_app.rotation.helpers import add_assignment, add_plan, staff_ids


def assignments(db) -> dict:
    with db.read() as s:
        a = RotationAssignment
        return {r.id: (r.plan_id, r.staff_id, r.from_position_id, r.to_unit_id, r.to_position_id, r.start, r.end,
                       r.status, r.score, r.comment)
                for r in s.scalars(select(a).where(a.deleted_at.is_(None)))}


def history(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(ChangeLog))


def filled(db, org) -> dict[str, str]:
    """Two plans, four assignments (one a repeat the table allowed, one still without a person)."""
    rotation = add_plan(db, "营配轮岗", code="RP001")
    stationing = add_plan(db, "蹲点", kind="stationing", code="RP002")
    people = staff_ids(db)
    ids = {
        "head": add_assignment(db, rotation, people[0], date(2026, 3, 1), date(2026, 5, 31), to_position_id=org.head,
                               status="finished", score=92, comment="=认真负责"),  # "=" must stay text
        "dept": add_assignment(db, stationing, people[1], date(2026, 4, 6), date(2026, 4, 30), to_unit_id=org.dept),
        "again": add_assignment(db, stationing, people[1], date(2026, 4, 6), date(2026, 4, 20)),
        "team": add_assignment(db, rotation, people[2], date(2026, 6, 1), None, to_unit_id=org.station,
                               to_position_id=org.worker),
    }
    add_assignment(db, rotation, None, date(2026, 7, 1), None)  # no person yet: not exported
    return ids


def sheet_rows(path) -> list[list]:
    return [[c.value for c in row] for row in load_workbook(path)[SHEET].iter_rows()]


def test_export_then_import_changes_nothing(db, org, tmp_path):
    filled(db, org)
    path = tmp_path / "assignments.xlsx"
    summary = export_assignments_xlsx(db, path)
    assert summary.assignments == 4
    assert str(summary.message()) == "4 assignments exported."
    rows = sheet_rows(path)
    assert tuple(rows[0]) == HEADERS == (
        "计划编码", "计划名称", "工号", "姓名", "原岗位编码", "原岗位", "去往单位编码", "去往单位", "去往岗位编码", "去往岗位",
        "开始日期", "结束日期", "状态", "评价得分", "评语")
    assert rows[1] == ["RP001", "营配轮岗", "E00000", "员工0", "P-WORK", "运维岗 · 运维班", "S", "城关供电所", "P-HEAD",
                       "所长 · 城关供电所", datetime(2026, 3, 1), datetime(2026, 5, 31), "已完成", 92, "=认真负责"]
    assert [r[0] for r in rows[1:]] == ["RP001", "RP001", "RP002", "RP002"]
    assert rows[2][6:13] == ["S", "城关供电所", "P-WORK", "运维岗 · 运维班", datetime(2026, 6, 1), None, "计划"]
    assert rows[3][2] == rows[4][2] == "E00001" and rows[3][10] == rows[4][10]  # the repeat the table allowed
    assert load_workbook(path)[SHEET]["K2"].is_date
    before, data = history(db), assignments(db)
    result = import_assignments_xlsx(db, path)
    assert result.ok, result.problems
    assert (result.assignments.inserted, result.assignments.updated) == (0, 0)
    assert str(result.summary()) == "Assignments: 0 added, 0 changed."
    assert history(db) == before and assignments(db) == data


def test_import_updates_a_score_and_adds_a_row(db, org, tmp_path):
    ids = filled(db, org)
    path = tmp_path / "a.xlsx"
    export_assignments_xlsx(db, path)
    wb = load_workbook(path)
    ws = wb[SHEET]
    ws["N2"] = 88
    ws["M2"] = "finished"  # stored values and English labels are read too
    # a new row: the post they leave is their current one, the destination post brings its unit
    ws.append(["RP002", "", "E00003", "", "", "", "", "", "P-CLERK", "", "2026-09-07", "2026/9/18", "In progress", "", ""])
    wb.save(path)
    before = history(db)
    result = import_assignments_xlsx(db, path)
    assert result.ok, result.problems
    assert (result.assignments.inserted, result.assignments.updated) == (1, 1)
    data = assignments(db)
    assert data[ids["head"]][7:9] == ("finished", 88)
    new = next(v for k, v in data.items() if k not in ids.values() and v[1] == staff_ids(db)[3])
    assert new[2:] == (org.worker, org.dept, org.clerk, date(2026, 9, 7), date(2026, 9, 18), "in_progress", None, "")
    assert history(db) == before + 2


def test_bad_rows_are_each_reported_and_nothing_is_written(db, org, tmp_path):
    filled(db, org)
    path = tmp_path / "bad.xlsx"
    export_assignments_xlsx(db, path)
    wb = load_workbook(path)
    ws = wb[SHEET]

    def row(**cells):  # a good row (a new start date each time) with ``cells`` changed
        values = ["RP001", "", "E00004", "", "", "", "", "", "", "", date(2026, 8, ws.max_row), None, "", "", ""]
        for column, value in cells.items():
            values[HEADERS.index(column)] = value
        ws.append(values)

    row(计划编码="RP999")  # 6
    row(工号="E99999")  # 7
    row(开始日期="2026-02-30")  # 8
    row(结束日期="下个月")  # 9
    row(去往单位编码="D", 去往岗位编码="P-HEAD")  # 10: 所长 is at the station, not in 运检部
    row(去往单位编码="NOPE")  # 11
    row(去往岗位编码="NOPE", 原岗位编码="P-NONE")  # 12
    row(评价得分=101)  # 13
    row(评价得分="八十")  # 14
    row(评价得分=85.5)  # 15
    row(状态="作废")  # 16
    row(开始日期=date(2026, 6, 1), 工号="E00002")  # 17: row 3's assignment again
    row(工号="")  # 18
    row(开始日期=date(2026, 9, 1), 结束日期=date(2026, 7, 1), 计划编码="RP002")  # 19: ends before it starts: stored
    row(开始日期=date(2026, 12, 1), 结束日期=date(2027, 1, 31))  # 20: past the plan's end: stored too
    wb.save(path)
    before, data = history(db), assignments(db)
    result = import_assignments_xlsx(db, path)
    assert not result.ok
    assert [(p.sheet, p.row, p.column) for p in result.problems] == [
        (SHEET, 6, "计划编码"), (SHEET, 7, "工号"), (SHEET, 8, "开始日期"), (SHEET, 9, "结束日期"), (SHEET, 10, "去往岗位编码"),
        (SHEET, 11, "去往单位编码"), (SHEET, 12, "原岗位编码"), (SHEET, 12, "去往岗位编码"), (SHEET, 13, "评价得分"),
        (SHEET, 14, "评价得分"), (SHEET, 15, "评价得分"), (SHEET, 16, "状态"), (SHEET, 17, "开始日期"), (SHEET, 18, "工号"),
    ]
    text = [str(p.message) for p in result.problems]
    assert text[0] == "No plan has the code \u201cRP999\u201d."
    assert text[1] == "No staff member has the employee no. \u201cE99999\u201d."
    assert text[2] == "开始日期: \u201c2026-02-30\u201d is not a valid date (e.g. 2024-03-05)."
    assert "下个月" in text[3]
    assert text[4] == "The post 所长 is not in 运检部: clear the post or choose its unit."
    assert text[5] == "No unit has the code \u201cNOPE\u201d." and text[6] == "No post has the code \u201cP-NONE\u201d."
    assert "between 0 and 100" in text[8] and "whole number" in text[9] and "whole number" in text[10]
    assert "作废" in text[11] and "已完成" in text[11]
    assert text[12] == "The same plan, employee no. and start date are on row 3 already."
    assert text[13] == "工号 is required."
    assert history(db) == before and assignments(db) == data


def test_an_unknown_employee_no_or_a_deleted_person(db, org, tmp_path):
    plan = add_plan(db, code="RP001")
    people = staff_ids(db)
    add_assignment(db, plan, people[0], date(2026, 3, 1), date(2026, 3, 31))
    path = tmp_path / "a.xlsx"
    export_assignments_xlsx(db, path)
    with db.write() as s:
        s.get(Staff, people[0]).deleted_at = datetime(2026, 4, 1).astimezone()
    assert export_assignments_xlsx(db, tmp_path / "b.xlsx").assignments == 0  # a deleted person's are left out
    result = import_assignments_xlsx(db, path)
    assert [(p.row, p.column) for p in result.problems] == [(2, "工号")]
    assert "deleted record" in str(result.problems[0].message)


def test_a_destination_post_outside_its_unit(db, org, tmp_path):
    plan = add_plan(db, code="RP001")
    row = add_assignment(db, plan, staff_ids(db)[0], date(2026, 3, 1), date(2026, 3, 31), to_position_id=org.worker)
    path = tmp_path / "a.xlsx"
    export_assignments_xlsx(db, path)
    wb = load_workbook(path)
    wb[SHEET]["G2"] = "D"  # the unit changed, the post of 运维班 left: no longer inside
    wb.save(path)
    result = import_assignments_xlsx(db, path)
    assert [(p.row, p.column) for p in result.problems] == [(2, "去往岗位编码")]
    assert "运维岗" in str(result.problems[0].message)
    wb[SHEET]["G2"] = "S"  # a post of a team below the unit is inside it
    wb.save(path)
    assert import_assignments_xlsx(db, path).ok
    with db.read() as s:
        assert (s.get(RotationAssignment, row).to_unit_id, s.get(RotationAssignment, row).to_position_id) == (
            org.station, org.worker)


def test_missing_sheet_columns_and_unreadable_files(db, org, tmp_path):
    wb = Workbook()
    wb.active.title = "别的表"
    path = tmp_path / "other.xlsx"
    wb.save(path)
    result = import_assignments_xlsx(db, path)
    assert [(p.sheet, p.row) for p in result.problems] == [(SHEET, 1)]
    assert str(result.problems[0].message) == "The sheet \u201c轮岗安排\u201d is missing."
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    ws.append(["计划编码", "开始日期", "开始日期"])
    ws.append(["RP001", "2026-03-01"])
    wb.save(path)
    result = import_assignments_xlsx(db, path)
    assert [(p.row, p.column) for p in result.problems] == [(1, "工号"), (1, "开始日期")]
    junk = tmp_path / "junk.xlsx"
    junk.write_text("not a workbook")
    result = import_assignments_xlsx(db, junk)
    assert [(p.sheet, p.row) for p in result.problems] == [("", 0)] and "Excel" in str(result.problems[0].message)
    result = import_assignments_xlsx(db, tmp_path / "nope.xlsx")
    assert "can't be opened" in str(result.problems[0].message)


def test_dates_the_checks_report_are_stored_not_refused(db, org, tmp_path):
    add_plan(db, code="RP001", start=date(2026, 3, 1), end=date(2026, 11, 30))
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    ws.append(["计划编码", "工号", "开始日期", "结束日期"])  # the other columns may be left out
    ws.append(["RP001", "E00000", "2026-05-10", "2026-05-01"])  # ends before it starts
    ws.append(["RP001", "E00001", "2026年11月2日", "20261231"])  # past the plan's end
    path = tmp_path / "dates.xlsx"
    wb.save(path)
    result = import_assignments_xlsx(db, path)
    assert result.ok, result.problems
    assert result.assignments.inserted == 2
    stored = sorted((v[5], v[6], v[7], v[2]) for v in assignments(db).values())
    assert stored == [(date(2026, 5, 10), date(2026, 5, 1), "planned", org.worker),
                      (date(2026, 11, 2), date(2026, 12, 31), "planned", org.worker)]


class CancelAt:
    def __init__(self, after: int) -> None:
        self.calls, self.after = 0, after

    def report(self, done: int, total: int, message: str = "") -> None:
        pass

    def cancelled(self) -> bool:
        self.calls += 1
        return self.calls > self.after


def test_cancelling_writes_nothing(db, org, tmp_path):
    filled(db, org)
    path = tmp_path / "a.xlsx"
    export_assignments_xlsx(db, path)
    wb = load_workbook(path)
    wb[SHEET]["N2"] = 50
    wb.save(path)
    data = assignments(db)
    for after in (0, 1):  # before reading, before writing
        with pytest.raises(Cancelled):
            import_assignments_xlsx(db, path, CancelAt(after))
    assert assignments(db) == data
    with pytest.raises(Cancelled):
        export_assignments_xlsx(db, tmp_path / "b.xlsx", CancelAt(0))
    assert not (tmp_path / "b.xlsx").exists()


def test_a_deleted_unit_may_stay_where_it_is_but_not_be_put_on_a_row(db, org, tmp_path):
    plan = add_plan(db, code="RP001")
    people = staff_ids(db)
    add_assignment(db, plan, people[0], date(2026, 3, 1), date(2026, 3, 31), to_unit_id=org.dept)
    add_assignment(db, plan, people[1], date(2026, 3, 1), date(2026, 3, 31), to_unit_id=org.station)
    with db.write() as s:
        s.get(Unit, org.dept).deleted_at = datetime(2026, 4, 1).astimezone()
    path = tmp_path / "a.xlsx"
    export_assignments_xlsx(db, path)
    assert import_assignments_xlsx(db, path).ok  # 运检部 stays on the row that has it
    wb = load_workbook(path)
    wb[SHEET]["G3"] = "D"
    wb.save(path)
    result = import_assignments_xlsx(db, path)
    assert [(p.row, p.column) for p in result.problems] == [(3, "去往单位编码")]
    assert "deleted record" in str(result.problems[0].message)
