"""The unit tree: reading it for display and finding a unit's sub-units."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from desktop_app.model import Unit


@dataclass(frozen=True)
class UnitNode:
    id: str
    code: str
    name: str
    kind: str
    active: bool
    children: tuple[UnitNode, ...]


def subtree_ids(unit_id: str) -> Select:
    """A SELECT of ``unit_id`` and the ids of every unit below it (recursive CTE)."""
    tree = select(Unit.id).where(Unit.id == unit_id).cte("subtree", recursive=True)
    tree = tree.union(select(Unit.id).where(Unit.parent_id == tree.c.id))
    return select(tree.c.id)


def unit_tree(session: Session) -> list[UnitNode]:
    """Roots first; children by sort order then code. Deleted units are left out, and units
    under a deleted parent become roots so that nothing is hidden."""
    rows = session.execute(
        select(Unit.id, Unit.code, Unit.name, Unit.kind, Unit.active, Unit.parent_id)
        .where(Unit.deleted_at.is_(None))
        .order_by(Unit.sort_order, Unit.code)
    ).all()
    ids = {r.id for r in rows}
    by_parent: dict[str | None, list] = {}
    for r in rows:
        by_parent.setdefault(r.parent_id if r.parent_id in ids else None, []).append(r)

    def build(r, seen: frozenset[str]) -> UnitNode:
        kids = tuple(build(c, seen | {r.id}) for c in by_parent.get(r.id, []) if c.id not in seen)
        return UnitNode(r.id, r.code, r.name, r.kind, r.active, kids)

    return [build(r, frozenset()) for r in by_parent.get(None, [])]
