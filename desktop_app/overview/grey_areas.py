"""Chart: open grey areas (灰色地带) by unit, stacked by kind.

From ``duties.grey_areas.visible_findings``: findings explained for their current data are
left out, as on the duty boundaries page. A finding counts once for each unit it concerns, so
an overlap of two units counts for both and the bars can add up to more than the findings:

- its ``unit_ids`` (the owners of an overlap, the unit of a gap or an orphan, both ends of a
  handoff between units);
- a handoff between posts names no unit: it counts for the units of its two posts;
- a vacuum is work no active unit owns: it goes under "No owner" (last), even when inactive
  units still hold the duty (those units are orphans of their own).

Units in the organisation tree's order; only units with at least one finding.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.duties.grey_areas import Finding, visible_findings
from desktop_app.duties.vocabulary import FINDING_KIND_LABELS, FINDING_KINDS
from desktop_app.i18n import QT_TRANSLATE_NOOP, msg
from desktop_app.model import Position
from desktop_app.overview.chart_data import ChartData, Series, Text
from desktop_app.overview.registry import register_chart
from desktop_app.overview.units import in_tree_order

KEY = "grey_areas"
KIND_COLORS = {"vacuum": "#EE6677", "overlap": "#AA3377", "gap": "#CCBB44", "orphan": "#999999",
               "handoff": "#66CCEE"}
TITLE = QT_TRANSLATE_NOOP("Core", "Open grey areas by unit")
VALUE = QT_TRANSLATE_NOOP("Core", "Findings")
NO_OWNER = QT_TRANSLATE_NOOP("Core", "No owner")
NOTE = QT_TRANSLATE_NOOP("Core", "Findings not explained yet. A finding counts for every unit it concerns; work that no active unit owns (vacuum) is under \u201cNo owner\u201d.")


def concerned_units(finding: Finding, post_units: dict[str, str]) -> tuple[str | None, ...]:
    """The units a finding counts for; (None,) for "No owner"."""
    if finding.kind == "vacuum":
        return (None,)
    if finding.unit_ids:
        return tuple(dict.fromkeys(finding.unit_ids))
    units = tuple(dict.fromkeys(post_units[p] for p in finding.position_ids if p in post_units))
    return units or (None,)


def grey_areas_chart(session: Session, today: date) -> ChartData:
    """Only reads: the analysis' bulk SELECTs, the posts' units and the unit tree."""
    findings = visible_findings(session)
    post_units = dict(session.execute(select(Position.id, Position.unit_id).where(Position.deleted_at.is_(None))).all())
    counts: dict[str | None, Counter] = defaultdict(Counter)
    for f in findings:
        for unit in concerned_units(f, post_units):
            counts[unit][f.kind] += 1
    units = in_tree_order(session, {u for u in counts if u is not None})
    keys: list[str | None] = [u.id for u in units]
    categories: list[Text] = [u.name for u in units]
    if None in counts:
        keys.append(None)
        categories.append(msg(NO_OWNER))
    kinds = [k for k in FINDING_KINDS if any(counts[u][k] for u in keys)] or list(FINDING_KINDS)
    series = tuple(Series(msg(FINDING_KIND_LABELS[k]), tuple(counts[u][k] for u in keys), KIND_COLORS[k])
                   for k in kinds)
    return ChartData(KEY, msg(TITLE), tuple(categories), series, msg(VALUE), stacked=True, note=msg(NOTE),
                     keys=tuple(keys))


register_chart(KEY, grey_areas_chart, areas=("duties", "org", "customer_map"))
