"""The service card view: the chosen unit's partners in the right sections, drafts only on
request, database text escaped, and the card following changes (reads run inline)."""

from __future__ import annotations

import pytest

from desktop_app.model import Unit
from desktop_app.model.base import utcnow
from tests.desktop_app.customer_map.helpers import add_relation
from ui.customer_map.card_view import ServiceCardView

SECTIONS = ("Provides to its internal customers", "Receives from its internal providers",
            "Its posts provide", "Its posts receive")

@pytest.fixture
def view(qtbot, ctx, org):  # the picker lists the organisation from the start
    widget = ServiceCardView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    return widget


def test_the_card_lists_each_partner_in_its_section(view, db, org):
    add_relation(db, "unit", org.dept, org.station, "安全检查", status="active", standard="每季度一次",
                 target_days=5, commitment="五个工作日内书面反馈", review_cycle="quarterly")
    add_relation(db, "unit", org.station, org.dept, "缺陷上报", status="active")
    add_relation(db, "position", org.clerk, org.worker, "作业指导书", status="active")
    add_relation(db, "position", org.head, org.clerk, "现场配合", status="active")
    view.show_unit(org.dept)
    card = view.card()
    assert view.unit_id() == org.dept and view.picker.unit_id() == org.dept
    assert [(c.partner_name, c.service_item) for c in card.provides] == [("城关供电所", "安全检查")]
    assert [(c.partner_name, c.service_item) for c in card.receives] == [("城关供电所", "缺陷上报")]
    assert [(c.own_name, c.partner_name, c.service_item) for c in card.post_provides] == \
        [("专责", "运维岗 · 运维班", "作业指导书")]
    assert [(c.own_name, c.partner_name, c.service_item) for c in card.post_receives] == \
        [("专责", "所长 · 城关供电所", "现场配合")]

    text = view.browser.toPlainText()
    assert text.startswith("运检部")
    order = (SECTIONS[0], "安全检查", SECTIONS[1], "缺陷上报", SECTIONS[2], "作业指导书", SECTIONS[3], "现场配合")
    places = [text.index(s) for s in order]
    assert places == sorted(places)
    provides = text[text.index(SECTIONS[0]):text.index(SECTIONS[1])]
    for shown in ("Customer", "城关供电所", "每季度一次", "5", "五个工作日内书面反馈", "Quarterly"):
        assert shown in provides
    assert "Own post" in text[text.index(SECTIONS[2]):] and "运维岗 · 运维班" in text
    assert "None recorded." not in text


def test_a_unit_without_relations_says_so_in_every_section(view, org):
    view.show_unit(org.team)
    assert view.card().empty
    assert view.browser.toPlainText().count("None recorded.") == 4


def test_drafts_appear_only_when_asked_for_and_are_marked(view, db, org):
    add_relation(db, "unit", org.dept, org.station, "安全检查", status="active")
    add_relation(db, "unit", org.dept, org.team, "月度报表")  # a draft
    view.show_unit(org.dept)
    assert [c.service_item for c in view.card().provides] == ["安全检查"]
    assert "月度报表" not in view.browser.toPlainText()

    view.drafts.setChecked(True)
    assert [(c.service_item, c.status) for c in view.card().provides] == \
        [("安全检查", "active"), ("月度报表", "draft")]
    assert "月度报表 (draft)" in view.browser.toPlainText()
    assert "安全检查 (draft)" not in view.browser.toPlainText()

    view.drafts.setChecked(False)
    assert "月度报表" not in view.browser.toPlainText()


def test_text_typed_into_the_database_is_shown_literally(view, db, org):
    with db.write() as s:
        s.get(Unit, org.dept).name = "运检部 <i>&amp;</i>"
    add_relation(db, "unit", org.dept, org.station, "<b>x</b>", status="active", commitment="当天 & 次日",
                 standard="a < b\n第二行")
    view.show_unit(org.dept)
    text = view.browser.toPlainText()
    for literal in ("运检部 <i>&amp;</i>", "<b>x</b>", "当天 & 次日", "a < b"):
        assert literal in text
    assert "第二行" in text
    html = view.card_html(view.card())
    assert "&lt;b&gt;x&lt;/b&gt;" in html and "<b>x</b>" not in html
    assert "&amp;amp;" in html


def test_the_card_follows_changes_to_the_customer_map(view, ctx, db, org):
    view.show_unit(org.dept)
    assert view.card().provides == ()
    add_relation(db, "unit", org.dept, org.station, "安全检查", status="active")
    ctx.notify({"customer_map"})
    assert [c.service_item for c in view.card().provides] == ["安全检查"]
    assert "安全检查" in view.browser.toPlainText()


def test_a_hidden_view_reads_again_when_shown(view, ctx, db, org):
    view.show_unit(org.dept)
    view.hide()
    add_relation(db, "unit", org.dept, org.station, "安全检查", status="active")
    ctx.notify({"customer_map"})
    assert view.card().provides == ()
    view.show()
    assert [c.service_item for c in view.card().provides] == ["安全检查"]


def test_choosing_a_unit_in_the_picker_shows_its_card(view, db, org):
    add_relation(db, "unit", org.station, org.dept, "缺陷上报", status="active")
    i = view.picker.findData(org.station)
    view.picker.setCurrentIndex(i)
    view.picker.activated.emit(i)
    assert view.unit_id() == org.station
    assert [c.partner_name for c in view.card().provides] == ["运检部"]
    assert view.browser.toPlainText().startswith("城关供电所")


def test_a_deleted_unit_clears_the_view_with_a_message(view, ctx, db, org):
    view.show_unit(org.dept)
    with db.write() as s:
        s.get(Unit, org.dept).deleted_at = utcnow()
    ctx.notify({"org"})
    assert view.card() is None and view.unit_id() is None
    assert "no longer exists" in view.browser.toPlainText()
    assert not view.copy_button.isEnabled()


def test_showing_a_unknown_or_no_unit(view, org):
    view.show_unit("no-such-unit")
    assert view.card() is None and "no longer exists" in view.browser.toPlainText()
    view.show_unit(org.dept)
    assert view.card() is not None
    view.show_unit(None)
    assert view.card() is None and view.unit_id() is None
    assert "Choose a unit" in view.browser.toPlainText()


def test_copy_puts_the_card_on_the_clipboard(view, db, org):
    from PySide6.QtGui import QGuiApplication

    add_relation(db, "unit", org.dept, org.station, "安全检查", status="active")
    view.show_unit(org.dept)
    view.copy_button.click()
    data = QGuiApplication.clipboard().mimeData()
    assert "安全检查" in data.text() and "<table" in data.html()
