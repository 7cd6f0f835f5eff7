"""Long tables of printed PDFs (reports.long_table, used by every handbook table): a cell of
thousands of characters splits across pages, the header row repeats on each page, each page's
part is closed by a rule, and not a character is lost."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate

from desktop_app.reports.fonts import fake_bold_canvas, paragraph_styles
from desktop_app.reports.long_table import RULE, Column, chunks, data_table
from tests.desktop_app.handbook.helpers import flat, read_pdf

COLUMNS = [Column("编号", 18 * mm), Column("事项", 40 * mm), Column("说明", None)]
LONG = "琴瑟琵琶笙箫鼓钹笛筝" * 600  # 6,000 characters on one line
LINES = "\n".join(f"鲤鲫鳊鲢鳙鲶{i}" for i in range(400))  # 400 short lines
WIDTH = A4[0] - 40 * mm


def build(path, records, notes=None):
    s = paragraph_styles(10)
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm)
    doc.build([data_table(COLUMNS, records, WIDTH, s["table"], s["table_head"], notes=notes, note_style=s["small"])],
              canvasmaker=fake_bold_canvas())
    return read_pdf(path)


def test_a_huge_cell_splits_across_pages_under_a_repeated_header(tmp_path):
    printed = build(tmp_path / "t.pdf", [("A-1", "短事项", LONG), ("A-2", "逐行说明", LINES), ("A-3", "末项", "完")])
    assert len(printed.pages) >= 4
    for text in printed.pages:
        assert flat(text).startswith("编号 事项 说明")  # the header row first on every page
        assert flat(text).count("编号 事项 说明") == 1
    whole = "".join(printed.pages)
    for ch in set(LONG) | set("鲤鲫鳊鲢鳙鲶"):
        assert whole.count(ch) == LONG.count(ch) + LINES.count(ch), ch
    assert all(f"鲤鲫鳊鲢鳙鲶{i}" in whole for i in range(400))  # each line whole, in order below
    assert whole.index("鲤鲫鳊鲢鳙鲶0") < whole.index("鲤鲫鳊鲢鳙鲶399") < whole.index("末项")
    assert whole.count("A-1") == whole.count("A-2") == whole.count("A-3") == 1  # a record's code once


def test_a_long_note_under_a_short_cell_splits_too(tmp_path):
    printed = build(tmp_path / "t.pdf", [("B-1", "有说明的事项", "短"), ("B-2", "无说明", "短")],
                    notes={(0, 1): LONG})
    assert len(printed.pages) >= 2
    assert all(flat(t).startswith("编号 事项 说明") for t in printed.pages)
    whole = "".join(printed.pages)
    for ch in set(LONG):
        assert whole.count(ch) == LONG.count(ch), ch
    assert whole.index("有说明的事项") < whole.index("琴") and whole.rindex("筝") < whole.index("B-2")


def test_every_page_part_ends_with_a_rule():
    s = paragraph_styles(10)
    table = data_table(COLUMNS, [("C-1", "事项", LONG)], WIDTH, s["table"], s["table_head"])
    pages = []
    while True:  # as a document lays it out: the rest of the table split again on each page
        table.wrap(WIDTH, 80 * mm)
        parts = table.split(WIDTH, 80 * mm)
        if len(parts) < 2:
            break
        pages.append(parts[0])
        table = parts[1]
    assert len(pages) >= 3
    for part in pages:
        assert ("LINEBELOW", (0, -1), (-1, -1), RULE) in [tuple(c[:4]) for c in part._linecmds]


def test_chunks_cut_long_text_without_losing_any():
    pieces = chunks(LONG, 20, 14)
    assert len(pieces) == -(-len(LONG) // (20 * 14)) and all(len(p) <= 20 * 14 for p in pieces)
    assert "".join(pieces) == LONG
    pieces = chunks(LINES, 20, 14)
    assert all(p.count("\n") < 14 for p in pieces)
    assert "\n".join(pieces) == LINES  # cut at line breaks only
    assert chunks("短", 20, 14) == ["短"]
