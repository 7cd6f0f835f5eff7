"""Declaring a table: its columns, where its rows come from, and its per-entity rules.

A ``TableSpec`` is data. The UI's one table model renders any spec; the core's query and edit
functions read the same spec, so a column's type, validation and label are declared once.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, FromClause
from sqlalchemy.orm import Session

from desktop_app.i18n import QT_TRANSLATE_NOOP, Message, Translate

KINDS = ("text", "longtext", "int", "bool", "date", "datetime", "enum", "ref", "changes")
YES = QT_TRANSLATE_NOOP("Core", "Yes")
NO = QT_TRANSLATE_NOOP("Core", "No")


@dataclass(frozen=True)
class RefTarget:
    """What a reference column points at: its table spec name and how to show a row of it."""

    entity: str
    model: type
    label: str = "name"  # attribute shown for a referenced row
    code: str | None = "code"  # attribute also accepted when pasting text
    # the picker's entries when name and code don't tell rows apart well enough:
    # (session, limit) -> list[desktop_app.tables.choices.Choice]
    choices: Callable[[Session, int], list] | None = None


@dataclass(frozen=True)
class Column:
    key: str  # model attribute (editable columns) or a source expression name
    header: str  # English, marked QT_TRANSLATE_NOOP("Core", ...)
    kind: str = "text"
    required: bool = False
    editable: bool = True
    unique: bool = False
    choices: Mapping[str, str] | None = None  # enum: stored value -> English label
    ref: RefTarget | None = None
    max_length: int | None = None
    minimum: int | None = None
    maximum: int | None = None
    width: int = 120
    searchable: bool = True

    def __post_init__(self) -> None:
        assert self.kind in KINDS, self.kind
        assert (self.kind == "enum") == (self.choices is not None), self.key
        assert (self.kind == "ref") == (self.ref is not None), self.key


@dataclass(frozen=True)
class Source:
    """Where rows come from: a FROM clause (with joins) and one value expression per column.

    ``labels`` holds the display expression of reference columns (the referenced row's name).
    ``sort_by`` holds what a column sorts by where ``tables.sort_keys.sorted_by`` can't tell it
    (e.g. a name read by a subquery: its ``name_key`` read the same way).
    """

    from_: FromClause
    values: Mapping[str, ColumnElement[Any]]
    labels: Mapping[str, ColumnElement[Any]] = field(default_factory=dict)
    filters: Mapping[str, Callable[[Any], ColumnElement[bool]]] = field(default_factory=dict)
    sort_by: Mapping[str, ColumnElement[Any]] = field(default_factory=dict)


Setter = Callable[[Session, Any, Any], None]  # (session, orm object, new value)
Defaults = Callable[[Session, Translate], dict[str, Any]]
DeleteCheck = Callable[[Session, list[str]], "Message | None"]
# (session, the restored orm object) -> why it can't be live again, naming it; None when it can
RestoreCheck = Callable[[Session, Any], "Message | None"]


@dataclass(frozen=True)
class RowRule:
    """A rule over several columns of one row, e.g. a relation's two ends and its service item.

    ``check(session, obj)`` reads ``obj`` as the whole edit leaves it (one cell, a pasted
    block, a new row, an undo), never half-applied, so a block that swaps two values passes
    when the swapped row is valid. It runs after the edit is flushed (inside a savepoint), so
    its queries also see the other rows of the same edit; it must not write. It runs only when
    one of ``keys`` changed, and the refusal is reported at the last of them that changed.
    """

    keys: tuple[str, ...]
    check: Callable[[Session, Any], "Message | None"]


@dataclass(frozen=True)
class TableSpec:
    entity: str  # the model's table name
    model: type
    columns: tuple[Column, ...]
    source: Callable[[], Source]
    area: str  # the change area pages listen for
    default_order: str
    default_descending: bool = False  # newest first, e.g. meetings and the change log
    setters: Mapping[str, Setter] = field(default_factory=dict)
    defaults: Defaults | None = None
    delete_check: DeleteCheck | None = None
    row_rules: tuple[RowRule, ...] = ()
    # rules a deleted row may break by coming back, because live rows took its place since
    # (the same relation added again, its step number reused); unique columns need none:
    # a deleted row keeps its code, so no live row can have taken it
    restore_check: RestoreCheck | None = None

    def column(self, key: str) -> Column:
        for c in self.columns:
            if c.key == key:
                return c
        raise KeyError(key)

    def index_of(self, key: str) -> int:
        return [c.key for c in self.columns].index(key)


_REGISTRY: dict[str, TableSpec] = {}


def register(spec: TableSpec) -> TableSpec:
    _REGISTRY[spec.entity] = spec
    return spec


def spec_for(entity: str) -> TableSpec:
    return _REGISTRY[entity]
