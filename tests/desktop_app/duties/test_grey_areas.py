"""Grey-area analysis on hand-built cases: every finding kind and its edge cases, and explained
findings that stay hidden until their data changes."""

from __future__ import annotations

import pytest

from desktop_app.duties import grey_areas
from desktop_app.duties.grey_areas import Handoff, analyse, explain, review, unexplain, visible_findings
from desktop_app.model import Position, Staff, WorkItem
from desktop_app.model.base import utcnow
from tests.desktop_app.duties.helpers import add_item, add_post, set_roles, set_unit


def findings(db, kind: str | None = None, item: str | None = None):
    with db.read() as s:
        out = analyse(s)
    return [f for f in out if (kind is None or f.kind == kind) and (item is None or item in f.work_item_ids)]


def rules(found) -> list[str]:
    return sorted(f.key.split(":")[0] for f in found)


def test_an_item_owned_once_and_broken_down_has_no_finding(db, org):
    item = add_item(db, "W1", "配网故障抢修")
    set_roles(db, [(item, org.station, "R"), (item, org.dept, "C")])
    set_roles(db, [(item, org.worker, "R")], "position")  # a post of the station's team
    assert findings(db, item=item) == []


def test_vacuum_nobody_owns(db, org):
    active, review_ = add_item(db, "W1", "电费回收"), add_item(db, "W2", "用电报装受理", status="review")
    set_roles(db, [(active, org.dept, "C")])
    found = findings(db, "vacuum")
    assert [(f.work_item_ids, f.severity) for f in found] == [((review_,), "medium"), ((active,), "high")] \
        or [(f.work_item_ids, f.severity) for f in found] == [((active,), "high"), ((review_,), "medium")]
    f = next(f for f in found if f.work_item_ids == (active,))
    assert str(f.message) == "Nobody owns \u201c电费回收 (W1)\u201d." and f.unit_ids == ()
    assert f.key == f"vacuum:{active}"


def test_retired_items_are_ignored_everywhere(db, org):
    item = add_item(db, "W1")
    set_roles(db, [(item, org.station, "R"), (item, org.dept, "R")])
    set_roles(db, [(item, org.clerk, "R")], "position")
    assert findings(db, item=item)
    with db.write() as s:
        s.get(WorkItem, item).status = "retired"
    assert findings(db, item=item) == []
    idle = {f.position_ids[0] for f in findings(db, "orphan") if f.key.startswith("orphan.idle")}
    assert org.clerk in idle  # a duty on a retired item is no duty


def test_an_item_owned_only_by_an_inactive_unit_is_a_vacuum_and_an_orphan(db, org):
    item = add_item(db, "W1", "农网工程项目管理")
    set_roles(db, [(item, org.dept, "R")])
    set_unit(db, org.dept, active=False)
    vacuum = findings(db, "vacuum", item)
    assert len(vacuum) == 1 and vacuum[0].unit_ids == (org.dept,) and "运检部" in str(vacuum[0].message)
    orphan = [f for f in findings(db, "orphan") if f.key == f"orphan.inactive:{org.dept}"]
    assert len(orphan) == 1 and orphan[0].work_item_ids == (item,)
    assert not [f for f in findings(db, "gap") if org.dept in f.unit_ids]
    assert not [f for f in findings(db, "orphan") if f.key == f"orphan.idle:{org.clerk}"]  # closed unit's post


def test_overlap_of_units_and_of_posts_within_a_unit(db, org):
    item = add_item(db, "W1", "客户投诉处理")
    set_roles(db, [(item, org.station, "R"), (item, org.dept, "R")])
    found = findings(db, "overlap", item)
    assert rules(found) == ["overlap.units"]
    assert found[0].severity == "high" and set(found[0].unit_ids) == {org.station, org.dept}
    assert "2 units own" in str(found[0].message)
    set_unit(db, org.dept, active=False)  # an inactive owner is an orphan, not an overlap
    assert findings(db, "overlap", item) == []
    set_unit(db, org.dept, active=True)
    set_roles(db, [(item, org.dept, "A")])
    second = add_post(db, org.team, "P-W2", "运维岗二", held=True)
    set_roles(db, [(item, org.worker, "R"), (item, second, "R"), (item, org.head, "R")], "position")
    found = findings(db, "overlap", item)
    assert rules(found) == ["overlap.posts"]  # 所长 is in the station itself, not in the team
    assert found[0].unit_ids == (org.team,) and set(found[0].position_ids) == {org.worker, second}
    assert found[0].severity == "medium"


def test_gap_when_no_post_inside_owns_the_item(db, org):
    item = add_item(db, "W1", "安全生产检查")
    set_roles(db, [(item, org.dept, "R")])
    gap = findings(db, "gap", item)
    assert len(gap) == 1 and gap[0].severity == "medium" and gap[0].key == f"gap:{item}:{org.dept}"
    set_roles(db, [(item, org.clerk, "C")], "position")
    gap = findings(db, "gap", item)
    assert gap[0].severity == "low" and gap[0].position_ids == (org.clerk,)
    set_roles(db, [(item, org.worker, "R")], "position")  # a post of another unit does not count
    assert len(findings(db, "gap", item)) == 1
    set_roles(db, [(item, org.clerk, "R")], "position")
    assert findings(db, "gap", item) == []


def test_a_units_duty_done_in_its_sub_unit_is_no_gap_unless_that_unit_closed(db, org):
    item = add_item(db, "W1")
    set_roles(db, [(item, org.station, "R")])
    set_roles(db, [(item, org.worker, "R")], "position")
    assert findings(db, "gap", item) == []
    set_unit(db, org.team, active=False)
    assert len(findings(db, "gap", item)) == 1


def test_orphans_idle_posts_vacant_posts_and_inactive_units(db, org):
    item = add_item(db, "W1", "物资领用审批")
    set_roles(db, [(item, org.station, "R")])
    set_roles(db, [(item, org.worker, "R")], "position")
    orphan = {f.key.split(":")[0] + ":" + ",".join(f.position_ids or f.unit_ids): f for f in findings(db, "orphan")}
    assert set(orphan) == {f"orphan.idle:{org.head}", f"orphan.idle:{org.clerk}"}
    assert str(orphan[f"orphan.idle:{org.head}"].message) == "The post 所长 of 城关供电所 has no duties."
    set_roles(db, [(item, org.head, "A"), (item, org.clerk, "R")], "position")  # both vacant
    vacant = {f.position_ids[0]: f for f in findings(db, "orphan")}
    assert set(vacant) == {org.head, org.clerk}
    assert vacant[org.head].severity == "low" and vacant[org.clerk].severity == "medium"
    assert "vacant" in str(vacant[org.clerk].message) and vacant[org.clerk].work_item_ids == (item,)
    with db.write() as s:
        s.add(Staff(employee_no="X1", name="新所长", position_id=org.head))
    assert [f.position_ids for f in findings(db, "orphan")] == [(org.clerk,)]
    with db.write() as s:
        s.get(Position, org.clerk).deleted_at = utcnow()  # deleted posts don't exist for analysis
    assert findings(db, "orphan") == []


def test_findings_are_sorted_by_kind_then_unit(db, org):
    a, b = add_item(db, "W1"), add_item(db, "W2")
    set_roles(db, [(a, org.dept, "R"), (a, org.station, "R")])
    kinds = [f.kind for f in findings(db)]
    assert kinds == sorted(kinds, key=["vacuum", "overlap", "gap", "orphan", "handoff"].index)
    gaps = [f.sort_name for f in findings(db, "gap")]
    assert gaps == sorted(gaps)
    assert b in findings(db, "vacuum")[0].work_item_ids


def test_an_explained_finding_stays_hidden_until_its_data_changes(db, org):
    item = add_item(db, "W1", "台区线损管理")
    set_roles(db, [(item, org.dept, "R")])
    (gap,) = findings(db, "gap")
    with db.write() as s:
        explain(s, gap, "由专责兼管，已确认")
    with db.read() as s:
        result = review(s)
        assert gap.key not in [f.key for f in result.visible]
        assert [(e.finding.key, e.note) for e in result.explained] == [(gap.key, "由专责兼管，已确认")]
    set_roles(db, [(item, org.station, "I")])  # not what the gap is about: stays hidden
    with db.read() as s:
        assert gap.key not in [f.key for f in visible_findings(s)]
    set_roles(db, [(item, org.clerk, "C")], "position")  # a post inside the unit: shown again
    with db.read() as s:
        result = review(s)
        assert gap.key in [f.key for f in result.visible]
        assert result.outdated_notes == {gap.key: "由专责兼管，已确认"}
    (changed,) = findings(db, "gap")
    with db.write() as s:
        explain(s, changed, "再次确认")
    with db.read() as s:
        assert gap.key not in [f.key for f in visible_findings(s)]
    with db.write() as s:
        s.get(WorkItem, item).title = "台区线损治理"  # the item itself changed
    with db.read() as s:
        assert gap.key in [f.key for f in visible_findings(s)]
    (renamed,) = findings(db, "gap")
    with db.write() as s:
        explain(s, renamed, "第三次")
    with db.write() as s:
        assert unexplain(s, gap.key) is True
        assert unexplain(s, gap.key) is False
    with db.read() as s:
        assert gap.key in [f.key for f in visible_findings(s)]


def test_an_explanation_from_an_outdated_analysis_hides_nothing(db, org):
    item = add_item(db, "W1")
    (vacuum,) = findings(db, "vacuum")
    set_roles(db, [(item, org.dept, "C"), (item, org.station, "R")])
    set_roles(db, [(item, org.station, "C")])  # the owner came and went: same key, other data
    with db.write() as s:
        explain(s, vacuum, "过时")
    with db.read() as s:
        assert vacuum.key in [f.key for f in visible_findings(s)]


def test_fingerprints_are_stable_and_the_same_through_plain_sqlite(db, org, db_path):
    import sqlite3

    item = add_item(db, "W1")
    set_roles(db, [(item, org.dept, "R"), (item, org.station, "R")])
    first, second = findings(db), findings(db)
    assert [(f.key, f.fingerprint) for f in first] == [(f.key, f.fingerprint) for f in second]
    con = sqlite3.connect(db_path)
    try:
        plain = grey_areas.analyse_with(grey_areas.sqlite_executor(con))
    finally:
        con.close()
    assert [(f.key, f.fingerprint) for f in plain] == [(f.key, f.fingerprint) for f in first]


def test_handoff_sources_plug_in(db, org, monkeypatch):
    monkeypatch.setattr(grey_areas, "_HANDOFF_SOURCES", [])
    assert findings(db, "handoff") == []

    def source(execute):
        return [Handoff("业扩报装", org.station, "城关供电所", org.dept, "运检部", "unit", False, (("x", 1),)),
                Handoff("业扩报装", org.dept, "运检部", org.team, "运维班", "unit", True)]

    grey_areas.register_handoff_source(source)
    grey_areas.register_handoff_source(source)  # once only
    (found,) = findings(db, "handoff")
    assert found.unit_ids == (org.station, org.dept) and found.severity == "medium"
    assert "城关供电所" in str(found.message) and "业扩报装" in str(found.message)


@pytest.mark.parametrize("kind", ["vacuum", "overlap", "gap", "orphan"])
def test_messages_translate_to_chinese_when_catalogued(db, org, kind):
    a = add_item(db, "W1", "配网故障抢修")
    set_roles(db, [(a, org.station, "R"), (a, org.dept, "R")])
    add_item(db, "W2")
    for f in findings(db, kind):
        assert f.message.render()  # formats with every argument
