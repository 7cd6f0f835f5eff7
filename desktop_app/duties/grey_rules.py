"""The rules of the grey-area analysis over bulk-loaded rows (see ``grey_areas`` for what
they find). Internal to the duties package: callers use ``desktop_app.duties.grey_areas``."""

from __future__ import annotations

import hashlib
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session

from desktop_app.i18n import QT_TRANSLATE_NOOP, Message, msg
from desktop_app.model import Position, PositionDuty, Staff, Unit, UnitDuty, WorkItem

Executor = Callable[[Select], list[tuple]]
"""Runs a SELECT and returns its rows as tuples: over a Session, or a plain sqlite3 connection."""

MAX_NAMES = 5  # names listed in one sentence before "…"
_SQLITE = sqlite.dialect()


@dataclass(frozen=True)
class Finding:
    """One grey area. The ids name the cells to select in the matrix: a work item's row and the
    columns of its units (unit matrix) or posts (the post matrix of their unit)."""

    kind: str  # one of FINDING_KINDS
    severity: str  # "high", "medium" or "low"
    message: Message  # one sentence naming the items, units and posts
    unit_ids: tuple[str, ...]
    work_item_ids: tuple[str, ...]
    position_ids: tuple[str, ...]
    key: str  # stable identity: rule and ids, e.g. "gap:<item id>:<unit id>"
    fingerprint: str  # sha256 of the data the finding is about
    sort_name: str = field(default="", compare=False)  # the unit (or item) it is listed under


@lru_cache(maxsize=32)
def sqlite_sql(stmt: Select) -> str:
    """The SELECT as SQLite text with its values inlined (the analysis' SELECTs are constants)."""
    return str(stmt.compile(dialect=_SQLITE, compile_kwargs={"literal_binds": True}))


def sqlite_executor(con: sqlite3.Connection) -> Executor:
    """An executor over a DB-API sqlite3 connection (e.g. the read-only one of ``check``)."""
    return lambda stmt: con.execute(sqlite_sql(stmt)).fetchall()


def session_executor(session: Session) -> Executor:
    """An executor inside ``session``'s transaction. On SQLite it runs the SQL on the driver's
    connection directly: rows as plain tuples, without the ORM's per-row cost (a third faster
    at 25,000 duty rows)."""
    session.flush()
    conn = session.connection()
    if conn.dialect.name == "sqlite":
        return sqlite_executor(conn.connection.dbapi_connection)
    return lambda stmt: [tuple(r) for r in conn.execute(stmt)]


def fingerprint(parts: Iterable[Any]) -> str:
    return hashlib.sha256(repr(sorted(parts, key=repr)).encode()).hexdigest()


def _names(names: Iterable[str]) -> str:
    names = list(names)
    shown = "、".join(names[:MAX_NAMES])
    return shown + ("…" if len(names) > MAX_NAMES else "")


# --- the data --------------------------------------------------------------------------------

_ITEMS = (select(WorkItem.id, WorkItem.code, WorkItem.title, WorkItem.status, WorkItem.version)
          .where(WorkItem.deleted_at.is_(None), WorkItem.status != "retired"))
_UNITS = (select(Unit.id, Unit.code, Unit.name, Unit.kind, Unit.parent_id, Unit.active, Unit.version)
          .where(Unit.deleted_at.is_(None)).order_by(Unit.sort_order, Unit.code))
_POSTS = (select(Position.id, Position.code, Position.name, Position.unit_id, Position.version)
          .where(Position.deleted_at.is_(None)).order_by(Position.code))
_HELD = select(Staff.position_id).where(Staff.deleted_at.is_(None), Staff.position_id.isnot(None)).distinct()
# A duty row is identified by (item, unit) or (item, post): both are unique, deleted rows included.
_UNIT_DUTIES = (select(UnitDuty.work_item_id, UnitDuty.unit_id, UnitDuty.role, UnitDuty.version)
                .where(UnitDuty.deleted_at.is_(None)))
_POST_DUTIES = (select(PositionDuty.work_item_id, PositionDuty.position_id, PositionDuty.role, PositionDuty.version)
                .where(PositionDuty.deleted_at.is_(None)))


@dataclass
class Snapshot:
    """What the rules read, loaded in six SELECTs; rows of deleted or retired records left out."""

    items: dict[str, tuple]  # id -> (code, title, status, version); live, not retired
    units: dict[str, tuple]  # id -> (code, name, kind, parent_id, active, version); live
    posts: dict[str, tuple]  # id -> (code, name, unit_id, version); live, in a live unit
    held: set[str]  # posts someone holds now
    unit_duties: list[tuple]  # (item, unit, role, version) of live items and units
    post_duties: list[tuple]  # (item, post, role, version) of live items and posts
    up: dict[str, tuple[str, ...]] = field(default_factory=dict)  # unit -> itself and the units above

    @classmethod
    def load(cls, execute: Executor) -> Snapshot:
        items = {r[0]: r[1:] for r in execute(_ITEMS)}
        units = {r[0]: (r[1], r[2], r[3], r[4], bool(r[5]), r[6]) for r in execute(_UNITS)}
        posts = {r[0]: r[1:] for r in execute(_POSTS) if r[3] in units}
        held = {r[0] for r in execute(_HELD)}
        unit_duties = [r for r in execute(_UNIT_DUTIES) if r[0] in items and r[1] in units]
        post_duties = [r for r in execute(_POST_DUTIES) if r[0] in items and r[1] in posts]
        data = cls(items, units, posts, held, unit_duties, post_duties)
        for unit_id in units:
            chain: list[str] = []
            current: str | None = unit_id
            while current in units and current not in chain:  # stops at a loop
                chain.append(current)
                current = units[current][3]
            data.up[unit_id] = tuple(chain)
        return data

    def active(self, unit_id: str) -> bool:
        return self.units[unit_id][4]


# --- the rules -------------------------------------------------------------------------------

VACUUM = QT_TRANSLATE_NOOP("Core", "Nobody owns \u201c{item}\u201d.")
VACUUM_INACTIVE = QT_TRANSLATE_NOOP("Core", "\u201c{item}\u201d is owned only by inactive units: {units}.")
OVERLAP_UNITS = QT_TRANSLATE_NOOP("Core", "{count} units own \u201c{item}\u201d: {units}.")
OVERLAP_POSTS = QT_TRANSLATE_NOOP("Core", "In {unit}, {count} posts own \u201c{item}\u201d: {posts}.")
GAP_NONE = QT_TRANSLATE_NOOP("Core", "{unit} owns \u201c{item}\u201d, but no post in it has this duty.")
GAP_WEAK = QT_TRANSLATE_NOOP("Core", "{unit} owns \u201c{item}\u201d, but its posts only approve, cooperate or are informed.")
ORPHAN_IDLE = QT_TRANSLATE_NOOP("Core", "The post {post} of {unit} has no duties.")
ORPHAN_INACTIVE = QT_TRANSLATE_NOOP("Core", "{unit} is no longer active but still holds duties on: {items}.")
ORPHAN_VACANT = QT_TRANSLATE_NOOP("Core", "The post {post} of {unit} is vacant but holds duties on: {items}.")


class Rules:
    def __init__(self, data: Snapshot) -> None:
        self.d = data
        self.out: list[Finding] = []

    def item_label(self, item_id: str) -> str:
        code, title = self.d.items[item_id][:2]
        return f"{title} ({code})"

    def unit_name(self, unit_id: str) -> str:
        return self.d.units[unit_id][1]

    def post_code(self, post_id: str) -> str:
        return self.d.posts[post_id][0]

    def add(self, kind: str, rule: str, severity: str, message: Message, *, units=(), items=(), posts=(),
            ident: tuple[str, ...], parts: Iterable[Any], sort_name: str = "") -> None:
        self.out.append(Finding(kind, severity, message, tuple(units), tuple(items), tuple(posts),
                                f"{rule}:" + ":".join(ident), fingerprint(parts), sort_name))

    def versions(self, units=(), posts=(), items=()) -> list[tuple]:
        d = self.d
        return ([("unit", u, d.units[u][5]) for u in units] + [("post", p, d.posts[p][3]) for p in posts]
                + [("item", i, d.items[i][3]) for i in items])

    def run(self) -> list[Finding]:
        by_item: dict[str, list[tuple]] = defaultdict(list)
        for row in self.d.unit_duties:
            by_item[row[0]].append(row)
        self.ownership(by_item)
        self.posts_within_units()
        self.gaps(by_item)
        self.orphans()
        return self.out

    def ownership(self, by_item: dict[str, list[tuple]]) -> None:
        """Vacuum and overlap of units: about the item's whole row of unit cells."""
        d = self.d
        for item_id, (_code, _title, status, _v) in d.items.items():
            rows = by_item.get(item_id, ())
            owners = [r[1] for r in rows if r[2] == "R" and d.active(r[1])]
            if len(owners) == 1:
                continue
            parts = [("duty", *r) for r in rows] + self.versions([r[1] for r in rows], items=[item_id])
            label = self.item_label(item_id)
            if not owners:
                gone = [r[1] for r in rows if r[2] == "R"]
                message = (msg(VACUUM_INACTIVE, item=label, units=_names(map(self.unit_name, gone))) if gone
                           else msg(VACUUM, item=label))
                self.add("vacuum", "vacuum", "high" if status == "active" else "medium", message,
                         units=gone, items=[item_id], ident=(item_id,), parts=parts, sort_name=label)
            else:
                names = sorted(map(self.unit_name, owners))
                self.add("overlap", "overlap.units", "high",
                         msg(OVERLAP_UNITS, count=len(owners), item=label, units=_names(names)),
                         units=sorted(owners, key=self.unit_name), items=[item_id], ident=(item_id,),
                         parts=parts, sort_name=names[0])

    def posts_within_units(self) -> None:
        d = self.d
        owners: dict[tuple[str, str], list[tuple]] = defaultdict(list)
        for row in d.post_duties:
            if row[2] == "R":
                unit_id = d.posts[row[1]][2]
                if d.active(unit_id):
                    owners[(row[0], unit_id)].append(row)
        for (item_id, unit_id), rows in owners.items():
            if len(rows) < 2:
                continue
            posts = sorted((r[1] for r in rows), key=self.post_code)
            unit = self.unit_name(unit_id)
            self.add("overlap", "overlap.posts", "medium",
                     msg(OVERLAP_POSTS, unit=unit, count=len(posts), item=self.item_label(item_id),
                         posts=_names(d.posts[p][1] for p in posts)),
                     units=[unit_id], items=[item_id], posts=posts, ident=(item_id, unit_id),
                     parts=[("post duty", *r) for r in rows] + self.versions([unit_id], posts, [item_id]),
                     sort_name=unit)

    def gaps(self, by_item: dict[str, list[tuple]]) -> None:
        """About the owner's cell and the post cells inside it."""
        d = self.d
        owned = {(item_id, r[1]): r for item_id, rows in by_item.items() for r in rows
                 if r[2] == "R" and d.active(r[1])}
        below: dict[tuple[str, str], list[tuple]] = defaultdict(list)  # (item, owner) -> post duties inside
        for row in d.post_duties:
            unit_id = d.posts[row[1]][2]
            if d.active(unit_id):
                for a in d.up[unit_id]:
                    if (row[0], a) in owned:
                        below[(row[0], a)].append(row)
        for (item_id, unit_id), own_row in owned.items():
            inside = below.get((item_id, unit_id), ())
            if any(r[2] == "R" for r in inside):
                continue
            unit = self.unit_name(unit_id)
            posts = sorted({r[1] for r in inside}, key=self.post_code)
            self.add("gap", "gap", "low" if inside else "medium",
                     msg(GAP_WEAK if inside else GAP_NONE, unit=unit, item=self.item_label(item_id)),
                     units=[unit_id], items=[item_id], posts=posts, ident=(item_id, unit_id),
                     parts=[("duty", *own_row)] + [("post duty", *r) for r in inside]
                     + self.versions([unit_id], posts, [item_id]), sort_name=unit)

    def orphans(self) -> None:
        d = self.d
        by_post: dict[str, list[tuple]] = defaultdict(list)
        for row in d.post_duties:
            by_post[row[1]].append(row)
        left: dict[str, list[tuple]] = defaultdict(list)  # inactive unit -> its duties and its posts'
        for row in d.unit_duties:
            if not d.active(row[1]):
                left[row[1]].append(("duty", *row))
        for post_id, (_code, name, unit_id, _v) in d.posts.items():
            rows = by_post.get(post_id, [])
            unit = self.unit_name(unit_id)
            if not d.active(unit_id):
                left[unit_id] += [("post duty", *r) for r in rows]
            elif not rows:
                self.add("orphan", "orphan.idle", "low", msg(ORPHAN_IDLE, post=name, unit=unit),
                         units=[unit_id], posts=[post_id], ident=(post_id,),
                         parts=self.versions([unit_id], [post_id]), sort_name=unit)
            elif post_id not in d.held:
                items = sorted({r[0] for r in rows}, key=lambda i: d.items[i][0])
                self.add("orphan", "orphan.vacant", "medium" if any(r[2] == "R" for r in rows) else "low",
                         msg(ORPHAN_VACANT, post=name, unit=unit, items=_names(map(self.item_label, items))),
                         units=[unit_id], items=items, posts=[post_id], ident=(post_id,),
                         parts=[("post duty", *r) for r in rows] + self.versions([unit_id], [post_id]),
                         sort_name=unit)
        for unit_id, parts in left.items():
            if not parts:
                continue
            items = sorted({p[1] for p in parts}, key=lambda i: d.items[i][0])
            posts = sorted({p[2] for p in parts if p[0] == "post duty"}, key=self.post_code)
            unit = self.unit_name(unit_id)
            self.add("orphan", "orphan.inactive", "medium",
                     msg(ORPHAN_INACTIVE, unit=unit, items=_names(map(self.item_label, items))),
                     units=[unit_id], items=items, posts=posts, ident=(unit_id,),
                     parts=parts + self.versions([unit_id], posts), sort_name=unit)


def find(execute: Executor) -> list[Finding]:
    """The findings of the matrix rules (handoffs aside), unsorted."""
    return Rules(Snapshot.load(execute)).run()
