"""The handbook's texts: prefilled in the company's words, added once, never overwritten, edited
through their table."""

from __future__ import annotations

from desktop_app.customer_map.tables import HANDBOOK_TEXTS
from desktop_app.customer_map.texts import DEFAULT_TEXTS, ensure_handbook_texts, handbook_texts
from desktop_app.model import HANDBOOK_TEXT_KEYS, HandbookText
from desktop_app.tables.edits import CellEdit, soft_delete, update_cell


def test_defaults_cover_the_three_texts_in_chinese():
    assert tuple(DEFAULT_TEXTS) == HANDBOOK_TEXT_KEYS
    five = DEFAULT_TEXTS["five_ways_of_thinking"][1]
    for way in ("大局思维", "责任思维", "同理思维", "投资思维", "双赢思维"):
        assert way in five
    assert "服务协同能力" in DEFAULT_TEXTS["service_capability_model"][1]
    assert "首问负责" in DEFAULT_TEXTS["code_of_conduct"][1]


def test_texts_are_added_once_and_edits_are_kept(db):
    with db.read() as s:
        shown = handbook_texts(s)
    assert [(t.key, t.stored) for t in shown] == [(k, False) for k in HANDBOOK_TEXT_KEYS]
    with db.write() as s:
        assert ensure_handbook_texts(s) == 3
        assert ensure_handbook_texts(s) == 0
        text = s.query(HandbookText).filter_by(key="code_of_conduct").one()
        update_cell(s, HANDBOOK_TEXTS, CellEdit(text.id, text.version, "body", "一、首问负责。"))
        soft_delete(s, HANDBOOK_TEXTS, [s.query(HandbookText).filter_by(key="five_ways_of_thinking").one().id])
        assert ensure_handbook_texts(s) == 0  # a deleted text is restored, not replaced
    with db.read() as s:
        shown = {t.key: t for t in handbook_texts(s)}
    assert shown["code_of_conduct"].body == "一、首问负责。" and shown["code_of_conduct"].stored
    assert not shown["five_ways_of_thinking"].stored
    assert shown["five_ways_of_thinking"].title == "内部服务的五大思维"
