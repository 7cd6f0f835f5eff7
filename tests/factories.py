"""Small organisations built for tests (the demo company is tested on its own)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone

from sqlalchemy import insert

from desktop_app.model import Position, PositionAssignment, Staff, Unit
from desktop_app.model.base import new_id
from desktop_app.model.org import name_key_of
from desktop_app.org.staffing import assign_position
from desktop_app.storage.database import Database


@dataclass
class Org:
    company: str
    line: str
    station: str
    team: str
    dept: str
    head: str  # position ids
    worker: str
    clerk: str


def make_org(db: Database, staff: int = 5) -> Org:
    """A company with a line, a station and its team, a department; three positions; staff
    named 员工0, 员工1, … with employee numbers E00000…, all holding ``worker``."""
    with db.write() as s:
        company = Unit(code="C", name="测试公司", kind="company", sort_order=0)
        s.add(company)
        s.flush()
        line = Unit(code="L", name="生产条线", kind="line", parent_id=company.id, sort_order=1)
        dept = Unit(code="D", name="运检部", kind="department", parent_id=company.id, sort_order=3)
        s.add_all([line, dept])
        s.flush()
        station = Unit(code="S", name="城关供电所", kind="station", parent_id=line.id, sort_order=2)
        s.add(station)
        s.flush()
        team = Unit(code="T", name="运维班", kind="team", parent_id=station.id, sort_order=4)
        s.add(team)
        s.flush()
        head = Position(code="P-HEAD", name="所长", unit_id=station.id, category="management", quota=1)
        worker = Position(code="P-WORK", name="运维岗", unit_id=team.id, category="production", quota=10)
        clerk = Position(code="P-CLERK", name="专责", unit_id=dept.id, category="general", quota=2)
        s.add_all([head, worker, clerk])
        s.flush()
        for i in range(min(staff, 50)):
            assign_position(s, Staff(employee_no=f"E{i:05d}", name=f"员工{i}"), worker.id, date(2020, 1, 1))
        ids = (company.id, line.id, station.id, team.id, dept.id, head.id, worker.id, clerk.id)
    if staff > 50:
        bulk_staff(db, worker_id=ids[6], start=50, count=staff - 50)
    return Org(*ids)


def bulk_staff(db: Database, worker_id: str, start: int, count: int) -> None:
    now = datetime.now(timezone.utc)
    rows, history = [], []
    for i in range(start, start + count):
        sid = new_id()
        rows.append(dict(id=sid, employee_no=f"E{i:05d}", name=f"员工{i}", name_key=name_key_of(Staff, f"员工{i}"),
                         gender="", phone="",
                         position_id=worker_id, is_cadre=False, notes="", created_at=now,
                         updated_at=now, updated_by="", version=1))
        history.append(dict(id=new_id(), staff_id=sid, position_id=worker_id, start=date(2020, 1, 1),
                            created_at=now, updated_at=now, updated_by="", version=1))
    with db.write() as s:
        s.execute(insert(Staff), rows)
        s.execute(insert(PositionAssignment), history)
