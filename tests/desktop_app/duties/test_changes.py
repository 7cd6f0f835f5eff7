"""What changed since a time: work items and cells, net of changes undone within the period."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from desktop_app.duties.changes import changes_since
from desktop_app.duties.matrix import set_block
from desktop_app.model import WorkItem
from desktop_app.model.base import utcnow
from tests.desktop_app.duties.helpers import add_item, set_roles


def since_now() -> datetime:
    return datetime.now(timezone.utc)


def changes(db, since):
    with db.read() as s:
        return changes_since(s, since)


def test_nothing_changed(db, org):
    add_item(db, "W1")
    assert changes(db, since_now()) == []


def test_cells_added_removed_and_changed_net_of_undone_edits(db, org):
    kept, gone, changed = add_item(db, "W1", "电费回收"), add_item(db, "W2"), add_item(db, "W3")
    set_roles(db, [(gone, org.dept, "C"), (changed, org.station, "R"), (changed, org.team, "A")])
    since = since_now()
    set_roles(db, [(kept, org.station, "R")])  # added
    set_roles(db, [(kept, org.dept, "C")])
    set_roles(db, [(kept, org.dept, None)])  # set and cleared again: nothing
    set_roles(db, [(gone, org.dept, None)])  # removed
    set_roles(db, [(changed, org.station, "A")])
    set_roles(db, [(changed, org.station, None)])
    set_roles(db, [(changed, org.station, "C")])  # R → (A, cleared) → C: one change R → C
    set_roles(db, [(changed, org.team, "R")])
    set_roles(db, [(changed, org.team, "A")])  # changed and changed back: nothing
    set_roles(db, [(kept, org.worker, "R")], "position")
    found = [(c.work_item_code, c.entity, c.action, c.unit_name, c.position_name, c.old_role, c.new_role)
             for c in changes(db, since)]
    assert found == [
        ("W1", "unit_duty", "added", "城关供电所", "", None, "R"),
        ("W1", "position_duty", "added", "运维班", "运维岗", None, "R"),
        ("W2", "unit_duty", "removed", "运检部", "", "C", None),
        ("W3", "unit_duty", "changed", "城关供电所", "", "R", "C"),
    ]
    first = changes(db, since)[0]
    assert first.work_item_title == "电费回收" and first.operator == "测试员" and first.at >= since


def test_work_items_added_removed_and_changed(db, org):
    renamed, deleted, same = add_item(db, "W1", "旧名称"), add_item(db, "W2"), add_item(db, "W3", "不变")
    since = since_now()
    new = add_item(db, "W4", "新事项")
    with db.write() as s:
        s.get(WorkItem, renamed).title = "新名称"
        s.get(WorkItem, renamed).line_id = org.line
        s.get(WorkItem, deleted).deleted_at = utcnow()
        s.get(WorkItem, same).title = "暂改"
    with db.write() as s:
        s.get(WorkItem, same).title = "不变"
        s.get(WorkItem, renamed).status = "retired"
    with db.write() as s:
        created_and_deleted = WorkItem(code="W5", title="临时", status="active", description="")
        s.add(created_and_deleted)
    with db.write() as s:
        s.get(WorkItem, created_and_deleted.id).deleted_at = utcnow()
    found = {c.work_item_code: c for c in changes(db, since)}
    assert set(found) == {"W1", "W2", "W4"}
    assert found["W4"].action == "added" and found["W4"].work_item_id == new
    assert found["W2"].action == "removed"
    assert found["W1"].action == "changed"
    assert {(f.key, f.old, f.new) for f in found["W1"].fields} == {
        ("title", "旧名称", "新名称"), ("line_id", None, "生产条线"), ("status", "active", "retired")}


def test_changes_before_the_date_are_not_listed(db, org):
    item = add_item(db, "W1")
    set_roles(db, [(item, org.station, "R")])
    later = since_now() + timedelta(seconds=1)
    assert changes(db, later) == []
    earlier = changes(db, since_now() - timedelta(days=1))
    assert [(c.entity, c.action) for c in earlier] == [("work_item", "added"), ("unit_duty", "added")]


def test_a_cell_cleared_and_set_again_in_one_block(db, org):
    item = add_item(db, "W1")
    set_roles(db, [(item, org.station, "R")])
    since = since_now()
    with db.write() as s:
        set_block(s, [(item, org.station, None)])
        set_block(s, [(item, org.station, "R")])
    assert changes(db, since) == []
