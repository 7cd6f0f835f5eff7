"""What the rotation checks hand out: findings of five kinds and the review that holds them.

Findings are frozen values naming ids, so a page can select rows and a chart can draw bars
without going back to the database. ``desktop_app.rotation.checks`` builds them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop_app.i18n import QT_TRANSLATE_NOOP, Message

__all__ = ["FINDING_KINDS", "FINDING_KIND_LABELS", "RotationFinding", "RotationReview"]

FINDING_KINDS = ("overlap", "outside_plan", "understaffed", "no_stationing", "candidate")

FINDING_KIND_LABELS = {
    "overlap": QT_TRANSLATE_NOOP("Core", "Overlapping assignments"),
    "outside_plan": QT_TRANSLATE_NOOP("Core", "Outside the plan period"),
    "understaffed": QT_TRANSLATE_NOOP("Core", "Below minimum staffing"),
    "no_stationing": QT_TRANSLATE_NOOP("Core", "No stationing in a quarter"),
    "candidate": QT_TRANSLATE_NOOP("Core", "Rotation candidate"),
}


@dataclass(frozen=True)
class RotationFinding:
    """One problem (or, for ``candidate``, one person due for rotation). ``first_day`` and
    ``last_day`` are inclusive; either may be None where the finding has no period (an
    incomplete assignment; a candidate has only ``first_day``, the day their post began)."""

    kind: str  # one of FINDING_KINDS
    message: Message  # one sentence naming the people, units, plans and dates
    plan_ids: tuple[str, ...]  # empty for candidates
    assignment_ids: tuple[str, ...]
    staff_ids: tuple[str, ...]
    unit_ids: tuple[str, ...]
    first_day: date | None
    last_day: date | None
    key: str  # stable identity: kind and the ids it is about, e.g. "overlap:<a1>:<a2>"


@dataclass(frozen=True)
class RotationReview:
    """Every finding of one review, sorted by kind (``FINDING_KINDS`` order), then first day
    (findings without one first), then sentence."""

    findings: tuple[RotationFinding, ...]

    def of_kind(self, kind: str) -> tuple[RotationFinding, ...]:
        return tuple(f for f in self.findings if f.kind == kind)

    def for_plan(self, plan_id: str) -> tuple[RotationFinding, ...]:
        """The findings involving the plan: what approving it over open conflicts counts."""
        return tuple(f for f in self.findings if plan_id in f.plan_ids)

    def assignment_ids(self) -> frozenset[str]:
        """Every assignment named by any finding (the rows to highlight)."""
        return frozenset(a for f in self.findings for a in f.assignment_ids)

    def counts(self) -> dict[str, int]:
        """Findings per kind, every kind present (0 when none), in ``FINDING_KINDS`` order."""
        out = dict.fromkeys(FINDING_KINDS, 0)
        for f in self.findings:
            out[f.kind] += 1
        return out
