"""Exporting the organisation workbook: layout, canonical cell texts, live rows only."""

from __future__ import annotations

from datetime import date, datetime

import openpyxl
import pytest
from sqlalchemy import select

from desktop_app.model import Position, Staff, Unit
from desktop_app.org.xlsx_export import ExportSummary, export_org_xlsx
from desktop_app.org.xlsx_format import POSITIONS, STAFF, UNITS
from desktop_app.progress import Cancelled
from tests.factories import make_org


def rows(ws) -> list[tuple]:
    return [r for r in ws.iter_rows(min_row=2, values_only=True)]


def test_layout_sheets_headers_and_view(db, tmp_path):
    make_org(db, staff=3)
    path = tmp_path / "org.xlsx"
    summary = export_org_xlsx(db, path)
    assert summary == ExportSummary(units=5, positions=3, staff=3)
    assert str(summary) == "5 units, 3 positions and 3 staff exported."
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["单位", "岗位", "员工"]
    for fmt in (UNITS, POSITIONS, STAFF):
        ws = wb[fmt.name]
        assert tuple(c.value for c in ws[1]) == fmt.headers
        assert all(c.font.b for c in ws[1])
        assert ws.freeze_panes == "A2"
        assert ws.column_dimensions["B"].width == fmt.fields[1].width
    assert ["公司", "条线", "部门", "供电所", "班组"] == wb["单位"].data_validations.dataValidation[0].formula1.strip('"').split(",")


def test_units_come_parents_first_with_chinese_texts(db, tmp_path):
    make_org(db, staff=1)
    path = tmp_path / "org.xlsx"
    export_org_xlsx(db, path)
    units = rows(openpyxl.load_workbook(path)["单位"])
    assert [(code, kind, parent) for code, _n, kind, parent, *_ in units] == [
        ("C", "公司", None), ("L", "条线", "C"), ("S", "供电所", "L"), ("T", "班组", "S"), ("D", "部门", "C")]
    seen: set[str] = set()
    for code, _n, _k, parent, *_ in units:
        assert parent is None or parent in seen
        seen.add(code)
    assert units[0][4:6] == (0, "是")


def test_staff_cells_deleted_rows_and_text_that_looks_like_a_formula(db, tmp_path):
    org = make_org(db, staff=3)
    with db.write() as s:
        person = s.scalar(select(Staff).where(Staff.employee_no == "E00001"))
        person.gender, person.is_cadre, person.hired_on = "female", True, date(2021, 2, 28)
        person.notes = "=1+1"
        s.scalar(select(Staff).where(Staff.employee_no == "E00002")).deleted_at = datetime.now().astimezone()
        s.get(Position, org.clerk).deleted_at = datetime.now().astimezone()
    path = tmp_path / "org.xlsx"
    summary = export_org_xlsx(db, path)
    assert (summary.positions, summary.staff) == (2, 2)
    wb = openpyxl.load_workbook(path)
    staff = {r[0]: r for r in rows(wb["员工"])}
    assert set(staff) == {"E00000", "E00001"}
    assert staff["E00001"] == ("E00001", "员工1", "女", None, "P-WORK", "是", datetime(2021, 2, 28), "=1+1")
    assert wb["员工"]["H3"].data_type == "s"  # stays text; Excel doesn't compute it
    assert wb["员工"]["G3"].number_format == "yyyy-mm-dd"
    assert [r[0] for r in rows(wb["岗位"])] == ["P-HEAD", "P-WORK"]  # ordered by unit, then code


def test_a_deleted_parent_is_left_empty(db, tmp_path):
    org = make_org(db, staff=0)
    with db.write() as s:
        s.get(Unit, org.line).deleted_at = datetime.now().astimezone()
    path = tmp_path / "org.xlsx"
    export_org_xlsx(db, path)
    units = {r[0]: r[3] for r in rows(openpyxl.load_workbook(path)["单位"])}
    assert "L" not in units and units["S"] is None


class CancelAfterChecks:
    """The user presses cancel once some rows have been written."""

    def __init__(self, n: int) -> None:
        self.n = n

    def report(self, done: int, total: int, message: str = "") -> None:
        pass

    def cancelled(self) -> bool:
        self.n -= 1
        return self.n < 0


def test_cancel_leaves_an_earlier_file_untouched(db, tmp_path):
    make_org(db, staff=30)
    path = tmp_path / "org.xlsx"
    path.write_bytes(b"earlier")
    with pytest.raises(Cancelled):
        export_org_xlsx(db, path, CancelAfterChecks(20))  # in the staff sheet
    assert path.read_bytes() == b"earlier"
    assert [p.name for p in tmp_path.iterdir() if "xlsx" in p.name] == ["org.xlsx"]  # no temporary file left
