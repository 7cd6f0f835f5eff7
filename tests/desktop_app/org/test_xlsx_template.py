"""The blank organisation template: the sheets and headers an import reads, drop-downs for the
choice columns, a guide sheet row per column; imported empty it changes nothing."""

from __future__ import annotations

from openpyxl import load_workbook

from desktop_app.org.xlsx_format import SHEETS
from desktop_app.org.xlsx_import import import_org_xlsx
from desktop_app.org.xlsx_template import GUIDE_SHEET, guide_rows, write_org_template


def test_the_template_has_the_import_sheets_and_a_guide(tmp_path):
    path = tmp_path / "模板.xlsx"
    write_org_template(path)
    wb = load_workbook(path)
    assert wb.sheetnames == ["单位", "岗位", "员工", GUIDE_SHEET]
    for fmt in SHEETS:
        rows = list(wb[fmt.name].iter_rows(values_only=True))
        assert rows == [fmt.headers]
    kinds = wb["单位"].data_validations.dataValidation
    assert any('"公司,条线,部门,供电所,班组"' == v.formula1 for v in kinds)
    guide = [r for r in wb[GUIDE_SHEET].iter_rows(values_only=True)]
    assert guide[2] == ("工作表", "列", "必填", "填写要求")
    assert guide[3:] == [tuple(cell or None for cell in row) for row in guide_rows()]  # empty cells read as None
    assert len(guide_rows()) == sum(len(fmt.fields) for fmt in SHEETS)
    assert ("岗位", "单位编码", "是", "“单位”工作表或数据库中已有的编码") in guide_rows()
    assert ("单位", "启用", "", "从下拉列表选择：是、否；不填时为 是") in guide_rows()
    assert not list(tmp_path.glob(".*part"))


def test_the_blank_template_imports_as_nothing(db, tmp_path):
    path = tmp_path / "模板.xlsx"
    write_org_template(path)
    result = import_org_xlsx(db, path)
    assert result.ok
    with db.read() as s:
        assert s.connection().exec_driver_sql("SELECT count(*) FROM unit").scalar() == 0
