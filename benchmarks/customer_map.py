"""Internal customer map: reading and drawing the map (county and scale-10 demos, both levels),
and opening the page on the county demo until it is painted and its map drawn.

``measure(county, scale10)`` runs each measurement in fresh child processes:
``python -m benchmarks.customer_map draw PATH`` and ``… open PATH`` print JSON.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

from benchmarks.child import run_child
from benchmarks.report import Result, ms

DRAW_TARGET = 0.3
OPEN_TARGET = 0.5
OPENS = 3


def measure(county: Path, scale10: Path) -> list[Result]:
    results = []
    for name, path in (("county", county), ("scale-10", scale10)):
        draw = run_child("benchmarks.customer_map", "draw", str(path))
        for level, label in (("unit", "unit relations"), ("position", "post relations")):
            d = draw[level]
            median = statistics.median(d["seconds"])
            results.append(Result(
                f"customer map read, laid out and drawn, {name} demo, {label} ({d['nodes']} units, "
                f"{d['edges']} relations, {d['arrows']} arrows; median of {len(d['seconds'])})",
                ms(median), f"< {ms(DRAW_TARGET)}", median < DRAW_TARGET))
    opens = [run_child("benchmarks.customer_map", "open", str(county)) for _ in range(OPENS)]
    paint = statistics.median(o["paint"] for o in opens)
    drawn = statistics.median(o["drawn"] for o in opens)
    results.append(Result(f"customer map page opened to first paint, county demo (median of {OPENS} fresh processes)",
                          ms(paint), f"< {ms(OPEN_TARGET)}", paint < OPEN_TARGET))
    results.append(Result("customer map page: map drawn after opening, county demo (median)", ms(drawn),
                          "read off the GUI thread, after the first paint", None))
    return results


def draw_child(path: Path, runs: int = 5) -> dict:
    """``load_map`` in a fresh read session, then the map view's scene, each level; one
    warm-up run first."""
    from desktop_app.customer_map.graph import MapFilter, load_map
    from desktop_app.storage.open import open_database
    from ui.app import make_application
    from ui.customer_map.map_view import MapView

    make_application([])
    db = open_database(path, create=False)
    view = MapView()
    view.resize(900, 700)
    out = {}
    try:
        for level in ("unit", "position"):
            seconds = []
            for run in range(runs + 1):
                t = time.perf_counter()
                with db.read() as s:
                    graph = load_map(s, MapFilter(level=level))
                view.show_graph(graph)
                if run:
                    seconds.append(time.perf_counter() - t)
            out[level] = {"seconds": seconds, "nodes": len(graph.nodes), "edges": len(graph.edges),
                          "arrows": view.arrow_count()}
    finally:
        db.dispose()
    return out


def open_child(path: Path) -> dict:
    """From the click on 内部客户地图 to the page's first paint, and to its map drawn."""
    from benchmarks.page_open import open_page

    # connected after the page's own slot, so it fires once show_graph has drawn the map
    paint, drawn, _page = open_page(path, "customer_map", "CustomerMapPage",
                                    lambda page, mark: page.reader.done.connect(lambda _graph: mark()), "drawn")
    return {"paint": paint, "drawn": drawn}


if __name__ == "__main__":  # draw PATH | open PATH: prints JSON
    command, where = sys.argv[1], Path(sys.argv[2])
    print(json.dumps(draw_child(where) if command == "draw" else open_child(where)))
