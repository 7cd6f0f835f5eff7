"""Everything a handbook prints, read in one transaction: the scope, the texts, the organisation
and duties, the service cards, the coordination mechanisms, and the figures' data. Building
the PDF then needs no database.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.customer_map.cards import ServiceCard, service_cards
from desktop_app.customer_map.texts import HandbookTextView, handbook_texts
from desktop_app.handbook.chapters import CHAPTER_KEYS
from desktop_app.handbook.coordination import CoordinationChapter, load_coordination
from desktop_app.handbook.organisation import OrgChapter, load_organisation, scope_unit_ids
from desktop_app.i18n import QT_TRANSLATE_NOOP, msg
from desktop_app.model import Unit

__all__ = ["HandbookContent", "HandbookScope", "ScopeError", "load_content", "resolve_scope"]


class ScopeError(Exception):
    """The unit asked for does not exist (or was deleted); ``message`` says so."""

    def __init__(self, code: str) -> None:
        self.message = msg(QT_TRANSLATE_NOOP("Core", "There is no unit with code \u201c{code}\u201d."), code=code)
        super().__init__(str(self.message))


@dataclass(frozen=True)
class HandbookScope:
    unit_id: str | None  # None: the whole company
    unit_code: str = ""
    unit_name: str = ""

    @property
    def key(self) -> str:
        """What editions are numbered by: "" for the company, else the unit's id."""
        return self.unit_id or ""


@dataclass
class HandbookContent:
    company: str
    scope: HandbookScope
    today: date
    texts: dict[str, HandbookTextView]
    organisation: OrgChapter
    cards: list[ServiceCard]
    coordination: CoordinationChapter
    figures: dict[str, list] = field(default_factory=dict)  # chapter key -> its figures (see figures.py)

    def has_data(self, key: str) -> bool:
        """Whether chapter ``key`` has anything to print ("changes" depends on editions)."""
        if key == "thinking":
            return bool(self.texts["five_ways_of_thinking"].body.strip())
        if key == "organisation":
            return bool(self.organisation.units)
        if key == "customer_map":
            return bool(self.cards) or bool(self.figures.get("customer_map"))
        if key == "capability":
            return any(self.texts[k].body.strip() for k in ("service_capability_model", "code_of_conduct"))
        if key == "coordination":
            return not self.coordination.empty
        return key == "changes"


def resolve_scope(session: Session, unit_id: str | None = None, unit_code: str | None = None) -> HandbookScope:
    """The company (neither given), or the live unit with ``unit_id`` or ``unit_code``;
    ScopeError when there is none."""
    if not unit_id and not unit_code:
        return HandbookScope(None)
    where = Unit.id == unit_id if unit_id else Unit.code == unit_code
    row = session.execute(select(Unit.id, Unit.code, Unit.name).where(where, Unit.deleted_at.is_(None))).first()
    if row is None:
        raise ScopeError(unit_code or unit_id or "")
    return HandbookScope(row.id, row.code, row.name)


def load_content(session: Session, scope: HandbookScope, today: date,
                 chapters: Collection[str] = CHAPTER_KEYS) -> HandbookContent:
    """The content of the chapters in ``chapters`` (the others stay empty). Only reads."""
    company = session.scalar(select(Unit.name).where(Unit.kind == "company", Unit.deleted_at.is_(None))
                             .order_by(Unit.sort_order, Unit.code).limit(1)) or ""
    texts = {t.key: t for t in handbook_texts(session)}
    org = load_organisation(session, scope.unit_id) if "organisation" in chapters else OrgChapter((), 0)
    cards: list[ServiceCard] = []
    if "customer_map" in chapters:
        ids = None if scope.unit_id is None else scope_unit_ids(session, scope.unit_id)
        cards = service_cards(session, ids)
    related = None
    if scope.unit_id is not None:
        related = set(scope_unit_ids(session, scope.unit_id)) | _ancestors(session, scope.unit_id)
    coordination = (load_coordination(session, scope.unit_id, related) if "coordination" in chapters
                    else CoordinationChapter((), ()))
    return HandbookContent(company, scope, today, texts, org, cards, coordination)


def _ancestors(session: Session, unit_id: str) -> set[str]:
    parents = dict(session.execute(select(Unit.id, Unit.parent_id).where(Unit.deleted_at.is_(None))).all())
    out: set[str] = set()
    current = parents.get(unit_id)
    while current and current not in out:
        out.add(current)
        current = parents.get(current)
    return out
