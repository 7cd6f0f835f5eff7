"""The customer map page as a new user tries it: relations added by hand and from process
proposals show on the map, the map filters to one unit and is saved as PNG, a handoff without
commitment is a grey-area finding until its relation is active with a commitment."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from desktop_app.customer_map.graph import MapFilter
from desktop_app.customer_map.tables import RELATIONS_UNIT
from desktop_app.duties.grey_areas import review
from tests.desktop_app.customer_map.helpers import add_process, add_relation
from ui.pages.customer_map_page import CustomerMapPage


pytestmark = pytest.mark.usefixtures("inline_tasks")


@pytest.fixture
def page(make_page, org):
    return make_page(CustomerMapPage)


def handoff_findings(db):
    with db.read() as s:
        return [f for f in review(s).visible if f.kind == "handoff"]


def test_a_relation_added_by_hand_appears_on_the_map(page, org):
    assert page.map.arrow_count() == 0
    page.filters.show_unit(org.dept)
    table = page.relations.current
    new_id = table.add_row()
    assert new_id is not None
    assert page.map.arrow_count() == 0  # no customer yet: not a relation on the map
    table.edit_cell(new_id, "customer_unit_id", org.station)
    assert table.message.isHidden()
    assert page.map.arrow_count() == 1


def test_a_relation_to_itself_is_refused_at_the_cell(page, org):
    page.filters.show_unit(org.dept)
    table = page.relations.current
    new_id = table.add_row()
    table.edit_cell(new_id, "customer_unit_id", org.dept)
    assert not table.message.isHidden()
    assert table.message.text()
    row = table.model.row_at(table.model.row_of(new_id))
    assert row.values[RELATIONS_UNIT.index_of("customer_unit_id")] is None


def test_filtering_to_a_unit_filters_map_and_table(page, db, org):
    add_relation(db, "unit", org.dept, org.station, "培训")
    add_relation(db, "unit", org.dept, org.line, "计划")
    page.ctx.notify({"customer_map"})
    assert page.map.arrow_count() == 2
    assert page.relations.current.model.rowCount() == 2
    page.filters.show_unit(org.station)
    assert page.map.arrow_count() == 1
    assert page.relations.current.model.rowCount() == 1
    assert page.filters.current() == MapFilter(unit_id=org.station)


def test_clicking_an_arrow_selects_its_relations_in_the_table(page, db, org):
    a = add_relation(db, "unit", org.dept, org.station, "培训")
    b = add_relation(db, "unit", org.dept, org.station, "巡检指导")
    add_relation(db, "unit", org.station, org.dept, "报表")
    page.ctx.notify({"customer_map"})
    page.map.relations_clicked.emit([a, b])
    assert set(page.relations.selected_relation_ids()) == {a, b}


def test_the_map_is_saved_as_png(page, db, org, tmp_path):
    add_relation(db, "unit", org.dept, org.station, "培训")
    page.ctx.notify({"customer_map"})
    path = tmp_path / "map.png"
    messages = []
    page.ctx.status_message.connect(messages.append)
    assert page.save_png(path)
    image = QImage(str(path))
    assert not image.isNull() and image.width() > 100
    assert str(path) in messages[-1]


def test_a_proposal_becomes_a_draft_relation_and_the_finding_goes_once_committed(page, db, org):
    add_process(db, "业扩报装", [("受理申请", org.station, None), ("现场勘查", org.dept, None)])
    page.ctx.notify({"customer_map"})
    [finding] = handoff_findings(db)
    assert "城关供电所" in finding.message.render()
    proposals = page.proposals
    assert [p.customer_name for p in proposals.proposals] == ["运检部"]

    new_id = page.accept_proposal(proposals.proposals[0])
    assert new_id is not None
    assert page.tabs.currentIndex() == 0
    table = page.relations.current
    assert page.relations.selected_relation_ids() == [new_id]
    assert page.map.arrow_count() == 1
    assert proposals.proposals == []  # mapped: no longer proposed
    assert len(handoff_findings(db)) == 1  # a draft without commitment still leaves it open

    table.edit_cell(new_id, "commitment", "两个工作日内完成勘查")
    table.edit_cell(new_id, "status", "active")
    assert table.message.isHidden(), table.message.text()
    assert handoff_findings(db) == []

    page.undo_stack.undo()
    page.undo_stack.undo()
    page.undo_stack.undo()  # the relation itself
    assert page.relations.current.model.row_of(new_id) < 0
    assert len(page.proposals.proposals) == 1


def test_relations_go_to_excel_and_a_bad_file_changes_nothing(page, db, org, tmp_path, monkeypatch):
    import openpyxl

    from ui.dialogs.import_report_dialog import ImportReportDialog
    from ui.operations.customer_map import export_relations, import_relations

    add_relation(db, "unit", org.dept, org.station, "培训", commitment="每季度一次")
    page.ctx.notify({"customer_map"})
    path = tmp_path / "relations.xlsx"
    export_relations(page, page.ctx, path)
    book = openpyxl.load_workbook(path)
    sheet = book["组织客户"]
    assert [c.value for c in sheet[2]][:5] == ["D", "运检部", "S", "城关供电所", "培训"]
    sheet.append(["S", None, "S", None, "自己服务自己"])  # a unit serving itself
    sheet.append(["D", None, "S", None, "新的事项", None, None, None, "新承诺"])
    book.save(path)
    shown = []
    monkeypatch.setattr(ImportReportDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    results = []
    import_relations(page, page.ctx, path, results.append)
    assert results == [False] and len(shown) == 1
    assert page.relations.current.model.rowCount() == 1  # the good new row was not written either

    sheet.delete_rows(3)
    book.save(path)
    import_relations(page, page.ctx, path, results.append)
    assert results == [False, True]
    assert page.relations.current.model.rowCount() == 2
    assert page.map.arrow_count() == 1  # both from 运检部 to 城关供电所: one arrow
