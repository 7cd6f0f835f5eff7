"""The organisation page: notes in the detail pane, a person's position history, new
positions starting in the chosen unit."""

from __future__ import annotations

from sqlalchemy import select

from desktop_app.model import Position, Unit
from tests.factories import make_org
from ui.context import AppContext
from ui.pages.org_page import OrgPage


def make_page(qtbot, db):
    page = OrgPage(AppContext(db))
    qtbot.addWidget(page)
    return page


def test_notes_typed_in_the_detail_pane_are_saved_and_undoable(qtbot, db):
    org = make_org(db)
    page = make_page(qtbot, db)
    page.tabs.setCurrentWidget(page.units)
    r = page.units.model.row_of(org.station)
    page.units.view.setCurrentIndex(page.units.model.index(r, 1))
    assert "城关供电所" in page.detail.title.text()
    page.detail.notes.setPlainText("负责城关镇供电\n第二行 <b>&")
    with qtbot.waitSignal(page.ctx.changes_applied, timeout=3000):
        pass  # the pane writes shortly after typing stops
    with db.read() as s:
        assert s.get(Unit, org.station).notes == "负责城关镇供电\n第二行 <b>&"
    page.undo_stack.undo()
    with db.read() as s:
        assert s.get(Unit, org.station).notes == ""


def test_staff_detail_shows_position_history(qtbot, db):
    make_org(db, staff=2)
    page = make_page(qtbot, db)
    page.tabs.setCurrentWidget(page.staff)
    staff = page.staff
    staff.view.setCurrentIndex(staff.model.index(0, 1))
    assert page.detail.history.isVisibleTo(page)
    assert page.history_model.rowCount() == 1
    assert page.history_model.index(0, 0).data() == "运维岗"
    pos_col = staff.spec.index_of("position_id")
    with db.read() as s:
        clerk = s.scalars(select(Position.id).where(Position.code == "P-CLERK")).one()
    staff.model.setData(staff.model.index(0, pos_col), clerk)
    staff.view.setCurrentIndex(staff.model.index(0, 1))
    page._current(staff, staff.model.row_at(0))
    names = sorted(page.history_model.index(r, 0).data() for r in range(page.history_model.rowCount()))
    assert names == ["专责", "运维岗"]


def test_new_position_starts_in_the_unit_chosen_in_the_tree(qtbot, db):
    org = make_org(db)
    page = make_page(qtbot, db)
    page.tree.unit_chosen.emit(org.dept)
    page.tabs.setCurrentWidget(page.positions)
    page.positions.add_row()
    with db.read() as s:
        new = s.scalars(select(Position).where(Position.name == "New position")).one()
        assert new.unit_id == org.dept
    assert page.positions.model.total() == 2


def test_settle_waits_for_the_shown_tables_count(qtbot, db):
    from ui.tables.query_table_model import BATCH_SIZE

    make_org(db, staff=BATCH_SIZE + 4)
    page = make_page(qtbot, db)
    page.tabs.setCurrentWidget(page.staff)
    page.show()
    page.settle()  # what screenshots wait for: the visible table's exact count
    assert page.staff.model.total() == BATCH_SIZE + 4
    assert page.staff.count_label.text() == f"{BATCH_SIZE + 4} row(s)"
