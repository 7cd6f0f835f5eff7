"""The matrix model over core matrices: checked by QAbstractItemModelTester through loads,
reloads of the same shape and of another, written cells; what cells and headers show."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QGuiApplication
from PySide6.QtTest import QAbstractItemModelTester

from desktop_app.duties.matrix import load_matrix, load_post_matrix
from ui.duties.matrix_model import ROLE_COLOURS, MatrixModel, wrap_to_width


def model_tester(model: MatrixModel) -> QAbstractItemModelTester:
    return QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)


def test_model_passes_the_tester_through_loads_reloads_and_writes(qapp, db, duties):
    model = MatrixModel()
    tester = model_tester(model)  # noqa: F841 - checks every change while it lives
    o = duties.org
    with db.read() as s:
        units = load_matrix(s)
        posts = load_post_matrix(s, o.station)
        retired = load_matrix(s, statuses=("retired",))
    model.set_matrix(units)
    assert (model.rowCount(), model.columnCount()) == (3, 3)  # W1 W2 W3 × S T D
    model.set_matrix(replace(units, cells={}))  # same shape: cells change in place
    assert model.index(0, 0).data() is None
    model.set_matrix(units)
    model.apply([(duties.w2, o.team, "A"), (duties.w1, o.station, None)])
    assert model.role_at(1, 1) == "A" and model.role_at(0, 0) is None
    model.set_matrix(posts)  # another shape: a reset, with the lead column
    assert model.columnCount() == 1 + 2 and model.lead == 1
    model.set_matrix(retired)
    model.set_matrix(replace(retired, rows=()))
    assert model.rowCount() == 0


def test_cells_show_coloured_roles_and_headers_name_items_and_units(qapp, db, duties):
    model = MatrixModel()
    with db.read() as s:
        model.set_matrix(load_matrix(s, statuses=("active", "retired")))
    o = duties.org
    r, c = model.row_of(duties.w1), model.column_of(o.station)
    cell = model.index(r, c)
    assert cell.data() == "R" and cell.data(Qt.ItemDataRole.EditRole) == "R"
    assert cell.data(Qt.ItemDataRole.BackgroundRole).color().name() == ROLE_COLOURS["R"]
    assert "Owns" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(r, model.column_of(o.team)).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.headerData(r, Qt.Orientation.Vertical) == "W1  配网故障抢修"
    assert model.headerData(c, Qt.Orientation.Horizontal).replace("\n", "") == "城关供电所"
    assert model.flags(cell) & Qt.ItemFlag.ItemIsEditable
    retired = model.index(model.row_of(duties.w4), 0)
    assert not model.flags(retired) & Qt.ItemFlag.ItemIsEditable
    # one size hint for the whole vertical header, wide enough for the longest title
    assert model.headerData(0, Qt.Orientation.Vertical, Qt.ItemDataRole.SizeHintRole) == \
        model.headerData(2, Qt.Orientation.Vertical, Qt.ItemDataRole.SizeHintRole)


def test_post_matrix_leads_with_the_units_own_role_read_only(qapp, db, duties):
    model = MatrixModel()
    o = duties.org
    with db.read() as s:
        model.set_matrix(load_post_matrix(s, o.station))
    r = model.row_of(duties.w1)
    assert model.index(r, 0).data() == "R"  # the station's own role
    assert not model.flags(model.index(r, 0)) & Qt.ItemFlag.ItemIsEditable
    assert model.key_at(r, 0) is None
    assert model.index(r, model.column_of(o.worker)).data() == "R"
    vacant = model.column_of(o.head)
    assert "Vacant" in model.headerData(vacant, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert model.headerData(vacant, Qt.Orientation.Horizontal, Qt.ItemDataRole.FontRole).italic()
    assert "(运维班)" in model.headerData(model.column_of(o.worker), Qt.Orientation.Horizontal)


def test_set_data_asks_for_a_write_and_changes_nothing_itself(qapp, db, duties):
    model = MatrixModel()
    with db.read() as s:
        model.set_matrix(load_matrix(s))
    asked = []
    model.edit_requested.connect(asked.append)
    cell = model.index(model.row_of(duties.w2), model.column_of(duties.org.team))
    assert model.setData(cell, "C")
    assert asked == [[(duties.w2, duties.org.team, "C")]] and cell.data() is None
    assert not model.setData(cell, "")  # already empty


def test_long_names_break_into_lines_that_fit(qapp):
    metrics = QFontMetrics(QGuiApplication.font())
    text = wrap_to_width("青石供电所营业班综合班组", 50, metrics)
    lines = text.split("\n")
    assert 1 < len(lines) <= 3 and all(metrics.horizontalAdvance(line) <= 50 for line in lines)
    assert wrap_to_width("运检部", 200, metrics) == "运检部"
