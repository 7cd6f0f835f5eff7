"""The handbook's paragraph styles and the small pieces every chapter prints with: numbered
headings, texts split into paragraphs, label lines, and ruled tables of any length.

Every text from the database goes through ``reports.fonts.markup`` (escaped, line breaks kept,
glyphs the font lacks shown as □), and long texts print as one paragraph per line, so each can
split across pages.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer

from desktop_app.handbook.pdf_doc import BODY_WIDTH, heading
from desktop_app.reports.fonts import cjk_bold_font, markup, paragraph_styles
from desktop_app.reports.long_table import Column, data_table

__all__ = ["BODY_WIDTH", "Column", "Numbering", "label_line", "labelled_text", "styles", "table", "text_block"]

BODY_SIZE = 11
ORPHAN = 40 * mm  # a heading starts a new page rather than end one with less room below
# a short line opening a numbered part of a text: "一、大局思维", "二、情感协同能力"
_TEXT_HEADING = re.compile(r"^[一二三四五六七八九十]+、\S{1,20}$")


@lru_cache(maxsize=1)
def _styles() -> dict[str, ParagraphStyle]:
    s = paragraph_styles(BODY_SIZE)
    bold = cjk_bold_font()
    s["chapter"] = ParagraphStyle("chapter", s["title"], fontSize=18, leading=26, spaceBefore=4 * mm,
                                  spaceAfter=6 * mm)
    s["section"] = ParagraphStyle("section", s["plain"], fontName=bold, fontSize=13.5, leading=20,
                                  spaceBefore=5 * mm, spaceAfter=2 * mm)
    s["subsection"] = ParagraphStyle("subsection", s["plain"], fontName=bold, fontSize=11.5, leading=17,
                                     spaceBefore=3 * mm, spaceAfter=1.5 * mm)
    s["text_heading"] = ParagraphStyle("text_heading", s["plain"], fontName=bold, spaceBefore=2 * mm)
    s["meta"] = ParagraphStyle("meta", s["plain"], fontSize=9.5, leading=15, textColor=colors.HexColor("#333333"))
    s["caption"] = ParagraphStyle("caption", s["plain"], fontSize=9, leading=13, alignment=TA_CENTER,
                                  spaceBefore=1 * mm, spaceAfter=3 * mm)
    s["figure_note"] = ParagraphStyle("figure_note", s["plain"], fontSize=8, leading=11, alignment=TA_CENTER,
                                      textColor=colors.HexColor("#555555"))
    s["cell"] = ParagraphStyle("cell", s["table"], fontSize=8.5, leading=11.5, alignment=TA_LEFT)
    s["cell_head"] = ParagraphStyle("cell_head", s["table_head"], fontSize=8.5, leading=11.5)
    s["cell_note"] = ParagraphStyle("cell_note", s["cell"], fontSize=7.5, leading=10,
                                    textColor=colors.HexColor("#555555"))
    s["cover_title"] = ParagraphStyle("cover_title", s["title"], fontSize=34, leading=46)
    s["cover_sub"] = ParagraphStyle("cover_sub", s["subtitle"], fontSize=16, leading=24)
    s["cover_line"] = ParagraphStyle("cover_line", s["plain"], fontSize=13, leading=22, alignment=TA_CENTER)
    s["toc_title"] = ParagraphStyle("toc_title", s["chapter"])
    return s


def styles() -> dict[str, ParagraphStyle]:
    """The styles (shared: do not change them; copy a style to vary it)."""
    return _styles()


class Numbering:
    """Heading numbers and unique bookmark keys: chapters 第一章…, sections N.M."""

    CHINESE = "一二三四五六七八九十"

    def __init__(self) -> None:
        self.chapter = 0
        self.section = 0
        self.keys = 0
        self.figures = 0

    def key(self) -> str:
        self.keys += 1
        return f"h{self.keys}"

    def chapter_heading(self, title: str, numbered: bool = True) -> list:
        self.section = self.figures = 0
        if numbered:
            self.chapter += 1
            label = f"第{self.CHINESE[self.chapter - 1] if self.chapter <= 10 else self.chapter}章\u3000{title}"
        else:
            label = title
        return [heading(markup(label), styles()["chapter"], 0, label, self.key())]

    def section_heading(self, title: str, level: int = 1) -> list:
        """A numbered section ("2.3 运维检修部"), kept off the foot of a page."""
        self.section += 1
        label = f"{self.chapter}.{self.section}\u3000{title}" if self.chapter else title
        return [CondPageBreak(ORPHAN), heading(markup(label), styles()["section"], level, label, self.key())]

    def figures_of(self, figures: list[tuple]) -> list:
        """Each (drawing, title, note) kept with its caption under it: "图 3-1 title", and the
        note (what the figure counts) in small print below."""
        out = []
        for drawing, title, note in figures:
            self.figures += 1
            caption = f"图 {self.chapter}-{self.figures}\u3000{title}" if self.chapter else f"图 {self.figures}\u3000{title}"
            parts = [Spacer(1, 2 * mm), drawing, Paragraph(markup(caption), styles()["caption"])]
            if note:
                parts.insert(3, Paragraph(markup(note), styles()["figure_note"]))
            out.append(KeepTogether(parts))
        return out

    def subsection(self, title: str, outline: bool = False) -> list:
        if outline:
            return [CondPageBreak(ORPHAN * 0.7), heading(markup(title), styles()["subsection"], 2, title, self.key())]
        return [CondPageBreak(ORPHAN * 0.7), Paragraph(markup(title), styles()["subsection"])]


def text_block(text: str) -> list:
    """A text as paragraphs, one a line (empty lines dropped); short numbered lines such as
    "一、大局思维" print as bold run-in headings."""
    out = []
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        if _TEXT_HEADING.match(line):
            out += [CondPageBreak(ORPHAN * 0.5), Paragraph(markup(line), styles()["text_heading"])]
        else:
            out.append(Paragraph(markup(line), styles()["body"]))
    return out


def label_line(pairs: Sequence[tuple[str, str]]) -> Paragraph:
    """"类别：职能部室　上级单位：生产条线" — bold labels, values as typed; empty values left out."""
    parts = [f"<b>{markup(k)}：</b>{markup(v)}" for k, v in pairs if v]
    return Paragraph("\u3000\u3000".join(parts), styles()["meta"])


def labelled_text(label: str, text: str) -> list:
    """A label and a long text under it, one paragraph a line."""
    lines = [x for x in text.split("\n") if x.strip()]
    if not lines:
        return []
    s = styles()
    return [Paragraph(f"<b>{markup(label)}：</b>{markup(lines[0])}", s["meta"])] + [
        Paragraph(markup(x), s["meta"]) for x in lines[1:]]


def table(columns: Sequence[Column], records: Sequence[Sequence[str]],
          notes: dict[tuple[int, int], str] | None = None) -> list:
    s = styles()
    return [Spacer(1, 1 * mm), data_table(columns, records, BODY_WIDTH, s["cell"], s["cell_head"], notes=notes,
                                          note_style=s["cell_note"]), Spacer(1, 2 * mm)]

