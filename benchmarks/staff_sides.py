"""The two sides of the staff-table comparison, driven through the same steps: ours
(QueryTableModel over TableQuery) and Qt's own QSqlQueryModel over hand-written SQL that reads
the same columns through the same joins, as a Qt developer would write it. Because that SQL is
independent of ours, the comparison also shows what our generated SQL costs."""

from __future__ import annotations

import itertools
import time
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtSql import QSqlDatabase, QSqlQuery, QSqlQueryModel
from PySide6.QtWidgets import QApplication, QTableView
from sqlalchemy import event

from desktop_app.org.tables import STAFF
from desktop_app.storage.open import open_database
from desktop_app.tables.query import TableQuery
from ui.context import AppContext
from ui.tables.query_table_model import QueryTableModel

KEYWORD = "王"

# The staff table's columns in STAFF's order, then the position's label; keyword search looks
# in the same columns as TableQuery does (text, enum and reference labels).
_SELECT = """SELECT s.id, s.version, s.employee_no, s.name, s.gender, s.position_id, u.name,
    s.is_cadre, s.phone, s.hired_on, s.notes, p.name
FROM staff s LEFT JOIN position p ON s.position_id = p.id LEFT JOIN unit u ON p.unit_id = u.id
WHERE s.deleted_at IS NULL"""
_SEARCHED = {"employee_no": "s.employee_no", "name": "s.name", "gender": "s.gender",
             "position_id": "p.name", "unit": "u.name", "phone": "s.phone", "notes": "s.notes"}
_COLUMNS = ("employee_no", "name", "gender", "position_id", "unit", "is_cadre", "phone", "hired_on", "notes")


def reference_sql(keyword: str = "", order: str = "s.employee_no, s.id") -> str:
    """The reference SELECT; raises RuntimeError when STAFF no longer has the columns it reads."""
    keys = tuple(c.key for c in STAFF.columns)
    searched = [c.key for c in STAFF.columns if c.searchable and c.kind not in ("bool", "int", "date")]
    if keys != _COLUMNS or set(searched) != set(_SEARCHED):
        raise RuntimeError("the STAFF columns changed; update the reference SQL in benchmarks/staff_sides.py")
    where = ""
    if keyword:
        pattern = "'%" + keyword.replace("'", "''") + "%'"
        where = " AND (" + " OR ".join(f"{expr} LIKE {pattern}" for expr in _SEARCHED.values()) + ")"
    return f"{_SELECT}{where} ORDER BY {order}"


def _painted(view: QTableView) -> None:
    """Shows ``view`` and handles the events that follow. Offscreen, that is exactly one paint
    of the viewport: the visible rows' data has been asked for, and no event is left over to be
    counted in the next step."""
    view.show()
    QApplication.processEvents()


def _new_view() -> QTableView:
    view = QTableView()
    view.resize(1200, 800)
    return view


class Ours:
    """The staff table as the app shows it: QueryTableModel over TableQuery(STAFF).

    Stops its own SQL once ``deadline`` passes (an SQLite progress handler), so a step that
    would take minutes shows up in the table instead of stalling ``make bench``."""

    name = "QueryTableModel"

    def __init__(self, path: Path) -> None:
        self.db = open_database(path, create=False)
        self.ctx = AppContext(self.db)
        self.view = _new_view()
        self.deadline = float("inf")
        event.listen(self.db.engine, "checkout", self._guard)

    def _guard(self, dbapi_connection, record, proxy) -> None:
        dbapi_connection.set_progress_handler(lambda: time.perf_counter() > self.deadline, 100_000)

    def first_screen(self) -> None:
        self.model = QueryTableModel(self.ctx, TableQuery(STAFF))
        self.view.setModel(self.model)
        _painted(self.view)

    def scroll_to_end(self) -> int:
        while self.model.canFetchMore():
            self.model.fetchMore()
        return self.model.rowCount()

    def settle(self) -> None:
        """Lets the row count of the last step finish (a person takes longer between steps)."""
        self.model.wait_for_total()

    def filter(self) -> None:
        self.model.set_query(replace(self.model.query, keyword=KEYWORD))
        _painted(self.view)

    def sort(self) -> None:
        self.model.sort(STAFF.index_of("name"), Qt.SortOrder.DescendingOrder)
        _painted(self.view)

    def reset(self) -> None:
        self.model.set_query(TableQuery(STAFF))
        _painted(self.view)

    def close(self) -> None:
        self.view.setModel(None)
        self.db.dispose()


_connections = itertools.count()


class QtSql:
    """The same rows through Qt's own QSqlQueryModel (QSQLITE driver) and ``reference_sql``."""

    name = "QSqlQueryModel"

    def __init__(self, path: Path) -> None:
        self.conn = QSqlDatabase.addDatabase("QSQLITE", f"bench-{next(_connections)}")
        self.conn.setDatabaseName(str(path))
        if not self.conn.open():
            raise RuntimeError(self.conn.lastError().text())
        self.view = _new_view()
        self.deadline = float("inf")  # never needed: the reference SQL is the plain one

    def _set(self, sql: str) -> None:
        self.model.setQuery(QSqlQuery(sql, self.conn))
        if self.model.lastError().isValid():
            raise RuntimeError(self.model.lastError().text())
        _painted(self.view)

    def first_screen(self) -> None:
        self.model = QSqlQueryModel()
        self.view.setModel(self.model)
        self._set(reference_sql())

    def scroll_to_end(self) -> int:
        while self.model.canFetchMore():
            self.model.fetchMore()
        return self.model.rowCount()

    def settle(self) -> None:
        """Nothing runs in the background here."""

    def filter(self) -> None:
        self._set(reference_sql(KEYWORD))

    def sort(self) -> None:
        self._set(reference_sql(order="s.name DESC, s.id DESC"))

    def reset(self) -> None:
        self._set(reference_sql())

    def close(self) -> None:
        self.view.setModel(None)
        self.model.clear()
        self.conn.close()
