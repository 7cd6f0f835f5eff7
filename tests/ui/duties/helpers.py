"""The small test organisation (tests.factories.make_org) for the duty boundaries page, with
work items that make one finding of each matrix kind, and reading back what the page wrote.

Units (default matrix columns, tree order): 城关供电所 S, 运维班 T (in S), 运检部 D.
Posts: 所长 (S, vacant), 运维岗 (T, held), 专责 (D, vacant).
Items: W1 配网故障抢修 — S owns, 运维岗 owns (no finding); W2 电费回收 — nobody owns (vacuum);
W3 安全检查 — D owns, no post does (gap); W4 旧台账 — retired. 所长 and 专责 hold nothing (orphans).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from desktop_app.model import ChangeLog, PositionDuty, UnitDuty
from tests.desktop_app.duties.helpers import add_item, set_roles
from tests.factories import Org, make_org


@dataclass
class Duties:
    org: Org
    w1: str
    w2: str
    w3: str
    w4: str


def make_duties(db) -> Duties:
    org = make_org(db, staff=2)
    w1, w2 = add_item(db, "W1", "配网故障抢修"), add_item(db, "W2", "电费回收")
    w3, w4 = add_item(db, "W3", "安全检查"), add_item(db, "W4", "旧台账", status="retired")
    set_roles(db, [(w1, org.station, "R"), (w1, org.dept, "C"), (w3, org.dept, "R")])
    set_roles(db, [(w1, org.worker, "R")], "position")
    return Duties(org, w1, w2, w3, w4)


def unit_roles(db) -> dict[tuple[str, str], str]:
    with db.read() as s:
        return dict(((i, u), r) for i, u, r in s.execute(
            select(UnitDuty.work_item_id, UnitDuty.unit_id, UnitDuty.role).where(UnitDuty.deleted_at.is_(None))))


def post_roles(db) -> dict[tuple[str, str], str]:
    with db.read() as s:
        return dict(((i, p), r) for i, p, r in s.execute(
            select(PositionDuty.work_item_id, PositionDuty.position_id, PositionDuty.role)
            .where(PositionDuty.deleted_at.is_(None))))


def history_count(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(ChangeLog))
