"""概览: the overview charts (grey areas, action items, stationing coverage and whatever later
modules register), as plain values that the app's page and the handbook both draw."""

from desktop_app.overview.chart_data import EMPTY, ChartData, Series, Text, render
from desktop_app.overview.registry import (
    OVERVIEW_CHARTS, ChartLoader, ChartSource, chart_areas, load_overview, register_chart,
)

__all__ = ["EMPTY", "OVERVIEW_CHARTS", "ChartData", "ChartLoader", "ChartSource", "Series", "Text", "chart_areas",
           "load_overview", "register_chart", "render"]
