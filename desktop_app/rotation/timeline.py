"""The rotation timeline (a Gantt chart's data): who is away where and when, one row per person
or per supply station, one bar per assignment.

Only assignments that can be placed are drawn: live, not cancelled, of a live plan and a live
person, with both dates and ``end >= start``; the checks report the others. Dates are inclusive.

By station, a station's row shows who comes to it: the assignments whose destination (the
destination unit, else the destination post's unit) is the station or one of its teams (a unit
whose parent is the station), whatever the plan's kind. People leaving a station are not drawn
on its row; the minimum-staffing check reports what their absence costs. Every live, active
station has a row (the list is short and fixed, so rows don't move when the plan filter
changes); an inactive one only when someone goes there.

Three queries at most, whatever the number of assignments. ``pack_lanes`` lays the bars of a
row that overlap (a conflict by person, several visitors by station) one above the other.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from desktop_app.i18n import Translate
from desktop_app.model import Position, RotationAssignment, RotationPlan, Staff, Unit
from desktop_app.rotation.vocabulary import ASSIGNMENT_STATUS_LABELS, PLAN_KIND_LABELS

__all__ = ["BY_PERSON", "BY_STATION", "Bar", "Lanes", "Timeline", "TimelineRow", "load_timeline", "pack_lanes"]

BY_PERSON, BY_STATION = "person", "station"


@dataclass(frozen=True)
class Bar:
    assignment_id: str
    row: int  # index into Timeline.rows
    start: date
    end: date  # inclusive
    kind: str  # the plan's kind: rotation / experience / exchange / stationing
    label: str  # the person's name (by station) or the destination unit (by person)
    tooltip: str  # plain text: person, from → to, plan, ISO dates, status


@dataclass(frozen=True)
class TimelineRow:
    key: str  # staff id or station id
    label: str  # "王芳 (E000123)" or the station's name


@dataclass(frozen=True)
class Timeline:
    by: str  # BY_PERSON or BY_STATION
    rows: tuple[TimelineRow, ...]
    bars: tuple[Bar, ...]  # by row, then start
    first_day: date | None  # the earliest start; None without bars
    last_day: date | None  # the latest (inclusive) end


@dataclass(frozen=True)
class Lanes:
    """Where a chart draws each bar: a row is one lane tall, or one lane per overlapping bar."""

    bar_lane: tuple[int, ...]  # per bar, counted from the first row's first lane
    row_top: tuple[int, ...]  # per row, its first lane
    row_lanes: tuple[int, ...]  # per row, how many lanes (at least 1)
    total: int


def pack_lanes(timeline: Timeline) -> Lanes:
    """Each row's bars in start order, each in the first of the row's lanes free by its start
    (a bar ending on a day frees the lane the day after)."""
    per_row: list[list[int]] = [[] for _ in timeline.rows]
    for i, bar in enumerate(timeline.bars):
        per_row[bar.row].append(i)
    bar_lane = [0] * len(timeline.bars)
    row_top, row_lanes = [], []
    top = 0
    for members in per_row:
        ends: list[date] = []  # each lane's last day so far
        for i in sorted(members, key=lambda i: (timeline.bars[i].start, timeline.bars[i].end)):
            bar = timeline.bars[i]
            free = next((k for k, end in enumerate(ends) if end < bar.start), len(ends))
            ends[free:free + 1] = [bar.end]
            bar_lane[i] = top + free
        row_top.append(top)
        row_lanes.append(max(len(ends), 1))
        top += row_lanes[-1]
    return Lanes(tuple(bar_lane), tuple(row_top), tuple(row_lanes), top)


@dataclass(frozen=True)
class _Placed:
    id: str
    start: date
    end: date
    status: str
    plan: str
    kind: str
    staff_id: str
    name: str
    employee_no: str
    from_post: str | None
    from_unit: str | None
    to_unit_id: str | None
    to_unit: str | None
    to_post: str | None


def _same(text: str) -> str:
    return text


def load_timeline(session: Session, by: str = BY_PERSON, plan_ids: Collection[str] | None = None,
                  translate: Translate = _same) -> Timeline:
    """The timeline of the assignments of ``plan_ids`` (every plan when None), one row per person
    (by employee number, people with a bar only) or per supply station (tree order).
    ``translate`` renders the plan kind and status in the tooltips (the UI passes ``tr_core``).
    ValueError for an unknown ``by``."""
    if by not in (BY_PERSON, BY_STATION):
        raise ValueError(by)
    placed = _placed(session, plan_ids)
    if by == BY_PERSON:
        return _by_person(placed, translate)
    return _by_station(session, placed, translate)


def _placed(session: Session, plan_ids: Collection[str] | None) -> list[_Placed]:
    a = RotationAssignment
    plan, staff = aliased(RotationPlan), aliased(Staff)
    from_post, from_unit = aliased(Position), aliased(Unit)
    to_unit, to_post = aliased(Unit), aliased(Position)
    stmt = (
        select(a.id, a.start, a.end, a.status, plan.name, plan.kind, staff.id, staff.name, staff.employee_no,
               from_post.name, from_unit.name, to_unit.id, to_unit.name, to_post.name)
        .join(plan, a.plan_id == plan.id).join(staff, a.staff_id == staff.id)
        .outerjoin(from_post, a.from_position_id == from_post.id)
        .outerjoin(from_unit, from_post.unit_id == from_unit.id)
        .outerjoin(to_post, a.to_position_id == to_post.id)
        # a destination post alone tells the unit (the table fills it in, older rows may lack it)
        .outerjoin(to_unit, to_unit.id == func.coalesce(a.to_unit_id, to_post.unit_id))
        .where(a.deleted_at.is_(None), plan.deleted_at.is_(None), staff.deleted_at.is_(None),
               a.status != "cancelled", a.start.is_not(None), a.end.is_not(None), a.end >= a.start)
        .order_by(staff.employee_no, a.start, a.end, a.id))
    if plan_ids is not None:
        stmt = stmt.where(a.plan_id.in_(list(plan_ids)))
    return [_Placed(*row) for row in session.execute(stmt)]


def _place(*parts: str | None) -> str:
    return " · ".join(p for p in parts if p) or "—"


def _tooltip(p: _Placed, translate: Translate) -> str:
    kind = translate(PLAN_KIND_LABELS[p.kind]) if p.kind in PLAN_KIND_LABELS else p.kind
    status = translate(ASSIGNMENT_STATUS_LABELS[p.status]) if p.status in ASSIGNMENT_STATUS_LABELS else p.status
    return "\n".join((
        f"{p.name} ({p.employee_no})",
        f"{_place(p.from_post, p.from_unit)} → {_place(p.to_unit, p.to_post)}",
        f"{p.plan} · {kind}",
        f"{p.start.isoformat()} – {p.end.isoformat()}",
        status,
    ))


def _timeline(by: str, rows: list[TimelineRow], bars: list[Bar]) -> Timeline:
    bars.sort(key=lambda b: (b.row, b.start, b.end, b.assignment_id))
    return Timeline(by, tuple(rows), tuple(bars), min((b.start for b in bars), default=None),
                    max((b.end for b in bars), default=None))


def _by_person(placed: list[_Placed], translate: Translate) -> Timeline:
    rows: list[TimelineRow] = []
    index: dict[str, int] = {}
    bars: list[Bar] = []
    for p in placed:  # already in employee number order
        if p.staff_id not in index:
            index[p.staff_id] = len(rows)
            rows.append(TimelineRow(p.staff_id, f"{p.name} ({p.employee_no})"))
        bars.append(Bar(p.id, index[p.staff_id], p.start, p.end, p.kind, p.to_unit or p.to_post or "",
                        _tooltip(p, translate)))
    return _timeline(BY_PERSON, rows, bars)


def _by_station(session: Session, placed: list[_Placed], translate: Translate) -> Timeline:
    stations = session.execute(
        select(Unit.id, Unit.name, Unit.active).where(Unit.kind == "station", Unit.deleted_at.is_(None))
        .order_by(Unit.sort_order, Unit.code)).all()
    station_of = {sid: sid for sid, _name, _active in stations}
    live_stations = select(Unit.id).where(Unit.kind == "station", Unit.deleted_at.is_(None))
    teams = session.execute(
        select(Unit.id, Unit.parent_id).where(Unit.parent_id.in_(live_stations), Unit.deleted_at.is_(None)))
    station_of.update((team, station) for team, station in teams)
    coming: dict[str, list[_Placed]] = {}
    for p in placed:
        station = station_of.get(p.to_unit_id or "")
        if station is not None:
            coming.setdefault(station, []).append(p)
    rows: list[TimelineRow] = []
    bars: list[Bar] = []
    for sid, name, active in stations:
        if not active and sid not in coming:
            continue
        row = len(rows)
        rows.append(TimelineRow(sid, name))
        bars += [Bar(p.id, row, p.start, p.end, p.kind, p.name, _tooltip(p, translate)) for p in coming.get(sid, ())]
    return _timeline(BY_STATION, rows, bars)
