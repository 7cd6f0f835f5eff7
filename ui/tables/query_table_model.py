"""The one table model over the database: lazy, sorted and filtered by SQL, editable in place.

Rows arrive in keyset pages through ``fetchMore`` (on the GUI thread, each an indexed LIMIT).
Sorting and filtering build a new TableQuery and reset the model; there is no proxy model.
A reset reads only the first page; the row count comes later from a worker (``LatestRead``),
because COUNT(*) over a large filtered table costs many times the first screen. The count
starts once a view has painted the new rows (the first ``data`` call queues it behind that
paint), so it never competes with the first screen, and a table nobody shows is never counted.
Edits go through ``ui.tables.undo`` so that each one is an undoable, committed transaction.
"""

from __future__ import annotations

import functools
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QGuiApplication
from sqlalchemy import select

from desktop_app.tables.query import Row, TableQuery
from desktop_app.tables.spec import NO, YES, Column, spec_for
from ui.context import AppContext, tr_core
from ui.operations.latest_read import LatestRead
from ui.operations.runner import Runner

_DISPLAY, _EDIT, _TOOLTIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole
_FOREGROUND, _CHECK_STATE = Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.CheckStateRole
_ALIGNMENT, _SIZE_HINT = Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.SizeHintRole
_BACKGROUND = Qt.ItemDataRole.BackgroundRole
HIGHLIGHT = QBrush(QColor("#fde2c8"))  # rows a page marks, e.g. those in a conflict
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

BATCH_SIZE = 100  # the first screen; later batches grow, so reaching the end takes few queries
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


@functools.cache
def _row_header_size(digits: int) -> QSize:
    return QSize(QFontMetrics(QGuiApplication.font()).horizontalAdvance("0" * digits) + 12, 24)


class QueryTableModel(QAbstractTableModel):
    """``edit_requested(row_id, version, key, value)`` is emitted by setData; the owner
    (TablePanel) turns it into an undoable command and calls ``refresh_row`` when done."""

    edit_requested = Signal(str, int, str, object)
    total_changed = Signal()  # total() became known or changed

    def __init__(self, ctx: AppContext, query: TableQuery, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._query = query
        self._rows: list[Row] = []
        self._total: int | None = 0
        self._more = False  # the last page read was full, so more rows may follow
        self._counter = LatestRead(self)  # COUNT(*) off the GUI thread, after the first paint
        self._count_due = False  # a count is wanted and starts at the next data() call
        self._counter.done.connect(self._set_total)
        self._counter.failed.connect(lambda exc: self.ctx.status_message.emit(str(exc)))
        self._columns: tuple[Column, ...] = query.spec.columns
        self._kinds = tuple(col.kind for col in self._columns)
        read_only = QBrush(QColor("#555555"))
        self._foreground = tuple(None if col.editable else read_only for col in self._columns)
        self._alignment = tuple(_RIGHT if col.kind == "int" else None for col in self._columns)
        self._flags = self._column_flags()
        self._labels: dict[tuple[str, str], str] = {}  # names of referenced rows, for the history
        self._highlighted: frozenset[str] = frozenset()
        self.reload()

    # --- query ---------------------------------------------------------------------------
    @property
    def query(self) -> TableQuery:
        return self._query

    @property
    def columns(self) -> tuple[Column, ...]:
        return self._columns

    def set_query(self, query: TableQuery) -> None:
        """``query`` must be over the same spec (columns) as the model's first one."""
        self._query = query
        self._flags = self._column_flags()
        self.reload()

    def reload(self) -> None:
        self._counter.cancel()
        self.beginResetModel()
        with self.ctx.db.read() as s:
            self._rows = self._query.page(s, None, BATCH_SIZE)
        self._more = len(self._rows) == BATCH_SIZE
        self._total = None if self._more else len(self._rows)
        self._count_due = self._more
        self.endResetModel()
        if self._count_due and Runner.synchronous:  # tests: counted inline, as every read is
            self._start_count()
        self.total_changed.emit()

    def _start_count(self) -> None:
        self._count_due = False
        self._counter.start(self.ctx.db, self._query.count)

    def set_highlighted(self, row_ids: frozenset[str]) -> None:
        """Gives the rows with these ids a marked background (kept across reloads)."""
        if row_ids != self._highlighted:
            self._highlighted = frozenset(row_ids)
            if self._rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self._columns) - 1),
                                      [_BACKGROUND])

    def highlighted(self, row: int) -> bool:
        return self._rows[row].id in self._highlighted

    def total(self) -> int | None:
        """The number of rows the query matches; None while it is being counted."""
        return self._total

    def wait_for_total(self) -> int | None:
        """Starts a count not yet started, blocks until it is done and delivered (tests,
        benchmarks, screenshots)."""
        if self._count_due:
            self._start_count()
        self._counter.wait()
        return self._total

    def _set_total(self, n: int) -> None:
        if self._total != n:
            self._total = n
            self.total_changed.emit()

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
        return not parent.isValid() and self._more

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:
        if parent.isValid() or not self._more:
            return
        size = min(MAX_BATCH, max(BATCH_SIZE, len(self._rows)))  # doubles what is loaded
        with self.ctx.db.read() as s:
            batch = self._query.page(s, self._rows[-1], size)
        self._more = len(batch) == size
        if batch:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(batch) - 1)  # last is inclusive
            self._rows.extend(batch)
            self.endInsertRows()
        if not self._more:  # all rows are here: their number is the count
            self._count_due = False
            self._counter.cancel()
            self._set_total(len(self._rows))

    # --- shape ---------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Vertical:
            # row numbers, as a spreadsheet shows them; the size hint answers for the whole
            # header at once, so sizing it costs one call per row instead of four
            if role == _DISPLAY:
                return section + 1
            if role == _SIZE_HINT:
                return _row_header_size(max(3, len(str(len(self._rows)))))
            return None
        if role == _DISPLAY and 0 <= section < len(self._columns):
            return tr_core(self._columns[section].header)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return self._flags[index.column()] if index.isValid() else Qt.ItemFlag.NoItemFlags

    def _column_flags(self) -> tuple[Qt.ItemFlag, ...]:
        flags = []
        for col in self._columns:
            f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if col.editable and not self._query.deleted:
                f |= Qt.ItemFlag.ItemIsUserCheckable if col.kind == "bool" else Qt.ItemFlag.ItemIsEditable
            flags.append(f)
        return tuple(flags)

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
        # called about seven times per visible cell on every paint: the common roles come first
        # and every answer that doesn't depend on the row is prepared once per query
        if not index.isValid():
            return None
        if self._count_due:  # a view is painting the rows: count them after this paint
            self._start_count()
        c = index.column()
        if role == _DISPLAY:
            return None if self._kinds[c] == "bool" else self.display_text(self._rows[index.row()], c)
        if role == _FOREGROUND:
            return self._foreground[c]
        if role == _CHECK_STATE:
            if self._kinds[c] != "bool":
                return None
            return Qt.CheckState.Checked if self._rows[index.row()].values[c] else Qt.CheckState.Unchecked
        if role == _ALIGNMENT:
            return self._alignment[c]
        if role == _BACKGROUND:
            return HIGHLIGHT if self._highlighted and self._rows[index.row()].id in self._highlighted else None
        if role == _EDIT:
            value = self._rows[index.row()].values[c]
            if self._kinds[c] == "date":
                return QDate(value) if isinstance(value, date) else None
            return value
        if role == _TOOLTIP and self._kinds[c] == "longtext":
            value = self._rows[index.row()].values[c]
            return str(value)[:2000] if value else None
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
        key = self._columns[column].key
        q = self._query
        if (q.order_by or q.spec.default_order) == key and q.descending == desc:
            return  # already in this order (e.g. the view's first sort when sorting is enabled)
        self.set_query(replace(q, order_by=key, descending=desc))
