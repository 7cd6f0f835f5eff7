"""The demo's customer map (sizes, soundness, a few handoffs without commitment, deterministic,
scaled), its map laid out without overlapping labels, its cards, its Excel round trip, and the
check command's lines."""

from __future__ import annotations

from collections import Counter
from itertools import combinations

import pytest
from sqlalchemy import func, select

from desktop_app.customer_map.cards import service_card, service_cards
from desktop_app.customer_map.graph import MapFilter, layout_map, load_map
from desktop_app.customer_map.handoffs import find_proposals
from desktop_app.customer_map.texts import handbook_texts
from desktop_app.customer_map.xlsx import export_relations_xlsx, import_relations_xlsx
from desktop_app.demo import build_demo
from desktop_app.duties.grey_areas import review
from desktop_app.model import (
    BusinessProcess, ChangeLog, PositionRelation, ProcessStep, Unit, UnitRelation,
)
from desktop_app.storage.integrity import check_database
from desktop_app.storage.open import open_database


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("customer-map-demo") / "demo.sqlite"
    database = open_database(path)
    build_demo(database)
    yield database, path
    database.dispose()


def unit_id(db, name: str) -> str:
    with db.read() as s:
        return s.scalar(select(Unit.id).where(Unit.name == name))


def test_demo_sizes_and_a_sound_map(demo):
    db, _ = demo
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(UnitRelation)) == 150
        assert s.scalar(select(func.count()).select_from(PositionRelation)) == 300
        assert s.scalar(select(func.count()).select_from(BusinessProcess)) == 10
        steps = Counter(s.scalars(select(ProcessStep.process_id)))
        statuses = Counter(s.scalars(select(UnitRelation.status)))
        for m, a, b in ((UnitRelation, UnitRelation.provider_unit_id, UnitRelation.customer_unit_id),
                        (PositionRelation, PositionRelation.provider_position_id, PositionRelation.customer_position_id)):
            assert s.scalar(select(func.count()).select_from(m).where(a == b)) == 0
            keys = s.execute(select(a, b, m.service_item)).all()
            assert len(set(keys)) == len(keys)
            assert s.scalar(select(func.count()).select_from(m).where(m.status == "active", m.commitment == "")) == 0
        assert s.scalar(select(func.count()).select_from(ChangeLog)) == 0
        texts = handbook_texts(s)
    assert len(steps) == 10 and min(steps.values()) >= 3
    assert statuses["active"] > 100 and statuses["draft"] >= 5 and statuses["retired"] >= 2
    assert all(t.stored for t in texts)


def test_demo_has_a_few_handoffs_without_commitment_and_proposals(demo):
    db, _ = demo
    with db.read() as s:
        result = review(s)
        proposals = find_proposals(s)
    handoffs = [f for f in result.visible if f.kind == "handoff"]
    assert 3 <= len(handoffs) <= 8
    assert {bool(f.unit_ids) for f in handoffs} == {True, False}  # at unit and at post level
    assert {p.level for p in proposals} == {"unit", "position"} and len(proposals) < len(handoffs)


def test_check_prints_relations_and_handoffs(demo):
    db, path = demo
    report = check_database(path)
    assert report.ok, report.problems
    lines = [(label.render(), value) for label, value in report.summary]
    keys = [k for k, _ in lines]
    assert keys.index("Service relations (unit level)") > keys.index("Grey areas explained")  # after the duties
    found = dict(lines)
    with db.read() as s:
        handoffs = sum(1 for f in review(s).visible if f.kind == "handoff")
    assert found["Service relations (unit level)"] == 150 and found["Service relations (post level)"] == 300
    assert found["Business processes"] == 10
    assert found["Handoffs without commitment"] == handoffs == found["Grey areas (Handoff without commitment)"]


def cjk_width(text: str) -> float:
    return 13.0 * len(text)


def test_the_county_map_is_laid_out_without_overlapping_labels(demo):
    db, _ = demo
    with db.read() as s:
        whole = load_map(s)
        lines = [g.id for g in whole.groups]
        station = load_map(s, MapFilter(unit_id=unit_id(db, "城关供电所")))
        marketing = load_map(s, MapFilter(line_id=unit_id(db, "营销条线")))
        posts = load_map(s, MapFilter(level="position"))
    assert 28 <= len(whole.nodes) <= 45 and len(whole.edges) >= 140
    assert [g.name for g in whole.groups] == ["生产条线", "营销条线", "综合管理条线"] and len(lines) == 3
    for graph in (whole, station, marketing, posts):
        lay = layout_map(graph, cjk_width)
        assert set(lay.nodes) == set(graph.nodes)
        assert not any(a.overlaps(b) for a, b in combinations(lay.nodes.values(), 2))
        assert lay.width > 0 and lay.height > 0 and lay.width < 6 * lay.height  # readable proportions
    chosen = unit_id(db, "城关供电所")
    assert all(chosen in (e.provider_unit_id, e.customer_unit_id) for e in station.edges) and station.edges
    assert all(marketing.nodes[e.provider_unit_id].group_id == lines[1] or marketing.nodes[e.customer_unit_id].group_id == lines[1]
               for e in marketing.edges)
    assert any(e.internal for e in posts.edges) and any(not e.internal for e in posts.edges)


def test_a_department_card_lists_its_stations(demo):
    db, _ = demo
    with db.read() as s:
        card = service_card(s, unit_id(db, "运维检修部"))
        cards = service_cards(s)
    assert len({c.partner_id for c in card.provides}) >= 5 and card.receives
    assert all(line.commitment for line in card.provides)
    assert card.post_provides or card.post_receives
    assert 40 <= len(cards) <= 89


def test_the_demo_map_round_trips_through_excel(demo, tmp_path):
    db, _ = demo
    path = tmp_path / "map.xlsx"
    summary = export_relations_xlsx(db, path)
    assert (summary.unit, summary.position) == (150, 300)
    result = import_relations_xlsx(db, path)
    assert result.ok and result.unit.updated == result.unit.inserted == result.position.updated == 0
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(ChangeLog)) == 0


def snapshot(db):
    with db.read() as s:
        return (s.execute(select(UnitRelation.id, UnitRelation.service_item, UnitRelation.status).order_by(UnitRelation.id)).all(),
                s.execute(select(ProcessStep.id, ProcessStep.name, ProcessStep.owner_unit_id).order_by(ProcessStep.id)).all())


def test_the_same_seed_gives_the_same_map_and_scale_multiplies_it(tmp_path):
    first, second, double = (open_database(tmp_path / f"{n}.sqlite") for n in ("a", "b", "c"))
    try:
        build_demo(first, seed=7)
        build_demo(second, seed=7)
        assert snapshot(first) == snapshot(second)
        summary = build_demo(double, seed=7, scale=2)
        with double.read() as s:
            names = s.scalars(select(BusinessProcess.name)).all()
            handoffs = sum(1 for f in review(s).visible if f.kind == "handoff")
    finally:
        for database in (first, second, double):
            database.dispose()
    counts = summary.counts
    assert (counts["unit_relation"], counts["position_relation"], counts["business_process"]) == (300, 600, 20)
    assert len(set(names)) == 20 and handoffs >= 4
