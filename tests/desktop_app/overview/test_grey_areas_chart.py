"""Grey areas by unit: open findings per unit and kind, in tree order, vacuums under
"No owner", explained findings left out."""

from __future__ import annotations

from datetime import date

from desktop_app.duties.grey_areas import Finding, explain, visible_findings
from desktop_app.i18n import Message, msg
from desktop_app.overview import load_overview, render
from desktop_app.overview.grey_areas import concerned_units, grey_areas_chart
from tests.desktop_app.duties.helpers import add_item, set_roles

TODAY = date(2026, 5, 20)


def build(db, org) -> None:
    """W1 owned by the station and the department (an overlap of units), broken down to the
    team's post (no gap at the station) but to no post of the department (a gap there); W2
    owned by nobody (a vacuum); the vacant posts 所长 (S) and 专责 (D) have no duties (idle)."""
    w1, _w2 = add_item(db, "W1", "配网抢修"), add_item(db, "W2", "电费回收")
    set_roles(db, [(w1, org.station, "R"), (w1, org.dept, "R")])
    set_roles(db, [(w1, org.worker, "R")], "position")


def chart(db):
    with db.read() as s:
        return grey_areas_chart(s, TODAY)


def table(c) -> dict:
    return {render(cat): dict(zip((str(s.name) for s in c.series), c.values_at(i)))
            for i, cat in enumerate(c.categories)}


def test_findings_count_for_every_unit_they_concern_in_tree_order(db, org):
    build(db, org)
    c = chart(db)
    assert [render(x) for x in c.categories] == ["城关供电所", "运检部", "No owner"]
    assert c.keys == (org.station, org.dept, None)
    assert [str(s.name) for s in c.series] == ["Vacuum", "Overlap", "Gap", "Orphan"]  # no handoffs: no series
    assert table(c) == {
        "城关供电所": {"Vacuum": 0, "Overlap": 1, "Gap": 0, "Orphan": 1},
        "运检部": {"Vacuum": 0, "Overlap": 1, "Gap": 1, "Orphan": 1},
        "No owner": {"Vacuum": 1, "Overlap": 0, "Gap": 0, "Orphan": 0},
    }
    assert c.stacked and c.totals() == (2, 3, 1)
    assert isinstance(c.categories[-1], Message)  # translated, unlike the units' names


def test_an_explained_finding_leaves_the_chart(db, org):
    build(db, org)
    with db.write() as s:
        gap = next(f for f in visible_findings(s) if f.kind == "gap")
        explain(s, gap, "运检部按项目制管理，不分解到岗")
    c = chart(db)
    assert "Gap" not in [str(s.name) for s in c.series]
    assert table(c)["运检部"] == {"Vacuum": 0, "Overlap": 1, "Orphan": 1}


def test_nothing_to_report_is_an_empty_chart(db):
    c = chart(db)
    assert c.empty and c.categories == () and all(s.values == () for s in c.series)


def test_a_handoff_between_posts_counts_for_the_posts_units():
    def finding(kind, units=(), posts=()):
        return Finding(kind, "medium", msg("x"), units, (), posts, f"{kind}:1", "fp")

    posts = {"p1": "u1", "p2": "u2", "p3": "u1"}
    assert concerned_units(finding("handoff", posts=("p1", "p2")), posts) == ("u1", "u2")
    assert concerned_units(finding("handoff", posts=("p1", "p3")), posts) == ("u1",)
    assert concerned_units(finding("handoff", units=("u2", "u1")), posts) == ("u2", "u1")
    assert concerned_units(finding("vacuum", units=("u1",)), posts) == (None,)  # owned only by inactive u1


def test_the_overview_lists_the_built_in_charts_in_order(db, org):
    build(db, org)
    with db.read() as s:
        charts = load_overview(s, TODAY)
    assert [c.key for c in charts] == ["grey_areas", "action_items", "stationing"]
    assert charts[0] == chart(db)
