"""The lazy table model: Qt's model tester, paging to the end, SQL sorting and filtering."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QTableView

from desktop_app.org.tables import STAFF, UNITS
from desktop_app.tables.query import TableQuery
from tests.factories import make_org
from ui.tables.query_table_model import BATCH_SIZE, QueryTableModel


def _tester(model):
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
    tester.setUseFetchMore(False)
    return tester


def test_model_loads_lazily_and_fetches_to_the_end(ctx, db, qtbot):
    make_org(db, staff=BATCH_SIZE * 2 + 37)
    model = QueryTableModel(ctx, TableQuery(STAFF))
    assert model.rowCount() == BATCH_SIZE
    assert model.total() is None  # counted off the GUI thread, after the first screen
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    with qtbot.waitSignal(model.total_changed):
        view.show()
    assert model.total() == BATCH_SIZE * 2 + 37
    tester = _tester(model)  # its first round of checks already fetches once
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == BATCH_SIZE * 2 + 37
    numbers = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert numbers == sorted(numbers) and len(set(numbers)) == len(numbers)
    del tester


def test_a_table_nobody_shows_is_not_counted_until_asked(ctx, db, qtbot):
    make_org(db, staff=BATCH_SIZE + 5)
    model = QueryTableModel(ctx, TableQuery(STAFF))
    QApplication.processEvents()  # a count queued behind the event loop would start here
    model._counter._pool.waitForDone()
    QApplication.processEvents()  # and deliver its answer here
    assert model.total() is None  # no view painted it: no COUNT(*) ran
    assert model.wait_for_total() == BATCH_SIZE + 5  # asked for, it counts at once


def test_the_count_starts_after_the_paint_that_shows_the_rows(ctx, db, qtbot):
    make_org(db, staff=BATCH_SIZE + 5)
    model = QueryTableModel(ctx, TableQuery(STAFF))
    started = []
    model._counter._pool.start = lambda job, _start=model._counter._pool.start: (started.append(1), _start(job))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    painted = []

    class Watcher(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                painted.append(len(started))  # how many counts had started when a paint began
            return False

    watcher = Watcher()
    view.viewport().installEventFilter(watcher)
    with qtbot.waitSignal(model.total_changed):
        view.show()
    assert painted and painted[0] == 0  # the first paint ran before any count began
    assert started == [1] and model.total() == BATCH_SIZE + 5


def test_sort_is_done_by_sql_over_all_rows(ctx, db):
    make_org(db, staff=450)
    model = QueryTableModel(ctx, TableQuery(STAFF))
    tester = _tester(model)
    model.sort(STAFF.index_of("employee_no"), Qt.SortOrder.DescendingOrder)
    # the first screen already holds the globally last employee number, not just the loaded rows'
    assert model.index(0, 0).data() == "E00449"
    while model.canFetchMore():
        model.fetchMore()
    numbers = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert numbers == sorted(numbers, reverse=True)
    del tester


def test_keyword_filters_across_columns_including_references(ctx, db):
    make_org(db, staff=30)
    model = QueryTableModel(ctx, TableQuery(STAFF))
    model.set_query(replace(model.query, keyword="员工2"))
    names = {model.index(r, 1).data() for r in range(model.rowCount())}
    assert names == {"员工2", "员工20", "员工21", "员工22", "员工23", "员工24", "员工25", "员工26", "员工27", "员工28", "员工29"}
    model.set_query(replace(model.query, keyword="城关"))  # the unit column, a joined name
    assert model.total() == 0  # staff sit in the team, not the station
    model.set_query(replace(model.query, keyword="运维班"))
    assert model.total() == 30


def test_subtree_filter_and_reference_labels(ctx, db):
    org = make_org(db, staff=3)
    model = QueryTableModel(ctx, TableQuery(UNITS, filters=(("subtree", org.station),)))
    _tester(model)
    names = sorted(model.index(r, 1).data() for r in range(model.rowCount()))
    assert names == ["城关供电所", "运维班"]
    parent_col = UNITS.index_of("parent_id")
    team_row = [r for r in range(model.rowCount()) if model.index(r, 1).data() == "运维班"][0]
    assert model.index(team_row, parent_col).data() == "城关供电所"
    assert model.index(team_row, parent_col).data(Qt.ItemDataRole.EditRole) == org.station


def test_a_count_for_an_older_query_is_dropped(ctx, db, qtbot):
    make_org(db, staff=BATCH_SIZE + 5)
    model = QueryTableModel(ctx, TableQuery(STAFF))
    assert model.total() is None
    model.set_query(replace(model.query, keyword="E00001"))  # fits one page: counted at once
    assert model.total() == model.rowCount() > 0
    model.wait_for_total()  # the first count, if it still ran, must not overwrite it
    assert model.total() == model.rowCount()


def test_reaching_the_end_gives_the_count_without_waiting(ctx, db):
    make_org(db, staff=BATCH_SIZE + 5)
    model = QueryTableModel(ctx, TableQuery(STAFF))
    model.fetchMore()
    assert not model.canFetchMore()
    assert model.total() == model.rowCount() == BATCH_SIZE + 5


def test_rows_have_spreadsheet_numbers(ctx, db):
    make_org(db, staff=3)
    model = QueryTableModel(ctx, TableQuery(STAFF))
    assert [model.headerData(r, Qt.Orientation.Vertical) for r in range(3)] == [1, 2, 3]


def test_marked_rows_get_a_background_kept_across_reloads(ctx, db, qtbot):
    make_org(db, staff=3)
    model = QueryTableModel(ctx, TableQuery(STAFF))
    marked = model.row_at(1).id
    with qtbot.waitSignal(model.dataChanged) as changed:
        model.set_highlighted(frozenset({marked}))
    assert Qt.ItemDataRole.BackgroundRole in changed.args[2]
    background = [model.index(r, 0).data(Qt.ItemDataRole.BackgroundRole) for r in range(3)]
    assert background[0] is None and background[2] is None and background[1] is not None
    model.set_query(replace(model.query, descending=True))
    assert model.highlighted(model.row_of(marked)) and not model.highlighted(0 if model.row_of(marked) else 1)
