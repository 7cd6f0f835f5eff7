"""The change history: one row per inserted, updated, deleted or restored record."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.model.base import Base, UTCDateTime, utcnow


class ChangeLog(Base):
    """Written by ``desktop_app.history.recorder`` in the same transaction as the change."""

    __tablename__ = "change_log"
    __table_args__ = (
        Index("ix_change_log_entity_row", "entity", "row_id"),
        Index("ix_change_log_at", "at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(50), nullable=False)
    row_id: Mapped[str] = mapped_column(String(36), nullable=False)
    operation: Mapped[str] = mapped_column(String(10), nullable=False)  # insert/update/delete/restore
    changes: Mapped[dict] = mapped_column(JSON, nullable=False, default=dict)  # field -> [old, new]
    operator: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    installation: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
