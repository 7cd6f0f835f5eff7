"""The organisation workbook as an empty template to fill in: the three sheets an import reads
(单位, 岗位, 员工) with their headers, widths and drop-downs exactly as an export writes them,
and a sheet 填写说明 that says, column by column, what goes in it. The import ignores that
sheet, so a filled-in template imports as it is.
"""

from __future__ import annotations

from pathlib import Path

from desktop_app.org.xlsx_export import header_cells, new_sheet
from desktop_app.org.xlsx_format import SHEETS, Field, SheetFormat, choice_texts
from desktop_app.replace_file import write_replacing

__all__ = ["GUIDE_SHEET", "write_org_template"]

GUIDE_SHEET = "填写说明"
GUIDE_HEADERS = ("工作表", "列", "必填", "填写要求")
INTRO = ("填写后在程序中选择“从 Excel 导入”（或首次启动时选择导入）。导入前会逐行检查，"
         "任何一行有问题都不会写入，并指出所在的工作表、行和列。单位先于岗位、岗位先于员工填写；"
         "上级编码、单位编码、岗位编码填写本文件或数据库中已有的编码。")


def _requirement(f: Field) -> str:
    by_name = {fmt.key: fmt.name for fmt in SHEETS}
    if f.kind == "enum" or f.kind == "bool":
        text = "从下拉列表选择：" + "、".join(choice_texts(f))
    elif f.kind == "int":
        text = f"整数，{f.minimum}–{f.maximum}"
    elif f.kind == "date":
        text = "日期，如 2024-03-05"
    elif f.kind == "ref":
        text = f"“{by_name[f.ref]}”工作表或数据库中已有的编码"
    else:
        text = "文字" + (f"，最多 {f.max_length} 个字" if f.max_length else "")
    if f.default not in (None, ""):
        shown = ("是" if f.default else "否") if f.kind == "bool" else f.default
        text += f"；不填时为 {shown}"
    return text


def guide_rows(sheets: tuple[SheetFormat, ...] = SHEETS) -> list[tuple[str, str, str, str]]:
    return [(fmt.name, f.header, "是" if f.required else "", _requirement(f)) for fmt in sheets for f in fmt.fields]


def write_org_template(path: Path | str) -> None:
    """Writes the template to ``path`` (written beside it and moved into place)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font

    path = Path(path)
    wb = Workbook(write_only=True)
    for fmt in SHEETS:
        ws = new_sheet(wb, fmt, 0)
        ws.append(header_cells(ws, fmt))
    guide = wb.create_sheet(GUIDE_SHEET)
    for letter, width in zip("ABCD", (10, 12, 8, 60)):
        guide.column_dimensions[letter].width = width

    intro = WriteOnlyCell(guide, value=INTRO)
    intro.alignment = Alignment(wrap_text=True, vertical="top")
    guide.append([intro])
    guide.append([])
    bold = Font(bold=True)
    headers = []
    for text in GUIDE_HEADERS:
        cell = WriteOnlyCell(guide, value=text)
        cell.font = bold
        headers.append(cell)
    guide.append(headers)
    for row in guide_rows():
        guide.append(list(row))
    write_replacing(path, wb.save)
