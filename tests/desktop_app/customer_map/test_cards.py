"""Service cards: what a unit provides to whom and receives from whom, at both levels, with
standards and commitments; only active relations between live ends by default."""

from __future__ import annotations

import pytest

from desktop_app.customer_map.cards import service_card, service_cards
from desktop_app.customer_map.tables import RELATIONS_UNIT
from desktop_app.model import Position
from desktop_app.model.base import utcnow
from desktop_app.tables.edits import soft_delete
from tests.desktop_app.customer_map.helpers import add_relation


def test_a_card_lists_what_the_unit_provides_and_receives(db, org):
    add_relation(db, "unit", org.dept, org.station, "安全检查", standard="每季度一次", target_days=5,
                 commitment="发现问题五个工作日内书面反馈", status="active", review_cycle="quarterly")
    add_relation(db, "unit", org.dept, org.team, "技术培训", status="active")
    add_relation(db, "unit", org.station, org.dept, "缺陷上报", commitment="当天上报", status="active")
    add_relation(db, "unit", org.dept, org.company, "月度报表")  # a draft: not printed
    with db.read() as s:
        card = service_card(s, org.dept)
    assert (card.code, card.name) == ("D", "运检部")
    assert [(c.partner_name, c.service_item) for c in card.provides] == [("城关供电所", "安全检查"), ("运维班", "技术培训")]
    first = card.provides[0]
    assert (first.standard, first.target_days, first.commitment, first.review_cycle, first.level) == \
        ("每季度一次", 5, "发现问题五个工作日内书面反馈", "quarterly", "unit")
    assert [(c.partner_id, c.commitment) for c in card.receives] == [(org.station, "当天上报")]
    with db.read() as s:
        drafts = service_card(s, org.dept, statuses=("draft", "active"))
    assert "月度报表" in [c.service_item for c in drafts.provides]


def test_post_lines_belong_to_the_posts_own_unit(db, org):
    add_relation(db, "position", org.worker, org.head, "故障处理结果反馈", commitment="处理完毕即时反馈", status="active")
    add_relation(db, "position", org.clerk, org.worker, "作业指导书", status="active")
    with db.read() as s:
        team, station, dept = (service_card(s, u) for u in (org.team, org.station, org.dept))
    assert [(c.own_name, c.partner_name, c.service_item) for c in team.post_provides] == \
        [("运维岗", "所长 · 城关供电所", "故障处理结果反馈")]
    assert [(c.own_name, c.partner_name) for c in team.post_receives] == [("运维岗", "专责 · 运检部")]
    assert [c.own_id for c in station.post_receives] == [org.head] and station.provides == ()
    assert [c.service_item for c in dept.post_provides] == ["作业指导书"]


def test_cards_in_tree_order_leave_out_empty_units_and_dead_ends(db, org):
    rel = add_relation(db, "unit", org.dept, org.station, "安全检查", status="active")
    add_relation(db, "position", org.clerk, org.worker, "作业指导书", status="active")
    with db.read() as s:
        assert [c.name for c in service_cards(s)] == ["城关供电所", "运维班", "运检部"]
        assert len(service_cards(s, include_empty=True)) == 5
    with db.write() as s:
        s.get(Position, org.worker).deleted_at = utcnow()  # a deleted post takes its lines along
        soft_delete(s, RELATIONS_UNIT, [rel])
    with db.read() as s:
        assert service_cards(s) == []
        with pytest.raises(KeyError):
            service_card(s, "no-such-unit")
