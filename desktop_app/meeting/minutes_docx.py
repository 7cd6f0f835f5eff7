"""The minutes as a Word document (.docx) for offices that edit them in Word or WPS: the same
parts as the PDF, in the fonts of Chinese office documents on Windows (宋体 for text, 黑体 for
headings, Times New Roman for Latin letters and digits), A4, "第 X 页 共 Y 页" in the footer.

Texts go into runs as they are (``MinutesDoc`` has no characters XML forbids): markup
characters stay characters, emoji are kept for Word's font fallback. A multi-line text becomes
one paragraph per line, so each line gets the first-line indent; in table cells a line break
is a break.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from desktop_app import APP_TITLE
from desktop_app.meeting.minutes import MinutesDoc, chinese_number, date_text

BODY_FONT = "宋体"  # SimSun
HEADING_FONT = "黑体"  # SimHei
LATIN_FONT = "Times New Roman"
BODY_SIZE = Pt(12)  # 小四
TABLE_SIZE = Pt(10.5)  # 五号
INDENT = Pt(24)  # two characters of body text
RED = RGBColor(0xC8, 0x16, 0x1D)
GREY = RGBColor(0x66, 0x66, 0x66)
MARGINS = dict(left_margin=Mm(25), right_margin=Mm(22), top_margin=Mm(22), bottom_margin=Mm(22))

TEXT_WIDTH = 163  # mm between the margins
LABEL_WIDTH = 27  # mm: "参会人员：" on one line, with the cell's margins

# the action table: header, width in mm (adding up to TEXT_WIDTH), centred
ACTION_COLUMNS = (("序号", 11, True), ("事项", 51, False), ("责任单位", 23, False), ("责任人", 16, True),
                  ("配合单位", 23, False), ("完成时限", 24, True), ("状态", 15, True))


def write_minutes_docx(doc: MinutesDoc, path: Path | str) -> None:
    """Writes ``doc`` to ``path`` (overwriting it)."""
    word = Document()
    _page(word)
    _styles(word)
    props = word.core_properties
    props.title, props.subject, props.author, props.comments = doc.document_title, "会议纪要", doc.host_unit, APP_TITLE
    _head(word, doc)
    _meta(word, doc)
    _lines(word, doc.summary)
    for key, title in doc.sections():
        word.add_paragraph(title, style="Heading 1")
        if key == "agenda":
            for n, item in enumerate(doc.agenda, 1):
                head = _item(word, f"（{chinese_number(n)}）", item.topic)
                if item.presenter:
                    head.add_run(f"（汇报人：{item.presenter}）")
                _lines(word, item.discussion)
        elif key == "opinions":
            for n, unit in enumerate(doc.opinions, 1):
                _item(word, f"（{chinese_number(n)}）", unit.unit or "—")
                _lines(word, unit.opinion)
                if unit.action_number:
                    note = word.add_paragraph()
                    note.paragraph_format.first_line_indent = INDENT
                    note.add_run(f"已列入督办事项第 {unit.action_number} 项。").font.color.rgb = GREY
        elif key == "decisions":
            for n, text in enumerate(doc.decisions, 1):
                _lines(word, text, first=f"（{chinese_number(n)}）")
        else:
            _actions(word, doc)
    closing = word.add_paragraph(doc.approval_line())
    closing.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    closing.paragraph_format.space_before = Pt(24)
    word.save(str(path))


def _fonts(element, latin: str, east_asia: str) -> None:
    """Sets the run fonts of a style or run element: theme fonts removed, since Word lets a
    theme font win over a named one."""
    rpr = element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attr), None)
    fonts.set(qn("w:ascii"), latin)
    fonts.set(qn("w:hAnsi"), latin)
    fonts.set(qn("w:cs"), latin)
    fonts.set(qn("w:eastAsia"), east_asia)


def _page(word) -> None:
    section = word.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    for name, value in MARGINS.items():
        setattr(section, name, value)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("第 ")
    _field(footer, "PAGE")
    footer.add_run(" 页 共 ")
    _field(footer, "NUMPAGES")
    footer.add_run(" 页")


def _field(paragraph, code: str) -> None:
    """A field (PAGE, NUMPAGES) that Word and WPS compute when they lay the pages out."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), f" {code} ")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _styles(word) -> None:
    normal = word.styles["Normal"]
    _fonts(normal.element, LATIN_FONT, BODY_FONT)
    normal.font.size = BODY_SIZE
    lang = OxmlElement("w:lang")  # Chinese line breaking and punctuation in Word and WPS
    lang.set(qn("w:val"), "en-US")
    lang.set(qn("w:eastAsia"), "zh-CN")
    normal.element.get_or_add_rPr().insert_element_before(lang, "w:eastAsianLayout", "w:specVanish", "w:oMath")
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.5
    heading = word.styles["Heading 1"]
    _fonts(heading.element, LATIN_FONT, HEADING_FONT)
    heading.font.size, heading.font.bold, heading.font.color.rgb = Pt(14), False, RGBColor(0, 0, 0)
    heading.paragraph_format.space_before, heading.paragraph_format.space_after = Pt(12), Pt(6)
    heading.paragraph_format.first_line_indent = INDENT


def _head(word, doc: MinutesDoc) -> None:
    title = word.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run(doc.heading)
    _fonts(run._r, LATIN_FONT, HEADING_FONT)
    run.font.size, run.font.bold, run.font.color.rgb = Pt(26), True, RED
    issuer = word.add_paragraph()
    issuer.paragraph_format.tab_stops.add_tab_stop(Mm(TEXT_WIDTH), WD_TAB_ALIGNMENT.RIGHT)
    issuer.add_run(doc.host_unit)
    issuer.add_run("\t" + date_text(doc.held_on))
    _rule_below(issuer)
    if doc.subtitle:
        sub = word.add_paragraph()
        sub.alignment = WD_ALIGN_PARAGRAPH.CENTER
        sub.paragraph_format.space_before = Pt(12)
        run = sub.add_run(doc.subtitle)
        _fonts(run._r, LATIN_FONT, HEADING_FONT)
        run.font.size = Pt(16)


_AFTER_PBDR = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
               "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid",
               "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
               "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle",
               "w:rPr", "w:sectPr", "w:pPrChange")


def _rule_below(paragraph) -> None:
    """The red rule under the issuer line (a paragraph border, as Word's own red headers do)."""
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "12"), ("w:space", "4"), ("w:color", str(RED))):
        bottom.set(qn(key), value)
    borders.append(bottom)
    ppr = paragraph._p.get_or_add_pPr()
    ppr.insert_element_before(borders, *_AFTER_PBDR)  # schema order: Word rejects a misplaced one
    paragraph.paragraph_format.space_after = Pt(12)


def _meta(word, doc: MinutesDoc) -> None:
    """The meta block as a borderless two-column table: labels bold, values wrapping."""
    lines = doc.meta_lines()
    table = word.add_table(rows=len(lines), cols=2)
    table.autofit = False
    widths = (Mm(LABEL_WIDTH), Mm(TEXT_WIDTH - LABEL_WIDTH))
    _column_widths(table, widths)
    for row, (label, value) in zip(table.rows, lines):
        row.cells[0].width, row.cells[1].width = widths
        row.cells[0].paragraphs[0].add_run(f"{label}：").bold = True
        row.cells[1].paragraphs[0].add_run(value)
    word.add_paragraph()


def _item(word, number: str, text: str):
    p = word.add_paragraph()
    p.paragraph_format.first_line_indent = INDENT
    p.paragraph_format.space_before = Pt(4)
    p.add_run(number + text).bold = True
    return p


def _lines(word, text: str, first: str = "") -> None:
    """One paragraph per line of ``text``, first line indented two characters (blank lines
    too, so nothing typed is lost); ``first`` goes before the first line."""
    if not text and not first:
        return
    for n, line in enumerate(text.split("\n")):
        word.add_paragraph((first if n == 0 else "") + line).paragraph_format.first_line_indent = INDENT


def _actions(word, doc: MinutesDoc) -> None:
    table = word.add_table(rows=1, cols=len(ACTION_COLUMNS))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    _column_widths(table, [Mm(width) for _, width, _ in ACTION_COLUMNS])
    header = table.rows[0]
    _repeat_header(header)
    for cell, (text, width, _) in zip(header.cells, ACTION_COLUMNS):
        _cell(cell, text, width, centred=True, bold=True)
        _shade(cell, "E8E8E8")
    for a in doc.actions:
        values = (str(a.number), a.title, a.responsible_unit, a.responsible_person, a.cooperating_units,
                  a.due_on.isoformat() if a.due_on else "", a.status_text)
        cells = table.add_row().cells
        for cell, value, (_, width, centred) in zip(cells, values, ACTION_COLUMNS):
            _cell(cell, value, width, centred)
        if a.kind == "improvement":
            source = f"，源自{a.source_unit}的意见" if a.source_unit else ""
            note = cells[1].add_paragraph().add_run(f"（改进事项{source}）")
            note.font.size, note.font.color.rgb = Pt(9), GREY


def _column_widths(table, widths) -> None:
    """The grid's widths (LibreOffice and WPS lay a fixed table out by them; Word by the cells')."""
    for column, width in zip(table.columns, widths):
        column.width = width


def _cell(cell, text: str, width_mm: float, centred: bool, bold: bool = False) -> None:
    cell.width = Mm(width_mm)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = cell.paragraphs[0]
    p.paragraph_format.line_spacing = 1.15
    if centred:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(text)  # "\n" becomes a line break
    run.font.size, run.bold = TABLE_SIZE, bold or None


def _repeat_header(row) -> None:
    """Word repeats a row marked tblHeader at the top of every page the table reaches."""
    trpr = row._tr.get_or_add_trPr()
    mark = OxmlElement("w:tblHeader")
    mark.set(qn("w:val"), "true")
    trpr.append(mark)


def _shade(cell, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().insert_element_before(  # schema order: Word rejects a misplaced one
        shading, "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark")
