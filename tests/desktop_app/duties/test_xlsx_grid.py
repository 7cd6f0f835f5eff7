"""The matrix as an Excel grid: export and import back unchanged, edits from Excel, and bad cells
reported by sheet, row and column with nothing written."""

from __future__ import annotations

from openpyxl import Workbook, load_workbook
from sqlalchemy import select

from desktop_app.duties.matrix import load_matrix
from desktop_app.duties.xlsx_grid import SHEET, export_matrix_xlsx, import_matrix_xlsx
from desktop_app.model import WorkItem
from desktop_app.model.base import utcnow
from tests.desktop_app.duties.helpers import add_item, history_count, set_roles


def grid(db):
    with db.read() as s:
        m = load_matrix(s)
    return {(r.code, c.code): m.cells[(r.id, c.id)] for r in m.rows for c in m.columns if (r.id, c.id) in m.cells}


def filled(db, org):
    a, b = add_item(db, "W1", "配网故障抢修"), add_item(db, "W2", "=电费回收")  # "=" must stay text
    set_roles(db, [(a, org.station, "R"), (a, org.dept, "C"), (b, org.team, "I")])
    return a, b


def test_export_then_import_changes_nothing(db, org, tmp_path):
    filled(db, org)
    path = tmp_path / "matrix.xlsx"
    summary = export_matrix_xlsx(db, path)
    assert (summary.items, summary.units) == (2, 3)
    wb = load_workbook(path)
    ws = wb[SHEET]
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    assert rows[0] == ["编码", "名称", "城关供电所", "运维班", "运检部"]
    assert rows[1] == [None, "单位编码", "S", "T", "D"]
    assert rows[2] == ["W1", "配网故障抢修", "R", None, "C"]
    assert rows[3][:2] == ["W2", "=电费回收"] and ws.freeze_panes == "C3"
    assert "说明" in wb.sheetnames
    before, cells = history_count(db), grid(db)
    result = import_matrix_xlsx(db, path)
    assert result.ok and (result.items_added, result.items_renamed, result.cells_changed) == (0, 0, 0)
    assert history_count(db) == before and grid(db) == cells


def edit(path, changes: dict[str, object], append: list | None = None, delete_row: int | None = None):
    wb = load_workbook(path)
    ws = wb[SHEET]
    for ref, value in changes.items():
        ws[ref] = value
    if delete_row:
        ws.delete_rows(delete_row)
    if append:
        ws.append(append)
    wb.save(path)


def test_import_sets_clears_renames_and_creates(db, org, tmp_path):
    filled(db, org)
    path = tmp_path / "m.xlsx"
    export_matrix_xlsx(db, path)
    edit(path, {"C3": "a", "E3": None, "B4": "电费回收管理", "D4": "知"}, append=["W9", "计量装置校验", "", "主责", " c "])
    result = import_matrix_xlsx(db, path)
    assert result.ok, result.problems
    assert (result.items_added, result.items_renamed, result.cells_changed) == (1, 1, 4)
    assert "1 added" in str(result.summary())
    assert grid(db) == {("W1", "S"): "A", ("W9", "T"): "R", ("W9", "D"): "C", ("W2", "T"): "I"}
    with db.read() as s:
        assert s.scalar(select(WorkItem.title).where(WorkItem.code == "W2")) == "电费回收管理"
        assert s.scalar(select(WorkItem.status).where(WorkItem.code == "W9")) == "active"


def test_columns_without_codes_are_matched_by_name(db, org, tmp_path):
    filled(db, org)
    path = tmp_path / "m.xlsx"
    export_matrix_xlsx(db, path)
    edit(path, {"C3": "C"}, delete_row=2)
    result = import_matrix_xlsx(db, path)
    assert result.ok and result.cells_changed == 1
    assert grid(db)[("W1", "S")] == "C"


def test_bad_cells_are_each_reported_and_nothing_is_written(db, org, tmp_path):
    a, _ = filled(db, org)
    retired = add_item(db, "W7", "旧事项")
    set_roles(db, [(retired, org.dept, "C")])
    gone = add_item(db, "W8")
    with db.write() as s:
        s.get(WorkItem, retired).status = "retired"
        s.get(WorkItem, gone).deleted_at = utcnow()
    path = tmp_path / "bad.xlsx"
    export_matrix_xlsx(db, path)
    edit(path, {"F1": "外单位", "F2": "ZZ", "C3": "X", "D4": "9"},
         append=["W1", "重复", "R"])
    wb = load_workbook(path)
    ws = wb[SHEET]
    ws.append(["W9", None, "R"])  # a new item needs a title
    ws.append([None, "没有编码", "C"])
    ws.append(["W8", "已删除", ""])
    ws.append(["W7", "旧事项", None, None, None])  # retired: its cell for 运检部 would be cleared
    ws.append(["W6", "新事项", None, None, None, "R"])  # a role under the unknown column
    wb.save(path)
    before, cells = history_count(db), grid(db)
    result = import_matrix_xlsx(db, path)
    assert not result.ok
    found = [(p.sheet, p.row, p.column) for p in result.problems]
    assert found == [
        (SHEET, 2, "F 外单位"),
        (SHEET, 3, "C 城关供电所"),
        (SHEET, 4, "D 运维班"),
        (SHEET, 5, "编码"),
        (SHEET, 6, "名称"),
        (SHEET, 7, "编码"),
        (SHEET, 8, "编码"),
        (SHEET, 9, "E 运检部"),
    ]
    messages = [str(p.message) for p in result.problems]
    assert "ZZ" in messages[0] and "\u201cX\u201d is not a role" in messages[1]
    assert "more than once" in messages[3] and "deleted" in messages[6] and "retired" in messages[7]
    assert history_count(db) == before and grid(db) == cells
    with db.read() as s:
        assert s.scalar(select(WorkItem.id).where(WorkItem.code == "W6")) is None
    assert a


def test_unknown_unit_names_repeated_columns_and_headers(db, org, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    ws.append(["编号", "名称", "城关供电所", "不存在的所", "城关供电所"])
    ws.append(["W1", "事项", "R", "", "C"])
    path = tmp_path / "names.xlsx"
    wb.save(path)
    result = import_matrix_xlsx(db, path)
    assert [(p.row, p.column) for p in result.problems] == [(1, "编码"), (1, "D 不存在的所"), (1, "E 城关供电所")]
    assert "C 城关供电所" in str(result.problems[2].message)


def test_missing_sheet_and_unreadable_file(db, org, tmp_path):
    wb = Workbook()
    wb.active.title = "别的表"
    path = tmp_path / "other.xlsx"
    wb.save(path)
    result = import_matrix_xlsx(db, path)
    assert [(p.sheet, p.row) for p in result.problems] == [(SHEET, 1)]
    junk = tmp_path / "junk.xlsx"
    junk.write_text("not a workbook")
    result = import_matrix_xlsx(db, junk)
    assert [(p.sheet, p.row) for p in result.problems] == [("", 0)]
    assert "Excel" in str(result.problems[0].message)
