"""Handbook editions (内部服务手册): what each published edition printed, so the next one can
list what changed since.

An edition belongs to a scope: the whole company (``scope_key`` "") or one unit (its id).
Numbers run per scope from 1. The snapshot of what the edition printed (every printed record
with the fields it showed) is kept beside it, compressed, in ``HandbookSnapshot``, which is not
a Record: it is written once with its edition and never edited, and the change history would
only repeat it.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.model.base import Base, Record


class HandbookEdition(Record, Base):
    __tablename__ = "handbook_edition"
    __table_args__ = (UniqueConstraint("scope_key", "number"),)

    scope_key: Mapped[str] = mapped_column(String(36), nullable=False, default="")  # "" or a unit id
    scope_name: Mapped[str] = mapped_column(String(100), nullable=False, default="")  # as printed
    number: Mapped[int] = mapped_column(Integer, nullable=False)
    published_on: Mapped[date] = mapped_column(Date, nullable=False)
    chapters: Mapped[str] = mapped_column(String(300), nullable=False, default="")  # keys, comma-separated
    pages: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class HandbookSnapshot(Base):
    __tablename__ = "handbook_snapshot"

    edition_id: Mapped[str] = mapped_column(ForeignKey("handbook_edition.id"), primary_key=True)
    content: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)  # zlib-compressed JSON
