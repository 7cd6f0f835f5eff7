"""The responsibility matrix: loading the grid, setting, clearing and restoring cells with their
history, blocks all or nothing, and breaking a unit's duty down to its posts."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop_app.duties.matrix import (
    MatrixEditRejected, breakdown, load_matrix, load_post_matrix, matrix_units, set_block, set_position_role,
    set_unit_role,
)
from desktop_app.duties.vocabulary import ROLE_KEYS, role_from_text
from desktop_app.model import ChangeLog, UnitDuty, WorkItem
from tests.desktop_app.duties.helpers import add_item, add_post, history_count, set_roles, set_unit


def test_role_keys_and_texts():
    assert {ROLE_KEYS[k] for k in "RrAaCcIi"} == {"R", "A", "C", "I"}
    assert [ROLE_KEYS[k] for k in "主审配知"] == ["R", "A", "C", "I"]
    assert role_from_text(" 主责 ") == "R" and role_from_text("知会") == "I" and role_from_text("") is None
    with pytest.raises(ValueError):
        role_from_text("X")


def test_default_columns_are_the_working_units_in_tree_order(db, org):
    item = add_item(db, "W1")
    set_unit(db, org.dept, active=False)
    with db.read() as s:
        m = load_matrix(s)
        assert [c.id for c in m.columns] == [org.station, org.team, org.dept]  # no company, no line
        assert [c.active for c in m.columns] == [True, True, False]  # inactive units stay visible
        assert [c.id for c in matrix_units(s)][:2] == [org.company, org.line]
        assert [r.id for r in m.rows] == [item] and m.cells == {}
        chosen = load_matrix(s, units=[org.dept, "nope", org.station])
        assert [c.id for c in chosen.columns] == [org.dept, org.station]


def test_rows_follow_status_filter_and_order(db, org):
    a = add_item(db, "W2", "配网故障抢修")
    b = add_item(db, "W1", "电费回收", status="review")
    add_item(db, "W3", "已废止事项", status="retired")
    with db.write() as s:
        s.get(WorkItem, a).sort_order = 0
        s.get(WorkItem, b).sort_order = 5
    with db.read() as s:
        assert [r.code for r in load_matrix(s).rows] == ["W2", "W1"]
        assert [r.code for r in load_matrix(s, statuses=("retired",)).rows] == ["W3"]
        assert [r.code for r in load_matrix(s, item_filter="抢修").rows] == ["W2"]
        assert [r.code for r in load_matrix(s, item_filter="w1").rows] == ["W1"]  # LIKE ignores ASCII case
        assert load_matrix(s, item_filter="%").rows == ()


def test_set_clear_and_restore_one_row_with_history(db, org):
    item = add_item(db, "W1")
    with db.write() as s:
        assert set_unit_role(s, item, org.station, "r") is None
    with db.write() as s:
        assert set_unit_role(s, item, org.station, "审") == "R"
    with db.write() as s:
        assert set_unit_role(s, item, org.station, None) == "A"
    with db.read() as s:
        assert load_matrix(s).cells == {}
    with db.write() as s:
        assert set_unit_role(s, item, org.station, None) is None  # clearing an empty cell: nothing
        assert set_unit_role(s, item, org.station, "C") is None
    with db.write() as s:
        assert set_unit_role(s, item, org.station, "C") == "C"  # unchanged: no history
    with db.read() as s:
        rows = s.scalars(select(UnitDuty)).all()
        assert len(rows) == 1 and rows[0].role == "C" and rows[0].deleted_at is None
        log = s.execute(select(ChangeLog.operation, ChangeLog.changes, ChangeLog.operator)
                        .where(ChangeLog.entity == "unit_duty").order_by(ChangeLog.id)).all()
        assert load_matrix(s).cells == {(item, org.station): "C"}
    assert [op for op, _, _ in log] == ["insert", "update", "delete", "restore"]
    assert log[1].changes == {"role": ["R", "A"]}
    assert log[3].changes["role"] == ["A", "C"]
    assert {who for _, _, who in log} == {"测试员"}


def test_a_block_is_written_whole_or_not_at_all(db, org):
    item, other = add_item(db, "W1"), add_item(db, "W2")
    retired = add_item(db, "W9", "旧事项", status="retired")
    before = history_count(db)
    cells = [(item, org.station, "R"), (other, org.dept, "X"), (retired, org.team, "C"),
             (item, "no-such-unit", "A"), ("no-such-item", org.team, "A"), (other, org.team, "主")]
    with pytest.raises(MatrixEditRejected) as exc, db.write() as s:
        set_block(s, cells)
    errors = {e.index: e.message for e in exc.value.errors}
    assert sorted(errors) == [1, 2, 3, 4]
    assert "\u201cX\u201d is not a role" in str(errors[1])
    assert "旧事项" in str(errors[2]) and "retired" in str(errors[2])
    assert "unit does not exist" in str(errors[3]) and "work item does not exist" in str(errors[4])
    assert history_count(db) == before
    with db.write() as s:
        assert set_block(s, [cells[0], cells[5], (item, org.station, "A")]) == [None, None, "R"]
    with db.read() as s:
        assert load_matrix(s).cells == {(item, org.station): "A", (other, org.team): "R"}


def test_expected_roles_guard_undo_against_edits_made_elsewhere(db, org):
    item = add_item(db, "W1")
    set_roles(db, [(item, org.station, "R")])
    with pytest.raises(MatrixEditRejected) as exc, db.write() as s:
        set_block(s, [(item, org.station, None)], expected=["A"])
    assert "changed elsewhere" in str(exc.value.errors[0].message)
    with db.write() as s:
        assert set_block(s, [(item, org.station, None)], expected=["R"]) == ["R"]


def test_post_cells_and_post_matrix(db, org):
    item, other = add_item(db, "W1"), add_item(db, "W2")
    set_roles(db, [(item, org.station, "R")])
    with db.write() as s:
        assert set_position_role(s, item, org.worker, "R") is None
        assert set_position_role(s, other, org.head, "I") is None
    with pytest.raises(MatrixEditRejected), db.write() as s:
        set_position_role(s, item, org.station, "R")  # a unit id is not a post
    with db.read() as s:
        m = load_post_matrix(s, org.station)
        assert m.level == "position" and m.unit_id == org.station
        assert [(c.name, c.unit_id, c.vacant) for c in m.columns] == [("所长", org.station, True), ("运维岗", org.team, False)]
        assert m.cells == {(item, org.worker): "R", (other, org.head): "I"}
        assert m.unit_roles == {item: "R"}
        assert [c.id for c in load_post_matrix(s, org.station, include_sub_units=False).columns] == [org.head]
        assert [r.id for r in load_post_matrix(s, org.dept, held_only=True).rows] == []


def test_post_matrix_rows_of_one_line(db, org):
    item, other = add_item(db, "W1"), add_item(db, "W2")
    with db.write() as s:
        s.get(WorkItem, other).line_id = org.line
    with db.read() as s:
        assert [r.id for r in load_post_matrix(s, org.station).rows] == [item, other]
        assert [r.id for r in load_post_matrix(s, org.station, line_id=org.line).rows] == [other]


def test_breakdown_gives_posts_of_the_unit_and_refuses_others(db, org):
    item = add_item(db, "W1", "配网故障抢修")
    with pytest.raises(MatrixEditRejected) as exc, db.write() as s:
        breakdown(s, item, org.station, [org.worker])
    assert "holds no duty" in str(exc.value.errors[0].message)
    set_roles(db, [(item, org.station, "R")])
    before = history_count(db)
    with pytest.raises(MatrixEditRejected) as exc, db.write() as s:
        breakdown(s, item, org.station, [org.worker, org.clerk])
    assert [(e.index, e.column_id) for e in exc.value.errors] == [(1, org.clerk)]
    assert "专责" in str(exc.value.errors[0].message)
    assert history_count(db) == before
    second = add_post(db, org.station, "P-DEP", "副所长")
    with db.write() as s:
        assert breakdown(s, item, org.station, [org.worker, second]) == [None, None]
    with db.write() as s:
        assert breakdown(s, item, org.station, [second], role="A") == ["R"]
    with db.read() as s:
        assert load_post_matrix(s, org.station).cells == {(item, org.worker): "R", (item, second): "A"}


def test_deleted_units_and_items_are_no_columns_or_rows(db, org):
    item = add_item(db, "W1")
    set_roles(db, [(item, org.station, "R"), (item, org.dept, "C")])
    from desktop_app.model.base import utcnow
    set_unit(db, org.dept, deleted_at=utcnow())
    with db.read() as s:
        m = load_matrix(s)
        assert org.dept not in [c.id for c in m.columns]
        assert m.cells == {(item, org.station): "R"}
    with db.write() as s:
        s.get(WorkItem, item).deleted_at = utcnow()
    with db.read() as s:
        assert load_matrix(s).rows == ()
    with pytest.raises(MatrixEditRejected), db.write() as s:
        set_unit_role(s, item, org.station, None)
