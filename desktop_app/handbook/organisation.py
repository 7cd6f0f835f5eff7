"""The handbook's organisation chapter: for each unit in scope, its posts, the work items it
holds with the other units involved, and its part of the responsibility matrix (its own posts'
roles on those items).

The handbook prints what is in force: active work items only (items under review or retired
are left out), active units other than the company and the business lines (they own no daily
work), and every live post of those units. A unit is printed when it has a post or a duty.
Scope "one unit" takes the unit and the units below it (a station with its teams). Six bulk
queries, whatever the size.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.customer_map.cards import tree_order
from desktop_app.model import Position, PositionDuty, Staff, Unit, UnitDuty, WorkItem

__all__ = ["DutyLine", "OrgChapter", "PostInfo", "UnitSection", "load_organisation", "scope_unit_ids"]

ROLE_ORDER = "RACI"
SKIPPED_KINDS = ("company", "line")


@dataclass(frozen=True)
class PostInfo:
    id: str
    code: str
    name: str
    category: str
    quota: int
    staffed: int  # people in the post now


@dataclass(frozen=True)
class DutyLine:
    item_id: str
    code: str
    title: str
    description: str
    role: str | None  # this unit's own role; None when only its posts hold the item
    others: tuple[tuple[str, tuple[str, ...]], ...]  # (role, names of the other units with it), R first


@dataclass(frozen=True)
class UnitSection:
    id: str
    code: str
    name: str
    kind: str
    parent_name: str
    notes: str
    posts: tuple[PostInfo, ...]
    duties: tuple[DutyLine, ...]  # items the unit or its posts hold, by item order
    post_roles: Mapping[tuple[str, str], str]  # (item id, post id) -> role

    @property
    def has_post_roles(self) -> bool:
        return bool(self.post_roles)


@dataclass(frozen=True)
class OrgChapter:
    units: tuple[UnitSection, ...]
    item_count: int  # active work items in the company


def scope_unit_ids(session: Session, unit_id: str | None) -> list[str]:
    """Live unit ids in tree order: all of them, or ``unit_id`` and those below it."""
    order = tree_order(session)
    if unit_id is None:
        return order
    parents = dict(session.execute(select(Unit.id, Unit.parent_id).where(Unit.deleted_at.is_(None))).all())
    below = {unit_id}
    for u in order:  # tree order: a parent comes before its children
        if parents.get(u) in below:
            below.add(u)
    return [u for u in order if u in below]


def load_organisation(session: Session, unit_id: str | None = None) -> OrgChapter:
    units = {r.id: r for r in session.execute(
        select(Unit.id, Unit.code, Unit.name, Unit.kind, Unit.parent_id, Unit.active, Unit.notes)
        .where(Unit.deleted_at.is_(None)))}
    shown = [u for u in scope_unit_ids(session, unit_id)
             if units[u].active and units[u].kind not in SKIPPED_KINDS]
    items = {r.id: r for r in session.execute(
        select(WorkItem.id, WorkItem.code, WorkItem.title, WorkItem.description, WorkItem.sort_order)
        .where(WorkItem.deleted_at.is_(None), WorkItem.status == "active"))}
    item_order = {i: n for n, i in enumerate(sorted(items, key=lambda i: (items[i].sort_order, items[i].code, i)))}
    unit_cells: dict[str, dict[str, str]] = {}  # item -> unit -> role
    for item, unit, role in session.execute(select(UnitDuty.work_item_id, UnitDuty.unit_id, UnitDuty.role)
                                            .where(UnitDuty.deleted_at.is_(None))):
        if item in items and unit in units:
            unit_cells.setdefault(item, {})[unit] = role
    posts: dict[str, list] = {}
    post_unit: dict[str, str] = {}
    for r in session.execute(select(Position.id, Position.code, Position.name, Position.category, Position.quota,
                                    Position.unit_id).where(Position.deleted_at.is_(None))
                             .order_by(Position.code)):
        posts.setdefault(r.unit_id, []).append(r)
        post_unit[r.id] = r.unit_id
    staffed: dict[str, int] = {}
    for (post,) in session.execute(select(Staff.position_id).where(Staff.deleted_at.is_(None),
                                                                   Staff.position_id.isnot(None))):
        staffed[post] = staffed.get(post, 0) + 1
    post_cells: dict[str, dict[tuple[str, str], str]] = {}  # unit -> (item, post) -> role
    for item, post, role in session.execute(select(PositionDuty.work_item_id, PositionDuty.position_id,
                                                   PositionDuty.role).where(PositionDuty.deleted_at.is_(None))):
        if item in items and post in post_unit:
            post_cells.setdefault(post_unit[post], {})[(item, post)] = role
    sections = []
    for u in shown:
        own_posts = tuple(PostInfo(p.id, p.code, p.name, p.category, p.quota, staffed.get(p.id, 0))
                          for p in posts.get(u, []))
        roles = post_cells.get(u, {})
        held = {i for i, cells in unit_cells.items() if u in cells} | {i for i, _ in roles}
        duties = tuple(_duty_line(items[i], unit_cells.get(i, {}), u, units)
                       for i in sorted(held, key=item_order.__getitem__))
        if not own_posts and not duties:
            continue
        row = units[u]
        parent = units.get(row.parent_id)
        sections.append(UnitSection(u, row.code, row.name, row.kind, parent.name if parent else "", row.notes,
                                    own_posts, duties, roles))
    return OrgChapter(tuple(sections), len(items))


def _duty_line(item, cells: Mapping[str, str], unit_id: str, units: Mapping) -> DutyLine:
    others: dict[str, list[str]] = {}
    for other, role in cells.items():
        if other != unit_id:
            others.setdefault(role, []).append(units[other].name)
    grouped = tuple((r, tuple(sorted(others[r]))) for r in ROLE_ORDER if r in others)
    return DutyLine(item.id, item.code, item.title, item.description, cells.get(unit_id), grouped)
