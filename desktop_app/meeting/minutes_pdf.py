"""The minutes as a printable A4 PDF in the layout of an office's 会议纪要: the red heading over
a red rule, the meta block, the numbered parts (议程, 意见建议, 议定事项) and the action items
as a table whose header row repeats on every page; "第 N 页 共 M 页" in the footer.

Every text from the database goes through ``reports.fonts.markup`` (escaped, line breaks kept,
emoji and glyphs the font lacks shown as □). Nothing is kept together but the closing line with
what is above it (a heading rather starts a new page when little room is left), so no text is
too long:
each line of a long text is its own paragraph, which splits between lines, and an action item
too long for one table row takes several (reportlab's own splitting inside a row leaves a
stray header row and an empty sliver at the foot of the page).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, HRFlowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from desktop_app import APP_TITLE
from desktop_app.meeting.minutes import MinutesDoc, chinese_number, date_text
from desktop_app.reports.fonts import cjk_bold_font, cjk_font, markup, paragraph_styles
from desktop_app.reports.long_table import RULE, ClosedTable, chunks
from desktop_app.reports.numbered_canvas import numbered_canvas

RED = colors.HexColor("#C8161D")
GREY = colors.HexColor("#666666")
BODY_SIZE = 12
MARGINS = dict(leftMargin=25 * mm, rightMargin=22 * mm, topMargin=22 * mm, bottomMargin=22 * mm)
FOOTER_Y = 11 * mm
ISSUER_CHARS = 40  # of the host unit beside the date; the meta block prints it whole
ORPHAN = 4 * BODY_SIZE * 1.6  # a heading or item title starts a new page rather than end one with less below
CELL_LINES = 12  # at most this many lines in one row of the action table

# the action table: (header, width in mm or None for the rest, alignment)
ACTION_COLUMNS = (("序号", 10, TA_CENTER), ("事项", None, TA_LEFT), ("责任单位", 23, TA_LEFT),
                  ("责任人", 15, TA_CENTER), ("配合单位", 26, TA_LEFT), ("完成时限", 21, TA_CENTER),
                  ("状态", 14, TA_CENTER))


def write_minutes_pdf(doc: MinutesDoc, path: Path | str, check: Callable[[], None] | None = None) -> None:
    """Writes ``doc`` to ``path`` (overwriting it). ``check`` runs after each page and may
    raise to stop (a cancel); the file is then incomplete, so write to a temporary path.
    Raises FontMissingError when no Chinese TrueType font is installed."""
    styles = _styles()
    pdf = SimpleDocTemplate(str(path), pagesize=A4, title=doc.document_title, author=doc.host_unit,
                            subject="会议纪要", creator=APP_TITLE, **MARGINS)
    story = _head(doc, styles, pdf.width) + _meta(doc, styles) + _text(doc.summary, styles["body"])
    closing = Paragraph(markup(doc.approval_line()), styles["approval"])
    for key, title in doc.sections():
        story += [CondPageBreak(ORPHAN), Paragraph(title, styles["heading"])]
        if key == "actions":  # always the last part: the closing line goes in as the table's last row
            story += _actions(doc, styles, pdf.width, closing)
            closing = None
        else:
            story += {"agenda": _agenda, "opinions": _opinions, "decisions": _decisions}[key](doc, styles)
    if closing is not None:
        story[-1].keepWithNext = True  # the closing line never stands alone on a page
        story.append(closing)

    def page_done(_canvas, _doc) -> None:
        if check:
            check()

    pdf.build(story, onFirstPage=page_done, onLaterPages=page_done, canvasmaker=numbered_canvas(_footer))


def _styles() -> dict[str, ParagraphStyle]:
    s = paragraph_styles(BODY_SIZE)
    s["red_title"] = ParagraphStyle("red_title", s["title"], fontSize=26, leading=36, textColor=RED, spaceAfter=2)
    s["issuer"] = ParagraphStyle("issuer", s["plain"], fontSize=11, leading=16, alignment=TA_LEFT)
    s["issued"] = ParagraphStyle("issued", s["issuer"], alignment=TA_RIGHT)
    s["item"] = ParagraphStyle("item", s["body"], fontName=cjk_bold_font(), spaceBefore=4)
    s["opinion_ref"] = ParagraphStyle("opinion_ref", s["body"], textColor=GREY, fontSize=10.5, leading=16)
    s["approval"] = ParagraphStyle("approval", s["plain"], alignment=TA_RIGHT, spaceBefore=8 * mm)
    s["cell_note"] = ParagraphStyle("cell_note", s["table"], textColor=GREY, fontSize=8, leading=10.5)
    return s


def _head(doc: MinutesDoc, s: dict, width: float) -> list:
    """Red heading, issuer and date over a red rule, then the meeting's title."""
    issuer = doc.host_unit if len(doc.host_unit) <= ISSUER_CHARS else doc.host_unit[:ISSUER_CHARS] + "\u2026"
    line = Table([[Paragraph(markup(issuer), s["issuer"]), Paragraph(date_text(doc.held_on), s["issued"])]],
                 colWidths=[width * 0.62, width * 0.38])
    line.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                              ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    out = [Paragraph(markup(doc.heading), s["red_title"]), line,
           HRFlowable(width="100%", thickness=1.6, color=RED, spaceBefore=3, spaceAfter=12)]
    if doc.subtitle:
        out.append(Paragraph(markup(doc.subtitle), s["subtitle"]))
    return out


def _meta(doc: MinutesDoc, s: dict) -> list:
    """One paragraph a line, "时间：…", continuation lines aligned after the colon."""
    out = []
    for label, value in doc.meta_lines():
        head = f"{label}："
        indent = stringWidth(head, cjk_bold_font(), BODY_SIZE)
        style = ParagraphStyle(f"meta_{label}", s["plain"], leftIndent=indent, firstLineIndent=-indent)
        out.append(Paragraph(f"<b>{head}</b>{markup(value)}", style))
    return out + [Spacer(1, BODY_SIZE * 0.6)]


def _text(text: str, style: ParagraphStyle, first: str = "") -> list:
    """``text`` as one paragraph per line (so each splits on its own); ``first`` (markup)
    goes before the first one. Empty lines are dropped."""
    lines = [line for line in text.split("\n") if line.strip()]
    if first:
        lines = lines or [""]
        return [Paragraph(first + markup(lines[0]), style)] + [Paragraph(markup(x), style) for x in lines[1:]]
    return [Paragraph(markup(x), style) for x in lines]


def _agenda(doc: MinutesDoc, s: dict) -> list:
    out = []
    for n, item in enumerate(doc.agenda, 1):
        presenter = f"（汇报人：{markup(item.presenter)}）" if item.presenter else ""
        out += [CondPageBreak(ORPHAN), Paragraph(f"（{chinese_number(n)}）{markup(item.topic)}{presenter}", s["item"])]
        out += _text(item.discussion, s["body"])
    return out


def _opinions(doc: MinutesDoc, s: dict) -> list:
    out = []
    for n, unit in enumerate(doc.opinions, 1):
        out += [CondPageBreak(ORPHAN), Paragraph(f"（{chinese_number(n)}）{markup(unit.unit or '—')}", s["item"])]
        out += _text(unit.opinion, s["body"])
        if unit.action_number:
            out.append(Paragraph(f"已列入督办事项第 {unit.action_number} 项。", s["opinion_ref"]))
    return out


def _decisions(doc: MinutesDoc, s: dict) -> list:
    out = []
    for n, text in enumerate(doc.decisions, 1):
        out += _text(text, s["body"], first=f"（{chinese_number(n)}）")
    return out


def _actions(doc: MinutesDoc, s: dict, width: float, closing: Paragraph) -> list:
    """The action table. An item whose text would make its row taller than a page takes
    several rows (the rules between them left out), so the table splits only between rows.
    ``closing`` (the approval line) is a last, borderless row that can't be parted from the
    last item, so it never stands alone on a page."""
    fixed = sum(w for _, w, _ in ACTION_COLUMNS if w) * mm
    widths = [w * mm if w else width - fixed for _, w, _ in ACTION_COLUMNS]
    cell = [ParagraphStyle(f"cell_{i}", s["table"], alignment=align) for i, (_, _, align) in enumerate(ACTION_COLUMNS)]
    per_line = [max(1, int((w - 6) // s["table"].fontSize)) for w in widths]  # full-width characters
    rows = [[Paragraph(head, s["table_head"]) for head, _, _ in ACTION_COLUMNS]]
    rules = [("LINEBELOW", (0, 0), (-1, 0), RULE, colors.black)]
    for a in doc.actions:
        values = (str(a.number), a.title, a.responsible_unit, a.responsible_person, a.cooperating_units,
                  a.due_on.isoformat() if a.due_on else "", a.status_text)
        pieces = [chunks(v, n, CELL_LINES) for v, n in zip(values, per_line)]
        height = max(len(c) for c in pieces)
        first = len(rows)
        for k in range(height):
            rows.append([Paragraph(markup(c[k]), cell[i]) if k < len(c) else "" for i, c in enumerate(pieces)])
        if a.kind == "improvement":
            source = f"，源自{markup(a.source_unit)}的意见" if a.source_unit else ""
            last = first + len(pieces[1]) - 1
            rows[last][1] = [rows[last][1], Paragraph(f"（改进事项{source}）", s["cell_note"])]
        end = len(rows) - 1
        rules.append(("LINEBELOW", (0, end), (-1, end), RULE, colors.black))
        if height > 1:  # the pieces read as one text
            rules += [("VALIGN", (0, first), (-1, end), "TOP"), ("BOTTOMPADDING", (0, first), (-1, end - 1), 0),
                      ("TOPPADDING", (0, first + 1), (-1, end), 0)]
    last_item = first if doc.actions else 0
    rows.append([closing] + [""] * (len(ACTION_COLUMNS) - 1))
    end = len(rows) - 1
    rules += [("SPAN", (0, end), (-1, end)), ("NOSPLIT", (0, last_item), (-1, end)),
              ("TOPPADDING", (0, end), (-1, end), 6 * mm), ("RIGHTPADDING", (0, end), (-1, end), 0)]
    table = ClosedTable(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, end - 1), RULE, colors.black),
        ("LINEAFTER", (0, 0), (-2, end - 1), RULE, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8E8E8")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        *rules,
    ]))
    return [Spacer(1, 2), table]


def _footer(canvas, number: int, total: int) -> None:
    canvas.setFont(cjk_font(), 9)
    canvas.setFillColor(colors.black)
    canvas.drawCentredString(A4[0] / 2, FOOTER_Y, f"第 {number} 页 共 {total} 页")
