"""The handbook's page layout: A4 with a cover page, running header (the edition and the current
chapter) and footer ("第 N 页 / 共 M 页"), a table of contents with page numbers, and PDF
bookmarks for every heading made with ``heading()``.

The document is laid out once. reportlab's own contents need two or three full passes (the
contents' numbers can only be known after the layout); a 300-page handbook would take three
times as long. Instead the contents' entries are known before the layout (the headings are in
the story), so their pages are planned first and reserved: each contents page draws a PDF form
that is filled in once the layout has found every heading's page (PDF forms may be defined
after their use). Each entry links to its heading.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate, Paragraph

from desktop_app import APP_TITLE
from desktop_app.reports.fonts import cjk_font, drawable
from desktop_app.reports.numbered_canvas import numbered_canvas

__all__ = ["BODY_HEIGHT", "BODY_WIDTH", "HandbookDoc", "heading"]

MARGINS = dict(left=22 * mm, right=20 * mm, top=24 * mm, bottom=20 * mm)
BODY_WIDTH = A4[0] - MARGINS["left"] - MARGINS["right"]
BODY_HEIGHT = A4[1] - MARGINS["top"] - MARGINS["bottom"]
HEADER_Y = A4[1] - 14 * mm
FOOTER_Y = 10 * mm
GREY = colors.HexColor("#555555")
OUTLINE_CHARS = 60  # of a bookmark's title
HEADER_CHARS = 30  # of the chapter's title in the running header
HEADER_SIZE = 8.5
HEADER_MIN_SIZE = 6.5  # a long company and unit name print smaller, down to this, before being cut
HEADER_GAP = 6 * mm  # between the header's left part and the chapter's title
PAGE_NO_W = 14 * mm  # the contents' page number column
LEVEL_INDENT = 7 * mm


def heading(markup_text: str, style, level: int, title: str, key: str) -> Paragraph:
    """A heading paragraph that becomes a contents entry and a bookmark at ``level`` (0
    chapters, 1 sections, 2 below). ``title`` is its plain text (bookmarks and the running
    header), ``key`` a name unique in the document."""
    p = Paragraph(markup_text, style)
    p.outline = (level, title, key)
    return p


@dataclass
class _Entry:
    level: int
    para: Paragraph  # the entry's text, wrapped to its column
    key: str
    height: float = 0.0


class _ReservedPage(Flowable):
    """A contents page: fills the frame and draws the form that ``finish`` defines later."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab's names
        self.width, self.height = availWidth, availHeight
        return availWidth, availHeight

    def draw(self) -> None:
        self.canv.doForm(self.name)


class HandbookDoc(BaseDocTemplate):
    def __init__(self, path: str, header_left: str, header_label: str, title: str, author: str,
                 toc_styles: Sequence[ParagraphStyle], check: Callable[[int], None] | None = None) -> None:
        """``header_left`` (company and unit) and ``header_label`` (the edition) head every page
        but the cover; names too long for the line are cut, never the label."""
        super().__init__(path, pagesize=A4, title=title, author=author, subject="内部服务手册", creator=APP_TITLE,
                         leftMargin=MARGINS["left"], rightMargin=MARGINS["right"], topMargin=MARGINS["top"],
                         bottomMargin=MARGINS["bottom"])
        self.header_left = header_left
        self.header_label = header_label
        self.check = check
        self.toc_styles = toc_styles
        self.chapter = ""
        self.flowables_done = 0
        self.pages_of: dict[str, int] = {}
        self.toc_pages: list[list[_Entry]] = []
        self.toc_first_page = 0
        self.toc_room = 0.0  # height left for entries under the contents' title
        self.toc_links: dict[int, list[tuple[tuple[float, float, float, float], str]]] = {}  # page -> links
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("cover", [frame]),
                               PageTemplate("body", [frame], onPageEnd=self._decorate)])

    # --- contents --------------------------------------------------------------------------

    def reserve_contents(self, story: list, title: Flowable) -> list:
        """The flowables of the contents pages for the headings in ``story``: ``title`` on the
        first, each page a reserved form. Plans which entries go on which page."""
        entries = []
        text_width = self.width - PAGE_NO_W
        for f in story:
            outline = getattr(f, "outline", None)
            if outline:
                level = min(outline[0], len(self.toc_styles) - 1)
                para = Paragraph(f.text, self.toc_styles[level])
                _, h = para.wrap(text_width - level * LEVEL_INDENT, self.height)
                entries.append(_Entry(level, para, outline[2], h + para.style.spaceBefore))
        _, title_height = title.wrap(self.width, self.height)
        room = self.toc_room = self.height - title_height - title.getSpaceAfter()
        page: list[_Entry] = []
        for e in entries:
            if page and room < e.height:
                self.toc_pages.append(page)
                page, room = [], self.height
            page.append(e)
            room -= e.height
        self.toc_pages.append(page)
        out: list = [title]
        for i in range(len(self.toc_pages)):
            out += [_ReservedPage(f"toc{i}"), PageBreak()]
        return out

    def _fill_contents(self, canvas) -> None:
        """Defines each contents page's form, now that every heading's page is known."""
        for i, entries in enumerate(self.toc_pages):
            canvas.beginForm(f"toc{i}", 0, 0, self.width, self.height)
            y = self.toc_room if i == 0 else self.height  # the form sits at the frame's foot
            links = self.toc_links.setdefault(self.toc_first_page + i, [])
            for e in entries:
                y -= e.para.style.spaceBefore
                indent = e.level * LEVEL_INDENT
                _, h = e.para.wrap(self.width - PAGE_NO_W - indent, self.height)
                e.para.drawOn(canvas, indent, y - h)
                number = self.pages_of.get(e.key)
                if number is not None:
                    canvas.setFont(e.para.style.fontName, e.para.style.fontSize)
                    canvas.setFillColor(colors.black)
                    canvas.drawRightString(self.width, y - e.para.style.leading * 0.8, str(number))
                    links.append(((self.leftMargin + indent, self.bottomMargin + y - h, self.leftMargin + self.width,
                                   self.bottomMargin + y), e.key))
                y -= h
            canvas.endForm()

    # --- reportlab's hooks -------------------------------------------------------------------

    def afterFlowable(self, flowable) -> None:  # noqa: N802 - reportlab's name
        self.flowables_done += 1
        if self.check:
            self.check(self.flowables_done)
        if isinstance(flowable, _ReservedPage) and not self.toc_first_page:
            self.toc_first_page = self.page
        outline = getattr(flowable, "outline", None)
        if outline is None:
            return
        level, title, key = outline
        if level == 0:
            self.chapter = title
        self.pages_of[key] = self.page
        # at the heading, not the page's top: a section may start low on a page (XYZ with zoom 0
        # keeps the reader's zoom; a "Fit" destination has no location, which viewers warn of)
        top = self.frame._y + getattr(flowable, "height", 0) + 6
        self.canv.bookmarkPage(key, fit="XYZ", left=0, top=min(top, self.pagesize[1]), zoom=0)
        self.canv.addOutlineEntry(_short(drawable(title), OUTLINE_CHARS), key, level=level, closed=level > 0)

    def _decorate(self, canvas, doc) -> None:
        # the left part (company, unit, edition) comes first: it is made to fit the line, and the
        # chapter's title gets the room it leaves, so long names never overlap or run off the page
        font = cjk_font()
        name, label = drawable(self.header_left), "  " + drawable(self.header_label)
        size = max(HEADER_MIN_SIZE, min(HEADER_SIZE, HEADER_SIZE * self.width / max(
            stringWidth(name + label, font, HEADER_SIZE), 1)))
        left = _fit(name, self.width - stringWidth(label, font, size), font, size) + label
        canvas.saveState()
        canvas.setFillColor(GREY)
        top = HEADER_Y
        canvas.setFont(font, size)
        canvas.drawString(self.leftMargin, top, left)
        room = self.width - stringWidth(left, font, size) - HEADER_GAP
        chapter = _fit(_short(drawable(self.chapter), HEADER_CHARS), room, font, HEADER_SIZE)
        if len(chapter) > 2:  # not a lone "第…"
            canvas.setFont(font, HEADER_SIZE)
            canvas.drawRightString(self.leftMargin + self.width, top, chapter)
        canvas.setStrokeColor(GREY)
        canvas.setLineWidth(0.5)
        canvas.line(self.leftMargin, top - 2.5 * mm, self.leftMargin + self.width, top - 2.5 * mm)
        canvas.restoreState()

    def build_all(self, story: list) -> None:
        self.build(story, canvasmaker=numbered_canvas(self._finish_page, self._fill_contents))

    def _finish_page(self, canvas, number: int, total: int) -> None:
        """The footer, and on contents pages the entries' links to their headings."""
        for rect, key in self.toc_links.get(number, ()):
            canvas.linkRect("", key, rect, relative=0, name=f"toc_{key}")  # the canvas's own counter is per held page
        if number == 1:  # the cover
            return
        canvas.setFont(cjk_font(), 9)
        canvas.setFillColor(colors.black)
        canvas.drawCentredString(A4[0] / 2, FOOTER_Y, f"第 {number} 页 / 共 {total} 页")


def _short(text: str, chars: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= chars else text[:chars - 1] + "\u2026"


def _fit(text: str, width: float, font: str, size: float) -> str:
    """``text`` cut with "…" to at most ``width`` points; "" when not even that fits."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "\u2026", font, size) > width:
        text = text[:-1]
    return text + "\u2026" if text else ""


def contents_styles(base: ParagraphStyle, bold: str) -> list[ParagraphStyle]:
    return [
        ParagraphStyle("toc0", base, fontName=bold, fontSize=11, leading=17, leftIndent=0, firstLineIndent=0,
                       spaceBefore=5, alignment=0),
        ParagraphStyle("toc1", base, fontSize=9.5, leading=14, leftIndent=0, firstLineIndent=0, alignment=0),
        ParagraphStyle("toc2", base, fontSize=9, leading=13, leftIndent=0, firstLineIndent=0, alignment=0),
    ]
