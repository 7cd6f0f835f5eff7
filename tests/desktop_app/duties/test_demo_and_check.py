"""The demo's duty boundaries (a realistic handful of every finding kind, deterministic), the
check command's summary lines, and an analysis of 3,000 work items that completes."""

from __future__ import annotations

import random
from collections import Counter
from datetime import datetime, timezone

import pytest
from sqlalchemy import func, insert, select

from desktop_app.demo import build_demo
from desktop_app.duties.grey_areas import analyse, review
from desktop_app.duties.matrix import load_matrix
from desktop_app.model import ChangeLog, DisputedItem, Position, PositionDuty, Unit, UnitDuty, WorkItem
from desktop_app.storage.integrity import check_database
from desktop_app.storage.open import open_database


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("duties-demo") / "demo.sqlite"
    database = open_database(path)
    build_demo(database)
    yield database, path
    database.dispose()


def test_demo_has_about_300_items_and_a_full_matrix(demo):
    db, _ = demo
    with db.read() as s:
        items = s.scalar(select(func.count()).select_from(WorkItem))
        statuses = Counter(s.scalars(select(WorkItem.status)))
        titles = s.scalars(select(WorkItem.title)).all()
        codes = s.scalars(select(WorkItem.code).order_by(WorkItem.code)).all()
        m = load_matrix(s)
        assert s.scalar(select(func.count()).select_from(DisputedItem)) >= 3
        assert s.scalar(select(func.count()).select_from(ChangeLog)) == 0
    assert items == 300 and len(set(titles)) == 300
    assert codes[0] == "ZZ-001" and codes[-1] == "ZZ-300"
    assert statuses["retired"] >= 5 and statuses["review"] >= 2
    assert "配网故障抢修" in titles and "用电报装受理" in titles and "电费回收" in titles
    assert len(m.columns) >= 40 and len(m.rows) == items - statuses["retired"]
    assert len(m.cells) > 3 * len(m.rows)


def test_demo_has_a_handful_of_every_finding_kind(demo):
    db, _ = demo
    with db.read() as s:
        result = review(s)
    kinds = Counter(f.kind for f in result.visible)
    assert 5 <= kinds["vacuum"] <= 10
    assert 3 <= kinds["overlap"] <= 10
    assert 3 <= kinds["gap"] <= 10
    assert 4 <= kinds["orphan"] <= 15
    rules = Counter(f.key.split(":")[0] for f in result.visible)
    assert {"overlap.units", "overlap.posts", "orphan.idle", "orphan.vacant", "orphan.inactive"} <= set(rules)
    assert len(result.explained) == 1 and result.explained[0].note


def test_check_prints_work_items_and_findings(demo):
    db, path = demo
    report = check_database(path)
    assert report.ok, report.problems
    lines = {label.render(): value for label, value in report.summary}
    with db.read() as s:
        visible = Counter(f.kind for f in review(s).visible)
    assert lines["Work items"] == 300
    assert lines["Grey areas (Vacuum)"] == visible["vacuum"]
    assert lines["Grey areas (Orphan)"] == visible["orphan"]
    assert lines["Grey areas (Handoff without commitment)"] == visible["handoff"] > 0  # from the customer map
    assert lines["Grey areas explained"] == 1


def snapshot(db):
    with db.read() as s:
        return (s.execute(select(WorkItem.id, WorkItem.code, WorkItem.title, WorkItem.status).order_by(WorkItem.code)).all(),
                s.execute(select(UnitDuty.work_item_id, UnitDuty.unit_id, UnitDuty.role).order_by(UnitDuty.id)).all(),
                s.execute(select(PositionDuty.work_item_id, PositionDuty.position_id, PositionDuty.role)
                          .order_by(PositionDuty.id)).all())


def test_the_same_seed_gives_the_same_duties(tmp_path):
    first, second = open_database(tmp_path / "a.sqlite"), open_database(tmp_path / "b.sqlite")
    try:
        build_demo(first, seed=7)
        build_demo(second, seed=7)
        assert snapshot(first) == snapshot(second)
    finally:
        first.dispose()
        second.dispose()


def test_scale_multiplies_the_work_items_with_distinct_titles(tmp_path):
    database = open_database(tmp_path / "two.sqlite")
    try:
        summary = build_demo(database, scale=2)
        with database.read() as s:
            titles = s.scalars(select(WorkItem.title)).all()
            codes = s.scalars(select(WorkItem.code).order_by(WorkItem.code)).all()
            kinds = Counter(f.kind for f in review(s).visible)
    finally:
        database.dispose()
    assert summary.counts["work_item"] == len(set(titles)) == 600
    assert codes[0] == "ZZ-001" and codes[-1] == "ZZ-600"
    assert kinds["vacuum"] >= 10 and kinds["gap"] >= 6


def test_an_analysis_of_3000_items_completes(db):
    """A generated company of 150 units, 450 posts, 3,000 items and about 20,000 cells."""
    rng = random.Random(3)
    now = datetime.now(timezone.utc)
    n = iter(range(10**6))

    def rec():
        return {"id": f"id-{next(n):07d}", "created_at": now, "updated_at": now, "updated_by": "", "version": 1}

    units = [{**rec(), "code": "C", "name": "公司", "kind": "company", "parent_id": None, "sort_order": 0, "active": True, "notes": ""}]
    for d in range(30):
        dept = {**rec(), "code": f"D{d}", "name": f"部门{d}", "kind": "department", "parent_id": units[0]["id"],
                "sort_order": d, "active": d != 7, "notes": ""}
        units.append(dept)
        units += [{**rec(), "code": f"D{d}T{t}", "name": f"部门{d}班组{t}", "kind": "team", "parent_id": dept["id"],
                   "sort_order": t, "active": True, "notes": ""} for t in range(4)]
    posts = [{**rec(), "code": f"{u['code']}-P{k}", "name": f"岗位{k}", "unit_id": u["id"], "category": "general",
              "quota": 1, "notes": ""} for u in units[1:] for k in range(3)]
    items = [{**rec(), "code": f"W{i:04d}", "title": f"事项{i}", "description": "", "line_id": None,
              "status": "active", "sort_order": i} for i in range(3000)]
    unit_duties, post_duties = [], []
    for item in items:
        chosen = rng.sample(units[1:], 5)
        for role, unit in zip("RACII", chosen):
            unit_duties.append({**rec(), "work_item_id": item["id"], "unit_id": unit["id"], "role": role})
        for post in rng.sample([p for p in posts if p["unit_id"] == chosen[0]["id"]], rng.choice((0, 1, 1, 2))):
            post_duties.append({**rec(), "work_item_id": item["id"], "position_id": post["id"], "role": "R"})
    with db.write() as s:
        for model, rows in ((Unit, units), (Position, posts), (WorkItem, items), (UnitDuty, unit_duties),
                            (PositionDuty, post_duties)):
            s.execute(insert(model), rows)
    with db.read() as s:
        found = Counter(f.kind for f in analyse(s))
        m = load_matrix(s)
    assert len(m.rows) == 3000 and len(m.columns) == 150
    assert found["gap"] > 100 and found["overlap"] > 100 and found["orphan"] > 100


def test_qualifiers_stay_distinct_at_any_scale():
    from desktop_app.demo.duties import _qualifier

    names = [_qualifier(copy) for copy in range(200)]
    assert len(set(names)) == 200 and names[0] == ""
