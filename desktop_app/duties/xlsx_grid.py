"""The responsibility matrix as the familiar Excel grid: export, and import all or nothing.

Layout of the sheet 责任矩阵 (fixed Chinese text, whatever the interface language):

    row 1:  编码 | 名称     | unit name | unit name | …
    row 2:       | 单位编码 | unit code | unit code | …
    row 3…: item code | item title | role letters (R, A, C, I) or empty

Row 2 makes each column unambiguous (names may repeat; codes are unique). On import, a column
is matched by its code in row 2; a column without one (added by hand, or a file whose row 2
was deleted, recognised by the missing 单位编码 label) is matched by its unit name, which must
then name exactly one unit. A second sheet 说明 holds the legend; import ignores it.

Import rules: every cell is checked first, and any problem (sheet, row, column, message) means
nothing is written. The grid is authoritative for the cells it shows: each item row × unit
column is set to the file's role, an empty cell clears it; cells of units or items that the file
leaves out are untouched. A row whose code is unknown creates the work item (active, with the
row's title, which it then needs); a known code with a different title renames the item (an
empty title keeps it). Only differences are written, so exporting and importing back changes
nothing and adds no history. A role may be written as a letter in either case, 主/审/配/知 or
主责/审批/配合/知会.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop_app.duties.matrix import DEFAULT_STATUSES, NOT_A_ROLE, RETIRED, MatrixEditRejected, load_matrix, set_block
from desktop_app.duties.tables import next_sort_order
from desktop_app.duties.vocabulary import ROLE_TEXTS, role_from_text
from desktop_app.i18n import QT_TRANSLATE_NOOP, Message, msg
from desktop_app.model import Unit, UnitDuty, WorkItem
from desktop_app.model.base import new_id
from desktop_app.org.xlsx_format import UnreadableWorkbook, blank
from desktop_app.org.xlsx_import import ImportProblem
from desktop_app.progress import Cancelled, NullProgress, Progress, check_cancelled
from desktop_app.storage.database import Database
from desktop_app.replace_file import write_replacing

SHEET = "责任矩阵"
LEGEND_SHEET = "说明"
CODE, TITLE, UNIT_CODES = "编码", "名称", "单位编码"
FIRST_UNIT_COLUMN = 2  # zero-based: A and B hold the item's code and title
ROLE_MEANINGS = {"R": "牵头负责，对结果负责", "A": "审核批准", "C": "协助配合", "I": "需被告知进展和结果"}
CODE_LENGTH = WorkItem.__table__.c.code.type.length
TITLE_LENGTH = WorkItem.__table__.c.title.type.length


@dataclass(frozen=True)
class GridExportSummary:
    items: int
    units: int

    def message(self) -> Message:
        return msg(QT_TRANSLATE_NOOP("Core", "{items} work items and {units} units exported."), items=self.items, units=self.units)


@dataclass(frozen=True)
class GridImportResult:
    """Problems (then nothing was written) or the counts of what was written."""

    problems: list[ImportProblem] = field(default_factory=list)
    items_added: int = 0
    items_renamed: int = 0
    cells_changed: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> Message:
        return msg(QT_TRANSLATE_NOOP("Core", "Work items: {added} added, {renamed} renamed. Matrix cells: {cells} changed."),
                   added=self.items_added, renamed=self.items_renamed, cells=self.cells_changed)


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)


# --- export ----------------------------------------------------------------------------------

def export_matrix_xlsx(db: Database, path: Path | str, units: list[str] | None = None,
                       statuses: tuple[str, ...] = DEFAULT_STATUSES, progress: Progress = NullProgress()) -> GridExportSummary:
    """Writes the matrix that ``load_matrix(units=units, statuses=statuses)`` gives to ``path``.
    The file is written beside ``path`` and moved into place when complete, so a cancel or an
    error leaves an earlier file untouched. Reads only; must not run on the GUI thread."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.worksheet.datavalidation import DataValidation

    path = Path(path)
    check_cancelled(progress)
    with db.read() as s:
        m = load_matrix(s, units=units, statuses=statuses)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(SHEET)
    ws.freeze_panes = "C3"
    ws.column_dimensions["A"].width = 12
    ws.column_dimensions["B"].width = 30
    last = _letter(FIRST_UNIT_COLUMN + max(len(m.columns), 1) - 1)
    for j in range(len(m.columns)):
        ws.column_dimensions[_letter(FIRST_UNIT_COLUMN + j)].width = 7
    if m.columns:
        dv = DataValidation(type="list", formula1='"R,A,C,I"', allow_blank=True, showErrorMessage=False)
        dv.add(f"C3:{last}{len(m.rows) + 1000}")
        ws.data_validations.append(dv)
    bold, wrap = Font(bold=True), Alignment(wrap_text=True, vertical="top")

    def head(value: str, wrapped: bool = False) -> Any:
        cell = WriteOnlyCell(ws, value=value)
        cell.font = bold
        if wrapped:
            cell.alignment = wrap
        return cell

    ws.append([head(CODE), head(TITLE)] + [head(c.name, True) for c in m.columns])
    ws.append([None, head(UNIT_CODES)] + [c.code for c in m.columns])
    for i, row in enumerate(m.rows):
        if i % 200 == 0:
            check_cancelled(progress)
            progress.report(i, len(m.rows))
        ws.append([_text(ws, row.code), _text(ws, row.title)] + [m.cells.get((row.id, c.id)) for c in m.columns])
    legend = wb.create_sheet(LEGEND_SHEET)
    legend.append([head("角色"), head("含义"), head("说明")])
    for role, text in ROLE_TEXTS.items():
        legend.append([role, text, ROLE_MEANINGS[role]])
    legend.append([])
    legend.append(["", "导入", "第 2 行的单位编码确定每一列的单位；空白单元格表示清除该角色；未知的事项编码将新建事项（需填写名称）。"])
    write_replacing(path, wb.save)
    progress.report(len(m.rows), len(m.rows))
    return GridExportSummary(len(m.rows), len(m.columns))


def _text(ws: Any, value: str) -> Any:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    value = ILLEGAL_CHARACTERS_RE.sub("", value)
    if value.startswith("="):  # text, not a formula
        cell = WriteOnlyCell(ws, value=value)
        cell.data_type = "s"
        return cell
    return value


# --- import ----------------------------------------------------------------------------------

def _plain(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _read(path: Path, progress: Progress) -> list[tuple] | None:
    """The sheet's rows (None if the workbook has no such sheet); UnreadableWorkbook if bad."""
    from openpyxl import load_workbook

    not_xlsx = msg(QT_TRANSLATE_NOOP("Core", "The file is not an Excel workbook (.xlsx) or is damaged. An older .xls file must first be saved as .xlsx in Excel or WPS."))
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except OSError:
        raise UnreadableWorkbook(msg(QT_TRANSLATE_NOOP("Core", "The file can't be opened: it doesn't exist or can't be read."))) from None
    except Exception:  # openpyxl has no one exception for a bad file
        raise UnreadableWorkbook(not_xlsx) from None
    try:
        title = next((t for t in wb.sheetnames if t.strip() == SHEET), None)
        if title is None:
            return None
        rows = []
        for i, row in enumerate(wb[title].iter_rows(values_only=True)):
            if i % 500 == 0:
                check_cancelled(progress)
            rows.append(row)
        return rows
    except Cancelled:
        raise
    except Exception:
        raise UnreadableWorkbook(not_xlsx) from None
    finally:
        wb.close()


class _Checker:
    """Reads the grid against the database; collects problems and the edits to make."""

    def __init__(self, s, rows: list[tuple]) -> None:
        self.s, self.rows = s, rows
        self.problems: list[tuple[int, int, ImportProblem]] = []  # (row, sheet column, problem)
        self.columns: dict[int, str] = {}  # sheet column -> unit id
        self.labels: dict[int, str] = {}  # sheet column -> "F 运检部" (its letter and header)
        self.new_items: list[tuple[int, str, str]] = []  # (row, code, title)
        self.renames: list[tuple[str, str]] = []  # (item id, title)
        self.cells: list[tuple[int, int, str, str, str | None]] = []  # (row, column, item code, unit id, role)

    def problem(self, row: int, column: str | int, message: Message) -> None:
        """``column``: the header text of A or B, or a unit column's index."""
        if isinstance(column, int):
            index, label = column, self.labels[column]
        else:
            index, label = (CODE, TITLE).index(column), column
        self.problems.append((row, index, ImportProblem(SHEET, row, label, message)))

    def header(self) -> int:
        """Maps the unit columns; returns the index of the first item row."""
        first = self.rows[0] if self.rows else ()
        for i, name in ((0, CODE), (1, TITLE)):
            if _plain(first[i] if i < len(first) else None) != name:
                self.problem(1, name, msg(QT_TRANSLATE_NOOP("Core", "The required column \u201c{column}\u201d is missing."), column=name))
        second = self.rows[1] if len(self.rows) > 1 else ()
        has_codes = len(second) > 1 and _plain(second[1]) == UNIT_CODES
        start = 2 if has_codes else 1
        units = self.s.execute(select(Unit.id, Unit.code, Unit.name).where(Unit.deleted_at.is_(None))).all()
        by_code = {u.code: u.id for u in units}
        by_name: dict[str, list[str]] = {}
        for u in units:
            by_name.setdefault(u.name, []).append(u.id)
        seen: dict[str, str] = {}
        width = max((len(r) for r in self.rows), default=0)
        for j in range(FIRST_UNIT_COLUMN, width):
            name = _plain(first[j] if j < len(first) else None)
            code = _plain(second[j] if has_codes and j < len(second) else None)
            self.labels[j] = f"{_letter(j)} {name or code}".strip()
            if not name and not code:
                if any(j < len(r) and not blank(r[j]) for r in self.rows[start:]):
                    self.problem(1, j, msg(QT_TRANSLATE_NOOP("Core", "This column has roles but no unit in its header.")))
                continue
            if code:
                unit_id, row = by_code.get(code), 2
                if unit_id is None:
                    self.problem(row, j, msg(QT_TRANSLATE_NOOP("Core", "No unit has the code \u201c{value}\u201d."), value=code))
            else:
                found, row = by_name.get(name, []), 1
                unit_id = found[0] if len(found) == 1 else None
                if not found:
                    self.problem(row, j, msg(QT_TRANSLATE_NOOP("Core", "No unit is called \u201c{value}\u201d."), value=name))
                elif len(found) > 1:
                    self.problem(row, j, msg(QT_TRANSLATE_NOOP("Core", "Several units are called \u201c{value}\u201d; put the unit's code in row 2."), value=name))
            if unit_id is None:
                continue
            if unit_id in seen:
                self.problem(row, j, msg(QT_TRANSLATE_NOOP("Core", "This unit already has the column {column}."), column=seen[unit_id]))
                continue
            seen[unit_id] = self.labels[j]
            self.columns[j] = unit_id
        return start

    def body(self, start: int, progress: Progress) -> None:
        items = {r.code: r for r in self.s.execute(
            select(WorkItem.id, WorkItem.code, WorkItem.title, WorkItem.status, WorkItem.deleted_at))}
        first_row: dict[str, int] = {}
        for number, cells in enumerate(self.rows[start:], start=start + 1):
            if number % 200 == 0:
                check_cancelled(progress)
            if all(blank(c) for c in cells):
                continue
            code = _plain(cells[0] if cells else None)
            title = _plain(cells[1] if len(cells) > 1 else None)
            roles = self._roles(number, cells)
            if not code:
                self.problem(number, CODE, msg(QT_TRANSLATE_NOOP("Core", "{column} is required."), column=CODE))
                continue
            if len(code) > CODE_LENGTH or len(title) > TITLE_LENGTH:
                column, n = (CODE, CODE_LENGTH) if len(code) > CODE_LENGTH else (TITLE, TITLE_LENGTH)
                self.problem(number, column, msg(QT_TRANSLATE_NOOP("Core", "{column} may be at most {n} characters long."), column=column, n=n))
                continue
            if code in first_row:
                self.problem(number, CODE, msg(
                    QT_TRANSLATE_NOOP("Core", "{column} \u201c{value}\u201d appears more than once in this sheet (first on row {first})."),
                    column=CODE, value=code, first=first_row[code]))
                continue
            first_row[code] = number
            item = items.get(code)
            if item is None:
                if not title:
                    self.problem(number, TITLE, msg(QT_TRANSLATE_NOOP("Core", "{column} is required."), column=TITLE))
                    continue
                self.new_items.append((number, code, title))
            elif item.deleted_at is not None:
                self.problem(number, CODE, msg(
                    QT_TRANSLATE_NOOP("Core", "{column} \u201c{value}\u201d belongs to a deleted record; restore that record or use another code."),
                    column=CODE, value=code))
                continue
            elif title and title != item.title:
                self.renames.append((item.id, title))
            for j, role in roles:
                self.cells.append((number, j, code, self.columns[j], role))
        self._retired({code: r for code, r in items.items() if r.deleted_at is None})

    def _roles(self, number: int, cells: tuple) -> list[tuple[int, str | None]]:
        out = []
        for j in self.columns:
            value = cells[j] if j < len(cells) else None
            try:
                out.append((j, role_from_text(_plain(value))))
            except ValueError:
                self.problem(number, j, msg(NOT_A_ROLE, value=_plain(value)))
        return out

    def _retired(self, items: dict[str, Any]) -> None:
        """Keeps only the cells that differ from the database; a retired item's must not."""
        ids = [r.id for r in items.values()]
        current = {(i, u): role for i, u, role in self.s.execute(
            select(UnitDuty.work_item_id, UnitDuty.unit_id, UnitDuty.role)
            .where(UnitDuty.deleted_at.is_(None), UnitDuty.work_item_id.in_(ids)))} if ids else {}
        kept = []
        for number, j, code, unit_id, role in self.cells:
            item = items.get(code)
            if item is None:
                if role is not None:
                    kept.append((number, j, code, unit_id, role))
            elif current.get((item.id, unit_id)) != role:
                if item.status == "retired":
                    self.problem(number, j, msg(RETIRED, item=item.title))
                else:
                    kept.append((number, j, code, unit_id, role))
        self.cells = kept


def import_matrix_xlsx(db: Database, path: Path | str, progress: Progress = NullProgress()) -> GridImportResult:
    """Checks the grid at ``path`` completely, then writes it in one transaction or not at all
    (see the module's rules). A file that can't be read gives one problem, never an exception;
    ``Cancelled`` when ``progress`` asks (nothing written). Must not run on the GUI thread."""
    check_cancelled(progress)
    progress.report(0, 0)
    try:
        rows = _read(Path(path), progress)
    except UnreadableWorkbook as exc:
        return GridImportResult([ImportProblem("", 0, "", exc.message)])
    if rows is None:
        return GridImportResult([ImportProblem(SHEET, 1, "", msg(QT_TRANSLATE_NOOP("Core", "The sheet \u201c{sheet}\u201d is missing."), sheet=SHEET))])
    with db.read() as s:
        checker = _Checker(s, rows)
        checker.body(checker.header(), progress)
    if checker.problems:
        return GridImportResult([p for _row, _col, p in sorted(checker.problems, key=lambda t: t[:2])])
    check_cancelled(progress)
    try:
        with db.write() as s:
            ids = dict(s.execute(select(WorkItem.code, WorkItem.id)).all())
            order = next_sort_order(s)
            for i, (_number, code, title) in enumerate(checker.new_items):
                ids[code] = new_id()
                s.add(WorkItem(id=ids[code], code=code, title=title, status="active", description="", sort_order=order + i))
            s.flush()
            for item_id, title in checker.renames:
                s.get(WorkItem, item_id).title = title
            set_block(s, [(ids[code], unit_id, role) for _n, _j, code, unit_id, role in checker.cells])
    except MatrixEditRejected as exc:  # changed by someone else since the check
        return GridImportResult([ImportProblem(SHEET, checker.cells[e.index][0], checker.labels[checker.cells[e.index][1]],
                                               e.message) for e in exc.errors])
    progress.report(1, 1)
    return GridImportResult([], len(checker.new_items), len(checker.renames), len(checker.cells))
