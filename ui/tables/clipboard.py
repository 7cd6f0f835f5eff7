"""Rectangular cell blocks as tab-separated text, the format Excel and WPS put on the clipboard."""

from __future__ import annotations


def to_tsv(rows: list[list[str]]) -> str:
    def clean(cell: str) -> str:
        if any(ch in cell for ch in '\t\n"'):
            return '"' + cell.replace('"', '""') + '"'
        return cell

    return "\n".join("\t".join(clean(c) for c in row) for row in rows) + "\n"


def from_tsv(text: str) -> list[list[str]]:
    """Parses Excel's TSV, including quoted cells that hold tabs, newlines or quotes."""
    rows: list[list[str]] = []
    row: list[str] = []
    cell: list[str] = []
    i, n = 0, len(text)
    quoted = False
    while i < n:
        ch = text[i]
        if quoted:
            if ch == '"':
                if i + 1 < n and text[i + 1] == '"':
                    cell.append('"')
                    i += 1
                else:
                    quoted = False
            else:
                cell.append(ch)
        elif ch == '"' and not cell:
            quoted = True
        elif ch == "\t":
            row.append("".join(cell))
            cell = []
        elif ch in "\r\n":
            if ch == "\r" and i + 1 < n and text[i + 1] == "\n":
                i += 1
            row.append("".join(cell))
            rows.append(row)
            row, cell = [], []
        else:
            cell.append(ch)
        i += 1
    if cell or row:
        row.append("".join(cell))
        rows.append(row)
    return rows
