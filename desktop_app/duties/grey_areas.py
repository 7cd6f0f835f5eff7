"""Grey-area analysis (灰色地带): the findings of the responsibility matrix, and explaining them.

Rules (deleted rows and retired work items take no part anywhere; "active unit" means a live
unit whose ``active`` flag is set):

- vacuum 真空: an active or under-review work item that no active unit owns (holds R). An item
  owned only by inactive units is a vacuum too (and those units are named). High for active
  items, medium for items under review.
- overlap 重叠: more than one active unit owns an item (high); within one active unit, more than
  one of its own posts owns an item (medium).
- gap 缝隙: an active unit owns an item, but no post inside it owns it. "Inside" means the
  unit's posts and those of its active sub-units (a station's duty is done in its teams).
  Medium when no post there holds any role on the item, low when its posts only approve,
  cooperate or are informed. Only R is broken down: A, C and I are a unit's involvement and
  need no owner below it.
- orphan 孤立: a post of an active unit with no duties at all (low); an inactive unit that still
  holds duties, itself or through its posts (medium, one finding per unit); a vacant post (no
  staff in it now) of an active unit that holds duties (medium if it owns any, else low).
- handoff 交接无承诺: handoffs between the steps of active processes that no active relation
  with a commitment covers, from the sources registered with ``register_handoff_source`` (the
  customer map's ``handoffs`` module).

Every finding has a ``key`` naming what it is about (its rule and the ids that identify it,
e.g. ``gap:<item>:<unit>``; at most about 90 characters) and a ``fingerprint``: a sha256 of the
rows it is made of, each duty row by (item, unit or post) - unique like its id - with its role
and version, plus the versions of the items, units and posts involved:

- vacuum, overlap of units: the item and its whole row of unit cells (every role);
- overlap of posts: the item, the unit, and the owning posts with their cells;
- gap: the item, the owner with its cell, and every post cell inside the owner;
- orphan: the idle post and its unit; the vacant post, its unit and its cells; the inactive
  unit, its cells and those of its posts.

An explained finding stays hidden while a finding with the same key has the same fingerprint;
any change to its rows (a role, a rename, a cell set or cleared) shows it again. The analysis
is six bulk SELECTs and set arithmetic in Python: its cost grows with the number of duty rows,
never with queries per item (3,000 items and 22,000 cells: about 0.12 s).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.duties.grey_rules import (
    Executor, Finding, find, fingerprint, session_executor, sqlite_executor,
)
from desktop_app.duties.vocabulary import FINDING_KINDS
from desktop_app.i18n import QT_TRANSLATE_NOOP, msg
from desktop_app.model import FindingNote
from desktop_app.model.base import utcnow

__all__ = [
    "Executor", "Finding", "Handoff", "HandoffSource", "ExplainedFinding", "Review", "analyse", "analyse_with",
    "explain", "handoff_findings", "register_handoff_source", "review", "review_with", "session_executor",
    "sqlite_executor", "unexplain", "visible_findings",
]

HANDOFF = QT_TRANSLATE_NOOP("Core", "In \u201c{process}\u201d, {provider} hands over to {customer} without a service commitment.")
_NOTES = (select(FindingNote.finding_key, FindingNote.fingerprint, FindingNote.note)
          .where(FindingNote.deleted_at.is_(None)))


@dataclass(frozen=True)
class Handoff:
    """A handoff between consecutive process steps of different owners (filled by the customer
    map). ``versions`` lists (id, version) of the rows it is made of, for the fingerprint."""

    process: str
    provider_id: str
    provider_name: str
    customer_id: str
    customer_name: str
    level: str  # "unit" or "position"
    committed: bool  # the map has a service commitment for it
    versions: tuple[tuple[str, int], ...] = ()


HandoffSource = Callable[[Executor], Iterable[Handoff]]
_HANDOFF_SOURCES: list[HandoffSource] = []


def register_handoff_source(source: HandoffSource) -> HandoffSource:
    """Adds a source of process handoffs (once). It must only read, through the executor."""
    if source not in _HANDOFF_SOURCES:
        _HANDOFF_SOURCES.append(source)
    return source


def handoff_findings(handoffs: Iterable[Handoff]) -> list[Finding]:
    """One medium finding per handoff that has no commitment."""
    out = []
    for h in handoffs:
        if h.committed:
            continue
        ids = (h.provider_id, h.customer_id)
        out.append(Finding("handoff", "medium",
                           msg(HANDOFF, process=h.process, provider=h.provider_name, customer=h.customer_name),
                           ids if h.level == "unit" else (), (), ids if h.level == "position" else (),
                           "handoff:" + ":".join(ids), fingerprint(h.versions), h.provider_name))
    return out


def _sort_key(f: Finding) -> tuple:
    return (FINDING_KINDS.index(f.kind), f.sort_name, f.message.render(), f.key)


def analyse_with(execute: Executor) -> list[Finding]:
    """``analyse`` over any executor (the ``check`` command passes a read-only sqlite3 one)."""
    findings = find(execute)
    for source in _HANDOFF_SOURCES:
        findings += handoff_findings(source(execute))
    return sorted(findings, key=_sort_key)


def analyse(session: Session) -> list[Finding]:
    """Every finding, explained or not, sorted by kind, then the unit (or item) it is listed
    under, then its sentence. Only reads."""
    return analyse_with(session_executor(session))


# --- explaining ------------------------------------------------------------------------------

@dataclass(frozen=True)
class ExplainedFinding:
    finding: Finding
    note: str


@dataclass(frozen=True)
class Review:
    """The findings to show, those hidden by a note, and the notes of shown findings whose data
    changed since they were explained (by key), so the old note can be offered again."""

    visible: list[Finding]
    explained: list[ExplainedFinding]
    outdated_notes: Mapping[str, str]


def review_with(execute: Executor) -> Review:
    notes = {key: (fp, note) for key, fp, note in execute(_NOTES)}
    visible, explained, outdated = [], [], {}
    for f in analyse_with(execute):
        fp, note = notes.get(f.key, (None, ""))
        if fp == f.fingerprint:
            explained.append(ExplainedFinding(f, note))
        else:
            visible.append(f)
            if fp is not None:
                outdated[f.key] = note
    return Review(visible, explained, outdated)


def review(session: Session) -> Review:
    """One analysis, split into shown and explained findings. Only reads."""
    return review_with(session_executor(session))


def visible_findings(session: Session) -> list[Finding]:
    """``analyse`` without the findings explained for exactly their current data."""
    return review(session).visible


def explain(session: Session, finding: Finding, note: str) -> None:
    """Hides ``finding`` while its data stays as it was when it was analysed. A finding from an
    older analysis whose data changed since is not hidden by this (its fingerprint differs)."""
    row = session.scalar(select(FindingNote).where(FindingNote.finding_key == finding.key))
    if row is None:
        session.add(FindingNote(finding_key=finding.key, fingerprint=finding.fingerprint, note=note))
    else:
        row.deleted_at = None
        row.fingerprint = finding.fingerprint
        row.note = note
    session.flush()


def unexplain(session: Session, key: str) -> bool:
    """Shows the finding with ``key`` again (soft-deletes its note); False if it had none."""
    row = session.scalar(select(FindingNote).where(FindingNote.finding_key == key,
                                                   FindingNote.deleted_at.is_(None)))
    if row is None:
        return False
    row.deleted_at = utcnow()
    session.flush()
    return True


import desktop_app.customer_map.handoffs  # noqa: E402,F401  (registers the process handoffs; imports this module)
