"""Rotation and stationing (轮岗与蹲点): plans, the units each covers, the people assigned under
them, and the minimum staffing a supply station must keep on any day.

Dates are whole days and inclusive: an assignment from 2026-03-01 to 2026-03-31 has the person
away on both of those days. A plan's period bounds its assignments; the checks in
``desktop_app.rotation`` report the ones outside it. Approving a plan records who approved it
and how many findings were still open then (``approved_with``), so a plan approved over known
conflicts says so.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.model.base import Base, Record, UTCDateTime

PLAN_KINDS = ("rotation", "experience", "exchange", "stationing")  # 轮岗, 轮岗体验, 交流, 蹲点
PLAN_STATUSES = ("draft", "approved", "in_progress", "finished")
ASSIGNMENT_STATUSES = ("planned", "in_progress", "finished", "cancelled")
STAFFED_CATEGORIES = ("production", "marketing")  # the post categories a station's minimum covers


class RotationPlan(Record, Base):
    __tablename__ = "rotation_plan"

    code: Mapped[str] = mapped_column(String(30), nullable=False, unique=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    kind: Mapped[str] = mapped_column(String(12), nullable=False)
    start: Mapped[date] = mapped_column(Date, nullable=False)
    end: Mapped[date] = mapped_column(Date, nullable=False)
    objective: Mapped[str] = mapped_column(Text, nullable=False, default="")
    evaluation_method: Mapped[str] = mapped_column(Text, nullable=False, default="")
    status: Mapped[str] = mapped_column(String(12), nullable=False, default="draft")
    approved_by: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    approved_with: Mapped[int] = mapped_column(Integer, nullable=False, default=0)  # open findings then


class RotationPlanUnit(Record, Base):
    """A unit in a plan's scope (its sub-units are in scope with it)."""

    __tablename__ = "rotation_plan_unit"
    __table_args__ = (Index("ix_rotation_plan_unit_plan", "plan_id", "unit_id"),)

    plan_id: Mapped[str] = mapped_column(ForeignKey("rotation_plan.id"), nullable=False)
    unit_id: Mapped[str] = mapped_column(ForeignKey("unit.id"), nullable=False)


class RotationAssignment(Record, Base):
    """One person away from their post for a period: to another unit and, where known, post.

    Staff, destination and dates may be empty on a row just added to a table; the checks skip
    what they can't place and report what is incomplete.
    """

    __tablename__ = "rotation_assignment"
    __table_args__ = (
        Index("ix_rotation_assignment_staff", "staff_id", "start"),
        Index("ix_rotation_assignment_plan", "plan_id"),
        Index("ix_rotation_assignment_to_unit", "to_unit_id"),
    )

    plan_id: Mapped[str] = mapped_column(ForeignKey("rotation_plan.id"), nullable=False)
    staff_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"), default=None)
    from_position_id: Mapped[str | None] = mapped_column(ForeignKey("position.id"), default=None)
    to_unit_id: Mapped[str | None] = mapped_column(ForeignKey("unit.id"), default=None)
    to_position_id: Mapped[str | None] = mapped_column(ForeignKey("position.id"), default=None)
    start: Mapped[date | None] = mapped_column(Date, default=None)
    end: Mapped[date | None] = mapped_column(Date, default=None)
    status: Mapped[str] = mapped_column(String(12), nullable=False, default="planned")
    score: Mapped[int | None] = mapped_column(Integer, default=None)  # evaluation, 0–100
    comment: Mapped[str] = mapped_column(Text, nullable=False, default="")


class StaffingRule(Record, Base):
    """最低在岗人数: at least ``minimum`` people of ``category`` present at ``unit_id`` (a supply
    station, counting its teams) on every day."""

    __tablename__ = "staffing_rule"
    __table_args__ = (Index("ix_staffing_rule_unit", "unit_id", "category"),)

    unit_id: Mapped[str | None] = mapped_column(ForeignKey("unit.id"), default=None)
    category: Mapped[str] = mapped_column(String(20), nullable=False, default="production")
    minimum: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
