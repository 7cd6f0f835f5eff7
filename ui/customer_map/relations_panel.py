"""The relations table beside the map: unit relations or post relations (the map's level),
filtered as the map is. New unit relations start from the unit the map is filtered to."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from desktop_app.customer_map.graph import MapFilter
from desktop_app.customer_map.tables import RELATIONS
from desktop_app.tables import edits
from ui.context import AppContext, tr_core
from ui.tables.table_panel import TablePanel


class RelationTable(TablePanel):
    """One level's relations. A relation added while the map shows one unit starts with that
    unit as provider (unit level); the user then picks the customer."""

    def __init__(self, ctx: AppContext, level: str, undo: QUndoStack, parent=None) -> None:
        super().__init__(ctx, RELATIONS[level], undo, parent)
        self.level = level
        self.unit_id: str | None = None

    def create_row(self, session) -> str:
        values = {"provider_unit_id": self.unit_id} if self.level == "unit" and self.unit_id else {}
        return edits.create_row(session, self.spec, values, tr_core)


def table_filters(flt: MapFilter) -> tuple:
    """The table filters that show what the map shows. At post level a unit's filter takes in
    the posts of the units below it too (the table's ``unit`` filter is by subtree)."""
    if flt.unit_id is not None:
        return (("unit", flt.unit_id),)
    if flt.line_id is not None:
        return (("line", flt.line_id),) if flt.level == "unit" else (("unit", flt.line_id),)
    return ()


class RelationsPanel(QWidget):
    """Holds a table per level (the post one built when first shown); ``current`` is the
    table of the level shown."""

    current_row_changed = Signal(object)

    def __init__(self, ctx: AppContext, undo: QUndoStack, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.undo = ctx, undo
        self.stack = QStackedWidget(self)
        self.tables: dict[str, RelationTable] = {}
        self._filter = MapFilter()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.set_filter(self._filter)

    def table(self, level: str) -> RelationTable:
        if level not in self.tables:
            table = RelationTable(self.ctx, level, self.undo, self)
            table.current_row_changed.connect(lambda row, t=table: t is self.current and self.current_row_changed.emit(row))
            self.tables[level] = table
            self.stack.addWidget(table)
        return self.tables[level]

    @property
    def current(self) -> RelationTable:
        return self.table(self._filter.level)

    def set_filter(self, flt: MapFilter) -> None:
        self._filter = flt
        table = self.table(flt.level)
        table.unit_id = flt.unit_id
        filters = table_filters(flt)
        if table.model.query.filters != filters:
            table.set_filters(filters)
        self.stack.setCurrentWidget(table)

    def select_relations(self, ids: list[str]) -> int:
        """Selects these relations in the table shown, clearing its search when it hides them;
        returns how many were found."""
        table = self.current
        found = table.select_ids(ids)
        if found < len(ids) and (table.search.text() or table.show_deleted.isChecked()):
            table.search.clear()
            table.show_deleted.setChecked(False)
            table.apply_search()
            found = table.select_ids(ids)
        if found:
            table.view.setFocus()
        return found

    def selected_relation_ids(self) -> list[str]:
        return self.current.selected_ids()
