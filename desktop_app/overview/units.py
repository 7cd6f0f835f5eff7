"""The units the overview charts put down their side: live units in the organisation tree's
order (depth first, siblings by sort order then code), with their names, kinds and flags."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from desktop_app.org.tree import unit_tree


@dataclass(frozen=True)
class ListedUnit:
    id: str
    name: str
    kind: str
    active: bool


def units_in_tree_order(session: Session) -> list[ListedUnit]:
    """Every live unit, depth first as the organisation tree shows them. One SELECT."""
    out: list[ListedUnit] = []
    stack = list(reversed(unit_tree(session)))
    while stack:
        node = stack.pop()
        out.append(ListedUnit(node.id, node.name, node.kind, node.active))
        stack.extend(reversed(node.children))
    return out


def in_tree_order(session: Session, wanted: set[str]) -> list[ListedUnit]:
    """The live units among ``wanted``, in tree order (ids of deleted units are dropped)."""
    return [u for u in units_in_tree_order(session) if u.id in wanted]
