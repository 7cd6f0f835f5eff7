"""Duty boundaries: work items, who holds them (unit and post level), explained findings,
disputed items."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.model.base import Base, Record

WORK_ITEM_STATUSES = ("active", "review", "retired")
ROLES = ("R", "A", "C", "I")  # 主责 owns, 审批 approves, 配合 cooperates, 知会 is informed


class WorkItem(Record, Base):
    """职责事项: a piece of work someone must own."""

    __tablename__ = "work_item"
    __table_args__ = (Index("ix_work_item_title", "title"),)

    code: Mapped[str] = mapped_column(String(30), nullable=False, unique=True)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    line_id: Mapped[str | None] = mapped_column(ForeignKey("unit.id"), default=None)
    status: Mapped[str] = mapped_column(String(10), nullable=False, default="active")
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class UnitDuty(Record, Base):
    """A unit's role on a work item: one cell of the responsibility matrix.

    Clearing a cell soft-deletes the row; setting it again restores and updates the same row,
    so (work item, unit) stays unique and the history of the cell is one row's history.
    """

    __tablename__ = "unit_duty"
    __table_args__ = (
        UniqueConstraint("work_item_id", "unit_id"),
        Index("ix_unit_duty_unit", "unit_id"),
    )

    work_item_id: Mapped[str] = mapped_column(ForeignKey("work_item.id"), nullable=False)
    unit_id: Mapped[str] = mapped_column(ForeignKey("unit.id"), nullable=False)
    role: Mapped[str] = mapped_column(String(1), nullable=False)


class PositionDuty(Record, Base):
    """A post's role on a work item: the unit's duty broken down to posts (same rules)."""

    __tablename__ = "position_duty"
    __table_args__ = (
        UniqueConstraint("work_item_id", "position_id"),
        Index("ix_position_duty_position", "position_id"),
    )

    work_item_id: Mapped[str] = mapped_column(ForeignKey("work_item.id"), nullable=False)
    position_id: Mapped[str] = mapped_column(ForeignKey("position.id"), nullable=False)
    role: Mapped[str] = mapped_column(String(1), nullable=False)


class FindingNote(Record, Base):
    """A grey-area finding marked as explained. It hides the finding while the data the finding
    is about still has the same ``fingerprint``; any change to that data shows it again."""

    __tablename__ = "finding_note"

    finding_key: Mapped[str] = mapped_column(String(300), nullable=False, unique=True)
    fingerprint: Mapped[str] = mapped_column(String(64), nullable=False)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")


class DisputedItem(Record, Base):
    """争议事项: a work item whose ownership is disputed, with who coordinates and what was decided."""

    __tablename__ = "disputed_item"
    __table_args__ = (Index("ix_disputed_item_work_item", "work_item_id"),)

    work_item_id: Mapped[str] = mapped_column(ForeignKey("work_item.id"), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    coordinator_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"), default=None)
    decision: Mapped[str] = mapped_column(Text, nullable=False, default="")
    decided_on: Mapped[date | None] = mapped_column(Date, default=None)
    meeting_ref: Mapped[str] = mapped_column(String(200), nullable=False, default="")  # until meetings exist
