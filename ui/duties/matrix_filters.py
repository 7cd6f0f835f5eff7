"""What the matrix grid shows: the row filter (text, status, business line), the column filter
(text, or the units of one line) and the unit whose posts are opened; the bar that sets them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from desktop_app.duties.matrix import (
    DEFAULT_STATUSES, HIDDEN_KINDS, Matrix, MatrixColumn, load_matrix, load_post_matrix,
)
from desktop_app.model.duties import WORK_ITEM_STATUSES


@dataclass(frozen=True)
class MatrixFilter:
    unit_id: str | None = None  # None: the unit matrix; else the post matrix of this unit
    text: str = ""  # in the work item's code or title
    statuses: tuple[str, ...] = DEFAULT_STATUSES
    line_id: str | None = None  # work items of this business line
    column_text: str = ""  # in the unit's (post's) name or code
    column_line_id: str | None = None  # unit matrix: only the units under this line
    held_only: bool = True  # post matrix: only items the unit or its posts hold

    def without_row_filters(self) -> MatrixFilter:
        return replace(self, text="", statuses=DEFAULT_STATUSES, line_id=None, held_only=False)

    def without_column_filters(self) -> MatrixFilter:
        return replace(self, column_text="", column_line_id=None)

    def load(self, session: Session, units: Sequence[MatrixColumn]) -> Matrix:
        """The matrix this filter shows; ``units`` is ``matrix_units`` (tree order)."""
        if self.unit_id is None:
            chosen = None
            if self.column_line_id is not None:
                chosen = [u.id for u in subtree(units, self.column_line_id) if u.kind not in HIDDEN_KINDS]
            m = load_matrix(session, chosen, self.text, self.statuses, line_id=self.line_id)
        else:
            m = load_post_matrix(session, self.unit_id, self.text, self.statuses,
                                 held_only=self.held_only, line_id=self.line_id)
        needle = self.column_text.strip().lower()
        if needle:
            m = replace(m, columns=tuple(c for c in m.columns if needle in c.name.lower()
                                         or needle in c.code.lower() or needle in c.unit_name.lower()))
        return m


def subtree(units: Sequence[MatrixColumn], unit_id: str) -> list[MatrixColumn]:
    """``unit_id`` and the units under it, from the tree-ordered ``units`` (with depths)."""
    out: list[MatrixColumn] = []
    depth = None
    for u in units:
        if depth is None:
            if u.id == unit_id:
                depth = u.depth
                out.append(u)
        elif u.depth > depth:
            out.append(u)
        else:
            break
    return out


class MatrixFilterBar(QWidget):
    """``changed(MatrixFilter)`` after the user changes a filter (typing: once they pause)."""

    changed = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._units: list[MatrixColumn] = []
        self._filling = False
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search work items (code or title)…"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox(self)
        for statuses, text in ((DEFAULT_STATUSES, self.tr("Active and under review")), (("active",), self.tr("Active")),
                               (("review",), self.tr("Under review")), (("retired",), self.tr("Retired")),
                               (WORK_ITEM_STATUSES, self.tr("All statuses"))):
            self.status.addItem(text, ",".join(statuses))  # a string: combo data must compare equal
        self.line = QComboBox(self)
        self.unit = QComboBox(self)
        self.unit.setMinimumContentsLength(14)
        self.column_search = QLineEdit(self)
        self.column_search.setClearButtonEnabled(True)
        self.column_line = QComboBox(self)
        self.held_only = QCheckBox(self.tr("Only items the unit holds"), self)
        self.held_only.setChecked(True)
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self._emit)
        for edit in (self.search, self.column_search):
            edit.textChanged.connect(lambda _t: self._timer.start())
            edit.returnPressed.connect(self._emit)
        for box in (self.status, self.line, self.unit, self.column_line):
            box.currentIndexChanged.connect(lambda _i: self._emit())
        self.held_only.toggled.connect(lambda _on: self._emit())

        rows = QHBoxLayout()
        rows.addWidget(QLabel(self.tr("Rows:"), self))
        rows.addWidget(self.search, 2)
        rows.addWidget(self.status)
        rows.addWidget(self.line)
        columns = QHBoxLayout()
        columns.addWidget(QLabel(self.tr("Columns:"), self))
        columns.addWidget(self.unit)
        columns.addWidget(self.column_search, 1)
        columns.addWidget(self.column_line)
        columns.addWidget(self.held_only)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(rows)
        layout.addLayout(columns)
        self._fill_units()
        self._mode_changed()

    @property
    def units(self) -> list[MatrixColumn]:
        return self._units

    def set_units(self, units: list[MatrixColumn]) -> None:
        """Fills the unit and line pickers from ``matrix_units`` (tree order), keeping choices."""
        if [(u.id, u.name, u.depth) for u in units] == [(u.id, u.name, u.depth) for u in self._units]:
            self._units = units
            return
        self._units = units
        self._fill_units()

    def _fill_units(self) -> None:
        kept = (self.unit.currentData(), self.line.currentData(), self.column_line.currentData())
        self._filling = True
        self.unit.clear()
        self.unit.addItem(self.tr("All units"), None)
        for u in self._units:
            if u.kind != "company":
                self.unit.addItem("    " * max(u.depth - 1, 0) + self.tr("Posts of %1").replace("%1", u.name), u.id)
        self.line.clear()
        self.line.addItem(self.tr("All business lines"), None)
        self.column_line.clear()
        self.column_line.addItem(self.tr("Units of every line"), None)
        for u in self._units:
            if u.kind == "line":
                self.line.addItem(u.name, u.id)
                self.column_line.addItem(self.tr("Units of %1").replace("%1", u.name), u.id)
        for box, value in zip((self.unit, self.line, self.column_line), kept):
            box.setCurrentIndex(max(box.findData(value), 0))
        self._filling = False
        self._mode_changed()

    def _mode_changed(self) -> None:
        posts = self.unit.currentData() is not None
        self.column_search.setPlaceholderText(self.tr("Filter posts…") if posts else self.tr("Filter units…"))
        self.column_line.setVisible(not posts)
        self.held_only.setVisible(posts)

    def _emit(self) -> None:
        self._timer.stop()
        if not self._filling:
            self._mode_changed()
            self.changed.emit(self.current())

    def current(self) -> MatrixFilter:
        return MatrixFilter(
            unit_id=self.unit.currentData(), text=self.search.text().strip(),
            statuses=tuple(self.status.currentData().split(",")), line_id=self.line.currentData(),
            column_text=self.column_search.text().strip(), column_line_id=self.column_line.currentData(),
            held_only=self.held_only.isChecked())

    def show_filter(self, f: MatrixFilter) -> None:
        """Sets the pickers to ``f`` (e.g. to open a finding's unit) and emits ``changed`` once."""
        self._filling = True
        self.unit.setCurrentIndex(max(self.unit.findData(f.unit_id), 0))
        self.search.setText(f.text)
        self.status.setCurrentIndex(max(self.status.findData(",".join(f.statuses)), 0))
        self.line.setCurrentIndex(max(self.line.findData(f.line_id), 0))
        self.column_search.setText(f.column_text)
        self.column_line.setCurrentIndex(max(self.column_line.findData(f.column_line_id), 0))
        self.held_only.setChecked(f.held_only)
        self._filling = False
        self._emit()
