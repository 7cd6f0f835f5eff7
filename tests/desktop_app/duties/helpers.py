"""Helpers to give the small test organisation work items, posts and roles."""

from __future__ import annotations

from sqlalchemy import func, select

from desktop_app.duties.matrix import set_block
from desktop_app.model import ChangeLog, Position, Staff, Unit, WorkItem


def add_item(db, code: str, title: str | None = None, status: str = "active") -> str:
    with db.write() as s:
        item = WorkItem(code=code, title=title or f"事项{code}", status=status, description="")
        s.add(item)
        s.flush()
        return item.id


def add_post(db, unit_id: str, code: str, name: str, held: bool = False) -> str:
    with db.write() as s:
        post = Position(code=code, name=name, unit_id=unit_id, category="general", quota=1)
        s.add(post)
        s.flush()
        if held:
            s.add(Staff(employee_no=f"H-{code}", name=f"{name}员工", position_id=post.id))
        return post.id




def set_roles(db, cells, level: str = "unit") -> list:
    with db.write() as s:
        return set_block(s, cells, level)


def set_unit(db, unit_id: str, **values) -> None:
    with db.write() as s:
        unit = s.get(Unit, unit_id)
        for key, value in values.items():
            setattr(unit, key, value)


def history_count(db, *entities: str) -> int:
    with db.read() as s:
        stmt = select(func.count()).select_from(ChangeLog)
        if entities:
            stmt = stmt.where(ChangeLog.entity.in_(entities))
        return s.scalar(stmt)
