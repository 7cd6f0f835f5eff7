"""Chart: stationing coverage (蹲点覆盖) of each supply station in the year of ``today``.

A quarter of the year counts for a station when a stationing assignment is there on at least
one of its days, with the assignments the rotation check ``no_stationing`` counts
(``rotation.checks``): placed, not cancelled, of a live stationing plan of any status, to the
station or one of its teams. The check asks only about the stations in a plan's scope and
the days of its period; the chart asks every station about the calendar year. Two series
stack to the quarters covered, out of 4:

- stationed to date: quarters with such a day up to ``today``;
- planned: the other quarters with such a day later in the year (the rest of this quarter
  included): the plans promise them, nobody has been there yet.

The gap to 4 is what the year still lacks. Live, active stations in the organisation tree's
order; an inactive one only when someone was or will be stationed there this year.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from sqlalchemy.orm import Session

from desktop_app.duties.grey_rules import session_executor
from desktop_app.i18n import QT_TRANSLATE_NOOP, msg
from desktop_app.overview.chart_data import ChartData, Series
from desktop_app.overview.registry import register_chart
from desktop_app.overview.units import units_in_tree_order
from desktop_app.rotation.checks import _quarters
from desktop_app.rotation.snapshot import Snapshot

KEY = "stationing"
STATIONED_COLOR, PLANNED_COLOR = "#228833", "#B8DDB0"
TITLE = QT_TRANSLATE_NOOP("Core", "Stationing coverage by supply station, {year}")
VALUE = QT_TRANSLATE_NOOP("Core", "Quarters")
STATIONED = QT_TRANSLATE_NOOP("Core", "Quarters stationed to date")
PLANNED = QT_TRANSLATE_NOOP("Core", "Quarters planned")
NOTE = QT_TRANSLATE_NOOP("Core", "A quarter counts when someone of a stationing plan is at the station or one of its teams on at least one of its days; to date: up to {day}.")


def coverage(session: Session, today: date) -> dict[str, tuple[int, int]]:
    """Station id → (quarters stationed up to ``today``, further quarters planned) in the year
    of ``today``, for the stations that have any. Only reads (the rotation checks' snapshot)."""
    data = Snapshot.load(session_executor(session))
    stationed: dict[str, list[tuple[date, date]]] = defaultdict(list)
    for a in data.assignments:
        if a.plan.kind == "stationing" and a.placed:
            for station in data.stations_of(a.to_unit_id):
                stationed[station].append((a.start, a.end))
    tomorrow = today + timedelta(days=1)
    out = {}
    for station, periods in stationed.items():
        done = planned = 0
        for _year, _quarter, first, last in _quarters(date(today.year, 1, 1), date(today.year, 12, 31)):
            if _meets(periods, first, min(last, today)):
                done += 1
            elif _meets(periods, max(first, tomorrow), last):
                planned += 1
        if done or planned:
            out[station] = (done, planned)
    return out


def _meets(periods: list[tuple[date, date]], first: date, last: date) -> bool:
    """Some period shares a day with ``first``..``last`` (False when that span is empty)."""
    return first <= last and any(start <= last and end >= first for start, end in periods)


def stationing_chart(session: Session, today: date) -> ChartData:
    counts = coverage(session, today)
    stations = [u for u in units_in_tree_order(session) if u.kind == "station" and (u.active or u.id in counts)]
    values = [counts.get(u.id, (0, 0)) for u in stations]
    series = (Series(msg(STATIONED), tuple(v[0] for v in values), STATIONED_COLOR),
              Series(msg(PLANNED), tuple(v[1] for v in values), PLANNED_COLOR))
    return ChartData(KEY, msg(TITLE, year=today.year), tuple(u.name for u in stations), series, msg(VALUE),
                     stacked=True, note=msg(NOTE, day=today.isoformat()), keys=tuple(u.id for u in stations),
                     maximum=4)


register_chart(KEY, stationing_chart, areas=("rotation", "org"))
