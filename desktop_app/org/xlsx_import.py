"""Importing units, positions and staff from the organisation workbook, all or nothing.

``import_org_xlsx`` reads and checks every row of every sheet before it writes anything. If
any problem is found, the result lists them all (sheet, row, column header, message) and the
database is not touched. Otherwise everything is written in one transaction: a row whose code
or employee number matches a live record updates only the fields that differ, so the change
history shows real changes and importing the same file twice changes nothing the second time;
other rows are inserted. A missing optional column leaves that field of existing records as
it is; an empty cell sets the field to its empty value or default.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.i18n import QT_TRANSLATE_NOOP, Message, msg
from desktop_app.model import Position, Staff, Unit
from desktop_app.model.base import new_id
from desktop_app.org.staffing import assign_position
from desktop_app.org.vocabulary import ALLOWED_PARENT_KINDS, UNIT_KIND_LABELS
from desktop_app.org.xlsx_format import (
    POSITIONS, SHEETS, STAFF, UNITS, CellProblem, SheetFormat, SheetGrid, UnreadableWorkbook, blank, read_cell, read_sheets,
)
from desktop_app.progress import NullProgress, Progress, check_cancelled
from desktop_app.storage.database import Database

REPORT_EVERY = 50


@dataclass(frozen=True)
class ImportProblem:
    """What is wrong where: ``row`` is the sheet's row number as Excel shows it (1 = header),
    ``column`` the header text ("" when the whole sheet is meant). A file that can't be read at
    all has ``sheet`` "" and ``row`` 0."""

    sheet: str
    row: int
    column: str
    message: Message


@dataclass(frozen=True)
class SheetCounts:
    inserted: int = 0
    updated: int = 0


@dataclass(frozen=True)
class ImportResult:
    """Problems (then nothing was written) or the counts of what was written."""

    problems: list[ImportProblem] = field(default_factory=list)
    units: SheetCounts = SheetCounts()
    positions: SheetCounts = SheetCounts()
    staff: SheetCounts = SheetCounts()

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> Message:
        return msg(QT_TRANSLATE_NOOP("Core", "Units: {ui} added, {uu} changed. Positions: {pi} added, {pu} changed. Staff: {si} added, {su} changed."),
                   ui=self.units.inserted, uu=self.units.updated, pi=self.positions.inserted,
                   pu=self.positions.updated, si=self.staff.inserted, su=self.staff.updated)

    def __str__(self) -> str:
        return self.summary().render()


@dataclass
class _Row:
    number: int
    values: dict[str, Any]  # parsed values of the columns present; refs hold codes
    code: str | None  # None when the key cell is bad or repeats an earlier row
    failed: set[str]  # keys of the cells that could not be read


@dataclass
class _Existing:
    """What the database holds, loaded once so that checking a row needs no query."""

    unit_kind: dict[str, str]  # live code -> kind
    unit_parent: dict[str, str | None]  # live code -> live parent code
    deleted: dict[str, set[str]]  # sheet key -> codes held only by deleted records
    live: dict[str, set[str]]  # sheet key -> live codes

    @classmethod
    def load(cls, s: Session) -> _Existing:
        units = s.execute(select(Unit.id, Unit.code, Unit.kind, Unit.parent_id, Unit.deleted_at)).all()
        code_of = {u.id: u.code for u in units if u.deleted_at is None}
        live: dict[str, set[str]] = {"units": set(code_of.values())}
        deleted: dict[str, set[str]] = {"units": {u.code for u in units if u.deleted_at is not None}}
        for fmt, key in ((POSITIONS, Position.code), (STAFF, Staff.employee_no)):
            rows = s.execute(select(key, fmt.model.deleted_at)).all()
            live[fmt.key] = {code for code, gone in rows if gone is None}
            deleted[fmt.key] = {code for code, gone in rows if gone is not None}
        return cls(
            unit_kind={u.code: u.kind for u in units if u.deleted_at is None},
            unit_parent={u.code: code_of.get(u.parent_id) for u in units if u.deleted_at is None},
            deleted=deleted, live=live,
        )


class _Counter:
    """One progress bar over checking (first half) and writing (second half) every row."""

    def __init__(self, progress: Progress, rows: int) -> None:
        self.progress, self.total, self.done = progress, max(2 * rows, 1), 0

    def step(self) -> None:
        check_cancelled(self.progress)
        self.done += 1
        if self.done % REPORT_EVERY == 0:
            self.progress.report(self.done, self.total)


def import_org_xlsx(db: Database, path: Path | str, progress: Progress = NullProgress()) -> ImportResult:
    """Checks the workbook at ``path`` completely, then writes it in one transaction or not at all.

    Raises ``Cancelled`` when ``progress`` asks to stop; the transaction is then rolled back and
    nothing is written. A file that can't be read gives a result with one problem, never an
    exception. Must not run on the GUI thread (it may take seconds).
    """
    check_cancelled(progress)
    progress.report(0, 0)
    try:
        sheets = read_sheets(Path(path), progress)
    except UnreadableWorkbook as exc:
        return ImportResult([ImportProblem("", 0, "", exc.message)])
    problems: list[ImportProblem] = []
    counter = _Counter(progress, sum(len(s.rows) for s in sheets.values()))
    with db.read() as s:
        existing = _Existing.load(s)
    parsed: dict[str, list[_Row]] = {}
    for fmt in SHEETS:
        sheet = sheets.get(fmt.name)
        if sheet is None:
            problems.append(ImportProblem(fmt.name, 1, "", msg(QT_TRANSLATE_NOOP("Core", "The sheet \u201c{sheet}\u201d is missing."), sheet=fmt.name)))
            parsed[fmt.key] = []
            continue
        problems += _check_headers(fmt, sheet)
        parsed[fmt.key] = _parse_rows(fmt, sheet, existing, problems, counter)
    problems += _check_references(parsed, existing)
    problems += _check_unit_tree(parsed["units"], existing)
    if problems:
        return ImportResult(sorted(problems, key=_place))
    with db.write() as s:
        counts = _Writer(s, counter).write(parsed)
    progress.report(counter.total, counter.total)
    return ImportResult([], *counts)


# --- checking --------------------------------------------------------------------------------

def _place(p: ImportProblem) -> tuple[int, int, int]:
    """Sheets in file order, then rows, then columns as the sheet has them."""
    fmt = next((f for f in SHEETS if f.name == p.sheet), None)
    if fmt is None:
        return -1, p.row, -1
    return SHEETS.index(fmt), p.row, fmt.headers.index(p.column) if p.column in fmt.headers else -1


def _check_headers(fmt: SheetFormat, sheet: SheetGrid) -> list[ImportProblem]:
    out = [ImportProblem(fmt.name, 1, header, msg(QT_TRANSLATE_NOOP("Core", "The column \u201c{column}\u201d appears more than once."), column=header))
           for header in sheet.repeated_headers if header in fmt.headers]
    for f in fmt.fields:
        if f.required and f.header not in sheet.columns:
            out.append(ImportProblem(fmt.name, 1, f.header, msg(QT_TRANSLATE_NOOP("Core", "The required column \u201c{column}\u201d is missing."), column=f.header)))
    return out


def _parse_rows(fmt: SheetFormat, sheet: SheetGrid, existing: _Existing, problems: list[ImportProblem],
                counter: _Counter) -> list[_Row]:
    present = [(f, sheet.columns[f.header]) for f in fmt.fields if f.header in sheet.columns]
    first_row: dict[str, int] = {}
    rows: list[_Row] = []
    key = fmt.key_field
    for number, cells in sheet.rows:
        counter.step()
        if all(blank(cells[i]) for _f, i in present if i < len(cells)):
            continue  # text only in columns of the user's own
        values: dict[str, Any] = {}
        failed: set[str] = set()
        for f, index in present:
            try:
                values[f.key] = read_cell(f, cells[index] if index < len(cells) else None)
            except CellProblem as exc:
                failed.add(f.key)
                problems.append(ImportProblem(fmt.name, number, f.header, exc.message))
        code = values.get(key.key)
        if code is not None and code in first_row:
            problems.append(ImportProblem(fmt.name, number, key.header, msg(
                QT_TRANSLATE_NOOP("Core", "{column} \u201c{value}\u201d appears more than once in this sheet (first on row {first})."),
                column=key.header, value=code, first=first_row[code])))
            code = None
        elif code is not None:
            first_row[code] = number
            if code in existing.deleted[fmt.key] and code not in existing.live[fmt.key]:
                problems.append(ImportProblem(fmt.name, number, key.header, msg(
                    QT_TRANSLATE_NOOP("Core", "{column} \u201c{value}\u201d belongs to a deleted record; restore that record or use another code."),
                    column=key.header, value=code)))
        rows.append(_Row(number, values, code, failed))
    return rows


def _check_references(parsed: dict[str, list[_Row]], existing: _Existing) -> list[ImportProblem]:
    known = {key: existing.live[key] | {r.code for r in rows if r.code is not None} for key, rows in parsed.items()}
    out = []
    for fmt in SHEETS:
        for f in fmt.fields:
            if f.ref is None:
                continue
            for row in parsed[fmt.key]:
                code = row.values.get(f.key)
                if code is not None and code not in known[f.ref]:
                    text = (QT_TRANSLATE_NOOP("Core", "{column}: no unit has the code \u201c{value}\u201d, neither in this file nor in the database.")
                            if f.ref == "units" else
                            QT_TRANSLATE_NOOP("Core", "{column}: no position has the code \u201c{value}\u201d, neither in this file nor in the database."))
                    out.append(ImportProblem(fmt.name, row.number, f.header, msg(text, column=f.header, value=code)))
    return out


def _kind(kind: str) -> Message:
    return Message(UNIT_KIND_LABELS[kind])


def _check_unit_tree(rows: list[_Row], existing: _Existing) -> list[ImportProblem]:
    """Parent kinds and loops, on the tree as it would be after the import."""
    kind_of, parent_of = dict(existing.unit_kind), dict(existing.unit_parent)
    in_file = {r.code: r for r in rows if r.code is not None}
    for code, row in in_file.items():
        # an unreadable cell is already reported; its rules are checked once it is corrected
        for key, effective in (("kind", kind_of), ("parent_id", parent_of)):
            if key in row.values:
                effective[code] = row.values[key]
            elif key in row.failed:
                effective.pop(code, None)
    kind_col, parent_col = UNITS.field("kind").header, UNITS.field("parent_id").header
    out = []
    for code, row in in_file.items():
        kind, parent = kind_of.get(code), parent_of.get(code)
        if kind and parent and kind_of.get(parent) and kind_of[parent] not in ALLOWED_PARENT_KINDS[kind]:
            column = parent_col if "parent_id" in row.values else kind_col
            out.append(ImportProblem(UNITS.name, row.number, column, msg(
                QT_TRANSLATE_NOOP("Core", "A unit of kind \u201c{kind}\u201d can't be placed under one of kind \u201c{parent_kind}\u201d."),
                kind=_kind(kind), parent_kind=_kind(kind_of[parent]))))
        loop = _loop_through(code, parent_of)
        if loop:
            out.append(ImportProblem(UNITS.name, row.number, parent_col, msg(
                QT_TRANSLATE_NOOP("Core", "The parent units form a loop: {path}."), path=" \u2192 ".join(loop))))
    # units the file leaves alone must still fit under their parent if the file changes its kind
    for child, parent in parent_of.items():
        if child in in_file or parent not in in_file or child not in kind_of or parent not in kind_of:
            continue
        if kind_of[parent] not in ALLOWED_PARENT_KINDS[kind_of[child]]:
            out.append(ImportProblem(UNITS.name, in_file[parent].number, kind_col, msg(
                QT_TRANSLATE_NOOP("Core", "The sub-unit \u201c{code}\u201d of kind \u201c{child_kind}\u201d can't be placed under a unit of kind \u201c{kind}\u201d."),
                code=child, child_kind=_kind(kind_of[child]), kind=_kind(kind_of[parent]))))
    return out


def _loop_through(code: str, parent_of: dict[str, str | None]) -> list[str] | None:
    """The codes from ``code`` back to itself if following parents returns there, else None."""
    path, seen = [code], {code}
    current = parent_of.get(code)
    while current is not None:
        path.append(current)
        if current == code:
            return path
        if current in seen:  # a loop that ``code`` only leads into; its own rows report it
            return None
        seen.add(current)
        current = parent_of.get(current)
    return None


# --- writing ---------------------------------------------------------------------------------

def _parents_first(rows: list[_Row]) -> list[_Row]:
    by_code = {r.code: r for r in rows}
    done: set[str] = set()
    out: list[_Row] = []
    for row in rows:
        chain = []
        current: _Row | None = row
        while current is not None and current.code not in done:
            chain.append(current)
            done.add(current.code)
            current = by_code.get(current.values.get("parent_id"))
        out.extend(reversed(chain))
    return out


class _Writer:
    """Writes checked rows in one session; foreign keys are checked at once, so every referenced
    row is flushed before the rows that point at it."""

    def __init__(self, s: Session, counter: _Counter) -> None:
        self.s, self.counter, self.today = s, counter, date.today()

    def write(self, parsed: dict[str, list[_Row]]) -> tuple[SheetCounts, SheetCounts, SheetCounts]:
        units = {u.code: u for u in self._live(Unit)}
        unit_counts = self._write_units(_parents_first(parsed["units"]), units)
        unit_ids = {code: u.id for code, u in units.items()}
        positions = {p.code: p for p in self._live(Position)}
        position_counts = self._write_simple(POSITIONS, parsed["positions"], positions, {"unit_id": unit_ids})
        position_ids = {code: p.id for code, p in positions.items()}
        staff = {p.employee_no: p for p in self._live(Staff)}
        staff_counts = self._write_staff(parsed["staff"], staff, position_ids)
        return unit_counts, position_counts, staff_counts

    def _live(self, model: type) -> Iterable[Any]:
        return self.s.scalars(select(model).where(model.deleted_at.is_(None)))

    def _write_units(self, rows: list[_Row], units: dict[str, Unit]) -> SheetCounts:
        # new units first (parents before children), then updates, which may point at them
        ids = {c: u.id for c, u in units.items()}
        updates = []
        inserted = 0
        for row in rows:
            if row.code in units:
                updates.append(row)
                continue
            self.counter.step()
            unit = units[row.code] = Unit(id=new_id(), **self._resolved(UNITS, row, {"parent_id": ids}, insert=True))
            ids[row.code] = unit.id
            self.s.add(unit)
            inserted += 1
        self.s.flush()
        updated = 0
        for row in updates:
            self.counter.step()
            updated += _apply(units[row.code], self._resolved(UNITS, row, {"parent_id": ids}, insert=False))
        self.s.flush()
        return SheetCounts(inserted, updated)

    def _write_simple(self, fmt: SheetFormat, rows: list[_Row], live: dict[str, Any],
                      ids: dict[str, dict[str, str]]) -> SheetCounts:
        inserted = updated = 0
        for row in rows:
            self.counter.step()
            obj = live.get(row.code)
            values = self._resolved(fmt, row, ids, insert=obj is None)
            if obj is None:
                live[row.code] = fmt.model(id=new_id(), **values)
                self.s.add(live[row.code])
                inserted += 1
            else:
                updated += _apply(obj, values)
        self.s.flush()
        return SheetCounts(inserted, updated)

    def _write_staff(self, rows: list[_Row], live: dict[str, Staff], position_ids: dict[str, str]) -> SheetCounts:
        inserted = updated = 0
        # assign_position looks up only this person's open history, which no pending row of
        # another person touches: flushing before each lookup would only cost time
        with self.s.no_autoflush:
            for row in rows:
                self.counter.step()
                is_new, changed = self._write_person(row, live, position_ids)
                inserted += is_new
                updated += changed and not is_new
        self.s.flush()
        return SheetCounts(inserted, updated)

    def _write_person(self, row: _Row, live: dict[str, Staff], position_ids: dict[str, str]) -> tuple[bool, bool]:
        staff = live.get(row.code)
        values = self._resolved(STAFF, row, {"position_id": position_ids}, insert=staff is None)
        position_given = "position_id" in values
        position_id = values.pop("position_id", None)
        if staff is None:
            staff = live[row.code] = Staff(**values)
            self.s.add(staff)
            is_new, changed = True, False
        else:
            is_new, changed = False, _apply(staff, values)
        if position_given and staff.position_id != position_id:
            assign_position(self.s, staff, position_id, self.today)  # keeps the position history
            changed = True
        return is_new, changed

    @staticmethod
    def _resolved(fmt: SheetFormat, row: _Row, ids: dict[str, dict[str, str]], insert: bool) -> dict[str, Any]:
        """The row's values as model attributes; on insert, absent columns take their defaults."""
        values = {f.key: f.default for f in fmt.fields if insert and f.key not in row.values}
        values.update(row.values)
        for key, by_code in ids.items():
            if values.get(key) is not None:
                values[key] = by_code[values[key]]
        return values


def _apply(obj: Any, values: dict[str, Any]) -> bool:
    """Sets only the attributes that differ, so an unchanged record gets no history entry."""
    changed = False
    for key, value in values.items():
        if getattr(obj, key) != value:
            setattr(obj, key, value)
            changed = True
    return changed
