"""The map's graph on the small organisation: nodes grouped by line, edges of one level, the
filters, and a layout whose labels never overlap whatever their widths."""

from __future__ import annotations

from itertools import combinations

from desktop_app.customer_map.graph import Box, MapFilter, layout_map, load_map
from tests.desktop_app.customer_map.helpers import add_relation


def graph(db, **flt):
    with db.read() as s:
        return load_map(s, MapFilter(**flt))


def test_nodes_are_grouped_by_line_and_edges_are_relations(db, org):
    a = add_relation(db, "unit", org.dept, org.station, "安全检查", commitment="五日内反馈", status="active")
    b = add_relation(db, "unit", org.team, org.dept, "缺陷上报")
    add_relation(db, "unit", org.dept, org.company, "月度报表", status="retired")  # not shown by default
    g = graph(db)
    assert [(grp.id, grp.name, grp.node_ids) for grp in g.groups] == [
        (org.line, "生产条线", (org.station, org.team)), ("", "测试公司", (org.dept,))]
    assert {e.relation_id: (e.provider_unit_id, e.customer_unit_id, e.committed) for e in g.edges} == {
        a: (org.dept, org.station, True), b: (org.team, org.dept, False)}
    assert g.nodes[org.team].group_id == org.line and g.nodes[org.dept].group_id == ""
    retired = graph(db, statuses=("retired",))
    assert [e.customer_unit_id for e in retired.edges] == [org.company]
    assert [grp.node_ids for grp in retired.groups] == [(org.station,), (org.company, org.dept)]


def test_filters_by_unit_line_and_level(db, org):
    add_relation(db, "unit", org.dept, org.station, "安全检查")
    add_relation(db, "unit", org.team, org.dept, "缺陷上报")
    add_relation(db, "unit", org.dept, org.company, "月度报表")
    by_unit = graph(db, unit_id=org.station)
    assert [(e.provider_label, e.customer_label) for e in by_unit.edges] == [("运检部", "城关供电所")]
    assert set(by_unit.nodes) == {org.station, org.dept}
    by_line = graph(db, line_id=org.line)
    assert {e.service_item for e in by_line.edges} == {"安全检查", "缺陷上报"}  # either end in the line
    assert org.company not in by_line.nodes
    lonely = graph(db, unit_id=org.company, statuses=("active",))
    assert lonely.edges == () and list(lonely.nodes) == [org.company]
    internal = add_relation(db, "position", org.head, org.worker, "抢修派工")
    across = add_relation(db, "position", org.clerk, org.head, "作业指导")
    posts = graph(db, level="position")
    edges = {e.relation_id: e for e in posts.edges}
    assert set(edges) == {internal, across}
    assert (edges[across].provider_unit_id, edges[across].customer_unit_id) == (org.dept, org.station)
    assert edges[across].provider_label == "专责 · 运检部" and edges[across].customer_position_id == org.head
    assert not edges[across].internal
    assert (edges[internal].provider_unit_id, edges[internal].customer_unit_id) == (org.station, org.team)
    assert [e.relation_id for e in graph(db, level="position", unit_id=org.dept).edges] == [across]


def no_overlaps(boxes) -> bool:
    return not any(a.overlaps(b) for a, b in combinations(boxes, 2))


def test_the_layout_never_overlaps_labels(db, org):
    add_relation(db, "unit", org.dept, org.station, "安全检查")
    add_relation(db, "unit", org.team, org.company, "缺陷上报")
    g = graph(db)
    for width in (lambda t: 10.0, lambda t: 18.0 * len(t), lambda t: 300.0):
        lay = layout_map(g, width, max_rows=1)
        assert set(lay.nodes) == set(g.nodes) and no_overlaps(lay.nodes.values())
        assert all(lay.nodes[n].width >= width(g.nodes[n].name) for n in g.nodes)
        for grp in g.groups:  # each group's band holds its nodes and no other group's
            band = lay.groups[grp.id]
            for n in grp.node_ids:
                box = lay.nodes[n]
                assert band.x <= box.x and box.x + box.width <= band.x + band.width
        assert no_overlaps(lay.groups.values())
    assert layout_map(g, len) == layout_map(g, len)


def test_box_overlap():
    assert Box(0, 0, 10, 10).overlaps(Box(5, 5, 10, 10))
    assert not Box(0, 0, 10, 10).overlaps(Box(10, 0, 10, 10))  # touching is not overlapping
    assert Box(0, 0, 10, 4).center == (5, 2)
