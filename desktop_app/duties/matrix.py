"""The responsibility matrix: reading it as a grid, and setting cells (unit or post level).

Reads are a fixed handful of queries whatever the grid's size (work items, columns, cells), so a
300 × 85 grid loads in milliseconds. Writes work inside the caller's write session: every cell
of a call is checked before anything changes, and a refused call raises ``MatrixEditRejected``
with one error per bad cell and writes nothing. A cleared cell soft-deletes its row; setting it
again restores that same row, so each cell's history is one row's history.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from desktop_app.duties.vocabulary import role_from_text
from desktop_app.i18n import QT_TRANSLATE_NOOP, Message, msg
from desktop_app.model import Position, PositionDuty, Staff, Unit, UnitDuty, WorkItem
from desktop_app.model.base import utcnow
from desktop_app.org.tree import UnitNode, subtree_ids, unit_tree

DEFAULT_STATUSES = ("active", "review")
HIDDEN_KINDS = ("company", "line")  # not columns unless asked for: they own no daily work

Cell = tuple[str, str, "str | None"]  # (work item id, unit or post id, role or None to clear)


@dataclass(frozen=True, slots=True)
class MatrixRow:
    id: str
    code: str
    title: str
    status: str  # "active", "review" or "retired"


@dataclass(frozen=True, slots=True)
class MatrixColumn:
    """A unit, or a post (``kind`` "position", with the unit it belongs to)."""

    id: str
    code: str
    name: str
    kind: str  # a unit kind, or "position"
    active: bool  # False for an inactive unit, or a post of one
    depth: int = 0  # units: depth in the unit tree (the company is 0)
    unit_id: str | None = None  # posts: their unit
    unit_name: str = ""
    vacant: bool = False  # posts: nobody holds it now


@dataclass(frozen=True)
class Matrix:
    """One grid. ``cells`` maps (work item id, column id) to a role and holds only set cells;
    callers must not change it. In a post matrix, ``unit_roles`` holds the opened unit's own
    role per work item (for showing beside its posts)."""

    level: str  # "unit" or "position"
    rows: tuple[MatrixRow, ...]
    columns: tuple[MatrixColumn, ...]
    cells: Mapping[tuple[str, str], str]
    unit_id: str | None = None
    unit_roles: Mapping[str, str] = field(default_factory=dict)

    def role(self, work_item_id: str, column_id: str) -> str | None:
        return self.cells.get((work_item_id, column_id))


@dataclass(frozen=True)
class MatrixCellError:
    index: int  # position of the cell in the call's list
    work_item_id: str
    column_id: str
    message: Message


class MatrixEditRejected(Exception):
    """Nothing was written: ``errors`` says what is wrong with which cells."""

    def __init__(self, errors: list[MatrixCellError]) -> None:
        super().__init__("; ".join(str(e.message) for e in errors[:3]))
        self.errors = errors


NOT_A_ROLE = QT_TRANSLATE_NOOP("Core", "\u201c{value}\u201d is not a role: use R, A, C or I (主, 审, 配, 知).")
NO_ITEM = QT_TRANSLATE_NOOP("Core", "The work item does not exist or was deleted.")
RETIRED = QT_TRANSLATE_NOOP("Core", "\u201c{item}\u201d is retired; its duties can't be changed.")
NO_UNIT = QT_TRANSLATE_NOOP("Core", "The unit does not exist or was deleted.")
NO_POST = QT_TRANSLATE_NOOP("Core", "The post does not exist or was deleted.")
CHANGED = QT_TRANSLATE_NOOP("Core", "This cell was changed elsewhere; reload and try again.")


# --- reading -------------------------------------------------------------------------------

def _flatten(nodes: Sequence[UnitNode], depth: int = 0) -> list[tuple[UnitNode, int]]:
    out: list[tuple[UnitNode, int]] = []
    for n in nodes:
        out.append((n, depth))
        out.extend(_flatten(n.children, depth + 1))
    return out


def matrix_units(session: Session) -> list[MatrixColumn]:
    """Every live unit, company and lines included, in tree order (for column pickers)."""
    return [MatrixColumn(n.id, n.code, n.name, n.kind, n.active, depth)
            for n, depth in _flatten(unit_tree(session))]


def _item_filter(item_filter: str, statuses: Collection[str], line_id: str | None):
    conds = [WorkItem.deleted_at.is_(None), WorkItem.status.in_(list(statuses))]
    text = item_filter.strip()
    if text:
        pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        conds.append(or_(WorkItem.code.like(pattern, escape="\\"), WorkItem.title.like(pattern, escape="\\")))
    if line_id is not None:
        conds.append(WorkItem.line_id == line_id)
    return and_(*conds)


def _rows(session: Session, where) -> tuple[MatrixRow, ...]:
    stmt = (select(WorkItem.id, WorkItem.code, WorkItem.title, WorkItem.status)
            .where(where).order_by(WorkItem.sort_order, WorkItem.code, WorkItem.id))
    return tuple(MatrixRow(*r) for r in session.execute(stmt))


def load_matrix(session: Session, units: list[str] | None = None, item_filter: str = "",
                statuses: Collection[str] = DEFAULT_STATUSES, *, line_id: str | None = None) -> Matrix:
    """Work items × units. Rows: live items with a status in ``statuses`` whose code or title
    contains ``item_filter`` (and of ``line_id`` if given), by order then code. Columns: the
    live units ``units`` in the order given (unknown or deleted ids are left out), or by default
    every live unit except the company and the lines, in unit tree order; inactive units are
    included so their leftover duties stay visible. Three queries, whatever the size."""
    where = _item_filter(item_filter, statuses, line_id)
    rows = _rows(session, where)
    tree = matrix_units(session)
    if units is None:
        columns = tuple(c for c in tree if c.kind not in HIDDEN_KINDS)
    else:
        by_id = {c.id: c for c in tree}
        columns = tuple(by_id[u] for u in dict.fromkeys(units) if u in by_id)
    wanted = {c.id for c in columns}
    cells = {}
    stmt = (select(UnitDuty.work_item_id, UnitDuty.unit_id, UnitDuty.role)
            .join(WorkItem, WorkItem.id == UnitDuty.work_item_id)
            .where(UnitDuty.deleted_at.is_(None), where))
    for item_id, unit_id, role in session.execute(stmt):
        if unit_id in wanted:
            cells[(item_id, unit_id)] = role
    return Matrix("unit", rows, columns, cells)


def load_post_matrix(session: Session, unit_id: str, item_filter: str = "",
                     statuses: Collection[str] = DEFAULT_STATUSES, *, include_sub_units: bool = True,
                     held_only: bool = False, line_id: str | None = None) -> Matrix:
    """Work items × the posts of one unit (and, by default, of its sub-units, since a station's
    duty is often done in its teams). Columns by unit tree order, then post code. Rows as in
    ``load_matrix``; with ``held_only`` only items on which the unit or one of these posts
    holds a role."""
    tree = {c.id: c for c in matrix_units(session)}
    unit_ids = set(session.scalars(subtree_ids(unit_id))) if include_sub_units else {unit_id}
    unit_ids &= tree.keys()
    order = {uid: i for i, uid in enumerate(tree)}
    held = set(session.scalars(select(Staff.position_id).where(
        Staff.deleted_at.is_(None), Staff.position_id.isnot(None)).distinct()))
    posts = session.execute(
        select(Position.id, Position.code, Position.name, Position.unit_id)
        .where(Position.deleted_at.is_(None), Position.unit_id.in_(unit_ids))).all()
    posts.sort(key=lambda p: (order[p.unit_id], p.code))
    columns = tuple(MatrixColumn(p.id, p.code, p.name, "position", tree[p.unit_id].active, tree[p.unit_id].depth,
                                 p.unit_id, tree[p.unit_id].name, p.id not in held) for p in posts)
    where = _item_filter(item_filter, statuses, line_id)
    wanted = {c.id for c in columns}
    cells = {}
    for item_id, position_id, role in session.execute(
            select(PositionDuty.work_item_id, PositionDuty.position_id, PositionDuty.role)
            .join(WorkItem, WorkItem.id == PositionDuty.work_item_id)
            .where(PositionDuty.deleted_at.is_(None), where)):
        if position_id in wanted:
            cells[(item_id, position_id)] = role
    unit_roles = dict(session.execute(
        select(UnitDuty.work_item_id, UnitDuty.role)
        .join(WorkItem, WorkItem.id == UnitDuty.work_item_id)
        .where(UnitDuty.deleted_at.is_(None), UnitDuty.unit_id == unit_id, where)).all())
    rows = _rows(session, where)
    if held_only:
        keep = set(unit_roles) | {item for item, _ in cells}
        rows = tuple(r for r in rows if r.id in keep)
    return Matrix("position", rows, columns, cells, unit_id, unit_roles)


# --- writing -------------------------------------------------------------------------------

_LEVELS = {"unit": (UnitDuty, "unit_id"), "position": (PositionDuty, "position_id")}


def _live_columns(session: Session, level: str, ids: set[str]) -> set[str]:
    if level == "unit":
        stmt = select(Unit.id).where(Unit.id.in_(ids), Unit.deleted_at.is_(None))
    else:
        stmt = (select(Position.id).join(Unit, Unit.id == Position.unit_id)
                .where(Position.id.in_(ids), Position.deleted_at.is_(None), Unit.deleted_at.is_(None)))
    return set(session.scalars(stmt))


def set_block(session: Session, cells: Sequence[Cell], level: str = "unit",
              expected: Sequence[str | None] | None = None) -> list[str | None]:
    """Sets every cell or none; returns each cell's previous role, in order.

    A role may be given as typed (``role_from_text``: "r", "主", "主责" …). Refused cells: an
    unknown role, a deleted or retired work item, a deleted unit or post (inactive units are
    allowed: their leftover duties are shown and can be moved), and, when ``expected`` is given
    (undo, redo), a cell whose current role differs from its expected one. The same cell twice
    applies in order. Changes are flushed (history written) before returning.
    """
    if level not in _LEVELS:
        raise ValueError(level)
    model, key = _LEVELS[level]
    item_ids = {c[0] for c in cells}
    col_ids = {c[1] for c in cells}
    items = {r.id: r for r in session.execute(
        select(WorkItem.id, WorkItem.title, WorkItem.status)
        .where(WorkItem.id.in_(item_ids), WorkItem.deleted_at.is_(None)))}
    live = _live_columns(session, level, col_ids)
    rows = {(d.work_item_id, getattr(d, key)): d for d in session.scalars(
        select(model).where(model.work_item_id.in_(item_ids), getattr(model, key).in_(col_ids)))}
    current = {k: d.role for k, d in rows.items() if d.deleted_at is None}
    errors: list[MatrixCellError] = []
    plan: list[tuple[str, str, str | None]] = []
    for i, (item_id, col_id, raw) in enumerate(cells):
        problem = None
        try:
            role = role_from_text(raw)
        except ValueError:
            role, problem = None, msg(NOT_A_ROLE, value=str(raw))
        item = items.get(item_id)
        if problem is not None:
            pass
        elif item is None:
            problem = msg(NO_ITEM)
        elif item.status == "retired":
            problem = msg(RETIRED, item=item.title)
        elif col_id not in live:
            problem = msg(NO_UNIT if level == "unit" else NO_POST)
        elif expected is not None and current.get((item_id, col_id)) != role_from_text(expected[i]):
            problem = msg(CHANGED)
        if problem is not None:
            errors.append(MatrixCellError(i, item_id, col_id, problem))
            continue
        plan.append((item_id, col_id, role))
        current[(item_id, col_id)] = role  # a later cell of the call sees this one
    if errors:
        raise MatrixEditRejected(errors)
    previous: list[str | None] = []
    now = utcnow()
    for item_id, col_id, role in plan:
        row = rows.get((item_id, col_id))
        was = row.role if row is not None and row.deleted_at is None else None
        previous.append(was)
        if role is None:
            if was is not None:
                row.deleted_at = now
        elif row is None:
            row = rows[(item_id, col_id)] = model(work_item_id=item_id, role=role, **{key: col_id})
            session.add(row)
        else:
            if row.deleted_at is not None:
                row.deleted_at = None
            if row.role != role:
                row.role = role
    session.flush()
    return previous


def set_unit_role(session: Session, work_item_id: str, unit_id: str, role: str | None) -> str | None:
    """Sets (or with None clears) one unit cell; returns the previous role. See ``set_block``."""
    return set_block(session, [(work_item_id, unit_id, role)], "unit")[0]


def set_position_role(session: Session, work_item_id: str, position_id: str, role: str | None) -> str | None:
    """Sets (or with None clears) one post cell; returns the previous role. See ``set_block``."""
    return set_block(session, [(work_item_id, position_id, role)], "position")[0]


NOT_IN_UNIT = QT_TRANSLATE_NOOP("Core", "The post \u201c{post}\u201d is not a post of {unit} or of its sub-units.")
UNIT_HOLDS_NOTHING = QT_TRANSLATE_NOOP("Core", "{unit} holds no duty on \u201c{item}\u201d; set the unit's role first.")


def breakdown(session: Session, work_item_id: str, unit_id: str, position_ids: list[str],
              role: str = "R") -> list[str | None]:
    """Breaks a unit's duty down: gives ``role`` on the item to each post in ``position_ids``.

    The unit must hold a role on the item, and each post must belong to the unit or one of
    its sub-units; otherwise ``MatrixEditRejected`` (one error per refused post, ``column_id``
    the post) and nothing is written. Returns the posts' previous roles, in order.
    """
    unit = session.get(Unit, unit_id)
    item = session.get(WorkItem, work_item_id)
    if unit is None or unit.deleted_at is not None:
        raise MatrixEditRejected([MatrixCellError(0, work_item_id, unit_id, msg(NO_UNIT))])
    if item is None or item.deleted_at is not None:
        raise MatrixEditRejected([MatrixCellError(0, work_item_id, unit_id, msg(NO_ITEM))])
    held = session.scalar(select(UnitDuty.role).where(
        UnitDuty.work_item_id == work_item_id, UnitDuty.unit_id == unit_id, UnitDuty.deleted_at.is_(None)))
    if held is None:
        raise MatrixEditRejected([MatrixCellError(0, work_item_id, unit_id,
                                                  msg(UNIT_HOLDS_NOTHING, unit=unit.name, item=item.title))])
    inside = set(session.scalars(subtree_ids(unit_id)))
    posts = {p.id: p for p in session.execute(select(Position.id, Position.name, Position.unit_id)
                                              .where(Position.id.in_(position_ids)))}
    errors = []
    for i, pid in enumerate(position_ids):
        p = posts.get(pid)
        if p is not None and p.unit_id not in inside:
            errors.append(MatrixCellError(i, work_item_id, pid, msg(NOT_IN_UNIT, post=p.name, unit=unit.name)))
    if errors:
        raise MatrixEditRejected(errors)
    return set_block(session, [(work_item_id, pid, role) for pid in position_ids], "position")
