"""Rotation and stationing assignments to and from Excel: the sheet 轮岗安排, with fixed Chinese
headers and cell texts whatever the interface language.

A row is one assignment: its plan, person, the post they leave, where they go (a unit and,
where known, a post), the dates, its status and evaluation. Plans, people, units and posts are
given by code (计划编码, 工号, …); the name columns beside them are only for reading.

An assignment is identified by its plan, its person and its start date (计划编码 + 工号 +
开始日期): a row matching a live assignment updates it, any other row adds one. The table
doesn't refuse two assignments with the same three; the export then writes each (in the order
of their ids), and the rows of one such key update them in that order, so the file goes back
in unchanged. Otherwise the same key twice in a file is refused.

Import checks every row first; any problem (sheet, row, column, message) means nothing is
written: an unknown or deleted plan or person, an unknown unit or post code (or a deleted one
not already on the assignment), a destination post outside the destination unit, a date that
is no date (2026-02-30), a score that isn't a whole number from 0 to 100, a bad status, a
repeated row. Otherwise everything is written in one transaction, only the fields that differ,
so exporting and importing back changes nothing and adds no history. As in the table:
- an empty 原岗位编码 means the post the person holds now on a new row, and leaves an
  existing row's post as it is;
- a destination post without a destination unit brings its unit;
- an end before the start, or dates outside the plan, are stored (the checks report them).
A missing optional column leaves that field of existing assignments as it is.

Export writes every live assignment of a live plan whose person is live and whose start is set
(a row still missing its person or start can't be identified, so it is left out), ordered by
plan code, start and employee no.; dates are Excel dates.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.customer_map.rules import post_label, post_outside_unit
from desktop_app.i18n import QT_TRANSLATE_NOOP, Message, msg, translator
from desktop_app.model import Position, RotationAssignment, RotationPlan, Staff, Unit
from desktop_app.org.xlsx_format import (
    CellProblem, Field, SheetGrid, UnreadableWorkbook, blank, cell_value, choice_texts, read_cell, read_sheets,
)
from desktop_app.org.xlsx_import import ImportProblem, SheetCounts
from desktop_app.progress import NullProgress, Progress, check_cancelled
from desktop_app.rotation.vocabulary import ASSIGNMENT_STATUS_LABELS, ASSIGNMENT_STATUS_TEXTS
from desktop_app.storage.database import Database
from desktop_app.replace_file import write_replacing

__all__ = ["SHEET", "HEADERS", "AssignmentsExportSummary", "AssignmentsImportResult", "export_assignments_xlsx",
           "import_assignments_xlsx"]

SHEET = "轮岗安排"
MAX_ROW = 1_048_576
REPORT_EVERY = 100
DATE_FORMAT = "yyyy-mm-dd"

DELETED = QT_TRANSLATE_NOOP("Core", "{column} \u201c{value}\u201d belongs to a deleted record; restore that record or use another code.")
NO_PLAN = QT_TRANSLATE_NOOP("Core", "No plan has the code \u201c{value}\u201d.")
NO_PERSON = QT_TRANSLATE_NOOP("Core", "No staff member has the employee no. \u201c{value}\u201d.")
NO_UNIT = QT_TRANSLATE_NOOP("Core", "No unit has the code \u201c{value}\u201d.")
NO_POST = QT_TRANSLATE_NOOP("Core", "No post has the code \u201c{value}\u201d.")
REPEATED = QT_TRANSLATE_NOOP("Core", "The same plan, employee no. and start date are on row {first} already.")


def _accepted(texts: dict[str, str], labels: dict[str, str]) -> dict[str, str]:
    """Every spelling read as each stored value: file text, stored value, English and Chinese labels."""
    chinese = translator("zh_CN")
    out: dict[str, str] = {}
    for stored, text in texts.items():
        for spelling in (text, stored, labels[stored], chinese(labels[stored])):
            out.setdefault(spelling.strip().casefold(), stored)
    return out


def _code(key: str, header: str, model: type, attr: str = "code", required: bool = False) -> Field:
    return Field(key, header, "text", required=required, max_length=model.__table__.c[attr].type.length,
                 default="", width=14)


PLAN = _code("plan", "计划编码", RotationPlan, required=True)
PERSON = _code("staff", "工号", Staff, "employee_no", required=True)
FROM_POST = _code("from_position", "原岗位编码", Position)
TO_UNIT = _code("to_unit", "去往单位编码", Unit)
TO_POST = _code("to_position", "去往岗位编码", Position)
START = Field("start", "开始日期", "date", required=True, width=12)
END = Field("end", "结束日期", "date", width=12)
STATUS = Field("status", "状态", "enum", texts=ASSIGNMENT_STATUS_TEXTS,
               accepted=_accepted(ASSIGNMENT_STATUS_TEXTS, ASSIGNMENT_STATUS_LABELS), default="planned", width=8)
SCORE = Field("score", "评价得分", "int", minimum=0, maximum=100, width=8)
COMMENT = Field("comment", "评语", "longtext", default="", width=40)

# (field, or None for a name column that is only read by people)
COLUMNS: tuple[tuple[str, Field | None], ...] = (
    ("计划编码", PLAN), ("计划名称", None), ("工号", PERSON), ("姓名", None), ("原岗位编码", FROM_POST),
    ("原岗位", None), ("去往单位编码", TO_UNIT), ("去往单位", None), ("去往岗位编码", TO_POST), ("去往岗位", None),
    ("开始日期", START), ("结束日期", END), ("状态", STATUS), ("评价得分", SCORE), ("评语", COMMENT),
)
HEADERS = tuple(header for header, _f in COLUMNS)
FIELDS = tuple(f for _h, f in COLUMNS if f is not None)
WIDTHS = (12, 28, 12, 10, 14, 24, 14, 16, 14, 24, 12, 12, 8, 8, 40)


@dataclass(frozen=True)
class AssignmentsExportSummary:
    assignments: int

    def message(self) -> Message:
        return msg(QT_TRANSLATE_NOOP("Core", "{n} assignments exported."), n=self.assignments)


@dataclass(frozen=True)
class AssignmentsImportResult:
    """Problems (then nothing was written) or the counts of what was written."""

    problems: list[ImportProblem] = field(default_factory=list)
    assignments: SheetCounts = SheetCounts()

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> Message:
        return msg(QT_TRANSLATE_NOOP("Core", "Assignments: {added} added, {changed} changed."),
                   added=self.assignments.inserted, changed=self.assignments.updated)


# --- what codes name -------------------------------------------------------------------------

@dataclass
class _Known:
    """Every plan, person, unit and post by code (deleted ones too, to say so)."""

    plans: dict[str, tuple[str, bool]]  # code -> (id, deleted)
    staff: dict[str, tuple[str, str | None, bool]]  # employee no. -> (id, current post, deleted)
    units: dict[str, tuple[str, bool]]
    posts: dict[str, tuple[str, str, bool]]  # code -> (id, unit id, deleted)
    deleted_ids: set[str]
    post_unit: dict[str, str]  # post id -> unit id

    @classmethod
    def load(cls, s: Session) -> _Known:
        plans = {r.code: (r.id, r.deleted_at is not None)
                 for r in s.execute(select(RotationPlan.id, RotationPlan.code, RotationPlan.deleted_at))}
        staff = {r.employee_no: (r.id, r.position_id, r.deleted_at is not None)
                 for r in s.execute(select(Staff.id, Staff.employee_no, Staff.position_id, Staff.deleted_at))}
        units = {r.code: (r.id, r.deleted_at is not None) for r in s.execute(select(Unit.id, Unit.code, Unit.deleted_at))}
        posts = {r.code: (r.id, r.unit_id, r.deleted_at is not None)
                 for r in s.execute(select(Position.id, Position.code, Position.unit_id, Position.deleted_at))}
        deleted = {i for i, gone in units.values() if gone} | {i for i, _u, gone in posts.values() if gone}
        return cls(plans, staff, units, posts, deleted, {i: u for i, u, _g in posts.values()})


# --- export ----------------------------------------------------------------------------------

def _rows(s: Session) -> list[list[Any]]:
    a = RotationAssignment
    plans = {r.id: (r.code, r.name) for r in s.execute(
        select(RotationPlan.id, RotationPlan.code, RotationPlan.name).where(RotationPlan.deleted_at.is_(None)))}
    people = {r.id: (r.employee_no, r.name) for r in s.execute(
        select(Staff.id, Staff.employee_no, Staff.name).where(Staff.deleted_at.is_(None)))}
    units = {r.id: (r.code, r.name) for r in s.execute(select(Unit.id, Unit.code, Unit.name))}
    posts = {r.id: (r.code, post_label(r.name, units[r.unit_id][1]) if r.unit_id in units else r.name)
             for r in s.execute(select(Position.id, Position.code, Position.name, Position.unit_id))}
    none = (None, None)
    out = []
    for r in s.execute(select(a).where(a.deleted_at.is_(None), a.staff_id.is_not(None), a.start.is_not(None))
                       .order_by(a.id)).scalars():
        if r.plan_id not in plans or r.staff_id not in people:
            continue
        out.append([*plans[r.plan_id], *people[r.staff_id], *posts.get(r.from_position_id, none),
                    *units.get(r.to_unit_id, none), *posts.get(r.to_position_id, none), r.start, r.end,
                    cell_value(STATUS, r.status), r.score, r.comment])
    out.sort(key=lambda row: (row[0], row[10], row[2]))  # stable: equal keys stay in id order
    return out


def export_assignments_xlsx(db: Database, path: Path | str,
                            progress: Progress = NullProgress()) -> AssignmentsExportSummary:
    """Writes the sheet to ``path`` (beside it first, then moved into place, so a cancel or an
    error leaves an earlier file untouched). Reads only; must not run on the GUI thread."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    path = Path(path)
    check_cancelled(progress)
    with db.read() as s:
        rows = _rows(s)
    check_cancelled(progress)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(SHEET)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(HEADERS))}{len(rows) + 1}"
    for i, width in enumerate(WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    status = get_column_letter(HEADERS.index(STATUS.header) + 1)
    dv = DataValidation(type="list", formula1='"' + ",".join(choice_texts(STATUS)) + '"', allow_blank=True,
                        showErrorMessage=False)  # a drop-down that refuses nothing: import checks
    dv.add(f"{status}2:{status}{MAX_ROW}")
    ws.data_validations.append(dv)
    header = [WriteOnlyCell(ws, value=text) for text in HEADERS]
    for cell in header:
        cell.font = Font(bold=True)
    ws.append(header)
    for n, row in enumerate(rows, start=1):
        if n % 1000 == 0:
            check_cancelled(progress)
            progress.report(n, len(rows))
        cells: list[Any] = []
        for value in row:
            if isinstance(value, date):
                value = WriteOnlyCell(ws, value=value)
                value.number_format = DATE_FORMAT
            elif isinstance(value, str):
                value = ILLEGAL_CHARACTERS_RE.sub("", value)
                if value.startswith("="):  # text, not a formula
                    value = WriteOnlyCell(ws, value=value)
                    value.data_type = "s"
            cells.append(value)
        ws.append(cells)
    write_replacing(path, wb.save)
    progress.report(1, 1)
    return AssignmentsExportSummary(len(rows))


# --- import: reading -------------------------------------------------------------------------

def _read(path: Path, progress: Progress) -> SheetGrid | None:
    """The sheet's cells, or None when the workbook has no such sheet; UnreadableWorkbook for a
    file that is missing, unreadable or not a sound .xlsx workbook."""
    return read_sheets(path, progress, {SHEET}).get(SHEET)


# --- import: checking ------------------------------------------------------------------------

@dataclass
class _Row:
    number: int
    existing: str | None  # the id of the assignment it updates
    values: dict[str, Any]  # model attributes to set (ids resolved)


class _Checker:
    def __init__(self, s: Session, grid: SheetGrid, progress: Progress) -> None:
        self.s, self.grid, self.progress = s, grid, progress
        self.known = _Known.load(s)
        self.problems: list[ImportProblem] = []
        self.rows: list[_Row] = []
        a = RotationAssignment
        self.live: dict[tuple[str, str, date], list[Any]] = {}  # (plan, staff, start) -> rows in id order
        for r in s.execute(select(a.id, a.plan_id, a.staff_id, a.start, a.from_position_id, a.to_unit_id, a.to_position_id)
                           .where(a.deleted_at.is_(None), a.staff_id.is_not(None), a.start.is_not(None)).order_by(a.id)):
            self.live.setdefault((r.plan_id, r.staff_id, r.start), []).append(r)
        self.outside: dict[tuple[str, str | None], Message | None] = {}

    def problem(self, row: int, column: str, message: Message) -> None:
        self.problems.append(ImportProblem(SHEET, row, column, message))

    def check(self) -> None:
        columns = self.grid.columns
        for header in self.grid.repeated_headers:
            if header in HEADERS:
                self.problem(1, header, msg(QT_TRANSLATE_NOOP("Core", "The column \u201c{column}\u201d appears more than once."), column=header))
        for f in FIELDS:
            if f.required and f.header not in columns:
                self.problem(1, f.header, msg(QT_TRANSLATE_NOOP("Core", "The required column \u201c{column}\u201d is missing."), column=f.header))
        if self.problems:
            return
        present = [(f, columns[f.header]) for f in FIELDS if f.header in columns]
        seen: dict[tuple[str, str, date], list[int]] = {}
        total = 2 * max(len(self.grid.rows), 1)
        for done, (number, cells) in enumerate(self.grid.rows, start=1):
            if done % REPORT_EVERY == 0:
                check_cancelled(self.progress)
                self.progress.report(done, total)
            if all(blank(cells[i]) for _f, i in present if i < len(cells)):
                continue  # text only in the name columns or columns of the user's own
            cells_read: dict[str, Any] = {}
            for f, index in present:
                try:
                    cells_read[f.key] = read_cell(f, cells[index] if index < len(cells) else None)
                except CellProblem as exc:
                    self.problem(number, f.header, exc.message)
            self.row(number, cells_read, seen)

    def row(self, number: int, cells: dict[str, Any], seen: dict) -> None:
        known = self.known
        plan = self.lookup(number, PLAN, cells, known.plans, NO_PLAN)
        person = self.lookup(number, PERSON, cells, known.staff, NO_PERSON)
        from_post = self.place(number, FROM_POST, cells, known.posts, NO_POST)
        to_unit = self.place(number, TO_UNIT, cells, known.units, NO_UNIT)
        to_post = self.place(number, TO_POST, cells, known.posts, NO_POST)
        if plan is None or person is None or cells.get("start") is None or False in (from_post, to_unit, to_post):
            return
        key = (plan[0], person[0], cells["start"])
        earlier = seen.setdefault(key, [])
        matches = self.live.get(key, [])
        if earlier and len(earlier) >= len(matches):
            self.problem(number, START.header, msg(REPEATED, first=earlier[0]))
            return
        existing = matches[len(earlier)] if len(earlier) < len(matches) else None
        earlier.append(number)
        values: dict[str, Any] = {"plan_id": key[0], "staff_id": key[1], "start": key[2]}
        for f in (END, STATUS, SCORE, COMMENT):
            if f.key in cells:
                values[f.key] = cells[f.key]
        if from_post is not None:
            values["from_position_id"] = from_post
        elif existing is None:
            values["from_position_id"] = person[1]  # the post they hold now, as the table fills it
        if TO_UNIT.header in self.grid.columns:
            values["to_unit_id"] = to_unit
        if TO_POST.header in self.grid.columns:
            values["to_position_id"] = to_post
        if not self.deleted_only_if_kept(number, existing, cells, {FROM_POST: from_post, TO_UNIT: to_unit, TO_POST: to_post}):
            return
        unit = values["to_unit_id"] if "to_unit_id" in values else existing and existing.to_unit_id
        post = values["to_position_id"] if "to_position_id" in values else existing and existing.to_position_id
        if post is not None and unit is None:  # a post chosen without a unit tells the unit
            unit = values["to_unit_id"] = known.post_unit.get(post)
        if post is not None and known.post_unit.get(post) != unit:
            if (post, unit) not in self.outside:
                self.outside[(post, unit)] = post_outside_unit(self.s, post, unit)
            if self.outside[(post, unit)] is not None:
                self.problem(number, TO_POST.header if TO_POST.header in self.grid.columns else TO_UNIT.header,
                             self.outside[(post, unit)])
                return
        if existing is None:
            values = {"to_unit_id": None, "to_position_id": None, "end": None, "status": STATUS.default,
                      "score": None, "comment": COMMENT.default} | values
        self.rows.append(_Row(number, existing and existing.id, values))

    def lookup(self, number: int, f: Field, cells: dict[str, Any], by_code: dict, unknown: str) -> tuple | None:
        """The plan or person a required code names, or None (reported)."""
        code = cells.get(f.key)
        if code is None:
            return None
        found = by_code.get(code)
        if found is None or found[-1]:
            self.problem(number, f.header, msg(DELETED, column=f.header, value=code) if found else msg(unknown, value=code))
            return None
        return found

    def place(self, number: int, f: Field, cells: dict[str, Any], by_code: dict, unknown: str) -> str | None | bool:
        """The id of the unit or post an optional code names (deleted ones too: see
        ``deleted_only_if_kept``), None for an empty or absent cell, False when reported."""
        code = cells.get(f.key)
        if not code:
            return False if f.key not in cells and f.header in self.grid.columns else None
        found = by_code.get(code)
        if found is None:
            self.problem(number, f.header, msg(unknown, value=code))
            return False
        return found[0]

    def deleted_only_if_kept(self, number: int, existing: Any, cells: dict[str, Any],
                             given: dict[Field, str | None]) -> bool:
        """A deleted unit or post may stay on the assignment that has it, never be put on one."""
        ok = True
        for f, value in given.items():
            attr = f.key + "_id"
            if value in self.known.deleted_ids and (existing is None or getattr(existing, attr) != value):
                self.problem(number, f.header, msg(DELETED, column=f.header, value=cells[f.key]))
                ok = False
        return ok


# --- import: writing -------------------------------------------------------------------------

def _write(s: Session, rows: list[_Row], progress: Progress, total: int) -> SheetCounts:
    a = RotationAssignment
    wanted = {row.existing for row in rows if row.existing is not None}
    live = {r.id: r for r in s.scalars(select(a).where(a.deleted_at.is_(None), a.staff_id.is_not(None)))
            if r.id in wanted}
    inserted = updated = 0
    for done, row in enumerate(rows, start=total // 2 + 1):
        if done % REPORT_EVERY == 0:
            check_cancelled(progress)
            progress.report(done, total)
        if row.existing is None:
            s.add(a(**row.values))
            inserted += 1
            continue
        obj, changed = live[row.existing], False
        for key, value in row.values.items():
            if getattr(obj, key) != value:  # only real changes reach the history
                setattr(obj, key, value)
                changed = True
        updated += changed
    s.flush()
    return SheetCounts(inserted, updated)


def import_assignments_xlsx(db: Database, path: Path | str,
                            progress: Progress = NullProgress()) -> AssignmentsImportResult:
    """Checks the sheet at ``path`` completely, then writes it in one transaction or not at all
    (see the module's rules). A file that can't be read gives one problem, never an exception;
    ``Cancelled`` when ``progress`` asks (nothing written). Not on the GUI thread."""
    check_cancelled(progress)
    progress.report(0, 0)
    try:
        grid = _read(Path(path), progress)
    except UnreadableWorkbook as exc:
        return AssignmentsImportResult([ImportProblem("", 0, "", exc.message)])
    if grid is None:
        return AssignmentsImportResult([ImportProblem(SHEET, 1, "", msg(
            QT_TRANSLATE_NOOP("Core", "The sheet \u201c{sheet}\u201d is missing."), sheet=SHEET))])
    with db.read() as s:
        checker = _Checker(s, grid, progress)
        checker.check()
    if checker.problems:
        def place(p: ImportProblem) -> tuple[int, int]:
            return p.row, HEADERS.index(p.column) if p.column in HEADERS else -1
        return AssignmentsImportResult(sorted(checker.problems, key=place))
    check_cancelled(progress)
    total = 2 * max(len(grid.rows), 1)
    with db.write() as s:
        counts = _write(s, checker.rows, progress, total)
    progress.report(total, total)
    return AssignmentsImportResult([], counts)
