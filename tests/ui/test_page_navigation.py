"""Pages sending the user to another page: a handoff without commitment, double-clicked among
the grey areas, opens the customer map where it is put right."""

from __future__ import annotations

import pytest

from tests.desktop_app.customer_map.helpers import add_process, add_relation
from ui.context import AppContext
from ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("inline_tasks")


def handoff_on_duties_page(qtbot, db, org):
    """The duties page in a shown main window, with the one handoff of team → department."""
    add_process(db, "业扩报装", [("受理申请", org.team, None), ("现场勘查", org.dept, None)])
    window = MainWindow(AppContext(db))
    qtbot.addWidget(window)
    window.show()
    duties = window.show_page("duties")
    duties.settle()
    (finding,) = [f for f in duties.findings.review.visible if f.kind == "handoff"]
    return window, duties, finding


def activate(duties, finding) -> None:
    """Double-clicks the finding's row."""
    panel = duties.findings
    panel.select_key(finding.key)
    assert panel.current_finding() == finding
    panel.tree.doubleClicked.emit(panel.tree.currentIndex())


def test_a_handoff_without_relation_opens_its_proposal(qtbot, db, org):
    window, duties, finding = handoff_on_duties_page(qtbot, db, org)
    activate(duties, finding)
    page = window.pages["customer_map"]
    assert window.stack.currentWidget() is page
    assert page.tabs.currentWidget() is page._processes_tab
    page.settle()
    current = page.proposals.tree.currentItem()
    assert current is not None and (current.text(0), current.text(1)) == ("运维班", "运检部")


def test_a_handoff_with_an_uncommitted_relation_selects_that_relation(qtbot, db, org):
    relation = add_relation(db, "unit", org.team, org.dept, "资料移交")  # a draft promises nothing
    add_relation(db, "unit", org.dept, org.team, "反方向")
    window, duties, finding = handoff_on_duties_page(qtbot, db, org)
    activate(duties, finding)
    page = window.pages["customer_map"]
    assert window.stack.currentWidget() is page and page.tabs.currentIndex() == 0
    assert page.relations.selected_relation_ids() == [relation]

