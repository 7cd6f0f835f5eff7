"""Chart: unfinished action items (督办事项) by responsible unit, overdue ones apart.

From ``meeting.tracker.tracker_counts``, the counts the action tracker shows: unfinished is
open or in progress; overdue is unfinished and due before the day asked about. The two series
stack to the unfinished total. Items without a responsible unit, or whose unit was deleted
since, go under "No responsible unit" (last). Units in the organisation tree's order; only
units with an unfinished item.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from desktop_app.i18n import QT_TRANSLATE_NOOP, msg
from desktop_app.meeting.tracker import tracker_counts
from desktop_app.overview.chart_data import ChartData, Series, Text
from desktop_app.overview.registry import register_chart
from desktop_app.overview.units import in_tree_order

KEY = "action_items"
OVERDUE_COLOR, OPEN_COLOR = "#EE6677", "#4477AA"
TITLE = QT_TRANSLATE_NOOP("Core", "Open action items by responsible unit")
VALUE = QT_TRANSLATE_NOOP("Core", "Action items")
OVERDUE = QT_TRANSLATE_NOOP("Core", "Overdue")
NOT_DUE = QT_TRANSLATE_NOOP("Core", "Open, not overdue")
NO_UNIT = QT_TRANSLATE_NOOP("Core", "No responsible unit")
NOTE = QT_TRANSLATE_NOOP("Core", "Action items open or in progress on {day}; overdue: due before that day.")


def action_items_chart(session: Session, today: date) -> ChartData:
    """Only reads: one grouped SELECT and the unit tree."""
    unfinished: dict[str | None, tuple[int, int]] = {}
    for c in tracker_counts(session, today):
        if c.open + c.in_progress:
            unfinished[c.unit_id] = (c.overdue, c.open + c.in_progress - c.overdue)
    units = in_tree_order(session, {u for u in unfinished if u is not None})
    keys: list[str | None] = [u.id for u in units]
    categories: list[Text] = [u.name for u in units]
    values = [unfinished[u] for u in keys]
    listed = set(keys)
    rest = [v for u, v in unfinished.items() if u not in listed]  # no unit, or one deleted since
    if rest:
        keys.append(None)
        categories.append(msg(NO_UNIT))
        values.append((sum(v[0] for v in rest), sum(v[1] for v in rest)))
    series = (Series(msg(OVERDUE), tuple(v[0] for v in values), OVERDUE_COLOR),
              Series(msg(NOT_DUE), tuple(v[1] for v in values), OPEN_COLOR))
    return ChartData(KEY, msg(TITLE), tuple(categories), series, msg(VALUE), stacked=True,
                     note=msg(NOTE, day=today.isoformat()), keys=tuple(keys))


register_chart(KEY, action_items_chart, areas=("meeting", "org"))
