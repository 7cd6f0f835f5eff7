"""The rotation page as a new user tries it: a plan and its scope, assignments added in it,
a conflict made on purpose is reported with the right people and dates and marked in the
table, fixed and gone; approving over conflicts asks first and is recorded; the timeline by
person and by station, saved as PNG; assignments to Excel and back."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox

from desktop_app.model import RotationPlan
from desktop_app.rotation.tables import ASSIGNMENTS, PLANS
from tests.desktop_app.rotation.helpers import add_assignment, add_plan, staff_ids
from ui.context import AppContext
from ui.pages.rotation_page import RotationPage

pytestmark = pytest.mark.usefixtures("inline_tasks")


@pytest.fixture
def page(make_page, org):
    return make_page(RotationPage)


def overlaps(page):
    return [f for f in page.findings.findings_shown() if f.kind == "overlap"]


def test_a_plan_is_built_with_its_scope_and_assignments(page, db, org):
    plan_id = page.plans.add_row()
    assert plan_id is not None
    assert page.assignments.plan_id == plan_id
    assert page.plans.set_scope(plan_id, [org.station])
    row = page.plans.model.row_at(page.plans.model.row_of(plan_id))
    assert row.values[PLANS.index_of("scope")] == "城关供电所"
    new = page.assignments.add_row()
    assert new is not None
    person = staff_ids(db)[0]
    page.assignments.edit_cell(new, "staff_id", person)
    page.assignments.edit_cell(new, "to_unit_id", org.dept)
    row = page.assignments.model.row_at(page.assignments.model.row_of(new))
    year = date.today().year
    assert row.values[ASSIGNMENTS.index_of("start")] == date(year, 1, 1)  # the plan's period
    assert row.values[ASSIGNMENTS.index_of("from_position_id")] == org.worker  # the post they leave
    page.undo_stack.undo()
    page.undo_stack.undo()
    page.undo_stack.undo()
    page.undo_stack.undo()  # the scope
    row = page.plans.model.row_at(page.plans.model.row_of(plan_id))
    assert row.values[PLANS.index_of("scope")] == ""


def test_an_overlap_made_on_purpose_is_reported_marked_and_goes_when_fixed(page, db, org):
    plan = add_plan(db, "轮岗计划", start=date(2026, 1, 1), end=date(2026, 12, 31))
    person = staff_ids(db)[0]
    first = add_assignment(db, plan, person, date(2026, 3, 1), date(2026, 3, 31), to_unit_id=org.dept)
    second = add_assignment(db, plan, person, date(2026, 3, 31), date(2026, 4, 30), to_unit_id=org.dept)
    page.ctx.notify({"rotation"})
    page.plans.select_ids([plan])
    [finding] = overlaps(page)
    text = finding.message.render()
    assert "员工0" in text and "2026-03-31" in text
    assert (finding.first_day, finding.last_day) == (date(2026, 3, 31), date(2026, 3, 31))
    model = page.assignments.model
    assert model.highlighted(model.row_of(first)) and model.highlighted(model.row_of(second))

    page.show_finding(finding)
    assert set(page.assignments.selected_ids()) == {first, second}

    page.assignments.edit_cell(first, "end", date(2026, 3, 30))
    assert overlaps(page) == []
    assert not model.highlighted(model.row_of(first))


def test_approving_over_conflicts_asks_and_records_it(page, db, org, monkeypatch):
    plan = add_plan(db, "轮岗计划")
    person = staff_ids(db)[0]
    add_assignment(db, plan, person, date(2026, 3, 1), date(2026, 3, 31))
    add_assignment(db, plan, person, date(2026, 3, 15), date(2026, 4, 15))
    page.ctx.notify({"rotation"})
    page.plans.select_ids([plan])
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or answers.pop(0))
    assert not page.plans.change_status("approved")
    with db.read() as s:
        assert s.get(RotationPlan, plan).status == "draft"
    assert page.plans.change_status("approved")
    assert "员工0" in asked[0]
    with db.read() as s:
        p = s.get(RotationPlan, plan)
        assert (p.status, p.approved_by, p.approved_with) == ("approved", "测试员", 1)
    page.undo_stack.undo()
    with db.read() as s:
        assert s.get(RotationPlan, plan).status == "draft"


def test_approving_a_clean_plan_asks_nothing(page, db, monkeypatch):
    plan = add_plan(db, "蹲点计划", kind="rotation")
    page.ctx.notify({"rotation"})
    page.plans.select_ids([plan])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("asked"))
    assert page.plans.change_status("approved")
    with db.read() as s:
        assert s.get(RotationPlan, plan).approved_with == 0


def test_the_timeline_switches_between_people_and_stations_and_is_saved(page, db, org, tmp_path):
    plan = add_plan(db, "轮岗计划")
    people = staff_ids(db)
    a = add_assignment(db, plan, people[0], date(2026, 3, 1), date(2026, 3, 31), to_unit_id=org.dept)
    add_assignment(db, plan, people[1], date(2026, 5, 1), date(2026, 5, 31), to_unit_id=org.dept)
    page.ctx.notify({"rotation"})
    timeline = page.timeline
    assert len(timeline.timeline.rows) == 2 and timeline.chart.bar_count() == 2
    timeline.view_box.setCurrentIndex(timeline.view_box.findData("station"))
    timeline.view_box.activated.emit(timeline.view_box.currentIndex())
    assert timeline.timeline.by == "station"
    path = tmp_path / "timeline.png"
    assert timeline.save_png(path)
    assert not QImage(str(path)).isNull()
    timeline.chart.assignment_clicked.emit(a)
    assert page.tabs.currentIndex() == 0
    assert page.assignments.selected_ids() == [a]


def test_assignments_go_to_excel_and_back(page, db, org, tmp_path):
    from ui.operations.rotation import export_assignments, import_assignments

    plan = add_plan(db, "轮岗计划")
    add_assignment(db, plan, staff_ids(db)[0], date(2026, 3, 1), date(2026, 3, 31), to_unit_id=org.dept)
    path = tmp_path / "assignments.xlsx"
    export_assignments(page, page.ctx, path)
    results = []
    import_assignments(page, page.ctx, path, results.append)
    assert results == [True]


def test_the_page_opens_on_the_first_plan(qtbot, db, org):
    plan = add_plan(db, "轮岗计划")
    add_assignment(db, plan, staff_ids(db)[0], date(2026, 3, 1), date(2026, 3, 31))
    page = RotationPage(AppContext(db))
    qtbot.addWidget(page)
    assert page.assignments.plan_id == plan
    assert page.assignments.model.rowCount() == 1
