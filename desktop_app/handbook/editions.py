"""Published handbook editions: their numbers per scope, the last one, and recording a new one
with the snapshot of what it printed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.i18n import QT_TRANSLATE_NOOP, msg
from desktop_app.model import HandbookEdition, HandbookSnapshot
from desktop_app.handbook.snapshot import Snapshot, decode, encode

__all__ = ["EditionConflict", "EditionInfo", "editions", "last_edition", "next_number", "record_edition",
           "snapshot_of"]


class EditionConflict(Exception):
    """Another edition of the scope was published while this one was being built."""

    def __init__(self, number: int) -> None:
        self.message = msg(QT_TRANSLATE_NOOP(
            "Core", "Edition {number} was published elsewhere while this one was being built. "
                    "Nothing was recorded; build the handbook again."), number=number)
        super().__init__(str(self.message))


@dataclass(frozen=True)
class EditionInfo:
    id: str
    scope_key: str
    scope_name: str
    number: int
    published_on: date
    chapters: tuple[str, ...]
    pages: int
    published_by: str


def _info(e: HandbookEdition) -> EditionInfo:
    return EditionInfo(e.id, e.scope_key, e.scope_name, e.number, e.published_on,
                       tuple(k for k in e.chapters.split(",") if k), e.pages, e.updated_by)


def next_number(session: Session, scope_key: str) -> int:
    return (session.scalar(select(func.max(HandbookEdition.number)).where(HandbookEdition.scope_key == scope_key))
            or 0) + 1


def last_edition(session: Session, scope_key: str) -> EditionInfo | None:
    row = session.scalars(select(HandbookEdition).where(HandbookEdition.scope_key == scope_key,
                                                        HandbookEdition.deleted_at.is_(None))
                          .order_by(HandbookEdition.number.desc()).limit(1)).first()
    return _info(row) if row else None


def editions(session: Session) -> list[EditionInfo]:
    """Every live edition, newest first."""
    rows = session.scalars(select(HandbookEdition).where(HandbookEdition.deleted_at.is_(None))
                           .order_by(HandbookEdition.published_on.desc(), HandbookEdition.number.desc()))
    return [_info(e) for e in rows]


def snapshot_of(session: Session, edition_id: str) -> Snapshot:
    data = session.scalar(select(HandbookSnapshot.content).where(HandbookSnapshot.edition_id == edition_id))
    return decode(data) if data else {"chapters": [], "entries": {}}


def record_edition(session: Session, scope_key: str, scope_name: str, number: int, published_on: date,
                   chapters: Sequence[str], pages: int, snapshot: Snapshot) -> str:
    """Records edition ``number`` of the scope with what it printed; EditionConflict if that
    number is taken by now (nothing is written then)."""
    if next_number(session, scope_key) != number:
        raise EditionConflict(number)
    edition = HandbookEdition(scope_key=scope_key, scope_name=scope_name, number=number, published_on=published_on,
                              chapters=",".join(chapters), pages=pages)
    session.add(edition)
    session.flush()
    session.add(HandbookSnapshot(edition_id=edition.id, content=encode(snapshot)))
    session.flush()
    return edition.id
