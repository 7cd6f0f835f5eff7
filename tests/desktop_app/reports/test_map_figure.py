"""The customer map as printed figures: every unit and one arrow per pair in the app's colours,
a unit's own map, the split by business line when the company map would print too small,
hostile and very long names, and the PDF itself."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Group, Path, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop_app.customer_map.graph import MapFilter, load_map
from desktop_app.customer_map.map_style import ARROW_RGBA, COMMITTED, DRAFT, INACTIVE_TEXT, MISSING, TEXT
from desktop_app.model import Position, Unit
from desktop_app.reports.fonts import cjk_font
from desktop_app.reports.map_drawing import PADDING
from desktop_app.reports.map_figure import MIN_LABEL_SIZE, map_figure, map_figures
from tests.desktop_app.customer_map.helpers import add_relation
from tests.factories import make_org

WIDTH, HEIGHT = 453.0, 680.0  # the handbook's A4 frame, 160 × 240 mm
HOSTILE = "<b>&amp;</b> 👍🏽" + "很长的单位名称" * 60


@pytest.fixture
def org(db):
    return make_org(db)


def figures(db, unit_id=None, width=WIDTH, height=HEIGHT, **kw):
    with db.read() as s:
        return map_figures(s, unit_id, width=width, max_height=height, **kw)


def shapes(node):
    for item in node.contents:
        if isinstance(item, Group):
            yield from shapes(item)
        else:
            yield item


NAME_COLOURS = (colors.HexColor(TEXT), colors.HexColor(INACTIVE_TEXT))


def labels(fig) -> dict[str, String]:
    """The unit names as printed (centred, at the figure's label size, in a name's colour), by text."""
    return {s.text: s for s in shapes(fig.drawing) if isinstance(s, String) and s.textAnchor == "middle"
            and s.fontSize == pytest.approx(fig.label_size) and s.fillColor in NAME_COLOURS}


def box_of(fig, label: String) -> Rect:
    """The smallest rectangle around a label's anchor: its unit's box."""
    around = [r for r in shapes(fig.drawing) if isinstance(r, Rect)
              and r.x <= label.x <= r.x + r.width and r.y <= label.y <= r.y + r.height]
    return min(around, key=lambda r: r.width * r.height)


def inside(point, rect: Rect, margin: float) -> bool:
    x, y = point
    return rect.x - margin <= x <= rect.x + rect.width + margin and rect.y - margin <= y <= rect.y + rect.height + margin


def assert_names_clear_of_badges(fig) -> int:
    """Every name lies left of the badges on its box; returns how many badges there are."""
    count = 0
    for text, label in labels(fig).items():
        box = box_of(fig, label)
        pills = [r for r in shapes(fig.drawing) if isinstance(r, Rect) and r is not box
                 and box.x <= r.x and r.x + r.width <= box.x + box.width and box.y <= r.y <= box.y + box.height]
        right = label.x + stringWidth(text, cjk_font(), label.fontSize) / 2
        assert all(right <= r.x for r in pills), text
        count += len(pills)
    return count


def arrows(fig) -> dict[tuple[str, str], tuple[Path, Polygon]]:
    """(provider name, customer name) → (curve, head), for each arrow between two unit boxes:
    the curve starts at the provider's box and the head's tip touches the customer's."""
    items = list(shapes(fig.drawing))
    boxes = {text: box_of(fig, s) for text, s in labels(fig).items()}
    found = {}
    for curve, head in zip(items, items[1:]):
        if not (isinstance(curve, Path) and isinstance(head, Polygon)):
            continue
        start = [n for n, b in boxes.items() if inside(curve.points[:2], b, 3 * fig.label_size / 12)]
        tip = [n for n, b in boxes.items() if inside(head.points[:2], b, 1)]
        if start and tip:
            assert (start[0], tip[0]) not in found, "one arrow per pair"
            found[(start[0], tip[0])] = (curve, head)
    return found


def style_of(curve: Path, head: Polygon) -> str:
    r, g, b, a = (round(v * 255) for v in curve.strokeColor.rgba())
    style = next(k for k, rgba in ARROW_RGBA.items() if rgba == (r, g, b, a))
    assert head.fillColor.rgba() == curve.strokeColor.rgba()
    assert (curve.strokeDashArray is not None) == (style == DRAFT)
    return style


def test_the_company_map_shows_every_unit_and_one_arrow_per_pair_in_its_state(db, org):
    add_relation(db, "unit", org.dept, org.station, "安全检查", commitment="五日内反馈", status="active")
    add_relation(db, "unit", org.dept, org.station, "技术培训")  # a draft beside it: still green
    add_relation(db, "unit", org.team, org.dept, "缺陷上报", status="active")  # no commitment
    add_relation(db, "unit", org.station, org.dept, "月报")  # drafts only
    add_relation(db, "unit", org.dept, org.company, "年报", status="retired")  # not on the map
    [fig] = figures(db)
    assert fig.line_id is None and fig.title == "组织客户地图（全公司）"
    with db.read() as s:
        graph = load_map(s, MapFilter())
    assert set(labels(fig)) == {n.name for n in graph.nodes.values()} == {"城关供电所", "运维班", "运检部"}
    texts = {s.text for s in shapes(fig.drawing) if isinstance(s, String)}
    assert {"生产条线", "测试公司", "已有服务承诺", "缺少服务承诺", "仅有草稿"} <= texts  # bands and legend
    found = arrows(fig)
    assert {pair: style_of(*arrow) for pair, arrow in found.items()} == {
        ("运检部", "城关供电所"): COMMITTED, ("运维班", "运检部"): MISSING, ("城关供电所", "运检部"): DRAFT}
    curves = [p for p in shapes(fig.drawing) if isinstance(p, Path)]
    assert len(curves) == len(found) + 3  # the rest are the legend's samples
    two = found[("运检部", "城关供电所")][0].strokeWidth
    assert two > found[("运维班", "运检部")][0].strokeWidth  # two relations draw thicker
    assert fig.drawing.width == WIDTH and fig.drawing.height <= HEIGHT
    assert fig.label_size == pytest.approx(9.0)  # a small map prints at the largest size


def test_a_unit_figure_holds_only_the_unit_and_its_partners(db, org):
    add_relation(db, "unit", org.dept, org.station, "安全检查", commitment="五日内反馈", status="active")
    add_relation(db, "unit", org.team, org.dept, "缺陷上报")
    [fig] = figures(db, org.station)
    assert fig.title == "组织客户地图：城关供电所" and fig.line_id is None
    assert set(labels(fig)) == {"城关供电所", "运检部"}
    assert set(arrows(fig)) == {("运检部", "城关供电所")} and fig.relations == 1
    [alone] = figures(db, org.company)  # no relations: the unit alone, and the note instead of a legend
    assert set(labels(alone)) == {"测试公司"} and arrows(alone) == {} and alone.relations == 0
    assert "暂无服务关系" in {s.text for s in shapes(alone.drawing) if isinstance(s, String)}
    assert figures(db, "no-such-unit") == []


def test_internal_post_relations_are_a_badge_with_their_count(db, org):
    with db.write() as s:
        deputy = Position(code="P-DEP", name="副所长", unit_id=org.station, category="management", quota=1)
        s.add(deputy)
        s.flush()
        deputy = deputy.id
    add_relation(db, "position", org.head, deputy, "工作安排", commitment="当日", status="active")
    add_relation(db, "position", deputy, org.head, "情况汇报")
    add_relation(db, "position", org.clerk, org.head, "作业指导", commitment="三日内", status="active")
    [fig] = figures(db, org.station, level="position")
    assert fig.title == "岗位客户地图：城关供电所"
    texts = [s.text for s in shapes(fig.drawing) if isinstance(s, String)]
    assert texts.count("内部 2 项") == 1 and "单位内部的服务关系" in texts
    assert set(arrows(fig)) == {("运检部", "城关供电所")}  # the internal ones are no arrows
    badge = next(s for s in shapes(fig.drawing) if isinstance(s, String) and s.text == "内部 2 项")
    assert box_of(fig, badge) is not box_of(fig, labels(fig)["城关供电所"])  # its own pill …
    assert inside((badge.x, badge.y), box_of(fig, labels(fig)["城关供电所"]), 0)  # … on the station's box
    assert assert_names_clear_of_badges(fig) == 1


def add_lines(db, org, lines: int, stations: int) -> list[list[str]]:
    """``lines`` more business lines of ``stations`` supply stations each; their ids."""
    ids = []
    with db.write() as s:
        company = s.get(Unit, org.company)
        for i in range(lines):
            line = Unit(code=f"L{i}", name=f"第{i}条线", kind="line", parent_id=company.id, sort_order=10 + i)
            s.add(line)
            s.flush()
            units = [Unit(code=f"L{i}S{j}", name=f"第{i}线供电所{j}", kind="station", parent_id=line.id,
                          sort_order=100 * i + j) for j in range(stations)]
            s.add_all(units)
            s.flush()
            ids.append([u.id for u in units])
    return ids


def test_a_company_map_too_big_to_read_is_split_by_line(db, org):
    stations = add_lines(db, org, 5, 9)
    for line in stations:
        add_relation(db, "unit", line[0], line[1], "抄表", commitment="按月", status="active")
    add_relation(db, "unit", stations[0][2], stations[3][4], "支援")  # between two lines
    add_relation(db, "unit", org.dept, org.station, "安全检查")
    width, height = 320.0, 420.0
    with db.read() as s:
        graph = load_map(s, MapFilter())
    assert map_figure(graph, "", width, height).label_size < MIN_LABEL_SIZE  # one figure would be too small
    parts = figures(db, width=width, height=height)
    assert [f.line_id for f in parts] == [g.id for g in graph.groups]
    assert parts[-1].title == "组织客户地图：测试公司直属单位" and parts[1].title == "组织客户地图：第0条线"
    for fig in parts:
        assert fig.label_size >= MIN_LABEL_SIZE
        assert all(s.fontSize >= MIN_LABEL_SIZE for s in shapes(fig.drawing) if isinstance(s, String))
        assert fig.drawing.width == width and fig.drawing.height <= height
        group = next(g for g in graph.groups if g.id == fig.line_id)
        assert {graph.nodes[n].name for n in group.node_ids} <= set(labels(fig))
    assert set().union(*(labels(f) for f in parts)) == {n.name for n in graph.nodes.values()}
    across = ("第0线供电所2", "第3线供电所4")
    assert [f.line_id for f in parts if across in arrows(f)] == [graph.groups[1].id, graph.groups[4].id]
    assert len(figures(db, width=2000, height=2000)) == 1  # room enough: no split


def test_hostile_and_very_long_names_are_shortened_inside_their_box(db, org, tmp_path):
    with db.write() as s:
        s.get(Unit, org.station).name = HOSTILE
        s.get(Unit, org.dept).name = "运检\n部\t&lt;"
    add_relation(db, "unit", org.dept, org.station, "安全检查", commitment="五日内反馈", status="active")
    [fig] = figures(db)
    printed = labels(fig)
    long = next(text for text in printed if text.startswith("<b>&amp;</b> □"))  # literal, emoji as □
    assert long.endswith("…") and len(long) < 60
    assert "运检 部 &lt;" in printed  # one line, markup-like text kept
    assert ("运检 部 &lt;", long) in arrows(fig)
    font = cjk_font()
    for text, label in printed.items():
        box = box_of(fig, label)
        half = stringWidth(text, font, label.fontSize) / 2
        room = PADDING * fig.label_size / 12
        assert box.x + room * 0.9 <= label.x - half and label.x + half <= box.x + box.width - room * 0.9
        assert 0 <= box.x and box.x + box.width <= fig.drawing.width
    [own] = figures(db, org.station)
    assert own.title.startswith("组织客户地图：<b>&amp;</b> 👍🏽很长") and own.title.endswith("…")  # plain text
    assert len(own.title) < 60 and long in labels(own)
    out = tmp_path / "map.pdf"
    renderPDF.drawToFile(fig.drawing, str(out))
    data = out.read_bytes()
    assert data.startswith(b"%PDF-") and b"/FontFile2" in data  # the Chinese font is embedded
    tool = shutil.which("pdftotext")
    if tool:
        text = subprocess.run([tool, str(out), "-"], capture_output=True, text=True, check=True).stdout
        assert "<b>&amp;</b> □很长的单位名称" in text and "已有服务承诺" in text


def test_every_figure_renders_to_pdf_and_inactive_units_are_grey(db, org, tmp_path):
    add_relation(db, "unit", org.dept, org.station, "安全检查", commitment="五日内反馈", status="active")
    add_relation(db, "unit", org.station, org.dept, "月报")
    with db.write() as s:
        s.get(Unit, org.team).active = False
    add_relation(db, "unit", org.team, org.dept, "缺陷上报")
    for i, fig in enumerate([*figures(db), *figures(db, org.station), *figures(db, level="position")]):
        out = tmp_path / f"{i}.pdf"
        renderPDF.drawToFile(fig.drawing, str(out))
        assert out.read_bytes().startswith(b"%PDF-")
    [fig] = figures(db)
    team, dept = (box_of(fig, labels(fig)[name]) for name in ("运维班", "运检部"))
    assert team.strokeDashArray and team.fillColor == colors.HexColor("#f5f5f5")  # inactive: grey, dashed
    assert labels(fig)["运维班"].fillColor == colors.HexColor(INACTIVE_TEXT)
    assert not dept.strokeDashArray and dept.fillColor == colors.HexColor("#dce7f2")
    assert "已停用单位" in {s.text for s in shapes(fig.drawing) if isinstance(s, String)}


def test_a_line_too_big_with_its_partners_shows_its_own_units_and_counts_the_rest(db, org):
    first, second = add_lines(db, org, 2, 48)
    for j, a in enumerate(first[:16]):  # each with three customers in the other line
        for b in second[3 * j:3 * j + 3]:
            add_relation(db, "unit", a, b, "支援", commitment="随叫随到", status="active")
    add_relation(db, "unit", first[0], first[1], "抄表", commitment="按月", status="active")
    with db.write() as s:  # the line's other stations are closed: not on the map
        for unit in first[16:]:
            s.get(Unit, unit).active = False
    width, height = 300.0, 400.0
    with db.read() as s:
        graph = load_map(s, MapFilter())
        with_partners = load_map(s, MapFilter(line_id=graph.groups[1].id))
    assert map_figure(with_partners, "", width, height).label_size < MIN_LABEL_SIZE
    parts = {f.line_id: f for f in figures(db, width=width, height=height)}
    fig = parts[graph.groups[1].id]
    assert fig.title == "组织客户地图：第0条线" and fig.label_size >= MIN_LABEL_SIZE
    assert set(labels(fig)) == {f"第0线供电所{j}" for j in range(16)}  # no unit of the other line
    assert set(arrows(fig)) == {("第0线供电所0", "第0线供电所1")}
    texts = [s.text for s in shapes(fig.drawing) if isinstance(s, String)]
    assert texts.count("跨线 3") == 16 and "跨线 N：与其他条线的 N 项服务关系（未画出）" in texts
    assert min(s.fontSize for s in shapes(fig.drawing) if isinstance(s, String)) >= MIN_LABEL_SIZE
    badge = next(s for s in shapes(fig.drawing) if isinstance(s, String) and s.text == "跨线 3")
    assert any(inside((badge.x, badge.y), box_of(fig, label), 0) for label in labels(fig).values())
    assert assert_names_clear_of_badges(fig) == 16
