"""Paged, sorted, filtered reads of a TableSpec, done by SQL.

Pages use keyset paging: the next page starts after the last row's (sort key, id), so
reaching the end of a 100,000-row table costs the same per page as the first one
(OFFSET would rescan every skipped row on each page).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, String, and_, func, literal, or_, select, true, tuple_, type_coerce
from sqlalchemy.orm import Session

from desktop_app.tables.sort_keys import sorted_by
from desktop_app.tables.spec import Source, TableSpec


_SOURCES: dict[int, tuple[TableSpec, Source]] = {}


def _source_of(spec: TableSpec) -> Source:
    """The spec's Source, built once per process: building its expressions costs milliseconds,
    and they only describe columns and joins, never data."""
    held = _SOURCES.get(id(spec))
    if held is None or held[0] is not spec:
        held = _SOURCES[id(spec)] = (spec, spec.source())
    return held[1]


@dataclass(frozen=True, slots=True)
class Row:
    id: str
    version: int
    values: tuple[Any, ...]  # raw values in column order (ids for references)
    labels: tuple[Any, ...]  # display text of reference columns, None elsewhere
    sort_key: Any = None


@dataclass(frozen=True)
class TableQuery:
    spec: TableSpec
    keyword: str = ""
    order_by: str = ""
    descending: bool | None = None  # None: the spec's default direction (of its default order)
    filters: tuple[tuple[str, Any], ...] = ()
    deleted: bool = False  # True lists the soft-deleted rows (for restoring)
    # per query object, never shared by replace(): init=False fields are not copied
    _cache: dict = field(default_factory=dict, init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.descending is None:
            object.__setattr__(self, "descending", self.spec.default_descending and not self.order_by)

    def _src(self):
        if "src" not in self._cache:
            self._cache["src"] = _source_of(self.spec)
        return self._cache["src"]

    def _sort_expr(self):
        src = self._src()
        key = self.order_by or self.spec.default_order
        expr = src.sort_by[key] if key in src.sort_by else sorted_by(src.labels.get(key, src.values[key]))
        if getattr(expr, "nullable", True) is False and getattr(expr, "table", None) is self.spec.model.__table__:
            return expr  # a plain NOT NULL column: its index can serve ORDER BY and the keyset
        # NULL sorts as '' (keyset comparisons need a value); typed as plain text so that the
        # key comes back raw, e.g. a date column's '' is not parsed as a date
        return type_coerce(func.coalesce(expr, literal("")), String)

    def _where(self):
        src = self._src()
        model = self.spec.model
        conds = []
        if hasattr(model, "deleted_at"):  # Record tables; the change log has no soft delete
            conds.append(model.deleted_at.isnot(None) if self.deleted else model.deleted_at.is_(None))
        kw = self.keyword.strip()
        if kw:
            pattern = "%" + kw.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            searchable = []
            for col in self.spec.columns:
                if not col.searchable or col.kind in ("bool", "int", "date"):
                    continue
                expr = src.labels.get(col.key, src.values[col.key])
                searchable.append(expr.like(pattern, escape="\\"))
            conds.append(or_(*searchable))
        for key, value in self.filters:
            make = src.filters.get(key)
            conds.append(make(value) if make else src.values[key] == value)
        return and_(true(), *conds)

    def _select(self, filtered: bool = True) -> Select:
        src = self._src()
        model = self.spec.model
        cols = [model.id, getattr(model, "version", literal(0))]
        cols += [src.values[c.key] for c in self.spec.columns]
        cols += [src.labels[c.key] if c.key in src.labels else literal(None) for c in self.spec.columns]
        cols.append(self._sort_expr())
        stmt = select(*cols).select_from(src.from_)
        return stmt.where(self._where()) if filtered else stmt

    def count(self, session: Session) -> int:
        src = self._src()
        where = self._where()
        base = self.spec.model.__table__
        # without the joins when the filter doesn't need them: SQLite keeps unused LEFT JOINs
        from_ = base if not (self.keyword.strip() or self.filters) else src.from_
        stmt = select(func.count()).select_from(from_).where(where)
        return session.execute(stmt).scalar_one()

    def _ordered(self, stmt: Select) -> Select:
        sort, model_id = self._sort_expr(), self.spec.model.id
        if self.descending:
            return stmt.order_by(sort.desc(), model_id.desc())
        return stmt.order_by(sort, model_id)

    def _row(self, r) -> Row:
        n = len(self.spec.columns)
        t = tuple(r)  # slicing a plain tuple is many times cheaper than slicing the result row
        return Row(t[0], t[1], t[2 : 2 + n], t[2 + n : 2 + 2 * n], t[2 + 2 * n])

    def _ordered_select(self) -> Select:
        if "ordered" not in self._cache:  # the statement, built once per query
            self._cache["ordered"] = self._ordered(self._select())
        return self._cache["ordered"]

    def page(self, session: Session, after: Row | None, limit: int) -> list[Row]:
        """Up to ``limit`` rows following ``after`` (None: from the start), in query order."""
        stmt = self._ordered_select()
        if after is not None:
            cmp = tuple_(self._sort_expr(), self.spec.model.id)
            bound = tuple_(literal(after.sort_key), literal(after.id))
            stmt = stmt.where(cmp < bound if self.descending else cmp > bound)
        # Core execution: these are plain column rows, the ORM layer would only add overhead
        return [self._row(r) for r in session.connection().execute(stmt.limit(limit))]

    def fetch_row(self, session: Session, row_id: str) -> Row | None:
        r = session.execute(self._select(filtered=False).where(self.spec.model.id == row_id)).first()
        return None if r is None else self._row(r)
