"""The one table model over the database: lazy, sorted and filtered by SQL, editable in place.

Rows arrive in keyset pages through ``fetchMore`` (on the GUI thread, each an indexed LIMIT).
Sorting and filtering build a new TableQuery and reset the model; there is no proxy model.
Edits go through ``ui.tables.undo`` so that each one is an undoable, committed transaction.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from sqlalchemy import select

from desktop_app.tables.query import Row, TableQuery
from desktop_app.tables.spec import NO, YES, Column, spec_for
from ui.context import AppContext, tr_core

BATCH_SIZE = 200  # the first screen; later batches grow, so reaching the end takes few queries
MAX_BATCH = 20_000
_Index = QModelIndex | QPersistentModelIndex


def format_changes(entity: str, changes: dict, ref_label) -> str:
    """"名称: 公司 → 诸暨公司; 岗位: 所长" from a change-log entry; ``ref_label(ref, id)`` names
    referenced rows. Fields the entity's table doesn't show (ids, bookkeeping) are left out."""
    try:
        spec = spec_for(entity)
    except KeyError:
        return ""
    parts = []
    for key, (old, new) in changes.items():
        try:
            col = spec.column(key)
        except KeyError:
            continue

        def show(v):
            if v is None or v == "":
                return ""
            if col.kind == "ref":
                return ref_label(col.ref, v)
            if col.kind == "enum":
                return tr_core((col.choices or {}).get(v, str(v)))
            if col.kind == "bool":
                return tr_core(YES if v else NO)
            return str(v)[:60]

        if old is None and (new is None or new == ""):
            continue
        header = tr_core(col.header)
        parts.append(f"{header}: {show(old)} → {show(new)}" if old is not None else f"{header}: {show(new)}")
    return "; ".join(parts)


class QueryTableModel(QAbstractTableModel):
    """``edit_requested(row_id, version, key, value)`` is emitted by setData; the owner
    (TablePanel) turns it into an undoable command and calls ``refresh_row`` when done."""

    edit_requested = Signal(str, int, str, object)

    def __init__(self, ctx: AppContext, query: TableQuery, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._query = query
        self._rows: list[Row] = []
        self._total = 0
        self._columns: tuple[Column, ...] = query.spec.columns
        self._labels: dict[tuple[str, str], str] = {}  # names of referenced rows, for the history
        self.reload()

    # --- query ---------------------------------------------------------------------------
    @property
    def query(self) -> TableQuery:
        return self._query

    @property
    def columns(self) -> tuple[Column, ...]:
        return self._columns

    def set_query(self, query: TableQuery) -> None:
        self._query = query
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        with self.ctx.db.read() as s:
            self._total = self._query.count(s)
            self._rows = self._query.page(s, None, BATCH_SIZE)
        self.endResetModel()

    def total(self) -> int:
        return self._total

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def row_of(self, row_id: str) -> int:
        for i, r in enumerate(self._rows):
            if r.id == row_id:
                return i
        return -1

    def refresh_row(self, row_id: str) -> None:
        """Re-reads one row after an edit, keeping its place (the sort is redone on reload)."""
        i = self.row_of(row_id)
        if i < 0:
            return
        with self.ctx.db.read() as s:
            fresh = self._query.fetch_row(s, row_id)
        if fresh is None:
            return
        self._rows[i] = replace(fresh, sort_key=self._rows[i].sort_key)
        self.dataChanged.emit(self.index(i, 0), self.index(i, len(self._columns) - 1))

    # --- lazy loading --------------------------------------------------------------------
    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:
        if parent.isValid() or not self._rows:
            return
        size = min(MAX_BATCH, max(BATCH_SIZE, len(self._rows)))  # doubles what is loaded
        with self.ctx.db.read() as s:
            batch = self._query.page(s, self._rows[-1], size)
        if not batch:
            self._total = len(self._rows)  # rows vanished since counting
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(batch) - 1)  # last is inclusive
        self._rows.extend(batch)
        self.endInsertRows()

    # --- shape ---------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return tr_core(self._columns[section].header)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        col = self._columns[index.column()]
        if col.editable and not self._query.deleted:
            f |= Qt.ItemFlag.ItemIsUserCheckable if col.kind == "bool" else Qt.ItemFlag.ItemIsEditable
        return f

    # --- data ----------------------------------------------------------------------------
    def display_text(self, row: Row, c: int) -> str:
        col = self._columns[c]
        value = row.values[c]
        if col.kind == "ref":
            return row.labels[c] or ""
        if value is None:
            return ""
        if col.kind == "enum":
            label = (col.choices or {}).get(value)
            return tr_core(label) if label else str(value)
        if col.kind == "bool":
            return tr_core(YES) if value else tr_core(NO)
        if col.kind == "date":
            return value.isoformat()
        if col.kind == "datetime":
            return value.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        if col.kind == "changes":
            return format_changes(row.values[self._query.spec.index_of("entity")], value, self._ref_label)
        if col.kind == "longtext":
            return str(value).replace("\n", " ")
        return str(value)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        c = index.column()
        col = self._columns[c]
        value = row.values[c]
        if role == Qt.ItemDataRole.DisplayRole:
            if col.kind == "bool":
                return None
            return self.display_text(row, c)
        if role == Qt.ItemDataRole.EditRole:
            if col.kind == "date":
                return QDate(value) if isinstance(value, date) else None
            return value
        if role == Qt.ItemDataRole.CheckStateRole and col.kind == "bool":
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and col.kind == "longtext" and value:
            return str(value)[:2000]
        if role == Qt.ItemDataRole.TextAlignmentRole and col.kind == "int":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not col.editable:
            return QBrush(QColor("#555555"))
        return None

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not (self.flags(index) & (Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable)):
            return False
        col = self._columns[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and col.kind == "bool":
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        if isinstance(value, QDate):
            value = value.toPython() if value.isValid() else None
        row = self._rows[index.row()]
        if value == row.values[index.column()]:
            return False
        self.edit_requested.emit(row.id, row.version, col.key, value)
        return True

    def _ref_label(self, ref, row_id: str) -> str:
        key = (ref.entity, row_id)
        if key not in self._labels:
            model = ref.model
            with self.ctx.db.read() as s:
                self._labels[key] = s.scalar(select(getattr(model, ref.label)).where(model.id == row_id)) or row_id[:8]
        return self._labels[key]

    # --- sorting -------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        desc = order == Qt.SortOrder.DescendingOrder
        self.set_query(replace(self._query, order_by=self._columns[column].key, descending=desc))
