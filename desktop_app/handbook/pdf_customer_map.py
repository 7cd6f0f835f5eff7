"""The customer map chapter in print: the map as vector figures, then each unit's service card
(what it provides to whom and what it receives from whom, with value, standard, time limit,
commitment and review cycle; the same for its posts). Only active relations: the handbook
prints what is promised.
"""

from __future__ import annotations

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Paragraph

from desktop_app.customer_map.cards import CardLine, ServiceCard
from desktop_app.customer_map.vocabulary import REVIEW_CYCLE_TEXTS
from desktop_app.handbook.content import HandbookContent
from desktop_app.handbook.pdf_parts import Column, Numbering, label_line, styles, table
from desktop_app.reports.fonts import markup

__all__ = ["customer_map_chapter"]

PARTNER_W = 30 * mm
ITEM_W = 32 * mm
CYCLE_W = 13 * mm
CARD_START = 55 * mm  # a card starts on a new page rather than with less room than this
LIST_START = 30 * mm  # a list's label and its first rows stay together


def customer_map_chapter(c: HandbookContent, n: Numbering, title: str) -> list:
    s = styles()
    out = n.chapter_heading(title)
    figures = c.figures.get("customer_map", [])
    if figures:
        out += n.section_heading("内部客户地图")
        out.append(Paragraph(markup(
            "下图按业务条线列出各单位，箭头由服务提供方指向内部客户；绿色表示已作出服务承诺，橙色表示尚缺服务承诺，"
            "虚线表示仅有草拟中的服务关系。"), s["body"]))
        out += n.figures_of(figures)
    if c.cards:
        out += n.section_heading("各单位服务卡")
        out.append(Paragraph(markup("服务卡列出各单位及其岗位向内部客户提供的服务和接受的服务，"
                                    "包括服务价值、服务标准、时限和服务承诺，按对方单位排列。"), s["body"]))
        for card in c.cards:
            out += _card(card, n)
    return out


def _card(card: ServiceCard, n: Numbering) -> list:
    out = [CondPageBreak(CARD_START)] + n.subsection(f"{card.name}服务卡", outline=True)
    out.append(label_line([("编码", card.code), ("提供服务", f"{len(card.provides) + len(card.post_provides)} 项"),
                           ("接受服务", f"{len(card.receives) + len(card.post_receives)} 项")]))
    for heading, lines, partner, post in (("向内部客户提供的服务", card.provides, "内部客户", False),
                                          ("接受的内部服务", card.receives, "服务提供方", False),
                                          ("岗位向内部客户提供的服务", card.post_provides, "内部客户", True),
                                          ("岗位接受的内部服务", card.post_receives, "服务提供方", True)):
        if lines:
            out += [CondPageBreak(LIST_START), Paragraph(f"<b>{markup(heading)}</b>", styles()["meta"])]
            out += _lines(lines, partner, post)
    return out


def _lines(lines: tuple[CardLine, ...], partner: str, post: bool) -> list:
    columns = ([Column("本岗位", 22 * mm)] if post else []) + [
        Column(partner, PARTNER_W), Column("服务事项", ITEM_W), Column("服务标准", None), Column("服务承诺", None),
        Column("复核", CYCLE_W, TA_CENTER)]
    records, notes = [], {}
    offset = 1 if post else 0
    for r, line in enumerate(lines):
        standard = line.standard
        if line.target_days is not None:
            standard = f"{standard}\n（时限：{line.target_days} 个工作日）" if standard else f"时限：{line.target_days} 个工作日"
        records.append(((line.own_name,) if post else ()) + (
            line.partner_name, line.service_item, standard, line.commitment,
            REVIEW_CYCLE_TEXTS.get(line.review_cycle, line.review_cycle)))
        if line.value.strip():
            notes[(r, offset + 1)] = f"价值：{line.value}"
    return table(columns, records, notes)
