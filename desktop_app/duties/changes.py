"""What changed in the duty boundaries since a given time, from the change history.

Each record (a work item, a unit cell, a post cell) is reported at most once, by comparing its
state when the period began with its state now. The state at the start is rebuilt from the
record's current row by undoing, newest first, every history entry of the period. So a cell set
and cleared again within the period is not reported, nor a role changed and changed back, nor
a work item edited back to what it was; a cell cleared and set again to another role shows as
one change from the old role to the new one. ``at`` and ``operator`` are those of the record's
latest entry in the period.

Rows written without history (the demo company) simply have no entries; they are the starting
state.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.model import ChangeLog, Position, PositionDuty, Unit, UnitDuty, WorkItem

ITEM_FIELDS = ("code", "title", "description", "line_id", "status", "sort_order")
_ENTITIES = {"work_item": WorkItem, "unit_duty": UnitDuty, "position_duty": PositionDuty}
_LEVEL_ORDER = {"work_item": 0, "unit_duty": 1, "position_duty": 2}


@dataclass(frozen=True)
class FieldChange:
    """A work item field: ``line_id`` values are given as the line's name, ``status`` as the
    stored value (the interface shows STATUS_LABELS); other fields as stored."""

    key: str
    old: Any
    new: Any


@dataclass(frozen=True)
class DutyChange:
    entity: str  # "work_item", "unit_duty" or "position_duty"
    action: str  # "added", "removed" or "changed"
    work_item_id: str
    work_item_code: str
    work_item_title: str
    unit_id: str | None  # cells: the unit (for a post cell, the post's unit)
    unit_name: str
    position_id: str | None
    position_name: str
    old_role: str | None  # cells
    new_role: str | None
    fields: tuple[FieldChange, ...]  # work items: the fields whose net value changed
    operator: str
    at: datetime
    row_id: str


def _state_at_start(current: dict[str, Any], logs: list[ChangeLog]) -> dict[str, Any] | None:
    """The record's fields before the first of ``logs`` (None: it did not exist yet)."""
    state: dict[str, Any] | None = dict(current)
    for log in reversed(logs):
        if log.operation == "insert":
            state = None
            continue
        if state is None:  # history out of order; trust what the entry says it changed from
            state = {}
        for key, (old, _new) in (log.changes or {}).items():
            state[key] = old
    return state


def _present(state: dict[str, Any] | None) -> bool:
    return state is not None and state.get("deleted_at") is None


def changes_since(session: Session, since: datetime) -> list[DutyChange]:
    """Work items and matrix cells added, removed or changed since ``since`` (an aware
    datetime), net of changes undone within the period; sorted by work item code, then work
    item before unit cells before post cells, then unit and post name. Only reads."""
    logs: dict[tuple[str, str], list[ChangeLog]] = {}
    for log in session.scalars(
            select(ChangeLog).where(ChangeLog.entity.in_(list(_ENTITIES)), ChangeLog.at >= since)
            .order_by(ChangeLog.at, ChangeLog.id)):
        logs.setdefault((log.entity, log.row_id), []).append(log)
    if not logs:
        return []
    rows: dict[tuple[str, str], Any] = {}
    for entity, model in _ENTITIES.items():
        ids = [row_id for ent, row_id in logs if ent == entity]
        for obj in session.scalars(select(model).where(model.id.in_(ids))) if ids else ():
            rows[(entity, obj.id)] = obj
    item_ids = {o.id if e == "work_item" else o.work_item_id for (e, _), o in rows.items()}
    items = {r.id: r for r in session.execute(
        select(WorkItem.id, WorkItem.code, WorkItem.title).where(WorkItem.id.in_(item_ids)))}
    post_ids = {o.position_id for (e, _), o in rows.items() if e == "position_duty"}
    posts = {r.id: r for r in session.execute(
        select(Position.id, Position.name, Position.unit_id).where(Position.id.in_(post_ids)))}
    unit_ids = {o.unit_id for (e, _), o in rows.items() if e == "unit_duty"} | {p.unit_id for p in posts.values()}
    unit_ids |= {v for (e, _), o in rows.items() if e == "work_item" for v in _line_values(o, logs[(e, o.id)])}
    unit_names = dict(session.execute(select(Unit.id, Unit.name).where(Unit.id.in_(unit_ids))).all())

    out: list[DutyChange] = []
    for (entity, row_id), entries in logs.items():
        obj = rows.get((entity, row_id))
        if obj is None:
            continue
        fields = ITEM_FIELDS if entity == "work_item" else ("role",)
        now = {k: getattr(obj, k) for k in fields}
        now["deleted_at"] = obj.deleted_at
        before = _state_at_start(now, entries)
        was, is_ = _present(before), _present(now)
        if not was and not is_:
            continue
        last = entries[-1]
        item = items.get(obj.id if entity == "work_item" else obj.work_item_id)
        common = dict(entity=entity, work_item_id=item.id if item else "", work_item_code=item.code if item else "",
                      work_item_title=item.title if item else "", operator=last.operator, at=last.at, row_id=row_id)
        if entity == "work_item":
            changed = () if not (was and is_) else tuple(
                FieldChange(k, _shown(k, before.get(k), unit_names), _shown(k, now[k], unit_names))
                for k in ITEM_FIELDS if k in before and before[k] != now[k])
            if was and is_ and not changed:
                continue
            action = "changed" if was and is_ else ("added" if is_ else "removed")
            out.append(DutyChange(action=action, unit_id=None, unit_name="", position_id=None, position_name="",
                                  old_role=None, new_role=None, fields=changed, **common))
            continue
        old_role = before.get("role") if was else None
        new_role = now["role"] if is_ else None
        if old_role == new_role:
            continue
        action = "added" if old_role is None else ("removed" if new_role is None else "changed")
        if entity == "unit_duty":
            unit_id, position_id, position_name = obj.unit_id, None, ""
        else:
            post = posts.get(obj.position_id)
            unit_id = post.unit_id if post else None
            position_id, position_name = obj.position_id, post.name if post else ""
        out.append(DutyChange(action=action, unit_id=unit_id, unit_name=unit_names.get(unit_id, ""),
                              position_id=position_id, position_name=position_name,
                              old_role=old_role, new_role=new_role, fields=(), **common))
    out.sort(key=lambda c: (c.work_item_code, _LEVEL_ORDER[c.entity], c.unit_name, c.position_name, c.row_id))
    return out


def _line_values(item: WorkItem, entries: list[ChangeLog]) -> set[str]:
    values = {item.line_id} if item.line_id else set()
    for log in entries:
        for v in (log.changes or {}).get("line_id", ()):
            if v:
                values.add(v)
    return values


def _shown(key: str, value: Any, unit_names: dict[str, str]) -> Any:
    if key == "line_id" and value is not None:
        return unit_names.get(value, value)
    return value
