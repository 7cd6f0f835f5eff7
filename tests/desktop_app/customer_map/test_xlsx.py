"""Relations to and from Excel: export and import back unchanged, edits and new rows from Excel,
and bad rows reported by sheet, row and column with nothing written."""

from __future__ import annotations

from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from desktop_app.customer_map.xlsx import export_relations_xlsx, import_relations_xlsx
from desktop_app.model import ChangeLog, PositionRelation, UnitRelation
from desktop_app.tables.edits import create_row
from desktop_app.customer_map.tables import RELATIONS_UNIT
from tests.desktop_app.customer_map.helpers import SAME, add_relation

UNITS, POSTS = "组织客户", "岗位客户"


def relations(db) -> dict:
    with db.read() as s:
        out = {}
        for m, a, b in ((UnitRelation, "provider_unit_id", "customer_unit_id"),
                        (PositionRelation, "provider_position_id", "customer_position_id")):
            for r in s.scalars(select(m).where(m.deleted_at.is_(None))):
                out[(m.__tablename__, getattr(r, a), getattr(r, b), r.service_item)] = (
                    r.value, r.standard, r.target_days, r.commitment, r.review_cycle, r.status)
        return out


def history(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(ChangeLog))


def filled(db, org):
    add_relation(db, "unit", org.dept, org.station, "安全检查", value="保障安全", standard="每季度一次", target_days=5,
                 commitment="五个工作日内书面反馈", review_cycle="quarterly", status="active")
    add_relation(db, "unit", org.station, org.dept, "=缺陷上报")  # "=" must stay text
    add_relation(db, "position", org.worker, org.head, "故障处理结果反馈", commitment="即时反馈", status="active")
    with db.write() as s:  # a draft without its customer: no relation yet, not exported
        create_row(s, RELATIONS_UNIT, {"provider_unit_id": org.dept}, SAME)


def test_export_then_import_changes_nothing(db, org, tmp_path):
    filled(db, org)
    path = tmp_path / "relations.xlsx"
    summary = export_relations_xlsx(db, path)
    assert (summary.unit, summary.position) == (2, 1)
    assert str(summary.message()) == "2 unit relations and 1 post relations exported."
    wb = load_workbook(path)
    rows = [[c.value for c in row] for row in wb[UNITS].iter_rows()]
    assert rows[0] == ["提供单位编码", "提供单位", "客户单位编码", "客户单位", "服务事项", "服务价值", "服务标准",
                       "目标时限(工作日)", "服务承诺", "评审周期", "状态"]
    assert rows[1] == ["D", "运检部", "S", "城关供电所", "安全检查", "保障安全", "每季度一次", 5, "五个工作日内书面反馈",
                       "每季度", "生效"]
    assert rows[2][:5] == ["S", "城关供电所", "D", "运检部", "=缺陷上报"] and rows[2][9:] == ["每年", "草稿"]
    posts = [[c.value for c in row] for row in wb[POSTS].iter_rows()]
    assert posts[1][:5] == ["P-WORK", "运维岗 · 运维班", "P-HEAD", "所长 · 城关供电所", "故障处理结果反馈"]
    before, data = history(db), relations(db)
    result = import_relations_xlsx(db, path)
    assert result.ok and (result.unit.inserted, result.unit.updated, result.position.inserted) == (0, 0, 0)
    assert history(db) == before and relations(db) == data


def test_import_updates_matching_relations_and_adds_new_ones(db, org, tmp_path):
    filled(db, org)
    path = tmp_path / "r.xlsx"
    export_relations_xlsx(db, path)
    wb = load_workbook(path)
    ws = wb[UNITS]
    ws["I2"] = "三个工作日内书面反馈"
    ws["K3"] = "active"  # stored values and English labels are read too
    ws.append(["", "运维班", "D", "", "技术培训", "", "", "", "", "半年", ""])  # a unit by its name
    wb[POSTS].append(["P-HEAD", "", "", "专责 · 运检部", "抢修派工", "", "", 1.0, "", "", "生效"])
    wb.save(path)
    result = import_relations_xlsx(db, path)
    assert result.ok, result.problems
    assert (result.unit.inserted, result.unit.updated, result.position.inserted) == (1, 2, 1)
    assert "1 added, 2 changed" in str(result.summary())
    data = relations(db)
    assert data[("unit_relation", org.dept, org.station, "安全检查")][3] == "三个工作日内书面反馈"
    assert data[("unit_relation", org.station, org.dept, "=缺陷上报")][5] == "active"
    assert data[("unit_relation", org.team, org.dept, "技术培训")][4:] == ("half-yearly", "draft")
    assert data[("position_relation", org.head, org.clerk, "抢修派工")][2] == 1


def test_bad_rows_are_each_reported_and_nothing_is_written(db, org, tmp_path):
    filled(db, org)
    path = tmp_path / "bad.xlsx"
    export_relations_xlsx(db, path)
    wb = load_workbook(path)
    ws = wb[UNITS]
    ws.append(["ZZ", "", "S", "", "未知单位"])  # row 4
    ws.append(["P-WORK", "", "S", "", "岗位当单位"])  # 5: a post's code in the unit sheet
    ws.append(["S", "", "S", "", "自己服务自己"])  # 6
    ws.append(["D", "", "S", "", "安全检查"])  # 7: row 2 again
    ws.append(["D", "", "T", "", "周期不对", "", "", "", "", "每周"])  # 8
    ws.append(["D", "", "T", "", "状态不对", "", "", "", "", "", "作废"])  # 9
    ws.append(["D", "", "T", "", "时限不对", "", "", "三天"])  # 10
    ws.append(["D", "", "T", "", "时限太长", "", "", 400])  # 11
    ws.append(["", "", "T", "", "没有提供方"])  # 12
    ws.append(["D", "", "T", ""])  # 13: no service item
    ws.append(["D", "", "", "不存在的班", "名称不对"])  # 14
    wb[POSTS].append(["S", "", "P-HEAD", "", "单位当岗位"])  # 3
    wb[POSTS].append(["", "运维岗", "P-HEAD", "", "岗位名不全"])  # 4
    wb.save(path)
    before, data = history(db), relations(db)
    result = import_relations_xlsx(db, path)
    assert not result.ok
    assert [(p.sheet, p.row, p.column) for p in result.problems] == [
        (UNITS, 4, "提供单位编码"), (UNITS, 5, "提供单位编码"), (UNITS, 6, "客户单位编码"), (UNITS, 7, "服务事项"),
        (UNITS, 8, "评审周期"), (UNITS, 9, "状态"), (UNITS, 10, "目标时限(工作日)"), (UNITS, 11, "目标时限(工作日)"),
        (UNITS, 12, "提供单位编码"), (UNITS, 13, "服务事项"), (UNITS, 14, "客户单位"),
        (POSTS, 3, "提供岗位编码"), (POSTS, 4, "提供岗位"),
    ]
    text = [str(p.message) for p in result.problems]
    assert text[0] == "No unit has the code \u201cZZ\u201d."
    assert text[1] == "\u201cP-WORK\u201d is a post: unit customers link units."
    assert text[2] == "A unit can't be its own internal customer: choose another unit."
    assert text[3] == "运检部 already provides \u201c安全检查\u201d to 城关供电所. Its first row is 2."
    assert "每周" in text[4] and "每季度" in text[4] and "作废" in text[5]
    assert "whole number" in text[6] and "between 0 and 365" in text[7]
    assert text[11] == "\u201cS\u201d is a unit: post customers link posts."
    assert "post · unit" in text[12]
    assert history(db) == before and relations(db) == data


def test_missing_sheets_columns_and_unreadable_files(db, org, tmp_path):
    wb = Workbook()
    wb.active.title = "别的表"
    path = tmp_path / "other.xlsx"
    wb.save(path)
    result = import_relations_xlsx(db, path)
    assert [(p.sheet, p.row) for p in result.problems] == [(UNITS, 1)] and "neither" in str(result.problems[0].message)
    wb = Workbook()
    ws = wb.active
    ws.title = POSTS  # one sheet is enough, but it needs its columns
    ws.append(["提供岗位编码", "服务事项", "服务事项"])
    ws.append(["P-WORK", "事项"])
    wb.save(path)
    result = import_relations_xlsx(db, path)
    assert [(p.row, p.column) for p in result.problems] == [(1, "客户岗位编码"), (1, "服务事项")]
    junk = tmp_path / "junk.xlsx"
    junk.write_text("not a workbook")
    result = import_relations_xlsx(db, junk)
    assert [(p.sheet, p.row) for p in result.problems] == [("", 0)] and "Excel" in str(result.problems[0].message)
