"""The work item and disputed item tables: defaults, the line column, owners, delete and restore."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.duties.matrix import load_matrix
from desktop_app.duties.tables import DISPUTES, WORK_ITEMS
from desktop_app.tables.choices import ref_choices
from desktop_app.tables.edits import CellEdit, create_row, restore, soft_delete, update_cell
from desktop_app.tables.query import TableQuery
from desktop_app.tables.spec import spec_for
from desktop_app.tables.values import CellError, text_to_value
from tests.desktop_app.duties.helpers import set_roles
from tests.factories import make_org

SAME = lambda text: text  # noqa: E731


def rows(db, spec, **filters):
    with db.read() as s:
        return TableQuery(spec, filters=tuple(filters.items())).page(s, None, 100)


def test_registered_and_new_items_get_the_next_code(db):
    assert spec_for("work_item") is WORK_ITEMS and spec_for("disputed_item") is DISPUTES
    with db.write() as s:
        first = create_row(s, WORK_ITEMS, {}, SAME)
        second = create_row(s, WORK_ITEMS, {"title": "配网故障抢修", "code": "W0003"}, SAME)
        third = create_row(s, WORK_ITEMS, {}, SAME)
    found = {r.id: r.values for r in rows(db, WORK_ITEMS)}
    code, title, _line, status, _owners, order, _desc = found[first]
    assert (code, title, status, order) == ("W0001", "New work item", "active", 1)
    assert found[second][0] == "W0003" and found[third][0] == "W0004" and found[third][5] == 3


def test_the_line_must_be_a_business_line(db):
    org = make_org(db)
    with db.write() as s:
        item = create_row(s, WORK_ITEMS, {"title": "电费回收"}, SAME)
        assert [c.id for c in ref_choices(s, WORK_ITEMS.column("line_id").ref)] == [org.line]
        assert text_to_value(s, WORK_ITEMS.column("line_id"), "生产条线", SAME) == org.line
        update_cell(s, WORK_ITEMS, CellEdit(item, 1, "line_id", org.line))
        with pytest.raises(CellError, match="business line"):
            update_cell(s, WORK_ITEMS, CellEdit(item, 2, "line_id", org.station))
    (row,) = rows(db, WORK_ITEMS)
    assert row.values[2] == org.line and row.labels[2] == "生产条线"


def test_owners_column_and_unit_filter(db):
    org = make_org(db)
    with db.write() as s:
        item = create_row(s, WORK_ITEMS, {"title": "配网故障抢修"}, SAME)
        other = create_row(s, WORK_ITEMS, {"title": "电费回收"}, SAME)
    set_roles(db, [(item, org.station, "R"), (item, org.dept, "R"), (other, org.team, "C")])
    owners = {r.id: r.values[4] for r in rows(db, WORK_ITEMS)}
    assert set(owners[item].split("、")) == {"城关供电所", "运检部"} and owners[other] is None
    assert [r.id for r in rows(db, WORK_ITEMS, unit=org.team)] == [other]
    with db.read() as s:
        assert [r.id for r in TableQuery(WORK_ITEMS, keyword="运检部").page(s, None, 10)] == [item]


def test_deleting_an_item_keeps_its_cells_for_restoring(db):
    org = make_org(db)
    with db.write() as s:
        item = create_row(s, WORK_ITEMS, {"title": "配网故障抢修"}, SAME)
    set_roles(db, [(item, org.station, "R")])
    with db.write() as s:
        soft_delete(s, WORK_ITEMS, [item])
    with db.read() as s:
        assert load_matrix(s).rows == ()
    with db.write() as s:
        restore(s, WORK_ITEMS, [item])
    with db.read() as s:
        assert load_matrix(s).cells == {(item, org.station): "R"}


def test_disputed_items(db):
    make_org(db)
    with db.write() as s:
        item = create_row(s, WORK_ITEMS, {"title": "客户投诉处理"}, SAME)
        dispute = create_row(s, DISPUTES, {"description": "营销部与客服中心均认为由对方牵头"}, SAME)
        staff_id = text_to_value(s, DISPUTES.column("coordinator_id"), "E00001", SAME)
        update_cell(s, DISPUTES, CellEdit(dispute, 1, "coordinator_id", staff_id))
        update_cell(s, DISPUTES, CellEdit(dispute, 2, "decided_on", "2025-11-08"))
        update_cell(s, DISPUTES, CellEdit(dispute, 3, "meeting_ref", "2025年11月周调会"))
    (row,) = rows(db, DISPUTES)
    values = dict(zip([c.key for c in DISPUTES.columns], row.values))
    assert values["work_item_id"] == item and row.labels[0] == "客户投诉处理" and values["code"] == "W0001"
    assert row.labels[3] == "员工1" and values["decided_on"] == date(2025, 11, 8)
    assert rows(db, DISPUTES, open=True) == [] and len(rows(db, DISPUTES, open=False)) == 1
