"""寻找内部客户: handoffs without a relation are listed, and leave the list once mapped."""

from __future__ import annotations

from tests.desktop_app.customer_map.helpers import add_process, add_relation
from ui.customer_map.proposals_panel import PROPOSAL_ROLE, ProposalsPanel


def proposal_items(panel):
    out = []
    for g in range(panel.tree.topLevelItemCount()):
        group = panel.tree.topLevelItem(g)
        out += [group.child(i) for i in range(group.childCount())]
    return out


def test_unmapped_handoffs_are_listed_by_level_and_go_once_mapped(qtbot, ctx, db, org):
    add_process(db, "报装", [("受理", org.station, org.head), ("勘查", org.dept, None),
                            ("批复", org.dept, org.clerk)])
    add_process(db, "巡视", [("派工", org.station, org.head), ("巡视", org.station, org.head)])
    panel = ProposalsPanel(ctx)
    qtbot.addWidget(panel)
    items = proposal_items(panel)
    assert [(i.text(0), i.text(1)) for i in items] == [("城关供电所", "运检部")]
    assert "受理" in items[0].text(2) and items[0].text(3) == "报装"
    assert "1" in panel.title.text()
    add_relation(db, "unit", org.station, org.dept, "报装资料")
    ctx.notify({"customer_map"})
    assert proposal_items(panel) == []
    assert not panel.accept_button.isEnabled()


def test_accepting_emits_every_chosen_proposal(qtbot, ctx, db, org):
    add_process(db, "报装", [("受理", org.station, None), ("勘查", org.dept, None), ("送电", org.station, None)])
    panel = ProposalsPanel(ctx)
    qtbot.addWidget(panel)
    items = proposal_items(panel)
    assert len(items) == 2
    for item in items:
        item.setSelected(True)
    assert panel.accept_button.isEnabled()
    got = []
    panel.accept_requested.connect(got.append)
    panel.accept_button.click()
    assert [(p.provider_name, p.customer_name) for p in got] == [(i.data(0, PROPOSAL_ROLE).provider_name,
                                                                  i.data(0, PROPOSAL_ROLE).customer_name) for i in items]


def test_a_proposal_asked_for_before_the_list_is_read_is_selected_once_it_is(qtbot, ctx, db, org, monkeypatch):
    from ui.operations.runner import Runner

    add_process(db, "报装", [("受理", org.station, None), ("勘查", org.dept, None), ("送电", org.station, None)])
    monkeypatch.setattr(Runner, "synchronous", False)  # the list is read off the GUI thread, as in the app
    panel = ProposalsPanel(ctx)
    qtbot.addWidget(panel)
    panel.select_proposal("unit", org.dept, org.station)
    assert panel.tree.currentItem() is None  # not read yet
    panel.settle()
    current = panel.tree.currentItem()
    assert current is not None and (current.text(0), current.text(1)) == ("运检部", "城关供电所")


def test_a_proposal_only_the_next_reading_lists_is_selected_when_it_comes(qtbot, ctx, db, org, monkeypatch):
    from ui.operations.runner import Runner

    monkeypatch.setattr(Runner, "synchronous", False)
    panel = ProposalsPanel(ctx)
    qtbot.addWidget(panel)
    panel.settle()
    assert proposal_items(panel) == []
    add_process(db, "报装", [("受理", org.station, None), ("勘查", org.dept, None)])
    ctx.notify({"customer_map"})  # read again, off the GUI thread
    panel.select_proposal("unit", org.station, org.dept)  # the list shown does not have it yet
    panel.settle()
    current = panel.tree.currentItem()
    assert current is not None and (current.text(0), current.text(1)) == ("城关供电所", "运检部")
