"""The handbook of a small organisation as a reader meets it: the cover, the contents with the
pages the headings are really on, bookmarks, running header and footer, the embedded font,
the data in print; chapters without data left out; hostile text printed as typed."""

from __future__ import annotations

from datetime import date

import pytest
from reportlab.lib.pagesizes import A4

from desktop_app.duties.tables import WORK_ITEMS
from desktop_app.handbook.build import HandbookOptions, build_handbook
from desktop_app.handbook.pdf_doc import HEADER_Y, MARGINS
from desktop_app.org.tables import UNITS
from desktop_app.tables.edits import create_row
from tests.desktop_app.duties.helpers import add_item, add_post, set_roles, set_unit
from tests.desktop_app.handbook.helpers import (
    COMMITMENT, DATE_TEXT, TODAY, compact, flat, folder, fonts, read_pdf, set_relation, text_runs,
)
from tests.desktop_app.rotation.helpers import add_plan, set_scope

CHAPTER_LABELS = ["第一章 内部服务的五大思维", "第二章 组织机构与职责边界", "第三章 内部客户地图与服务卡",
                  "第四章 服务能力模型与行为准则", "第五章 协同机制"]
UNIT_LABELS = ["2.1 城关供电所", "2.2 运维班", "2.3 运检部"]


def test_small_company_handbook(db, filled, tmp_path):
    path = tmp_path / "手册.pdf"
    result = build_handbook(db, HandbookOptions(today=TODAY), path)
    assert result.chapters == ("thinking", "organisation", "customer_map", "capability", "coordination")
    assert (result.number, result.published, result.changes) == (1, False, None)
    assert "手册.pdf" in folder(tmp_path) and not [n for n in folder(tmp_path) if n.endswith(".part")]
    printed = read_pdf(path)
    pages = len(printed.pages)
    assert result.pages == pages and result.size == path.stat().st_size

    cover = flat(printed.pages[0])
    assert "测试公司" in cover and "内部服务手册" in cover and "第 1 版" in cover and DATE_TEXT in cover
    assert "第 1 页" not in cover  # the cover has no footer

    # the contents list every chapter and unit with the page its heading is really on
    for label in CHAPTER_LABELS + UNIT_LABELS:
        assert printed.contents_page(label) == printed.heading_page(label), label
    assert printed.contents_page("第六章") is None

    # bookmarks: every chapter (level 0) and every unit (below it), each leading to its heading
    assert printed.titles(0) == CHAPTER_LABELS
    assert set(UNIT_LABELS) <= set(printed.titles(1))
    assert {"城关供电所服务卡", "运检部服务卡"} <= set(printed.titles())
    for b in printed.outline:
        if flat(b.title) in CHAPTER_LABELS + UNIT_LABELS:
            assert b.page == printed.heading_page(b.title), b

    # running header and footer on every page after the cover; the chapter's title in the header
    for number, text in enumerate(printed.pages[1:], 2):
        assert f"第 {number} 页 / 共 {pages} 页" in flat(text)
        assert "测试公司内部服务手册 第 1 版（草稿）" in flat(text)
    middle = printed.heading_page("2.2 运维班")
    assert 2 < middle < pages
    assert f"第 {middle} 页 / 共 {pages} 页" in flat(printed.pages[middle - 1])
    assert "第二章 组织机构与职责边界" in flat(printed.pages[middle - 1].split("测试公司内部服务手册")[-1])
    assert flat(printed.pages[-1]).endswith(f"第 {pages} 页 / 共 {pages} 页")

    # the Chinese font is TrueType and embedded; the only other font is reportlab's default,
    # listed on every page but drawing nothing
    used = fonts(printed.reader)
    embedded = {name for name, font in used.items()
                if font["/Subtype"] == "/TrueType" and "/FontFile2" in font["/FontDescriptor"]}
    assert embedded and set(used) - embedded <= {"/Helvetica"}

    # the data in print
    text = compact(printed.text)
    for words in ("配网设备巡视", "财务报销审核", COMMITMENT, "每季度一次", "缺陷上报", "周调度例会", "2026年度轮岗计划",
                  "员工0", "审批：运检部"):
        assert compact(words) in text, words


def test_publishing_prints_the_edition_without_draft_marks(db, filled, tmp_path):
    path = tmp_path / "h.pdf"
    result = build_handbook(db, HandbookOptions(today=date(2026, 5, 20), publish=True), path)
    printed = read_pdf(path)
    cover = flat(printed.pages[0])
    assert "第 1 版" in cover and "2026年5月20日" in cover
    assert "（草稿）" not in printed.text and "草稿，未发布" not in printed.text
    assert f"第 {result.pages} 页 / 共 {result.pages} 页" in flat(printed.pages[-1])


def test_chapters_without_data_are_left_out(db, org, tmp_path):
    item = add_item(db, "DY-01", "配网设备巡视")
    set_roles(db, [(item, org.station, "R")])
    draft = add_plan(db, "草稿轮岗计划")  # a draft is not adopted yet: nothing to print
    set_scope(db, draft, [org.station])
    path = tmp_path / "h.pdf"
    result = build_handbook(db, HandbookOptions(today=TODAY), path)
    assert result.chapters == ("thinking", "organisation", "capability")
    printed = read_pdf(path)
    assert printed.titles(0) == ["第一章 内部服务的五大思维", "第二章 组织机构与职责边界", "第三章 服务能力模型与行为准则"]
    for title in ("协同机制", "内部客户地图", "草稿轮岗计划"):
        assert title not in printed.contents() and title not in printed.text
    assert printed.contents_page("第三章 服务能力模型与行为准则") == printed.heading_page("第三章 服务能力模型与行为准则")


def test_chapters_asked_for_only(db, filled, tmp_path):
    result = build_handbook(db, HandbookOptions(today=TODAY, chapters=("customer_map", "thinking")), tmp_path / "h.pdf")
    assert result.chapters == ("thinking", "customer_map")  # in handbook order
    printed = read_pdf(tmp_path / "h.pdf")
    assert printed.titles(0) == ["第一章 内部服务的五大思维", "第二章 内部客户地图与服务卡"]


HOSTILE = "<b>&amp;</para>"
LONG = "琴瑟琵琶笙箫鼓钹笛筝" * 500  # 5,000 characters, none elsewhere in the handbook
NOTES = "第一行<i>&#x41;\n" + "鲤鲫鳊鲢鳙鲶" * 500 + "\n末行👍🏽"


def test_hostile_text_prints_as_typed(db, filled, tmp_path):
    org = filled.org
    set_unit(db, org.dept, name=f"运检部{HOSTILE}", notes=NOTES)
    with db.write() as s:  # through the table spec: the app's own rules accept all of it
        item = create_row(s, WORK_ITEMS, {"code": "DY-09", "title": f"巡视{HOSTILE}📷检查", "description": LONG},
                          lambda text: text)
    set_roles(db, [(item, org.dept, "R")])
    set_relation(db, filled.inspection, "commitment", f"承诺{HOSTILE}<br/>&lt;👍🏽")
    path = tmp_path / "h.pdf"
    result = build_handbook(db, HandbookOptions(today=TODAY), path)
    printed = read_pdf(path)
    text = compact(printed.text)

    assert "2.3 运检部<b>&amp;</para>" in printed.titles(1)
    assert printed.contents_page(f"2.3 运检部{HOSTILE}") == printed.heading_page(f"2.3 运检部{HOSTILE}")
    assert f"运检部{HOSTILE}服务卡" in printed.titles()
    assert compact(f"巡视{HOSTILE}□检查") in text  # the emoji as one box, as the body prints what the font lacks
    assert compact(f"承诺{HOSTILE}<br/>&lt;□") in text
    assert "第一行<i>&#x41;" in text and "末行□" in text
    assert "👍" not in printed.text and "📷" not in printed.text
    # not a character of the long texts lost or printed twice, whatever the pages they run over
    for ch in set(LONG):
        assert printed.text.count(ch) == LONG.count(ch), ch
    for ch in set("鲤鲫鳊鲢鳙鲶"):
        assert printed.text.count(ch) == NOTES.count(ch), ch
    assert result.pages == len(printed.pages) > 12


def test_hostile_company_name_in_header_and_cover(db, filled, tmp_path):
    set_unit(db, filled.org.company, name=f"测试公司{HOSTILE}🏢")
    path = tmp_path / "h.pdf"
    build_handbook(db, HandbookOptions(today=TODAY), path)
    printed = read_pdf(path)
    assert compact(f"测试公司{HOSTILE}□") in compact(printed.pages[0])
    assert compact(f"测试公司{HOSTILE}□内部服务手册第1版（草稿）") in compact(printed.pages[2])


@pytest.mark.parametrize("station", ["城关供电所配电运维一班", "城关供电所配电运维一班营配合一综合服务试点单位",
                                     "城关供电所配电运维一班营配合一综合服务试点单位" * 3],
                         ids=["chapter shortened", "no room for the chapter", "names cut before the edition"])
def test_long_names_keep_the_running_header_apart_and_on_the_page(db, filled, tmp_path, station):
    set_unit(db, filled.org.company, name="国网某某省电力有限公司某某市某某县供电公司")
    set_unit(db, filled.org.station, name=station)
    path = tmp_path / "h.pdf"
    result = build_handbook(db, HandbookOptions(unit_code="S", today=TODAY), path)
    printed = read_pdf(path)
    left, right = MARGINS["left"], A4[0] - MARGINS["right"]
    chapters = 0
    for page in range(2, result.pages + 1):
        drawn = text_runs(printed.reader, page)
        runs = [r for r in drawn if r.y >= HEADER_Y - 1]
        assert runs and runs[0].x0 >= left - 0.5
        assert runs[0].text.endswith("第 1 版（草稿）")  # the edition is never cut off
        for run, following in zip(runs, runs[1:]):
            assert run.x1 < following.x0, f"page {page}: {run.text!r} runs into {following.text!r}"
        assert runs[-1].x1 <= right + 0.5, f"page {page}: {runs[-1].text!r} runs past the margin"
        footer = drawn[-1]
        assert footer.text == f"第 {page} 页 / 共 {result.pages} 页" and left <= footer.x0 < footer.x1 <= right
        chapters += len(runs) == 2
    if len(station) < 12:  # the chapter's title, shortened, where the names leave room for it
        assert chapters == result.pages - 2


def test_contents_over_several_pages(db, org, tmp_path):
    with db.write() as s:
        teams = [create_row(s, UNITS, {"code": f"T{i:02d}", "name": f"第{i}运维班", "kind": "team",
                                       "parent_id": org.station}, lambda text: text) for i in range(50)]
    for i, team in enumerate(teams):
        add_post(db, team, f"P{i:02d}", "班长")
    path = tmp_path / "h.pdf"
    build_handbook(db, HandbookOptions(today=TODAY, chapters=("organisation",)), path)
    printed = read_pdf(path)
    first = printed.heading_page("第一章 组织机构与职责边界")
    assert first == 4  # the cover, two pages of contents
    labels = ["第一章 组织机构与职责边界"] + [f"1.{i + 2} 第{i}运维班" for i in range(50)] + ["1.53 运检部"]
    for label in labels:
        assert printed.contents_page(label) == printed.heading_page(label), label
    assert flat(printed.pages[2]).startswith("1.47 第45运维班")  # the second page goes on with the entries
    assert "目 录" not in flat(printed.pages[2])
