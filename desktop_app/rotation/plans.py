"""A plan's scope (the units it covers) and its status: draft → approved → in progress →
finished. Approving records who approved and how many findings were open then, so a plan
approved over known conflicts says so; the caller asks the user before approving over any."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.model import PLAN_STATUSES, RotationPlan, RotationPlanUnit, utcnow

__all__ = ["PlanStatus", "apply_status", "plan_scope", "set_plan_scope", "set_status"]


def plan_scope(session: Session, plan_id: str) -> list[str]:
    """The ids of the live units in the plan's scope."""
    return list(session.scalars(select(RotationPlanUnit.unit_id).where(
        RotationPlanUnit.plan_id == plan_id, RotationPlanUnit.deleted_at.is_(None)).order_by(RotationPlanUnit.created_at)))


def set_plan_scope(session: Session, plan_id: str, unit_ids: Iterable[str]) -> bool:
    """Makes the plan cover exactly ``unit_ids``: links no longer wanted are deleted, a unit
    deleted from the scope before comes back by restoring its link. Returns whether anything
    changed."""
    wanted = list(dict.fromkeys(unit_ids))
    links = session.scalars(select(RotationPlanUnit).where(RotationPlanUnit.plan_id == plan_id)).all()
    by_unit: dict[str, RotationPlanUnit] = {}
    for link in links:  # a live link wins over a deleted one of the same unit
        if link.unit_id not in by_unit or link.deleted_at is None:
            by_unit[link.unit_id] = link
    changed = False
    now = utcnow()
    for unit_id, link in by_unit.items():
        if link.deleted_at is None and unit_id not in wanted:
            link.deleted_at = now
            changed = True
    for unit_id in wanted:
        link = by_unit.get(unit_id)
        if link is None:
            session.add(RotationPlanUnit(plan_id=plan_id, unit_id=unit_id))
            changed = True
        elif link.deleted_at is not None:
            link.deleted_at = None
            changed = True
    session.flush()
    return changed


@dataclass(frozen=True)
class PlanStatus:
    """A plan's status with its approval record, as ``set_status`` found it (for undo)."""

    status: str
    approved_by: str
    approved_at: datetime | None
    approved_with: int


def _live_plan(session: Session, plan_id: str) -> RotationPlan:
    plan = session.get(RotationPlan, plan_id)
    if plan is None or plan.deleted_at is not None:
        raise KeyError(plan_id)
    return plan


def set_status(session: Session, plan_id: str, status: str, operator: str = "", open_findings: int = 0) -> PlanStatus:
    """Moves the plan to ``status``; returns what it was. Approving stores ``operator`` and
    ``open_findings``; going back to draft clears them; other moves keep the approval record.
    KeyError for a missing plan, ValueError for an unknown status."""
    if status not in PLAN_STATUSES:
        raise ValueError(status)
    plan = _live_plan(session, plan_id)
    before = PlanStatus(plan.status, plan.approved_by, plan.approved_at, plan.approved_with)
    if status == "approved":
        plan.approved_by, plan.approved_at, plan.approved_with = operator, utcnow(), open_findings
    elif status == "draft":
        plan.approved_by, plan.approved_at, plan.approved_with = "", None, 0
    plan.status = status
    session.flush()
    return before


def apply_status(session: Session, plan_id: str, state: PlanStatus) -> None:
    """Puts back a status and approval record that ``set_status`` returned."""
    plan = _live_plan(session, plan_id)
    plan.status, plan.approved_by, plan.approved_at, plan.approved_with = (
        state.status, state.approved_by, state.approved_at, state.approved_with)
    session.flush()
