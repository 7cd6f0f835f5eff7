"""Tables of any length and any text for printed PDFs: they split across pages between rows with
the header row repeated, every page's part closed by a rule, and no cell ever taller than a page.

reportlab can't split a row: a row taller than the frame raises LayoutError, and its own
splitting inside a row leaves a stray header and an empty sliver. So a record whose text would
make its row too tall takes several rows (``chunks`` cuts its cells at line breaks where it can,
about ``max_lines`` lines each), with no rule between them, so they read as one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table, TableStyle

from desktop_app.reports.fonts import drawable, markup

__all__ = ["CellParagraph", "ClosedTable", "Column", "RULE", "chunks", "data_table", "per_line"]

RULE = 0.6
HEAD_FILL = colors.HexColor("#E8E8E8")
PADDING = 3
_ALIGN = {TA_LEFT: "LEFT", TA_CENTER: "CENTER", TA_RIGHT: "RIGHT"}


@dataclass(frozen=True)
class Column:
    header: str
    width: float | None  # points; None: a share of what the fixed columns leave
    align: int = TA_LEFT


class CellParagraph(Paragraph):
    """A paragraph that remembers its lines for the width it was last wrapped to: a table wraps
    each cell when it measures its rows, again when it splits at a page end and again when it
    draws, always to the column's width, and breaking Chinese lines is most of a long table's
    layout time."""

    _wrapped_for: float | None = None

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab's names
        if self._wrapped_for == availWidth:
            return self.width, self.height
        size = super().wrap(availWidth, availHeight)
        self._wrapped_for = availWidth
        return size


class ClosedTable(Table):
    """A table whose part on each page ends with a rule: reportlab 5.1 draws it (BOX or
    "splitlast") for the first split only."""

    def split(self, availWidth, availHeight):  # noqa: N803 - reportlab's names
        parts = super().split(availWidth, availHeight)
        for part in parts[:-1]:  # the last part ends where the table does
            part.setStyle([("LINEBELOW", (0, -1), (-1, -1), RULE, colors.black)])
        return parts


def chunks(text: str, per_line: int, max_lines: int) -> list[str]:
    """``text`` cut into pieces of at most about ``max_lines`` lines of ``per_line``
    characters, at line breaks where it can; [text] when it is short."""
    if len(text) <= per_line and "\n" not in text:
        return [text]
    out: list[str] = []
    current: list[str] = []
    used = 0
    for line in text.split("\n"):
        while len(line) > per_line * max_lines:  # a line longer than a piece: cut it
            if current:
                out.append("\n".join(current))
                current, used = [], 0
            out.append(line[:per_line * max_lines])
            line = line[per_line * max_lines:]
        need = max(1, -(-len(line) // per_line))
        if current and used + need > max_lines:
            out.append("\n".join(current))
            current, used = [], 0
        current.append(line)
        used += need
    out.append("\n".join(current))
    return out


def _lines(text: str, per_line_: int) -> int:
    return sum(max(1, -(-len(line) // per_line_)) for line in text.split("\n"))


def per_line(width: float, font_size: float) -> int:
    """Full-width characters a cell ``width`` wide holds on one line (padding taken off)."""
    return max(1, int((width - 2 * PADDING) // font_size))


def widths_for(columns: Sequence[Column], width: float) -> list[float]:
    fixed = sum(c.width for c in columns if c.width)
    flexible = [c for c in columns if not c.width]
    share = (width - fixed) / len(flexible) if flexible else 0
    return [c.width or share for c in columns]


def data_table(columns: Sequence[Column], records: Sequence[Sequence[str]], width: float, cell: ParagraphStyle,
               head: ParagraphStyle, max_lines: int = 14, notes: dict[tuple[int, int], str] | None = None,
               note_style: ParagraphStyle | None = None) -> ClosedTable:
    """A ruled table of ``records`` (plain text, printed as typed) under a grey header row that
    repeats on every page. ``notes`` maps (record, column) to a smaller grey text printed
    under that cell's text (e.g. a work item's description under its title); it is cut into
    rows like the rest."""
    widths = widths_for(columns, width)
    styles = [ParagraphStyle(f"{cell.name}_{i}", cell, alignment=c.align) for i, c in enumerate(columns)]
    fits = [per_line(w, cell.fontSize) for w in widths]
    rows: list[list] = [[Paragraph(markup(c.header), head) for c in columns]]
    rules = [("FONT", (0, 1), (-1, -1), cell.fontName, cell.fontSize, cell.leading)]
    rules += [("ALIGN", (i, 1), (i, -1), _ALIGN.get(c.align, "LEFT")) for i, c in enumerate(columns)]

    def content(text: str, style: ParagraphStyle, column: int):
        """A short one-line text as a plain string (drawn as is, no line breaking to do),
        anything else as a paragraph."""
        if "\n" not in text and style is styles[column] and (
                len(text) * style.fontSize <= widths[column] - 2 * PADDING
                or stringWidth(text, style.fontName, style.fontSize) <= widths[column] - 2 * PADDING - 1):
            return drawable(text)
        return CellParagraph(markup(text), style)

    for r, values in enumerate(records):
        pieces = [chunks(v, n, max_lines) for v, n in zip(values, fits)]
        extra: dict[int, list[str]] = {}
        for (nr, col), text in (notes or {}).items():
            if nr == r and text.strip():
                extra[col] = chunks(text, per_line(widths[col], note_style.fontSize), max_lines)
        first = len(rows)
        cells = [[[content(t, styles[i], i)] for t in pieces[i]] for i in range(len(columns))]
        for col, texts in extra.items():
            # the note under its cell's text: in the same cell when both are short, else in the rows below
            notes_ = [CellParagraph(markup(t), note_style) for t in texts]
            if len(pieces[col]) == 1 and len(texts) == 1 and _lines(pieces[col][0], fits[col]) + _lines(
                    texts[0], per_line(widths[col], note_style.fontSize)) <= max_lines:
                if isinstance(cells[col][0][0], str):  # a cell of several parts holds flowables only
                    cells[col][0][0] = CellParagraph(markup(pieces[col][0]), styles[col])
                cells[col][0].append(notes_[0])
            else:
                cells[col] += [[n] for n in notes_]
        height = max(len(c) for c in cells)
        for k in range(height):
            rows.append([(col[k] if len(col[k]) > 1 else col[k][0]) if k < len(col) else "" for col in cells])
        end = len(rows) - 1
        rules.append(("LINEBELOW", (0, end), (-1, end), RULE, colors.black))
        if height > 1:
            rules += [("BOTTOMPADDING", (0, first), (-1, end - 1), 0), ("TOPPADDING", (0, first + 1), (-1, end), 0)]
    table = ClosedTable(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), RULE, colors.black),
        ("LINEAFTER", (0, 0), (-2, -1), RULE, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), RULE, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING), ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), PADDING), ("BOTTOMPADDING", (0, 0), (-1, -1), PADDING + 1),
        *rules,
    ]))
    return table
