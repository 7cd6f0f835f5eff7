"""A unit's handbook: the unit and the units below it, not the rest of the company; an
unknown unit is refused with a message that names it."""

from __future__ import annotations

import pytest

from desktop_app.handbook.build import HandbookOptions, build_handbook
from desktop_app.handbook.content import ScopeError
from desktop_app.i18n import translator
from tests.desktop_app.handbook.helpers import TODAY, compact, flat, folder, read_pdf


def test_a_station_prints_itself_and_its_teams(db, filled, tmp_path):
    org = filled.org
    by_code = build_handbook(db, HandbookOptions(unit_code="S", today=TODAY), tmp_path / "s.pdf")
    by_id = build_handbook(db, HandbookOptions(unit_id=org.station, today=TODAY), tmp_path / "s2.pdf")
    assert by_code.chapters == by_id.chapters == (
        "thinking", "organisation", "customer_map", "capability", "coordination")
    printed = read_pdf(tmp_path / "s.pdf")
    assert read_pdf(tmp_path / "s2.pdf").titles() == printed.titles()

    assert "（城关供电所分册）" in flat(printed.pages[0])
    assert "测试公司内部服务手册 · 城关供电所 第 1 版（草稿）" in flat(printed.pages[-1])
    assert printed.titles(1)[:2] == ["2.1 城关供电所", "2.2 运维班"]  # the station and its team
    units = [t for t in printed.titles(1) if t.startswith("2.")]
    assert units == ["2.1 城关供电所", "2.2 运维班"]
    assert "城关供电所服务卡" in printed.titles() and "运检部服务卡" not in printed.titles()
    text = compact(printed.text)
    assert "配网设备巡视" in text and "安全工器具检测" in text  # held by the station and by its team
    assert "财务报销审核" not in text  # the department's own duty
    assert "专责" not in text  # the department's post
    assert "2026年度轮岗计划" in text  # a plan covering the station


def test_a_department_does_not_print_the_station(db, filled, tmp_path):
    build_handbook(db, HandbookOptions(unit_code="D", today=TODAY), tmp_path / "d.pdf")
    printed = read_pdf(tmp_path / "d.pdf")
    assert [t for t in printed.titles(1) if t.startswith("2.")] == ["2.1 运检部"]
    assert "财务报销审核" in compact(printed.text)
    assert "P-HEAD" not in printed.text  # the station head's post


@pytest.mark.parametrize("options", [dict(unit_code="NOPE"), dict(unit_id="no-such-id")])
def test_an_unknown_unit_is_refused_and_nothing_written(db, filled, tmp_path, options):
    target = tmp_path / "x.pdf"
    with pytest.raises(ScopeError) as raised:
        build_handbook(db, HandbookOptions(today=TODAY, **options), target)
    name = next(iter(options.values()))
    assert raised.value.message.render(translator("en")) == f"There is no unit with code \u201c{name}\u201d."
    assert name in str(raised.value)
    assert not target.exists() and not [n for n in folder(tmp_path) if n.endswith(".part")]


def test_a_unit_without_relations_has_no_customer_map_chapter(db, filled, tmp_path):
    # 运维班 provides and receives nothing: its map would be a lone box saying "暂无服务关系"
    result = build_handbook(db, HandbookOptions(unit_code="T", today=TODAY), tmp_path / "t.pdf")
    assert result.chapters == ("thinking", "organisation", "capability", "coordination")
    printed = read_pdf(tmp_path / "t.pdf")
    assert "内部客户地图" not in printed.text
    assert [t for t in printed.titles(1) if t.startswith("2.")] == ["2.1 运维班"]
