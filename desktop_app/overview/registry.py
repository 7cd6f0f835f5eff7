"""The charts of the overview page, registered by the modules that own their data.

A module adds a chart with ``register_chart(key, loader, areas)``; the page and the handbook
get every chart with ``load_overview`` and never list them themselves, so a later module's
chart appears in both without touching either. A loader takes a read Session and the day to
judge by, only reads (a few bulk SELECTs, no query per unit), and returns a ``ChartData``
of plain values. ``areas`` are the change areas (``Changes``) its data comes from: the page
reloads when one of them changed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from desktop_app.overview.chart_data import ChartData

__all__ = ["ChartLoader", "ChartSource", "OVERVIEW_CHARTS", "chart_areas", "load_overview", "register_chart"]

ChartLoader = Callable[[Session, date], ChartData]


@dataclass(frozen=True)
class ChartSource:
    key: str
    loader: ChartLoader
    areas: frozenset[str]


OVERVIEW_CHARTS: list[ChartSource] = []
"""In the order the page shows them: the order of registration."""


def register_chart(key: str, loader: ChartLoader, areas: Iterable[str] = ()) -> ChartLoader:
    """Adds a chart, or replaces the one with the same ``key`` in its place (so importing a
    module twice registers it once). Returns ``loader``."""
    source = ChartSource(key, loader, frozenset(areas))
    for i, existing in enumerate(OVERVIEW_CHARTS):
        if existing.key == key:
            OVERVIEW_CHARTS[i] = source
            return loader
    OVERVIEW_CHARTS.append(source)
    return loader


def chart_areas() -> frozenset[str]:
    """Every change area some chart reads."""
    return frozenset(a for source in OVERVIEW_CHARTS for a in source.areas)


def load_overview(session: Session, today: date) -> list[ChartData]:
    """Every registered chart, in order, as of ``today``. Only reads; returns plain values."""
    return [source.loader(session, today) for source in OVERVIEW_CHARTS]


# the built-in charts register themselves, in this order (they import this module)
from desktop_app.overview import grey_areas, action_items, stationing  # noqa: E402,F401,I001
