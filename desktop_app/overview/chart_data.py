"""What an overview chart is, whoever draws it: categories (units, stations) down the side,
one or more series of values across, stacked or side by side.

The app draws it with pyqtgraph and the handbook with reportlab's vector graphics, from the
same value, so the two never disagree. Labels are core Messages (English templates that the
interface translates; the handbook renders them with ``translator("zh_CN")``); category names
are user data (unit names) and stay plain strings, except the few categories the charts make
up themselves ("No owner"), which are Messages too. Use ``render`` on any of them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Union

from desktop_app.i18n import QT_TRANSLATE_NOOP, Message, Translate

__all__ = ["EMPTY", "ChartData", "Series", "Text", "render"]

EMPTY = QT_TRANSLATE_NOOP("Core", "Nothing to report.")  # what an empty chart shows instead of bars

Text = Union[str, Message]
"""A user's text (a unit's name), shown as it is, or a Message, shown translated."""


def render(text: Text, translate: Translate = lambda t: t) -> str:
    """The text to show: a Message translated by ``translate``, a plain string as it is."""
    return text.render(translate) if isinstance(text, Message) else text


@dataclass(frozen=True)
class Series:
    """One series: a value per category of its chart, in the chart's category order."""

    name: Message
    values: tuple[float, ...]
    color: str  # "#RRGGBB", the same in the app and in print


@dataclass(frozen=True)
class ChartData:
    """One bar chart, categories top to bottom in the order given (the organisation tree's).

    ``keys`` names what each category is (a unit id; None for a made-up category such as
    "No owner"), so a view can link a bar to its unit. ``maximum`` fixes the end of the value
    axis where the values have a natural ceiling (4 quarters); None: from the data. ``integer``
    values are counts: axes tick on whole numbers and labels show no decimals. A chart may have
    no categories (nothing to report): draw it as empty, don't drop it silently."""

    key: str  # stable identity, e.g. "grey_areas"; also the PNG's file name stem
    title: Message
    categories: tuple[Text, ...]
    series: tuple[Series, ...]
    value_label: Message  # what the values count, for the value axis
    stacked: bool = False
    note: Message | None = None  # how to read the chart (what counts, where made-up categories come from)
    keys: tuple[str | None, ...] = ()
    maximum: float | None = None
    integer: bool = True

    def __post_init__(self) -> None:
        for s in self.series:
            if len(s.values) != len(self.categories):
                raise ValueError(f"{self.key}: series has {len(s.values)} values for {len(self.categories)} categories")
        if self.keys and len(self.keys) != len(self.categories):
            raise ValueError(f"{self.key}: {len(self.keys)} keys for {len(self.categories)} categories")

    @property
    def empty(self) -> bool:
        return not self.categories

    def values_at(self, index: int) -> tuple[float, ...]:
        """The values of category ``index``, one per series."""
        return tuple(s.values[index] for s in self.series)

    def totals(self) -> tuple[float, ...]:
        """Per category: the sum of the series (a stacked bar's length)."""
        return tuple(sum(self.values_at(i)) for i in range(len(self.categories)))

    def extent(self) -> float:
        """The value axis' end: ``maximum`` when fixed (or exceeded), else the longest bar, at least 1."""
        longest = max(self.totals() if self.stacked else (v for s in self.series for v in s.values), default=0)
        return max(float(self.maximum or 0), float(longest), 1.0)

    def axis(self, ticks: int = 6) -> tuple[float, float]:
        """The value axis both renderers draw: (end, step), the end a whole number of steps
        at or past ``extent()``, at most about ``ticks`` steps of 1, 2 or 5 × 10^n (whole for
        counts). Drawn from 0."""
        extent = self.extent()
        step = 10 ** math.floor(math.log10(extent / ticks)) if extent > ticks else (1 if self.integer else 0.1)
        for factor in (1, 2, 5, 10):
            if extent / (step * factor) <= ticks:
                step *= factor
                break
        if self.integer:
            step = max(1, round(step))
        return math.ceil(extent / step - 1e-9) * step, step

    def format(self, value: float) -> str:
        return str(round(value)) if self.integer else f"{value:g}"
