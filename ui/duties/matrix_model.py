"""The responsibility matrix as a Qt model: work items down, units (or one unit's posts) across,
a coloured role in each cell.

The model shows a core ``Matrix`` (a snapshot) and never writes: an edit leaves through
``edit_requested`` and comes back through ``apply`` once it has been written, or through
``set_matrix`` after a reload. In a post matrix, column 0 (``lead``) shows the opened unit's own
role on each item; it is read-only here (it is the unit matrix's cell).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QGuiApplication

from desktop_app.duties.matrix import Matrix, MatrixColumn
from desktop_app.duties.vocabulary import ROLE_LABELS
from ui.context import tr_core

_Index = QModelIndex | QPersistentModelIndex
_DISPLAY, _EDIT, _TOOLTIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole
_BACKGROUND, _FOREGROUND, _ALIGN = Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.TextAlignmentRole
_FONT, _SIZE = Qt.ItemDataRole.FontRole, Qt.ItemDataRole.SizeHintRole
_CENTER = int(Qt.AlignmentFlag.AlignCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

ROLE_COLOURS = {"R": "#f4a582", "A": "#92c5de", "C": "#c2e699", "I": "#e3e3e3"}
COLUMN_WIDTH = 62
MAX_ROW_HEADER = 300  # px; longer titles are elided (the tooltip has them whole)
_GREY = QColor("#8a8a8a")


def _short(role: str) -> str:
    """What a cell shows: the letter in English; the Chinese catalogue gives 主责, 审批 …"""
    return {
        "R": QCoreApplication.translate("MatrixModel", "R", "a cell: the role Owns, as short as possible"),
        "A": QCoreApplication.translate("MatrixModel", "A", "a cell: the role Approves, as short as possible"),
        "C": QCoreApplication.translate("MatrixModel", "C", "a cell: the role Cooperates, as short as possible"),
        "I": QCoreApplication.translate("MatrixModel", "I", "a cell: the role Is informed, as short as possible"),
    }[role]


def wrap_to_width(text: str, width: int, metrics: QFontMetrics, max_lines: int = 3) -> str:
    """``text`` broken into lines no wider than ``width`` (between any two characters, as
    Chinese is written; at spaces when there are some), at most ``max_lines``, the last elided."""
    lines: list[str] = []
    rest = text.strip()
    while rest and len(lines) < max_lines:
        if len(lines) == max_lines - 1 or metrics.horizontalAdvance(rest) <= width:
            lines.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
            break
        n = 1
        while n < len(rest) and metrics.horizontalAdvance(rest[:n + 1]) <= width:
            n += 1
        space = rest.rfind(" ", 0, n + 1)
        if space > 0 and rest[n:n + 1] not in ("", " "):
            n = space
        lines.append(rest[:n].strip())
        rest = rest[n:].strip()
    return "\n".join(lines)


class MatrixModel(QAbstractTableModel):
    """``edit_requested(cells)``: the delegate set a cell; ``cells`` is [(item id, column id, role or None)]."""

    edit_requested = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._m: Matrix | None = None
        self._cells: dict[tuple[str, str], str] = {}
        self._row_index: dict[str, int] = {}
        self._col_index: dict[str, int] = {}
        self._col_headers: list[str] = []
        self._row_headers: list[str] = []
        self._row_size = QSize(80, 24)
        self._brushes = {r: QBrush(QColor(c)) for r, c in ROLE_COLOURS.items()}
        self._texts = {r: _short(r) for r in ROLE_COLOURS}
        self._labels = {r: tr_core(label) for r, label in ROLE_LABELS.items()}
        self._grey = QBrush(_GREY)
        self._bold = QFont(QGuiApplication.font())
        self._bold.setBold(True)
        self._italic = QFont(QGuiApplication.font())
        self._italic.setItalic(True)

    # --- the snapshot --------------------------------------------------------------------
    @property
    def matrix(self) -> Matrix | None:
        return self._m

    @property
    def level(self) -> str:
        return self._m.level if self._m else "unit"

    @property
    def lead(self) -> int:
        """Columns before the matrix's own: 1 in a post matrix (the unit's role), else 0."""
        return 1 if self._m is not None and self._m.level == "position" else 0

    def set_matrix(self, matrix: Matrix) -> None:
        """Shows ``matrix``. With the same rows and columns as before only the cells change,
        so the view keeps its selection and scroll position."""
        old = self._m
        same = (old is not None and old.level == matrix.level and old.unit_id == matrix.unit_id
                and [r.id for r in old.rows] == [r.id for r in matrix.rows]
                and [c.id for c in old.columns] == [c.id for c in matrix.columns])
        if not same:
            self.beginResetModel()
        self._m = matrix
        self._cells = dict(matrix.cells)
        self._index()  # names and titles may have changed even when the ids did not
        if not same:
            self.endResetModel()
        elif self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, self.rowCount() - 1)

    def _index(self) -> None:
        m = self._m
        assert m is not None
        self._row_index = {r.id: i for i, r in enumerate(m.rows)}
        self._col_index = {c.id: i + self.lead for i, c in enumerate(m.columns)}
        metrics = QFontMetrics(QGuiApplication.font())
        self._row_headers = [f"{r.code}  {r.title}" for r in m.rows]
        widest = max((metrics.horizontalAdvance(t) for t in self._row_headers), default=60)
        self._row_size = QSize(min(widest + 16, MAX_ROW_HEADER), 24)
        width = COLUMN_WIDTH - 8
        heads = []
        if self.lead:
            heads.append(wrap_to_width(self.tr("The unit itself"), width, metrics))
        for c in m.columns:
            text = wrap_to_width(c.name, width, metrics, 2 if c.unit_id and c.unit_id != m.unit_id else 3)
            if c.kind == "position" and c.unit_id != m.unit_id:
                text += "\n" + metrics.elidedText(f"({c.unit_name})", Qt.TextElideMode.ElideRight, width)
            heads.append(text)
        self._col_headers = heads

    def column_at(self, column: int) -> MatrixColumn | None:
        """The unit or post of a column; None for the lead column."""
        if self._m is None or column < self.lead:
            return None
        return self._m.columns[column - self.lead]

    def item_id(self, row: int) -> str:
        assert self._m is not None
        return self._m.rows[row].id

    def key_at(self, row: int, column: int) -> tuple[str, str] | None:
        """(work item id, unit or post id) of an editable matrix cell; None for the lead column."""
        col = self.column_at(column)
        return None if col is None else (self.item_id(row), col.id)

    def role_at(self, row: int, column: int) -> str | None:
        m = self._m
        if m is None:
            return None
        item = m.rows[row].id
        if column < self.lead:
            return m.unit_roles.get(item)
        return self._cells.get((item, m.columns[column - self.lead].id))

    def role_of(self, work_item_id: str, column_id: str) -> str | None:
        """The role shown for a matrix cell (by ids; the lead column has none)."""
        return self._cells.get((work_item_id, column_id))

    def row_of(self, work_item_id: str) -> int:
        return self._row_index.get(work_item_id, -1)

    def column_of(self, column_id: str) -> int:
        return self._col_index.get(column_id, -1)

    def is_retired(self, row: int) -> bool:
        return self._m is not None and self._m.rows[row].status == "retired"

    def apply(self, cells: list[tuple[str, str, str | None]]) -> None:
        """Shows cells that were just written: [(item id, column id, role or None)]."""
        rows, cols = [], []
        for item_id, col_id, role in cells:
            if role is None:
                self._cells.pop((item_id, col_id), None)
            else:
                self._cells[(item_id, col_id)] = role
            r, c = self.row_of(item_id), self.column_of(col_id)
            if r >= 0 and c >= 0:
                rows.append(r)
                cols.append(c)
        if rows:
            self.dataChanged.emit(self.index(min(rows), min(cols)), self.index(max(rows), max(cols)))

    # --- Qt's model interface ------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self._m is None else len(self._m.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self._m is None else len(self._m.columns) + self.lead

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY):
        m = self._m
        if m is None or section < 0:
            return None
        if orientation == Qt.Orientation.Vertical:
            if section >= len(m.rows):
                return None
            if role == _DISPLAY:
                return self._row_headers[section]
            if role == _SIZE:  # one answer for every row: sizing the header costs nothing per row
                return self._row_size
            if role == _TOOLTIP:
                return self._row_headers[section]
            if role == _ALIGN:
                return _LEFT
            if role == _FOREGROUND and m.rows[section].status == "retired":
                return self._grey
            return None
        if section >= self.columnCount():
            return None
        col = self.column_at(section)
        if role == _DISPLAY:
            return self._col_headers[section]
        if role == _ALIGN:
            return _CENTER
        if role == _TOOLTIP:
            return self._column_tooltip(col)
        if role == _FOREGROUND and col is not None and not col.active:
            return self._grey
        if role == _FONT:
            if col is None:
                return self._bold
            if col.vacant:
                return self._italic
        return None

    def _column_tooltip(self, col: MatrixColumn | None) -> str:
        if col is None:
            return self.tr("The role of the unit itself (set it in the unit matrix)")
        text = f"{col.name} ({col.code})"
        if col.kind == "position":
            text += "\n" + col.unit_name
            if col.vacant:
                text += "\n" + self.tr("Vacant: nobody holds this post now")
        if not col.active:
            text += "\n" + self.tr("Inactive unit")
        return text

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() >= self.lead and not self.is_retired(index.row()):
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def data(self, index: _Index, role: int = _DISPLAY):
        if not index.isValid() or self._m is None:
            return None
        r, c = index.row(), index.column()
        if role == _DISPLAY:
            value = self.role_at(r, c)
            return self._texts[value] if value else None
        if role == _BACKGROUND:
            value = self.role_at(r, c)
            return self._brushes[value] if value else None
        if role == _ALIGN:
            return _CENTER
        if role == _EDIT:
            return self.role_at(r, c) or ""
        if role == _FOREGROUND:
            return self._grey if self.is_retired(r) else None
        if role == _FONT and c < self.lead:
            return self._bold
        if role == _TOOLTIP:
            value = self.role_at(r, c)
            col = self.column_at(c)
            where = col.name if col is not None else self.tr("The unit itself")
            text = f"{self._row_headers[r]}\n{where}"
            return f"{text}: {self._labels[value]} ({value})" if value else text
        return None

    def setData(self, index: _Index, value, role: int = _EDIT) -> bool:
        if role != _EDIT or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        new = value or None
        if new == self.role_at(index.row(), index.column()):
            return False
        item_id, col_id = self.key_at(index.row(), index.column())  # type: ignore[misc]
        self.edit_requested.emit([(item_id, col_id, new)])
        return True
