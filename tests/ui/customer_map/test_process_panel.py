"""The processes tab: a process' steps below it, numbered after the last, reordered and undone."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack

from desktop_app.customer_map.tables import PROCESS_STEPS, PROCESSES
from tests.desktop_app.customer_map.helpers import add_process
from ui.customer_map.process_panel import ProcessPanel


def make_panel(qtbot, ctx):
    undo = QUndoStack()
    panel = ProcessPanel(ctx, undo)
    qtbot.addWidget(panel)
    panel.undo_for_test = undo
    return panel


def choose(panel, process_id):
    panel.processes.select_ids([process_id])


def step_names(panel):
    col = PROCESS_STEPS.index_of("name")
    return [panel.steps.model.index(r, col).data() for r in range(panel.steps.model.rowCount())]


def test_choosing_a_process_shows_only_its_steps(qtbot, ctx, db, org):
    a = add_process(db, "报装", [("受理", org.station, None), ("勘查", org.dept, None)])
    b = add_process(db, "抢修", [("接警", org.station, None)])
    panel = make_panel(qtbot, ctx)
    assert panel.steps.model.rowCount() == 0
    assert not panel.steps.add_action.isEnabled()
    with qtbot.waitSignal(panel.process_chosen) as chosen:
        choose(panel, a)
    assert chosen.args == [a]
    assert step_names(panel) == ["受理", "勘查"]
    assert "报装" in panel.steps_title.text()
    choose(panel, b)
    assert step_names(panel) == ["接警"]
    assert panel.steps.view.isColumnHidden(PROCESS_STEPS.index_of("process_id"))


def test_a_new_step_comes_after_the_last_one_of_the_process(qtbot, ctx, db, org):
    a = add_process(db, "报装", [("受理", org.station, None), ("勘查", org.dept, None)])
    add_process(db, "抢修", [("接警", org.station, None)] * 1)
    panel = make_panel(qtbot, ctx)
    choose(panel, a)
    new_id = panel.steps.add_row()
    assert new_id is not None
    seq = PROCESS_STEPS.index_of("sequence")
    row = panel.steps.model.row_of(new_id)
    assert panel.steps.model.index(row, seq).data() == "3"
    assert panel.steps.view.currentIndex().row() == row
    count = PROCESSES.index_of("steps")
    panel.processes.reload_keeping_cursor()
    assert panel.processes.model.index(panel.processes.model.row_of(a), count).data() == "3"


def test_moving_a_step_reorders_and_undo_moves_it_back(qtbot, ctx, db, org):
    a = add_process(db, "报装", [("受理", org.station, None), ("勘查", org.dept, None), ("送电", org.team, None)])
    panel = make_panel(qtbot, ctx)
    choose(panel, a)
    panel.steps.view.setCurrentIndex(panel.steps.model.index(2, 2))
    panel.steps.up_action.trigger()
    assert step_names(panel) == ["受理", "送电", "勘查"]
    assert panel.steps.model.index(panel.steps.view.currentIndex().row(), 2).data() == "送电"
    assert panel.steps.move(-1)
    assert step_names(panel) == ["送电", "受理", "勘查"]
    assert not panel.steps.move(-1)  # now the first step
    panel.undo_for_test.undo()
    panel.undo_for_test.undo()
    assert step_names(panel) == ["受理", "勘查", "送电"]
    panel.steps.view.setCurrentIndex(panel.steps.model.index(2, 2))
    assert not panel.steps.move(1)  # already the last step
    assert panel.undo_for_test.count() == 2


def test_enter_on_the_last_step_starts_the_next_one(qtbot, ctx, db, org):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    a = add_process(db, "报装", [("受理", org.station, None)])
    panel = make_panel(qtbot, ctx)
    choose(panel, a)
    panel.steps.view.setCurrentIndex(panel.steps.model.index(0, 2))
    QTest.keyClick(panel.steps.view, Qt.Key.Key_Return)
    assert panel.steps.model.rowCount() == 2
    assert panel.steps.view.currentIndex().row() == 1
    assert panel.steps.view.state() == panel.steps.view.State.EditingState  # typing goes into the new step
    panel.steps.view.setCurrentIndex(panel.steps.model.index(0, 2))
    QTest.keyClick(panel.steps.view, Qt.Key.Key_Return)  # not the last row: no new step
    assert panel.steps.model.rowCount() == 2
