"""The rotation and stationing checks (轮岗与蹲点检查): overlapping assignments, assignments
outside their plan, days below a station's minimum staffing, quarters without stationing, and
the people due for rotation.

``review_rotation`` only reads, in eight SELECTs whatever the size of the data (see
``snapshot``), and works on plain values after that. Days are whole and inclusive throughout.
What the checks decide where the plans leave it open:

- Which rows: live plans of every status (a draft is where conflicts are cheapest to fix, a
  finished plan keeps its record honest); their live assignments that are not cancelled;
  assignments of deleted staff are left out. Deleted units and posts count as absent.
- overlap: one finding per pair of assignments of one person whose periods share a day
  (ending on the day the other starts is a one-day overlap; ending the day before is not),
  whatever the plans' kinds. Assignments without a person or a whole period take no part.
- outside_plan: one finding per assignment at most, the first of: no person yet; no start or
  no end yet (both: "incomplete", without days; such rows take no part in the other checks
  until completed); ending before it starts (its days given earliest first); starting before
  its plan starts or ending after it ends. A plan whose own period is inverted (the plan table
  refuses one) is not compared against.
- understaffed: see ``staffing``.
- no_stationing: for each live stationing plan (drafts too: planning is when a gap matters)
  with a sound period, each supply station in its scope (a station in the scope, or any
  station below a unit in it; a plan with nothing in scope checks nothing; a team in scope
  brings no station), and each calendar quarter overlapping the plan: a finding unless some
  placed assignment of any stationing plan sends someone to the station or one of its teams
  on a day of that quarter within the plan's period (one day is enough).
- candidate: live staff holding a live post since more than ``candidate_years`` years before
  ``today`` ("since" is the latest start of their open history row for that post, else their
  hiring date; people with neither are skipped). Exactly N years is not more than N: the
  anniversary day itself doesn't count (29 February's anniversary is 1 March). People with a
  rotation or exchange assignment (轮岗, 交流: ones that change their post) that is not over
  (no end yet, or ending today or later) are not listed: they are already being rotated.
  Experience and stationing assignments send people back to their post, so they don't count.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, timedelta

from sqlalchemy.orm import Session

from desktop_app.duties.grey_rules import Executor, session_executor, sqlite_executor
from desktop_app.i18n import QT_TRANSLATE_NOOP, msg
from desktop_app.rotation.findings import FINDING_KIND_LABELS, FINDING_KINDS, RotationFinding, RotationReview
from desktop_app.rotation.snapshot import Assignment, Snapshot, period
from desktop_app.rotation.staffing import understaffed

__all__ = [
    "FINDING_KINDS", "FINDING_KIND_LABELS", "RotationFinding", "RotationReview", "review_rotation",
    "review_rotation_with", "session_executor", "sqlite_executor",
]

OVERLAP = QT_TRANSLATE_NOOP("Core", "{person} is in two assignments at once ({days}): \u201c{plan_a}\u201d ({period_a}) and \u201c{plan_b}\u201d ({period_b}).")
NO_STAFF = QT_TRANSLATE_NOOP("Core", "An assignment in \u201c{plan}\u201d has no staff member yet; the checks leave it out.")
NO_DATES = QT_TRANSLATE_NOOP("Core", "{person}'s assignment in \u201c{plan}\u201d has no start or end date yet; the checks leave it out.")
ENDS_FIRST = QT_TRANSLATE_NOOP("Core", "{person}'s assignment in \u201c{plan}\u201d ends ({end}) before it starts ({start}).")
OUTSIDE = QT_TRANSLATE_NOOP("Core", "{person}'s assignment ({period}) lies outside the period of \u201c{plan}\u201d ({plan_period}).")
NO_STATIONING = QT_TRANSLATE_NOOP("Core", "No one is stationed at {station} in {quarter}, which \u201c{plan}\u201d covers.")
QUARTER = QT_TRANSLATE_NOOP("Core", "{year} Q{quarter}")
CANDIDATE = QT_TRANSLATE_NOOP("Core", "{person} has held the post {post} ({unit}) since {since}: more than {years} years.")

CHANGING_KINDS = ("rotation", "exchange")  # plan kinds whose assignments move a person off their post


def review_rotation(session: Session, today: date | None = None, candidate_years: int = 5) -> RotationReview:
    """Every finding of the rotation checks, as of ``today`` (the system date when None; only
    the candidates depend on it). Only reads, in eight SELECTs; it flushes ``session`` first,
    so it sees a write session's pending rows. Returns plain values: keep none of it as a
    handle on the database."""
    return review_rotation_with(session_executor(session), today, candidate_years)


def review_rotation_with(execute: Executor, today: date | None = None, candidate_years: int = 5) -> RotationReview:
    """``review_rotation`` over any executor (``check`` passes its read-only connection's)."""
    data = Snapshot.load(execute)
    findings = [*overlaps(data), *outside_plan(data), *understaffed(data), *no_stationing(data),
                *candidates(data, today or date.today(), candidate_years)]
    return RotationReview(_sorted(findings))


def _sorted(findings: list[RotationFinding]) -> tuple[RotationFinding, ...]:
    """By kind, first day (none first), sentence, key: a sentence is rendered only where kind
    and day tie (rendering every one of thousands of candidates costs a tenth of the review)."""
    places = [(FINDING_KINDS.index(f.kind), f.first_day or date.min) for f in findings]
    ties = Counter(places)
    keyed = sorted(((*place, f.message.render() if ties[place] > 1 else "", f.key), n)
                   for n, (place, f) in enumerate(zip(places, findings)))
    return tuple(findings[n] for _, n in keyed)


def _units(*ids: str | None) -> tuple[str, ...]:
    return tuple(dict.fromkeys(i for i in ids if i is not None))


# --- overlap ---------------------------------------------------------------------------------

def overlaps(data: Snapshot) -> list[RotationFinding]:
    by_person: dict[str, list[Assignment]] = defaultdict(list)
    for a in data.assignments:
        if a.placed:
            by_person[a.staff_id].append(a)
    out = []
    for sid, rows in by_person.items():
        rows.sort(key=lambda a: (a.start, a.end, a.id))
        for i, a in enumerate(rows):
            for b in rows[i + 1:]:
                if b.start > a.end:  # sorted by start: no later one overlaps a either
                    break
                out.append(_overlap(data, sid, a, b))
    return out


def _overlap(data: Snapshot, sid: str, a: Assignment, b: Assignment) -> RotationFinding:
    first, last = max(a.start, b.start), min(a.end, b.end)
    message = msg(OVERLAP, person=data.person(sid), days=period(first, last), plan_a=a.plan.name,
                  period_a=period(a.start, a.end), plan_b=b.plan.name, period_b=period(b.start, b.end))
    low, high = sorted((a.id, b.id))
    return RotationFinding("overlap", message, _units(a.plan.id, b.plan.id), (a.id, b.id), (sid,),
                           _units(a.to_unit_id, b.to_unit_id), first, last, f"overlap:{low}:{high}")


# --- outside the plan ------------------------------------------------------------------------

def outside_plan(data: Snapshot) -> list[RotationFinding]:
    out = []
    for a in data.assignments:
        found = _outside(data, a)
        if found is not None:
            out.append(found)
    return out


def _outside(data: Snapshot, a: Assignment) -> RotationFinding | None:
    plan = a.plan

    def finding(problem: str, message, first: date | None, last: date | None) -> RotationFinding:
        staff = (a.staff_id,) if a.staff_id else ()
        return RotationFinding("outside_plan", message, (plan.id,), (a.id,), staff, _units(a.to_unit_id), first,
                               last, f"outside_plan:{a.id}:{problem}")

    if a.staff_id is None:
        return finding("incomplete", msg(NO_STAFF, plan=plan.name), None, None)
    person = data.person(a.staff_id)
    if a.start is None or a.end is None:
        return finding("incomplete", msg(NO_DATES, person=person, plan=plan.name), None, None)
    if a.end < a.start:
        message = msg(ENDS_FIRST, person=person, plan=plan.name, start=a.start.isoformat(), end=a.end.isoformat())
        return finding("order", message, a.end, a.start)
    if plan.period_ok and (a.start < plan.start or a.end > plan.end):
        message = msg(OUTSIDE, person=person, period=period(a.start, a.end), plan=plan.name,
                      plan_period=period(plan.start, plan.end))
        return finding("period", message, a.start, a.end)
    return None


# --- stationing ------------------------------------------------------------------------------

def _quarters(first: date, last: date):
    """(year, quarter, first day, last day) of each calendar quarter from ``first`` to ``last``."""
    year, quarter = first.year, (first.month - 1) // 3 + 1
    while (year, quarter) <= (last.year, (last.month - 1) // 3 + 1):
        start = date(year, 3 * quarter - 2, 1)
        end = date(year, 12, 31) if quarter == 4 else date(year, 3 * quarter + 1, 1) - timedelta(days=1)
        yield year, quarter, start, end
        year, quarter = (year + 1, 1) if quarter == 4 else (year, quarter + 1)


def no_stationing(data: Snapshot) -> list[RotationFinding]:
    stationed: dict[str, list[tuple[date, date]]] = defaultdict(list)
    for a in data.assignments:
        if a.plan.kind == "stationing" and a.placed:
            for station in data.stations_of(a.to_unit_id):
                stationed[station].append((a.start, a.end))
    out = []
    for plan in data.plans.values():
        if plan.kind != "stationing" or not plan.period_ok:
            continue
        stations = dict.fromkeys(s for unit in data.scopes.get(plan.id, ()) for s in data.stations_under(unit))
        for year, quarter, q_start, q_end in _quarters(plan.start, plan.end):
            first, last = max(q_start, plan.start), min(q_end, plan.end)
            for station in stations:
                if any(start <= last and end >= first for start, end in stationed.get(station, ())):
                    continue
                message = msg(NO_STATIONING, station=data.units[station].name, plan=plan.name,
                              quarter=msg(QUARTER, year=year, quarter=quarter))
                out.append(RotationFinding("no_stationing", message, (plan.id,), (), (), (station,), first, last,
                                           f"no_stationing:{plan.id}:{station}:{year}Q{quarter}"))
    return out


# --- candidates ------------------------------------------------------------------------------

def _anniversary(since: date, years: int) -> date:
    try:
        return since.replace(year=since.year + years)
    except ValueError:  # 29 February in a common year
        return date(since.year + years, 3, 1)


def candidates(data: Snapshot, today: date, years: int) -> list[RotationFinding]:
    moving = {a.staff_id for a in data.assignments
              if a.staff_id and a.plan.kind in CHANGING_KINDS and (a.end is None or a.end >= today)}
    due: dict[date, bool] = {}  # per day people started: thousands of people, a few thousand days
    out = []
    for sid, person in data.staff.items():
        post_id, since = person.position_id, person.since
        if post_id is None or since is None or sid in moving:
            continue
        if since not in due:
            due[since] = today > _anniversary(since, years)
        if not due[since]:
            continue
        post = data.posts[post_id]
        message = msg(CANDIDATE, person=data.person(sid), post=post.name, unit=data.units[post.unit_id].name,
                      since=since.isoformat(), years=years)
        out.append(RotationFinding("candidate", message, (), (), (sid,), (post.unit_id,), since, None,
                                   f"candidate:{sid}"))
    return out
