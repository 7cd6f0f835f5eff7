"""The printed table: what was measured, the value, the reference or target, the verdict."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Result:
    what: str
    value: str
    reference: str
    ok: bool | None  # None: no target, shown for information


def _verdict(ok: bool | None) -> str:
    return "—" if ok is None else "OK" if ok else "SLOW"


def print_table(results: list[Result]) -> None:
    rows = [("measurement", "value", "reference / target", "verdict")]
    rows += [(r.what, r.value, r.reference, _verdict(r.ok)) for r in results]
    widths = [max(_width(row[i]) for row in rows) for i in range(4)]
    for n, row in enumerate(rows):
        print(" | ".join(cell + " " * (w - _width(cell)) for cell, w in zip(row, widths)).rstrip())
        if n == 0:
            print("-+-".join("-" * w for w in widths))


def _width(text: str) -> int:
    """Columns on a terminal: CJK characters take two."""
    return sum(2 if "\u2e80" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef" else 1 for ch in text)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:,.0f} ms"
