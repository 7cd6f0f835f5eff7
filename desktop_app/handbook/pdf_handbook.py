"""The whole handbook as a PDF: cover, contents, the chapters chosen (those with data), and the
appendix of changes since the previous edition."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.platypus import NextPageTemplate, PageBreak, Paragraph, Spacer

from desktop_app.handbook.chapters import chapter
from desktop_app.handbook.content import HandbookContent
from desktop_app.handbook.pdf_coordination import coordination_chapter
from desktop_app.handbook.pdf_customer_map import customer_map_chapter
from desktop_app.handbook.pdf_doc import HandbookDoc, contents_styles
from desktop_app.handbook.pdf_organisation import organisation_chapter
from desktop_app.handbook.pdf_parts import Column, Numbering, styles, table, text_block
from desktop_app.handbook.snapshot import Change
from desktop_app.meeting.minutes import date_text
from desktop_app.reports.fonts import markup

__all__ = ["Edition", "PreviousEdition", "write_handbook_pdf"]

VALUE_CHARS = 120  # of an old or new value in the changes appendix


@dataclass(frozen=True)
class Edition:
    number: int
    on: date
    draft: bool

    @property
    def label(self) -> str:
        return f"第 {self.number} 版" + ("（草稿）" if self.draft else "")


@dataclass(frozen=True)
class PreviousEdition:
    number: int
    on: date
    changes: tuple[Change, ...]


def write_handbook_pdf(content: HandbookContent, chapters: Sequence[str], edition: Edition,
                       previous: PreviousEdition | None, path: Path | str,
                       report: Callable[[int, int], None] | None = None) -> int:
    """Writes the handbook to ``path`` and returns its page count. ``chapters`` are the keys to print, in order, each with
    data (the caller leaves the others out). ``report(done, total)`` is called as the layout
    goes and may raise to stop it."""
    title = "内部服务手册"
    scope = content.scope.unit_name
    header = f"{content.company}{title}" + (f" · {scope}" if scope else "")
    s = styles()
    doc = HandbookDoc(str(path), header, edition.label, f"{content.company}{title}" + (f"（{scope}）" if scope else ""),
                      content.company, contents_styles(s["plain"], s["label"].fontName))
    story: list = []
    n = Numbering()
    for key in chapters:
        name = chapter(key).title
        if story:
            story.append(PageBreak())
        if key == "thinking":
            story += n.chapter_heading(content.texts["five_ways_of_thinking"].title or name)
            story += text_block(content.texts["five_ways_of_thinking"].body)
        elif key == "organisation":
            story += organisation_chapter(content, n, name)
        elif key == "customer_map":
            story += customer_map_chapter(content, n, name)
        elif key == "capability":
            story += n.chapter_heading(name)
            for text_key in ("service_capability_model", "code_of_conduct"):
                text = content.texts[text_key]
                if text.body.strip():
                    story += n.section_heading(text.title) + text_block(text.body)
        elif key == "coordination":
            story += coordination_chapter(content, n, name)
        elif key == "changes" and previous is not None:
            story += _changes(n, edition, previous)
    story = (_cover(content, edition) + doc.reserve_contents(story, Paragraph("目\u3000\u3000录", s["toc_title"]))
             + story)
    if report is not None:
        total = len(story)
        doc.check = lambda done: report(min(done, total - 1), total)
    doc.build_all(story)
    return doc.page


def _cover(c: HandbookContent, edition: Edition) -> list:
    s = styles()
    out = [Spacer(1, 55 * mm), Paragraph(markup(c.company), s["cover_sub"]), Spacer(1, 6 * mm),
           Paragraph("内部服务手册", s["cover_title"])]
    if c.scope.unit_name:
        out.append(Paragraph(markup(f"（{c.scope.unit_name}分册）"), s["cover_sub"]))
    out += [Spacer(1, 70 * mm), Paragraph(markup(edition.label), s["cover_line"]),
            Paragraph(date_text(edition.on), s["cover_line"])]
    if edition.draft:
        out.append(Paragraph("草稿，未发布", s["cover_line"]))
    return out + [NextPageTemplate("body"), PageBreak()]


def _changes(n: Numbering, edition: Edition, previous: PreviousEdition) -> list:
    s = styles()
    out = n.chapter_heading(f"附录\u3000{chapter('changes').title}", numbered=False)
    if not previous.changes:
        out.append(Paragraph(f"与第 {previous.number} 版（{date_text(previous.on)}）相比，本版内容没有变更。", s["body"]))
        return out
    out.append(Paragraph(f"与第 {previous.number} 版（{date_text(previous.on)}）相比，{edition.label}共有 "
                         f"{len(previous.changes)} 处变更，按类别列出如下。", s["body"]))
    records = []
    for ch in previous.changes:
        if ch.operation == "修改":
            details = "\n".join(f"{f}：{_short(old) or '（空）'} → {_short(new) or '（空）'}" for f, old, new in ch.fields)
        else:
            details = "\n".join(f"{f}：{_short(old or new)}" for f, old, new in ch.fields)
        records.append((ch.kind, ch.name, ch.operation, details))
    return out + table([Column("类别", 27 * mm), Column("对象", 46 * mm), Column("变更", 12 * mm, TA_CENTER),
                        Column("内容", None)], records)


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= VALUE_CHARS else text[:VALUE_CHARS - 1] + "\u2026"
