"""The overview charts as reportlab drawings for the handbook: names in the Chinese font,
shortened to fit, values at the bars' ends, long charts split to fit a page."""

from __future__ import annotations

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgetbase import Widget
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop_app.i18n import msg
from desktop_app.overview import ChartData, Series
from desktop_app.reports.charts import LABEL_SHARE, ROW, chart_drawing, chart_drawings, chart_height
from desktop_app.reports.fonts import cjk_font

WIDTH = 160 * mm
LONG = "很长很长的名字第零号乡镇供电所综合服务班组再加一些字以免放得下"
CHINESE = {"Overdue": "逾期", "Open, not overdue": "未逾期", "No responsible unit": "无责任单位",
           "Action items": "督办事项"}.get


def zh(text: str) -> str:
    return CHINESE(text, text)


def strings(node) -> list[String]:
    """Every String a drawing draws, the charts' own labels included."""
    if isinstance(node, Widget):
        node = node.draw()
    if isinstance(node, String):
        return [node]
    return [s for child in getattr(node, "contents", None) or [] for s in strings(child)]


def texts(drawing: Drawing) -> list[str]:
    return [s.text for s in strings(drawing)]


def actions(categories=("运维检修部", "城关供电所", LONG, "表情😀供电所"), overdue=(3, 1, 0, 2),
            open_=(1, 1, 1, 0)) -> ChartData:
    """Action items by unit; the last category becomes "No responsible unit"."""
    n = len(categories)
    return ChartData("action_items", msg("Open action items by responsible unit"),
                     (*categories[:n - 1], msg("No responsible unit")) if n else (),
                     (Series(msg("Overdue"), tuple(overdue), "#EE6677"),
                      Series(msg("Open, not overdue"), tuple(open_), "#4477AA")),
                     msg("Action items"), stacked=True)


def test_names_values_and_legend_are_drawn_in_chinese(tmp_path):
    drawing = chart_drawing(actions(), WIDTH, translate=zh)
    shown = texts(drawing)
    assert "运维检修部" in shown and "城关供电所" in shown
    assert "无责任单位" in shown  # a made-up category is translated, like the legend and the axis
    assert {"逾期", "未逾期", "督办事项"} <= set(shown)
    totals = [s for s in drawing.contents if isinstance(s, String) and s.text.isdigit()]
    assert [s.text for s in totals] == ["4", "2", "1", "2"]  # each stacked bar's total, top row first
    assert totals[0].x > totals[1].x and totals[0].y > totals[1].y  # at the end of a longer bar, above
    fonts = {s.fontName for s in strings(drawing) if s.text in ("运维检修部", "逾期")}
    assert fonts == {cjk_font()}
    renderPDF.drawToFile(drawing, str(tmp_path / "chart.pdf"))
    assert (tmp_path / "chart.pdf").read_bytes().startswith(b"%PDF")


def test_long_names_are_shortened_to_the_label_column_and_missing_glyphs_boxed():
    drawing = chart_drawing(actions(("运维检修部", LONG, "表情😀供电所", "x")), WIDTH, translate=zh)
    shown = texts(drawing)
    assert LONG not in shown
    cut = next(t for t in shown if t.endswith("…"))
    assert LONG.startswith(cut[:-1]) and len(cut) > 5
    label = next(s for s in strings(drawing) if s.text == cut)
    assert stringWidth(cut, label.fontName, label.fontSize) <= WIDTH * LABEL_SHARE
    assert "表情□供电所" in shown


def test_bars_take_the_series_colours_and_stack():
    drawing = chart_drawing(actions(), WIDTH)
    bars = next(item for item in drawing.contents if isinstance(item, Widget))
    assert bars.categoryAxis.style == "stacked"
    assert [bars.bars[i].fillColor.hexval().upper() for i in range(2)] == ["0XEE6677", "0X4477AA"]
    # reportlab counts rows from the bottom: the first category is the top row
    assert bars.data[0] == (2, 0, 1, 3)


def test_height_grows_with_the_rows():
    three = chart_height(actions(("a", "b", "c"), (1, 1, 1), (0, 0, 0)), WIDTH)
    four = chart_height(actions(), WIDTH)
    assert four - three == ROW
    assert chart_drawing(actions(), WIDTH).height == four


def test_sixty_stations_split_into_parts_that_fit_a_page():
    names = tuple(f"第{i}供电所" for i in range(60))
    chart = actions(names, tuple(i % 5 for i in range(60)), tuple(i % 3 for i in range(60)))
    max_height = 230 * mm
    parts = chart_drawings(chart, WIDTH, max_height)
    assert len(parts) == 2
    assert all(p.height <= max_height and p.width == WIDTH for p in parts)
    # reportlab draws the rows bottom up
    shown = [t for p in parts for t in reversed([t for t in texts(p) if t.startswith("第")])]
    assert shown == list(names[:59])  # each once, in order (the last is "No responsible unit")
    axes = [next(i for i in p.contents if isinstance(i, Widget)).valueAxis.valueMax for p in parts]
    assert axes == [6, 6]  # one scale for every part: the whole chart's longest bar is 6
    assert chart_drawings(actions(), WIDTH, max_height)[0].height == chart_height(actions(), WIDTH)


def test_an_empty_chart_says_so():
    empty = actions((), (), ())
    assert texts(chart_drawing(empty, WIDTH)) == ["暂无数据。"]  # the handbook prints in Chinese
    assert texts(chart_drawing(empty, WIDTH, translate=lambda text: text)) == ["Nothing to report."]
