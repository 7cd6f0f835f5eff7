"""Service relations to and from Excel: the sheets 组织客户 (unit → unit) and 岗位客户 (post →
post), with fixed Chinese headers and cell texts whatever the interface language.

A row is one relation. Its provider and customer are given by code (unit code, post code); a
row without a code may name a unit instead (or a post as "岗位 · 单位", as exported), which must
then name exactly one. The name columns are otherwise only for reading. A row whose provider,
customer and service item match a live relation updates that relation; any other row adds one.

Import checks every row of both sheets first; any problem (sheet, row, column, message) means
nothing is written: an unknown code, a code of the wrong level (a post in 组织客户), a relation
from a unit or post to itself, the same relation twice in a sheet, a bad review cycle, status
or target. Otherwise everything is written in one transaction, only the fields that differ
(missing optional columns leave their fields as they are), so exporting and importing back
changes nothing and adds no history. A workbook may hold one of the two sheets.

Export writes every live relation whose two ends are live, of any status; a draft still
missing its provider or customer is left out (it is no relation yet).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.customer_map.rules import (
    DUPLICATE, LEVELS, NOT_A_POST, NOT_A_UNIT, SELF_POST, SELF_UNIT, Level, post_label,
)
from desktop_app.customer_map.vocabulary import (
    RELATION_STATUS_LABELS, RELATION_STATUS_TEXTS, REVIEW_CYCLE_LABELS, REVIEW_CYCLE_TEXTS,
)
from desktop_app.i18n import QT_TRANSLATE_NOOP, Message, msg, translator
from desktop_app.model import Position, Unit
from desktop_app.org.xlsx_format import (
    CellProblem, Field, SheetGrid, UnreadableWorkbook, blank, cell_value, choice_texts, read_cell, read_sheets,
)
from desktop_app.org.xlsx_import import ImportProblem, SheetCounts
from desktop_app.progress import NullProgress, Progress, check_cancelled
from desktop_app.storage.database import Database
from desktop_app.replace_file import write_replacing

__all__ = ["SHEETS", "RelationsExportSummary", "RelationsImportResult", "export_relations_xlsx", "import_relations_xlsx"]

MAX_ROW = 1_048_576


def _accepted(texts: dict[str, str], labels: dict[str, str]) -> dict[str, str]:
    chinese = translator("zh_CN")
    out: dict[str, str] = {}
    for stored, text in texts.items():
        for spelling in (text, stored, labels[stored], chinese(labels[stored])):
            out.setdefault(spelling.strip().casefold(), stored)
    return out


# other ways offices write a cycle
CYCLE_ALIASES = {"月度": "monthly", "季度": "quarterly", "半年": "half-yearly", "半年度": "half-yearly", "年度": "yearly"}

TERMS = (
    Field("service_item", "服务事项", "text", required=True, max_length=200, default="", width=24),
    Field("value", "服务价值", "longtext", default="", width=30),
    Field("standard", "服务标准", "longtext", default="", width=30),
    Field("target_days", "目标时限(工作日)", "int", minimum=0, maximum=365, width=10),
    Field("commitment", "服务承诺", "longtext", default="", width=36),
    Field("review_cycle", "评审周期", "enum", texts=REVIEW_CYCLE_TEXTS,
          accepted=_accepted(REVIEW_CYCLE_TEXTS, REVIEW_CYCLE_LABELS) | CYCLE_ALIASES, default="yearly", width=10),
    Field("status", "状态", "enum", texts=RELATION_STATUS_TEXTS,
          accepted=_accepted(RELATION_STATUS_TEXTS, RELATION_STATUS_LABELS), default="draft", width=8),
)


@dataclass(frozen=True, eq=False)
class RelationSheet:
    name: str
    level: Level
    provider: tuple[str, str]  # (code header, name header)
    customer: tuple[str, str]

    @property
    def headers(self) -> tuple[str, ...]:
        return (*self.provider, *self.customer, *(f.header for f in TERMS))

    def column_index(self, header: str) -> int:
        return self.headers.index(header) if header in self.headers else len(self.headers)


SHEETS = (
    RelationSheet("组织客户", LEVELS["unit"], ("提供单位编码", "提供单位"), ("客户单位编码", "客户单位")),
    RelationSheet("岗位客户", LEVELS["position"], ("提供岗位编码", "提供岗位"), ("客户岗位编码", "客户岗位")),
)


@dataclass(frozen=True)
class RelationsExportSummary:
    unit: int
    position: int

    def message(self) -> Message:
        return msg(QT_TRANSLATE_NOOP("Core", "{unit} unit relations and {position} post relations exported."),
                   unit=self.unit, position=self.position)


@dataclass(frozen=True)
class RelationsImportResult:
    """Problems (then nothing was written) or the counts of what was written per level."""

    problems: list[ImportProblem] = field(default_factory=list)
    unit: SheetCounts = SheetCounts()
    position: SheetCounts = SheetCounts()

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> Message:
        return msg(QT_TRANSLATE_NOOP("Core", "Unit relations: {ui} added, {uu} changed. Post relations: {pi} added, {pu} changed."),
                   ui=self.unit.inserted, uu=self.unit.updated, pi=self.position.inserted, pu=self.position.updated)


# --- the ends of a level ---------------------------------------------------------------------

@dataclass
class _Ends:
    """Live units or posts of one level by code and by name, and the other level's codes."""

    codes: dict[str, str]  # code -> id
    names: dict[str, list[str]]  # name (posts: "post · unit") -> ids
    label: dict[str, tuple[str, str]]  # id -> (code, name)
    other_codes: set[str]

    @classmethod
    def load(cls, s: Session, level: Level) -> _Ends:
        units = s.execute(select(Unit.id, Unit.code, Unit.name).where(Unit.deleted_at.is_(None))).all()
        unit_name = {u.id: u.name for u in units}
        posts = [(p.id, p.code, post_label(p.name, unit_name[p.unit_id])) for p in s.execute(
            select(Position.id, Position.code, Position.name, Position.unit_id).where(Position.deleted_at.is_(None)))
            if p.unit_id in unit_name]
        mine, other = ([(u.id, u.code, u.name) for u in units], posts) if level.key == "unit" else (
            posts, [(u.id, u.code, u.name) for u in units])
        names: dict[str, list[str]] = {}
        for i, _code, name in mine:
            names.setdefault(name, []).append(i)
        return cls({c: i for i, c, _n in mine}, names, {i: (c, n) for i, c, n in mine}, {c for _i, c, _n in other})


# --- export ----------------------------------------------------------------------------------

def _rows(s: Session, sheet: RelationSheet, ends: _Ends) -> list[list[Any]]:
    m, level = sheet.level.model, sheet.level
    out = []
    for rel in s.execute(select(m).where(m.deleted_at.is_(None))).scalars():
        provider, customer = level.ends(rel)
        if provider not in ends.label or customer not in ends.label:
            continue
        out.append([*ends.label[provider], *ends.label[customer],
                    *(cell_value(f, getattr(rel, f.key)) for f in TERMS)])
    return sorted(out, key=lambda r: (r[0], r[2], r[4]))


def export_relations_xlsx(db: Database, path: Path | str, progress: Progress = NullProgress()) -> RelationsExportSummary:
    """Writes both sheets to ``path`` (beside it first, then moved into place, so a cancel or an
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
        data = [(sheet, _rows(s, sheet, _Ends.load(s, sheet.level))) for sheet in SHEETS]
    check_cancelled(progress)
    wb = Workbook(write_only=True)
    bold = Font(bold=True)
    for sheet, rows in data:
        ws = wb.create_sheet(sheet.name)
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = f"A1:{get_column_letter(len(sheet.headers))}{len(rows) + 1}"
        widths = (14, 20, 14, 20, *(f.width for f in TERMS))
        for i, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = width
        for i, f in enumerate(TERMS, start=5):
            if choice_texts(f):  # a drop-down that refuses nothing: import checks
                dv = DataValidation(type="list", formula1='"' + ",".join(choice_texts(f)) + '"',
                                    allow_blank=True, showErrorMessage=False)
                dv.add(f"{get_column_letter(i)}2:{get_column_letter(i)}{MAX_ROW}")
                ws.data_validations.append(dv)
        header = []
        for text in sheet.headers:
            cell = WriteOnlyCell(ws, value=text)
            cell.font = bold
            header.append(cell)
        ws.append(header)
        for row in rows:
            cells: list[Any] = []
            for value in row:
                if isinstance(value, str):
                    value = ILLEGAL_CHARACTERS_RE.sub("", value)
                    if value.startswith("="):  # text, not a formula
                        cell = WriteOnlyCell(ws, value=value)
                        cell.data_type = "s"
                        value = cell
                cells.append(value)
            ws.append(cells)
    write_replacing(path, wb.save)
    progress.report(1, 1)
    return RelationsExportSummary(*(len(rows) for _sheet, rows in data))


# --- import ----------------------------------------------------------------------------------

def _read(path: Path, progress: Progress) -> dict[str, SheetGrid]:
    return read_sheets(path, progress, {sheet.name for sheet in SHEETS})


@dataclass
class _Parsed:
    number: int
    provider: str
    customer: str
    values: dict[str, Any]  # the term fields present in the sheet


def _text(cells: tuple, columns: dict[str, int], header: str) -> str:
    index = columns.get(header)
    value = cells[index] if index is not None and index < len(cells) else None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return "" if value is None else str(value).strip()


class _Checker:
    def __init__(self, sheet: RelationSheet, grid: SheetGrid, ends: _Ends) -> None:
        self.sheet, self.grid, self.ends = sheet, grid, ends
        self.problems: list[ImportProblem] = []
        self.rows: list[_Parsed] = []

    def problem(self, row: int, column: str, message: Message) -> None:
        self.problems.append(ImportProblem(self.sheet.name, row, column, message))

    def check(self, progress: Progress) -> None:
        sheet, columns = self.sheet, self.grid.columns
        for header in self.grid.repeated_headers:
            if header in sheet.headers:
                self.problem(1, header, msg(QT_TRANSLATE_NOOP("Core", "The column \u201c{column}\u201d appears more than once."), column=header))
        for header in (sheet.provider[0], sheet.customer[0], TERMS[0].header):
            if header not in columns:
                self.problem(1, header, msg(QT_TRANSLATE_NOOP("Core", "The required column \u201c{column}\u201d is missing."), column=header))
        if self.problems:
            return
        first: dict[tuple[str, str, str], int] = {}
        for number, cells in self.grid.rows:
            if number % 200 == 0:
                check_cancelled(progress)
            if all(blank(cells[i]) for i in columns.values() if i < len(cells)):
                continue  # text only in columns of the user's own
            values: dict[str, Any] = {}
            for f in TERMS:
                if f.header in columns:
                    index = columns[f.header]
                    try:
                        values[f.key] = read_cell(f, cells[index] if index < len(cells) else None)
                    except CellProblem as exc:
                        self.problem(number, f.header, exc.message)
            provider = self.end(number, cells, sheet.provider)
            customer = self.end(number, cells, sheet.customer)
            if provider is None or customer is None or "service_item" not in values:
                continue
            if provider == customer:
                self.problem(number, sheet.customer[0], msg(SELF_UNIT if sheet.level.key == "unit" else SELF_POST))
                continue
            key = (provider, customer, values["service_item"])
            if key in first:
                self.problem(number, TERMS[0].header, msg(
                    QT_TRANSLATE_NOOP("Core", "{relation} Its first row is {first}."),
                    relation=msg(DUPLICATE, provider=self.ends.label[provider][1], item=key[2],
                                 customer=self.ends.label[customer][1]), first=first[key]))
                continue
            first[key] = number
            self.rows.append(_Parsed(number, provider, customer, values))

    def end(self, number: int, cells: tuple, headers: tuple[str, str]) -> str | None:
        code_header, name_header = headers
        code, name = _text(cells, self.grid.columns, code_header), _text(cells, self.grid.columns, name_header)
        unit_level = self.sheet.level.key == "unit"
        if code:
            found = self.ends.codes.get(code)
            if found is None:
                if code in self.ends.other_codes:
                    text = NOT_A_UNIT if unit_level else NOT_A_POST
                elif unit_level:
                    text = QT_TRANSLATE_NOOP("Core", "No unit has the code \u201c{value}\u201d.")
                else:
                    text = QT_TRANSLATE_NOOP("Core", "No post has the code \u201c{value}\u201d.")
                self.problem(number, code_header, msg(text, value=code))
            return found
        if not name:
            self.problem(number, code_header, msg(QT_TRANSLATE_NOOP("Core", "{column} is required."), column=code_header))
            return None
        ids = self.ends.names.get(name, [])
        if len(ids) == 1:
            return ids[0]
        if ids:
            text = QT_TRANSLATE_NOOP("Core", "Several records are called \u201c{value}\u201d; give the code in {column}.")
        elif unit_level:
            text = QT_TRANSLATE_NOOP("Core", "No unit is called \u201c{value}\u201d.")
        else:
            text = QT_TRANSLATE_NOOP("Core", "No post is called \u201c{value}\u201d (write it as \u201cpost · unit\u201d, or give its code).")
        self.problem(number, name_header, msg(text, value=name, column=code_header))
        return None


def _write(s: Session, sheet: RelationSheet, rows: list[_Parsed]) -> SheetCounts:
    level, m = sheet.level, sheet.level.model
    live = {(*level.ends(rel), rel.service_item): rel
            for rel in s.execute(select(m).where(m.deleted_at.is_(None))).scalars()}
    inserted = updated = 0
    for row in rows:
        rel = live.get((row.provider, row.customer, row.values["service_item"]))
        if rel is None:
            values = {f.key: f.default for f in TERMS} | row.values
            s.add(m(**{level.provider: row.provider, level.customer: row.customer}, **values))
            inserted += 1
            continue
        changed = False
        for key, value in row.values.items():
            if getattr(rel, key) != value:
                setattr(rel, key, value)
                changed = True
        updated += changed
    s.flush()
    return SheetCounts(inserted, updated)


def import_relations_xlsx(db: Database, path: Path | str, progress: Progress = NullProgress()) -> RelationsImportResult:
    """Checks the workbook at ``path`` completely, then writes it in one transaction or not at
    all (see the module's rules). A file that can't be read gives one problem, never an
    exception; ``Cancelled`` when ``progress`` asks (nothing written). Not on the GUI thread."""
    check_cancelled(progress)
    progress.report(0, 0)
    try:
        grids = _read(Path(path), progress)
    except UnreadableWorkbook as exc:
        return RelationsImportResult([ImportProblem("", 0, "", exc.message)])
    if not grids:
        return RelationsImportResult([ImportProblem(SHEETS[0].name, 1, "", msg(
            QT_TRANSLATE_NOOP("Core", "The workbook has neither the sheet \u201c{first}\u201d nor \u201c{second}\u201d."),
            first=SHEETS[0].name, second=SHEETS[1].name))])
    checkers = []
    with db.read() as s:
        for sheet in SHEETS:
            if sheet.name in grids:
                checker = _Checker(sheet, grids[sheet.name], _Ends.load(s, sheet.level))
                checker.check(progress)
                checkers.append(checker)
    problems = [p for c in checkers for p in c.problems]
    if problems:
        order = {sheet.name: i for i, sheet in enumerate(SHEETS)}
        return RelationsImportResult(sorted(problems, key=lambda p: (
            order[p.sheet], p.row, SHEETS[order[p.sheet]].column_index(p.column))))
    check_cancelled(progress)
    counts = {sheet.level.key: SheetCounts() for sheet in SHEETS}
    with db.write() as s:
        for checker in checkers:
            counts[checker.sheet.level.key] = _write(s, checker.sheet, checker.rows)
    progress.report(1, 1)
    return RelationsImportResult([], counts["unit"], counts["position"])
