"""最低在岗人数 day by day: the runs of days a supply station has fewer people of a post
category present than its staffing rule asks.

Who is present at station S as category C on a day:

- everyone whose current post (``Staff.position_id``) is of category C at S or at one of its
  teams (one level down, as ``tables.present_staff`` counts), unless an assignment covering
  that day takes them elsewhere;
- plus everyone assigned into S or one of its teams to a post of category C on that day.

An assignment "takes a person elsewhere" when its destination is outside S and its teams, or
unknown (a person on an assignment is away from their post even before the plan says where
to). An assignment inside their own station keeps them present: in the destination post's
category if it names a post (a production worker sent to the station's marketing post counts
as marketing that day, not as both), in their own category if it names none. Someone sent
into S without a destination post is not counted there (their category there is unknown).
Assignments without a person or a whole period take no part. One person counts once per
station and category however many of their assignments cover a day; a person in two places
at once counts in both (the overlap check reports it). The current post stands for every day
checked: the post history isn't replayed, so the check is about plans, not a record of the
past.

The days checked are those of any live plan's period or any placed assignment: a station
below its minimum with nobody away is reported over those days (its posts are too few), but
not outside them. Rules on units that are not supply stations (which the rule table refuses)
are ignored; of two rules for one station and category, the higher minimum counts. Each
maximal run of consecutive short days is one finding with its lowest count and the people
away during it. The sweep visits only the days something changes, so its cost grows with
assignments and rules, not with days.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from desktop_app.i18n import QT_TRANSLATE_NOOP, Message, msg
from desktop_app.rotation.findings import RotationFinding
from desktop_app.rotation.snapshot import MAX_NAMES, Assignment, Snapshot, names, period
from desktop_app.rotation.vocabulary import STAFFED_CATEGORY_LABELS

UNDERSTAFFED = QT_TRANSLATE_NOOP("Core", "{station} has as few as {lowest} {category} staff present ({days}); the minimum is {minimum}. Away: {away}.")
NOBODY_AWAY = QT_TRANSLATE_NOOP("Core", "nobody (too few of its posts are filled)")

ONE_DAY = timedelta(days=1)
Pair = tuple[str, str]  # (station, category)


def checked_spans(data: Snapshot) -> list[tuple[date, date]]:
    """The days the staffing check covers: every live plan's period and every placed
    assignment's, merged into disjoint runs in date order."""
    spans = [(p.start, p.end) for p in data.plans.values() if p.period_ok]
    spans += [(a.start, a.end) for a in data.assignments if a.placed]
    return _merge(spans)


def _merge(spans: list[tuple[date, date]]) -> list[tuple[date, date]]:
    """Overlapping or touching periods joined (2026-03-31 and 2026-04-01 are consecutive)."""
    out: list[tuple[date, date]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1] + ONE_DAY:
            if end > out[-1][1]:
                out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


class _Moves:
    """Per (station, category) and person: the assignments taking them away, bringing them in."""

    def __init__(self) -> None:
        self.away: dict[Pair, dict[str, list[Assignment]]] = defaultdict(lambda: defaultdict(list))
        self.into: dict[Pair, dict[str, list[Assignment]]] = defaultdict(lambda: defaultdict(list))


def _moves(data: Snapshot, rules: dict[Pair, int]) -> tuple[dict[Pair, int], _Moves]:
    """The people present per ruled pair with nobody away, and every assignment's effect."""
    stations: dict[str | None, tuple[str, ...]] = {}  # per unit: a few hundred units, thousands of rows

    def stations_of(unit_id: str | None) -> tuple[str, ...]:
        if unit_id not in stations:
            stations[unit_id] = data.stations_of(unit_id)
        return stations[unit_id]

    post_pairs: dict[str, frozenset[Pair]] = {}
    for post_id, post in data.posts.items():
        pairs = frozenset((s, post.category) for s in stations_of(post.unit_id)) & rules.keys()
        if pairs:
            post_pairs[post_id] = pairs
    baseline: dict[Pair, int] = dict.fromkeys(rules, 0)
    home: dict[str, frozenset[Pair]] = {}
    for sid, person in data.staff.items():
        pairs = post_pairs.get(person.position_id)
        if pairs:
            home[sid] = pairs
            for pair in pairs:
                baseline[pair] += 1
    moves = _Moves()
    nothing: frozenset[Pair] = frozenset()
    into: dict[tuple[str | None, str], frozenset[Pair]] = {}  # per destination unit and post
    for a in data.assignments:
        if not a.placed:
            continue
        mine = home.get(a.staff_id, nothing)
        if a.to_position_id is None:  # stays in their own category where the destination is their own station
            if not mine:
                continue
            dest = stations_of(a.to_unit_id)
            there = frozenset((s, c) for s, c in mine if s in dest)
        else:
            where = (a.to_unit_id, a.to_position_id)
            if where not in into:
                category = data.posts[a.to_position_id].category
                into[where] = frozenset((s, category) for s in stations_of(a.to_unit_id)) & rules.keys()
            there = into[where]
        if mine == there:
            continue
        for pair in mine - there:
            moves.away[pair][a.staff_id].append(a)
        for pair in there - mine:
            moves.into[pair][a.staff_id].append(a)
    return baseline, moves


def _add_person(events: dict[date, int], assignments: list[Assignment], sign: int) -> None:
    """One person's days as +1/-1 change points, their overlapping assignments counted once."""
    for start, end in _merge([(a.start, a.end) for a in assignments]):
        events[start] += sign
        events[end + ONE_DAY] -= sign


def _short_runs(baseline: int, minimum: int, events: dict[date, int],
                checked: dict[date, int]) -> list[tuple[date, date, int]]:
    """(first, last, lowest) of each maximal run of checked days with fewer than ``minimum``."""
    runs: list[list] = []
    count, inside = baseline, 0
    days = sorted(events.keys() | checked.keys())
    for day, following in zip(days, days[1:]):
        count += events.get(day, 0)
        inside += checked.get(day, 0)
        if inside and count < minimum:
            if runs and runs[-1][1] + ONE_DAY == day:
                runs[-1][1] = following - ONE_DAY
                runs[-1][2] = min(runs[-1][2], count)
            else:
                runs.append([day, following - ONE_DAY, count])
    return [tuple(r) for r in runs]


def understaffed(data: Snapshot) -> list[RotationFinding]:
    rules = {(s, c): m for (s, c), m in data.rules.items() if data.units[s].kind == "station"}
    spans = checked_spans(data)
    if not rules or not spans:
        return []
    checked: dict[date, int] = defaultdict(int)
    for start, end in spans:
        checked[start] += 1
        checked[end + ONE_DAY] -= 1
    baseline, moves = _moves(data, rules)
    findings = []
    for (station, category), minimum in rules.items():
        events: dict[date, int] = defaultdict(int)
        away = moves.away.get((station, category), {})
        for assignments in away.values():
            _add_person(events, assignments, -1)
        for assignments in moves.into.get((station, category), {}).values():
            _add_person(events, assignments, +1)
        runs = _short_runs(baseline[(station, category)], minimum, events, checked)
        if runs:
            leaving = sorted((a for assignments in away.values() for a in assignments),
                             key=lambda a: (a.start, data.staff[a.staff_id].employee_no, a.id))
            for first, last, lowest in runs:
                during = [a for a in leaving if a.start <= last and a.end >= first]
                findings.append(_finding(data, station, category, minimum, first, last, lowest, during))
    return findings


def _finding(data: Snapshot, station: str, category: str, minimum: int, first: date, last: date, lowest: int,
             during: list[Assignment]) -> RotationFinding:
    """``during``: the assignments taking people away on some day of the run, by the day they leave."""
    people = list(dict.fromkeys(a.staff_id for a in during))
    label = STAFFED_CATEGORY_LABELS.get(category)
    message = msg(UNDERSTAFFED, station=data.units[station].name, lowest=lowest,
                  category=Message(label) if label else category, days=period(first, last), minimum=minimum,
                  away=names(data.person(s) for s in people[:MAX_NAMES + 1]) if people else msg(NOBODY_AWAY))
    return RotationFinding(
        "understaffed", message, tuple(dict.fromkeys(a.plan.id for a in during)), tuple(a.id for a in during),
        tuple(people), (station,), first, last, f"understaffed:{station}:{category}:{first.isoformat()}")
