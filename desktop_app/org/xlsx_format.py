"""The organisation workbook (units, positions, staff), declared once for import and export.

Users edit these files in Excel or WPS, so sheet names, headers and enum cells are fixed
Chinese text that does not follow the interface language: a file written by an English
interface imports in a Chinese one and back. Reading is lenient where that is safe (stored
English values, interface labels, numbers typed as text); writing is always the canonical
form, so an exported file imports unchanged.

This module holds the layout, cell conversion and reading the raw sheets; it touches no
database. Checking rows against the database is ``xlsx_import``'s work.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from desktop_app.i18n import QT_TRANSLATE_NOOP, Message, msg, translator
from desktop_app.model import Position, Staff, Unit
from desktop_app.org.vocabulary import GENDER_LABELS, POSITION_CATEGORY_LABELS, UNIT_KIND_LABELS
from desktop_app.progress import Cancelled, Progress, check_cancelled
from desktop_app.tables.values import FALSE_TEXTS, TRUE_TEXTS, parse_date

YES_TEXT = "是"
NO_TEXT = "否"

UNIT_KIND_TEXTS = {"company": "公司", "line": "条线", "department": "部门", "station": "供电所", "team": "班组"}
POSITION_CATEGORY_TEXTS = {"management": "管理", "production": "生产", "marketing": "营销", "general": "综合"}
GENDER_TEXTS = {"male": "男", "female": "女"}

KINDS = ("text", "longtext", "int", "bool", "date", "enum", "ref")


class CellProblem(Exception):
    """A cell that can't be read; ``message`` tells the user why (the column is known to the caller)."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


def _fold(text: str) -> str:
    return text.strip().casefold()


def _accepted(texts: Mapping[str, str], labels: Mapping[str, str]) -> dict[str, str]:
    """Every spelling read as each stored value: file text, stored value, English and Chinese labels."""
    chinese = translator("zh_CN")
    out: dict[str, str] = {}
    for stored, text in texts.items():
        for spelling in (text, stored, labels[stored], chinese(labels[stored])):
            out.setdefault(_fold(spelling), stored)
    return out


@dataclass(frozen=True, eq=False)
class Field:
    """One column. ``key`` is the model attribute; a ``ref`` column's cell holds the code of the
    referenced row while the attribute holds its id. ``default`` fills an empty cell."""

    key: str
    header: str
    kind: str = "text"
    required: bool = False
    max_length: int | None = None
    minimum: int | None = None
    maximum: int | None = None
    texts: Mapping[str, str] | None = None  # enum: stored value -> cell text
    accepted: Mapping[str, str] = field(default_factory=dict)  # enum: folded spelling -> stored value
    ref: str | None = None  # ref: the SheetFormat.key it points at
    default: Any = None
    width: int = 12

    def __post_init__(self) -> None:
        assert self.kind in KINDS, self.kind
        assert (self.kind == "enum") == (self.texts is not None), self.key
        assert (self.kind == "ref") == (self.ref is not None), self.key


def _length(model: type, key: str) -> int | None:
    return getattr(model.__table__.c[key].type, "length", None)


def _text(model: type, key: str, header: str, required: bool = False, width: int = 14) -> Field:
    return Field(key, header, "text", required=required, max_length=_length(model, key), default="", width=width)


def _enum(key: str, header: str, texts: Mapping[str, str], labels: Mapping[str, str], required: bool) -> Field:
    return Field(key, header, "enum", required=required, texts=texts, accepted=_accepted(texts, labels),
                 default=None if required else "", width=10)


def _ref(key: str, header: str, target: str, model: type, required: bool = False) -> Field:
    # the cell holds a code, so it is as long as a code may be
    return Field(key, header, "ref", required=required, ref=target, max_length=_length(model, "code"), width=14)


@dataclass(frozen=True, eq=False)
class SheetFormat:
    """One sheet: its name, the model it fills, and its columns; the first column is the key
    (code or employee number) that matches a row to an existing record."""

    key: str
    name: str
    model: type
    fields: tuple[Field, ...]

    @property
    def key_field(self) -> Field:
        return self.fields[0]

    @property
    def headers(self) -> tuple[str, ...]:
        return tuple(f.header for f in self.fields)

    def field(self, key: str) -> Field:
        return next(f for f in self.fields if f.key == key)


UNITS = SheetFormat("units", "单位", Unit, (
    _text(Unit, "code", "编码", required=True),
    _text(Unit, "name", "名称", required=True, width=24),
    _enum("kind", "类型", UNIT_KIND_TEXTS, UNIT_KIND_LABELS, required=True),
    _ref("parent_id", "上级编码", "units", Unit),
    Field("sort_order", "排序", "int", minimum=0, maximum=9999, default=0, width=8),
    Field("active", "启用", "bool", default=True, width=8),
    Field("notes", "备注", "longtext", default="", width=40),
))

POSITIONS = SheetFormat("positions", "岗位", Position, (
    _text(Position, "code", "编码", required=True),
    _ref("unit_id", "单位编码", "units", Unit, required=True),
    _text(Position, "name", "名称", required=True, width=20),
    _enum("category", "类别", POSITION_CATEGORY_TEXTS, POSITION_CATEGORY_LABELS, required=True),
    Field("quota", "定员", "int", minimum=0, maximum=9999, default=1, width=8),
    Field("notes", "备注", "longtext", default="", width=40),
))

STAFF = SheetFormat("staff", "员工", Staff, (
    _text(Staff, "employee_no", "工号", required=True, width=12),
    _text(Staff, "name", "姓名", required=True, width=12),
    _enum("gender", "性别", GENDER_TEXTS, GENDER_LABELS, required=False),
    _text(Staff, "phone", "电话", width=16),
    _ref("position_id", "岗位编码", "positions", Position),
    Field("is_cadre", "干部", "bool", default=False, width=8),
    Field("hired_on", "入职日期", "date", width=12),
    Field("notes", "备注", "longtext", default="", width=40),
))

SHEETS: tuple[SheetFormat, ...] = (UNITS, POSITIONS, STAFF)


# --- reading a cell ------------------------------------------------------------------------

_COMPACT_DATE = re.compile(r"\s*(\d{4})(\d{2})(\d{2})\s*")


def _plain_text(value: Any) -> str:
    # numbers typed into a code or phone column arrive as int or float (10023.0)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(" ")
    return str(value)


def _read_int(f: Field, value: Any) -> int:
    number: int | None = None
    if isinstance(value, bool):
        number = None
    elif isinstance(value, int):
        number = value
    elif isinstance(value, float) and value.is_integer():
        number = int(value)
    elif isinstance(value, str):
        try:
            as_float = float(value.strip())
            number = int(as_float) if as_float.is_integer() else None
        except ValueError:
            number = None
    if number is None:
        raise CellProblem(msg(QT_TRANSLATE_NOOP("Core", "{column} must be a whole number."), column=f.header))
    if (f.minimum is not None and number < f.minimum) or (f.maximum is not None and number > f.maximum):
        raise CellProblem(msg(QT_TRANSLATE_NOOP("Core", "{column} must be between {low} and {high}."),
                              column=f.header, low=f.minimum, high=f.maximum))
    return number


def _read_date(f: Field, value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = _plain_text(value)
    try:
        compact = _COMPACT_DATE.fullmatch(text)  # 20240305, as typed or as a number
        if compact:
            return date(int(compact[1]), int(compact[2]), int(compact[3]))
        return parse_date(text)
    except ValueError:  # also impossible days such as 2024-02-30
        raise CellProblem(msg(QT_TRANSLATE_NOOP("Core", "{column}: \u201c{value}\u201d is not a valid date (e.g. 2024-03-05)."),
                              column=f.header, value=text)) from None


def read_cell(f: Field, value: Any) -> Any:
    """The value to store for ``f`` from a cell as openpyxl reads it, or CellProblem.

    A ref cell gives the referenced code (the caller resolves it). An empty cell of a column
    that isn't required gives ``f.default``.
    """
    if isinstance(value, str) and f.kind != "longtext":
        value = value.strip()
    if value is None or value == "":
        if f.required:
            raise CellProblem(msg(QT_TRANSLATE_NOOP("Core", "{column} is required."), column=f.header))
        return f.default
    if f.kind in ("text", "longtext", "ref"):
        text = _plain_text(value)
        if f.max_length is not None and len(text) > f.max_length:
            raise CellProblem(msg(QT_TRANSLATE_NOOP("Core", "{column} may be at most {n} characters long."),
                                  column=f.header, n=f.max_length))
        return text
    if f.kind == "int":
        return _read_int(f, value)
    if f.kind == "bool":
        if isinstance(value, bool):
            return value
        text = _fold(_plain_text(value))
        if text in TRUE_TEXTS:
            return True
        if text in FALSE_TEXTS:
            return False
        raise CellProblem(msg(QT_TRANSLATE_NOOP("Core", "{column} must be yes or no."), column=f.header))
    if f.kind == "date":
        return _read_date(f, value)
    if f.kind == "enum":
        assert f.texts is not None
        stored = f.accepted.get(_fold(_plain_text(value)))
        if stored is None:
            raise CellProblem(msg(QT_TRANSLATE_NOOP("Core", "{column}: \u201c{value}\u201d is not one of {allowed}."),
                                  column=f.header, value=_plain_text(value), allowed="、".join(f.texts.values())))
        return stored
    raise AssertionError(f.kind)


# --- reading the sheets -------------------------------------------------------------------

@dataclass(frozen=True)
class SheetGrid:
    """A sheet's cells as read, before any checking."""

    columns: dict[str, int]  # header text -> index of its first column
    repeated_headers: list[str]
    rows: list[tuple[int, tuple[Any, ...]]]  # (row number, cells); blank rows left out


class UnreadableWorkbook(Exception):
    """The file is missing, unreadable, or not a sound .xlsx workbook; ``message`` says which."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


def blank(cell: Any) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def read_sheets(path: Path, progress: Progress, names: Collection[str] | None = None) -> dict[str, SheetGrid]:
    """The sheets called ``names`` (default: this format's) that the file has, by name (a title
    matches whatever spaces surround it). Raises UnreadableWorkbook for a file that is missing,
    unreadable, or not a sound .xlsx workbook (whatever openpyxl fails with)."""
    from openpyxl import load_workbook  # loads on first use: the app starts faster

    not_xlsx = msg(QT_TRANSLATE_NOOP("Core", "The file is not an Excel workbook (.xlsx) or is damaged. An older .xls file must first be saved as .xlsx in Excel or WPS."))
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except OSError:
        raise UnreadableWorkbook(msg(QT_TRANSLATE_NOOP("Core", "The file can't be opened: it doesn't exist or can't be read."))) from None
    except Exception:  # zip, XML and format errors: openpyxl has no one exception for a bad file
        raise UnreadableWorkbook(not_xlsx) from None
    try:
        wanted = set(names) if names is not None else {f.name for f in SHEETS}
        out: dict[str, SheetGrid] = {}
        for title in wb.sheetnames:
            name = title.strip()
            if name in wanted and name not in out:
                out[name] = _read_sheet(wb[title], progress)
        return out
    except Cancelled:
        raise
    except Exception:
        raise UnreadableWorkbook(not_xlsx) from None
    finally:
        wb.close()


def _read_sheet(ws: Any, progress: Progress) -> SheetGrid:
    cells = ws.iter_rows(values_only=True)
    columns: dict[str, int] = {}
    repeated: list[str] = []
    for index, header in enumerate(next(cells, ())):
        text = "" if header is None else str(header).strip()
        if text and text in columns:
            repeated.append(text)
        elif text:
            columns[text] = index
    rows = []
    for number, row in enumerate(cells, start=2):
        if number % 500 == 0:
            check_cancelled(progress)
        if not all(blank(c) for c in row):
            rows.append((number, row))
    return SheetGrid(columns, repeated, rows)


# --- writing a cell ------------------------------------------------------------------------

def cell_value(f: Field, value: Any) -> Any:
    """The canonical cell content for a stored value (a ref's value must already be a code)."""
    if value is None:
        return None
    if f.kind == "enum":
        assert f.texts is not None
        return f.texts.get(value, value)
    if f.kind == "bool":
        return YES_TEXT if value else NO_TEXT
    return value


def choice_texts(f: Field) -> tuple[str, ...]:
    """The texts a drop-down offers for an enum or yes/no column; () for other columns."""
    if f.kind == "enum":
        assert f.texts is not None
        return tuple(f.texts.values())
    if f.kind == "bool":
        return (YES_TEXT, NO_TEXT)
    return ()
