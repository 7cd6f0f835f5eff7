"""Organisation: units (a tree), positions per unit, staff and their position history."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, event
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop_app.model.base import Base, Record
from desktop_app.text_order import pinyin_key

# Stored values; the interface shows translated labels (see desktop_app.org.vocabulary).
UNIT_KINDS = ("company", "line", "department", "station", "team")
POSITION_CATEGORIES = ("management", "production", "marketing", "general")


class Unit(Record, Base):
    __tablename__ = "unit"
    __table_args__ = (Index("ix_unit_parent", "parent_id"), Index("ix_unit_name", "name"),
                      Index("ix_unit_name_key", "name_key"))

    code: Mapped[str] = mapped_column(String(30), nullable=False, unique=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    name_key: Mapped[str] = mapped_column(String(400), nullable=False, default="")  # kept by NAME_KEYED
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("unit.id"), default=None)
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")


class Position(Record, Base):
    __tablename__ = "position"
    __table_args__ = (Index("ix_position_unit", "unit_id"), Index("ix_position_name", "name"),
                      Index("ix_position_name_key", "name_key"))

    unit_id: Mapped[str] = mapped_column(ForeignKey("unit.id"), nullable=False)
    code: Mapped[str] = mapped_column(String(30), nullable=False, unique=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    name_key: Mapped[str] = mapped_column(String(400), nullable=False, default="")  # kept by NAME_KEYED
    category: Mapped[str] = mapped_column(String(20), nullable=False)
    quota: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")


class Staff(Record, Base):
    """A person. ``position_id`` is the current post; ``PositionAssignment`` keeps the history."""

    __tablename__ = "staff"
    __table_args__ = (
        Index("ix_staff_name", "name"),
        Index("ix_staff_name_key", "name_key"),
        Index("ix_staff_position", "position_id"),
        # no index on deleted_at: nearly every row has NULL there, and such an index makes
        # SQLite walk it instead of the index that serves the table's ORDER BY
    )

    employee_no: Mapped[str] = mapped_column(String(30), nullable=False, unique=True)
    name: Mapped[str] = mapped_column(String(50), nullable=False)
    name_key: Mapped[str] = mapped_column(String(400), nullable=False, default="")  # kept by NAME_KEYED
    gender: Mapped[str] = mapped_column(String(10), nullable=False, default="")
    phone: Mapped[str] = mapped_column(String(30), nullable=False, default="")
    position_id: Mapped[str | None] = mapped_column(ForeignKey("position.id"), default=None)
    is_cadre: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    hired_on: Mapped[date | None] = mapped_column(Date, default=None)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")


class PositionAssignment(Record, Base):
    __tablename__ = "position_assignment"
    __table_args__ = (Index("ix_position_assignment_staff", "staff_id", "start"),)

    staff_id: Mapped[str] = mapped_column(ForeignKey("staff.id"), nullable=False)
    position_id: Mapped[str] = mapped_column(ForeignKey("position.id"), nullable=False)
    start: Mapped[date] = mapped_column(Date, nullable=False)
    end: Mapped[date | None] = mapped_column(Date, default=None)
    # lets one flush insert a new person before their history row
    staff: Mapped[Staff] = relationship(lazy="raise")


NAME_KEYED = (Unit, Position, Staff)
"""Tables whose ``name_key`` holds ``pinyin_key(name)``: the order their names sort in. Set here
whenever the ORM sets a name; Core inserts of such rows (the demo) set it themselves."""


def name_key_of(model: type, name: str) -> str:
    """The ``name_key`` of a row of ``model`` (one of NAME_KEYED) named ``name``: a person's
    name is read surname first. For the writers that go around the ORM (Core inserts)."""
    return pinyin_key(name, person=model is Staff)


def _keep_name_key(target, value, _old, _initiator) -> None:
    target.name_key = name_key_of(type(target), value) if isinstance(value, str) else ""


for _model in NAME_KEYED:
    event.listen(_model.name, "set", _keep_name_key)
