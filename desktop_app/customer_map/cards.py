"""Service cards (服务卡): for one unit, what it provides to whom and what it receives from whom,
with standards and commitments; the handbook prints one per unit.

A card has four lists: the unit's own relations as provider and as customer, and the post
relations in which one of the unit's own posts (not those of its sub-units, which have cards
of their own) provides or receives. Only relations whose both ends are live count; by default
only active ones, since the handbook prints what is promised. Lines are sorted by the partner's
name, then the service item.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.customer_map.rules import LEVELS, post_label
from desktop_app.model import Position, Unit
from desktop_app.org.tree import unit_tree

__all__ = ["CardLine", "ServiceCard", "service_card", "service_cards"]


@dataclass(frozen=True)
class CardLine:
    relation_id: str
    level: str  # "unit" or "position"
    own_id: str  # the unit, or the post of the unit the line is about
    own_name: str  # "" at unit level; the post's name at post level
    partner_id: str
    partner_name: str  # a unit's name, or "post · unit"
    service_item: str
    value: str
    standard: str
    target_days: int | None
    commitment: str
    review_cycle: str
    status: str


@dataclass(frozen=True)
class ServiceCard:
    unit_id: str
    code: str
    name: str
    provides: tuple[CardLine, ...]  # to its unit customers
    receives: tuple[CardLine, ...]  # from its unit providers
    post_provides: tuple[CardLine, ...]  # its posts to their post customers
    post_receives: tuple[CardLine, ...]

    @property
    def empty(self) -> bool:
        return not (self.provides or self.receives or self.post_provides or self.post_receives)


def service_cards(session: Session, unit_ids: Sequence[str] | None = None,
                  statuses: Collection[str] = ("active",), include_empty: bool = False) -> list[ServiceCard]:
    """The cards of ``unit_ids`` (default: every live unit) in unit-tree order, each from the
    relations with a status in ``statuses``. Without ``include_empty``, units that provide and
    receive nothing are left out. Four queries whatever the number of units. Only reads."""
    units = {r.id: r for r in session.execute(select(Unit.id, Unit.code, Unit.name).where(Unit.deleted_at.is_(None)))}
    posts = {r.id: r for r in session.execute(
        select(Position.id, Position.name, Position.unit_id).where(Position.deleted_at.is_(None)))
        if r.unit_id in units}
    wanted = set(units) if unit_ids is None else {u for u in unit_ids if u in units}
    lines: dict[str, list[list[CardLine]]] = {u: [[], [], [], []] for u in wanted}

    def name(level: str, end_id: str) -> str:
        if level == "unit":
            return units[end_id].name
        return post_label(posts[end_id].name, units[posts[end_id].unit_id].name)

    for level_key, level in LEVELS.items():
        m = level.model
        ends = units if level_key == "unit" else posts
        rows = session.execute(select(
            m.id, getattr(m, level.provider), getattr(m, level.customer), m.service_item, m.value, m.standard,
            m.target_days, m.commitment, m.review_cycle, m.status,
        ).where(m.deleted_at.is_(None), m.status.in_(list(statuses))))
        for rel_id, provider, customer, *terms in rows:
            if provider not in ends or customer not in ends:
                continue
            offset = 0 if level_key == "unit" else 2
            for own, partner, side in ((provider, customer, 0), (customer, provider, 1)):
                unit_id = own if level_key == "unit" else posts[own].unit_id
                if unit_id in lines:
                    own_name = "" if level_key == "unit" else posts[own].name
                    lines[unit_id][offset + side].append(
                        CardLine(rel_id, level_key, own, own_name, partner, name(level_key, partner), *terms))
    order = {u: i for i, u in enumerate(tree_order(session))}
    cards = []
    for unit_id in sorted(wanted, key=lambda u: (order.get(u, len(order)), units[u].code)):
        groups = [tuple(sorted(g, key=lambda c: (c.own_name, c.partner_name, c.service_item, c.relation_id)))
                  for g in lines[unit_id]]
        card = ServiceCard(unit_id, units[unit_id].code, units[unit_id].name, *groups)
        if include_empty or not card.empty:
            cards.append(card)
    return cards


def tree_order(session: Session) -> list[str]:
    """Live unit ids depth first, as the organisation tree shows them."""
    out: list[str] = []
    stack = list(reversed(unit_tree(session)))
    while stack:
        node = stack.pop()
        out.append(node.id)
        stack.extend(reversed(node.children))
    return out


def service_card(session: Session, unit_id: str, statuses: Collection[str] = ("active",)) -> ServiceCard:
    """One unit's card, empty lists included. KeyError if the unit does not exist or was deleted."""
    found = service_cards(session, [unit_id], statuses, include_empty=True)
    if not found:
        raise KeyError(unit_id)
    return found[0]
