"""Internal customer map: service relations (unit → unit, post → post), business processes with
ordered steps, and the handbook's texts.

The two levels are two tables with the same service terms rather than one table with a level
column: the shared table machinery counts and registers rows by table, so one table per level
keeps each level's table, count and change history its own.

A relation's provider and customer may be empty while it is a draft (a row just added in a
table is completed cell by cell); an active relation has both, and rules keep a live relation
from linking a unit or post to itself or repeating another live relation of its level.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.model.base import Base, Record

LEVELS = ("unit", "position")
RELATION_STATUSES = ("draft", "active", "retired")
REVIEW_CYCLES = ("monthly", "quarterly", "half-yearly", "yearly")
PROCESS_STATUSES = ("draft", "active", "retired")
HANDBOOK_TEXT_KEYS = ("five_ways_of_thinking", "service_capability_model", "code_of_conduct")


class ServiceTerms:
    """What a provider promises a customer; the columns both levels share."""

    service_item: Mapped[str] = mapped_column(String(200), nullable=False)  # 服务事项
    value: Mapped[str] = mapped_column(Text, nullable=False, default="")  # 服务价值
    standard: Mapped[str] = mapped_column(Text, nullable=False, default="")  # 服务标准
    target_days: Mapped[int | None] = mapped_column(Integer, default=None)  # within N working days
    commitment: Mapped[str] = mapped_column(Text, nullable=False, default="")  # 服务承诺
    review_cycle: Mapped[str] = mapped_column(String(12), nullable=False, default="yearly")
    status: Mapped[str] = mapped_column(String(10), nullable=False, default="draft")


class UnitRelation(Record, ServiceTerms, Base):
    """组织客户: a unit serves another unit."""

    __tablename__ = "unit_relation"
    __table_args__ = (
        Index("ix_unit_relation_provider", "provider_unit_id"),
        Index("ix_unit_relation_customer", "customer_unit_id"),
    )

    provider_unit_id: Mapped[str | None] = mapped_column(ForeignKey("unit.id"), default=None)
    customer_unit_id: Mapped[str | None] = mapped_column(ForeignKey("unit.id"), default=None)


class PositionRelation(Record, ServiceTerms, Base):
    """岗位客户: a post serves another post."""

    __tablename__ = "position_relation"
    __table_args__ = (
        Index("ix_position_relation_provider", "provider_position_id"),
        Index("ix_position_relation_customer", "customer_position_id"),
    )

    provider_position_id: Mapped[str | None] = mapped_column(ForeignKey("position.id"), default=None)
    customer_position_id: Mapped[str | None] = mapped_column(ForeignKey("position.id"), default=None)


class BusinessProcess(Record, Base):
    """A business process (业务流程) whose steps hand work from owner to owner."""

    __tablename__ = "business_process"

    code: Mapped[str] = mapped_column(String(30), nullable=False, unique=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    status: Mapped[str] = mapped_column(String(10), nullable=False, default="draft")


class ProcessStep(Record, Base):
    """One step of a process, owned by a unit and, where known, by a post inside that unit.

    ``sequence`` orders the steps; live steps of one process have distinct sequences.
    """

    __tablename__ = "process_step"
    __table_args__ = (Index("ix_process_step_process", "process_id", "sequence"),)

    process_id: Mapped[str] = mapped_column(ForeignKey("business_process.id"), nullable=False)
    sequence: Mapped[int] = mapped_column(Integer, nullable=False)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    owner_unit_id: Mapped[str | None] = mapped_column(ForeignKey("unit.id"), default=None)
    owner_position_id: Mapped[str | None] = mapped_column(ForeignKey("position.id"), default=None)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")


class HandbookText(Record, Base):
    """A text the handbook prints (service capability model, code of conduct, five ways of
    thinking), edited in the app; ``key`` is one of HANDBOOK_TEXT_KEYS."""

    __tablename__ = "handbook_text"

    key: Mapped[str] = mapped_column(String(40), nullable=False, unique=True)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False, default="")
