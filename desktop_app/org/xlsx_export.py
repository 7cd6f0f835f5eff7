"""Exporting units, positions and staff to the organisation workbook.

The file is the format of ``xlsx_format`` exactly, so it imports back unchanged: the same
database gets no change, another database gets the same units, positions and staff.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.i18n import QT_TRANSLATE_NOOP, Message, msg
from desktop_app.model import Position, Staff, Unit
from desktop_app.org.xlsx_format import POSITIONS, STAFF, UNITS, SheetFormat, cell_value, choice_texts
from desktop_app.progress import NullProgress, Progress, check_cancelled
from desktop_app.storage.database import Database
from desktop_app.replace_file import write_replacing

REPORT_EVERY = 100
MAX_ROW = 1_048_576  # Excel's last row: drop-downs cover rows the user adds later


@dataclass(frozen=True)
class ExportSummary:
    """How many rows each sheet got."""

    units: int
    positions: int
    staff: int

    def message(self) -> Message:
        return msg(QT_TRANSLATE_NOOP("Core", "{units} units, {positions} positions and {staff} staff exported."),
                   units=self.units, positions=self.positions, staff=self.staff)

    def __str__(self) -> str:
        return self.message().render()


def export_org_xlsx(db: Database, path: Path | str, progress: Progress = NullProgress()) -> ExportSummary:
    """Writes every live (not deleted) unit, position and staff member to ``path``.

    Units come parents first; a reference to a deleted unit or position is left empty, as if
    it did not exist. The file is written beside ``path`` and moved into place when complete,
    so a cancel (``Cancelled``) or an error leaves any earlier file at ``path`` untouched.
    Reads the database only; must not run on the GUI thread.
    """
    from openpyxl import Workbook  # loads on first use: the app starts faster

    path = Path(path)
    check_cancelled(progress)
    with db.read() as s:
        units = _units_parents_first(s)
        positions = _positions(s, units)
        staff = _staff(s)
    total = max(2 * (len(units) + len(positions) + len(staff)), 1)
    done = 0

    def step(cancellable: bool) -> None:
        nonlocal done
        if cancellable:
            check_cancelled(progress)
        done += 1
        if done % REPORT_EVERY == 0:
            progress.report(done, total)

    # Cancelling is possible while the cells are prepared, not once a sheet has begun: a
    # write-only sheet left half-written keeps its temporary file open.
    wb = Workbook(write_only=True)
    sheets = [(new_sheet(wb, fmt, len(rows)), fmt, rows) for fmt, rows in ((UNITS, units), (POSITIONS, positions), (STAFF, staff))]
    prepared = [(ws, header_cells(ws, fmt), [_cells(ws, fmt, row, step) for row in rows]) for ws, fmt, rows in sheets]
    for ws, header, rows in prepared:
        ws.append(header)
        for cells in rows:
            ws.append(cells)
            step(False)
    write_replacing(path, wb.save)
    progress.report(total, total)
    return ExportSummary(len(units), len(positions), len(staff))


def _units_parents_first(s: Session) -> list[dict[str, Any]]:
    rows = s.execute(
        select(Unit.id, Unit.code, Unit.name, Unit.kind, Unit.parent_id, Unit.sort_order, Unit.active, Unit.notes)
        .where(Unit.deleted_at.is_(None)).order_by(Unit.sort_order, Unit.code)
    ).mappings().all()
    code_of = {r["id"]: r["code"] for r in rows}
    children: dict[str | None, list] = {}
    for r in rows:
        children.setdefault(r["parent_id"] if r["parent_id"] in code_of else None, []).append(r)
    out: list[dict[str, Any]] = []
    stack = list(reversed(children.get(None, [])))
    while stack:  # depth first, so each unit's sub-units follow it as in the tree
        r = stack.pop()
        out.append({**r, "parent_id": code_of.get(r["parent_id"])})
        stack.extend(reversed(children.get(r["id"], [])))
    if len(out) < len(rows):  # units in a parent loop (damaged data) still get exported
        seen = {r["code"] for r in out}
        out += [{**r, "parent_id": code_of.get(r["parent_id"])} for r in rows if r["code"] not in seen]
    return out


def _positions(s: Session, units: list[dict[str, Any]]) -> list[dict[str, Any]]:
    unit_order = {u["id"]: i for i, u in enumerate(units)}
    rows = s.execute(
        select(Position.code, Position.unit_id, Position.name, Position.category, Position.quota,
               Position.notes, Unit.code.label("unit_code"))
        .join(Unit, Position.unit_id == Unit.id).where(Position.deleted_at.is_(None))
    ).mappings().all()
    ordered = sorted(rows, key=lambda r: (unit_order.get(r["unit_id"], len(unit_order)), r["code"]))
    return [{**r, "unit_id": r["unit_code"]} for r in ordered]


def _staff(s: Session) -> list[dict[str, Any]]:
    live_position = select(Position.id, Position.code).where(Position.deleted_at.is_(None)).subquery()
    rows = s.execute(
        select(Staff.employee_no, Staff.name, Staff.gender, Staff.phone, Staff.is_cadre, Staff.hired_on,
               Staff.notes, live_position.c.code.label("position_id"))
        .outerjoin(live_position, Staff.position_id == live_position.c.id)
        .where(Staff.deleted_at.is_(None)).order_by(Staff.employee_no)
    ).mappings().all()
    return [dict(r) for r in rows]


def new_sheet(wb: Any, fmt: SheetFormat, rows: int) -> Any:
    """A write-only sheet with its view, widths and drop-downs, and no rows yet."""
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    ws = wb.create_sheet(fmt.name)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(fmt.fields))}{rows + 1}"
    for i, f in enumerate(fmt.fields, start=1):
        letter = get_column_letter(i)
        ws.column_dimensions[letter].width = f.width
        if choice_texts(f):
            # a drop-down that offers the canonical texts but refuses nothing (import checks)
            dv = DataValidation(type="list", formula1='"' + ",".join(choice_texts(f)) + '"',
                                allow_blank=True, showErrorMessage=False)
            dv.add(f"{letter}2:{letter}{MAX_ROW}")
            ws.data_validations.append(dv)
    return ws


def header_cells(ws: Any, fmt: SheetFormat) -> list[Any]:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    bold = Font(bold=True)
    header = []
    for f in fmt.fields:
        cell = WriteOnlyCell(ws, value=f.header)
        cell.font = bold
        header.append(cell)
    return header


def _cells(ws: Any, fmt: SheetFormat, row: dict[str, Any], step: Callable[[bool], None]) -> list[Any]:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    step(True)
    out: list[Any] = []
    for f in fmt.fields:
        value = cell_value(f, row.get(f.key))
        if isinstance(value, str):
            value = ILLEGAL_CHARACTERS_RE.sub("", value)  # control characters Excel can't hold
            if value.startswith("="):  # text, not a formula
                cell = WriteOnlyCell(ws, value=value)
                cell.data_type = "s"
                value = cell
        elif f.kind == "date" and value is not None:
            cell = WriteOnlyCell(ws, value=value)
            cell.number_format = "yyyy-mm-dd"
            value = cell
        out.append(value)
    return out
