"""The customer map's tables: every relation rule refused at its cell, nothing written by a refused
edit, pasted blocks checked as they leave each row, restores refused where live rows took the
place, step rules, filters and labels."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from desktop_app.customer_map.tables import (
    HANDBOOK_TEXTS, PROCESS_STEPS, PROCESSES, RELATIONS_POSITION, RELATIONS_UNIT, add_step,
)
from desktop_app.model import PositionRelation, ProcessStep, UnitRelation
from desktop_app.tables.edits import (
    CellEdit, CellRevert, EditRefused, create_row, restore, revert_cells, soft_delete, update_block, update_cell,
)
from desktop_app.tables.query import TableQuery
from desktop_app.tables.spec import spec_for
from desktop_app.tables.values import CellError, text_to_value
from tests.desktop_app.customer_map.helpers import SAME, add_process, add_relation


def rows(db, spec, **filters):
    with db.read() as s:
        return TableQuery(spec, filters=tuple(filters.items())).page(s, None, 100)


def values(row, spec) -> dict:
    return dict(zip([c.key for c in spec.columns], row.values))


def count(db, model) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model).where(model.deleted_at.is_(None)))


def test_specs_are_registered_in_the_customer_map_area():
    for entity, spec in (("unit_relation", RELATIONS_UNIT), ("position_relation", RELATIONS_POSITION),
                         ("business_process", PROCESSES), ("process_step", PROCESS_STEPS),
                         ("handbook_text", HANDBOOK_TEXTS)):
        assert spec_for(entity) is spec and spec.area == "customer_map"


def test_a_new_relation_is_a_draft_to_complete(db, org):
    with db.write() as s:
        rel = create_row(s, RELATIONS_UNIT, {}, SAME)
    (row,) = rows(db, RELATIONS_UNIT)
    v = values(row, RELATIONS_UNIT)
    assert row.id == rel and v["provider_unit_id"] is None and v["customer_unit_id"] is None
    assert (v["service_item"], v["status"], v["review_cycle"]) == ("New service item", "draft", "yearly")
    with db.write() as s:
        update_cell(s, RELATIONS_UNIT, CellEdit(rel, 1, "provider_unit_id", org.dept))
        update_cell(s, RELATIONS_UNIT, CellEdit(rel, 2, "customer_unit_id", org.station))
        with pytest.raises(CellError, match="required"):
            update_cell(s, RELATIONS_UNIT, CellEdit(rel, 3, "customer_unit_id", None))
    (row,) = rows(db, RELATIONS_UNIT)
    assert row.labels[:2] == ("运检部", "城关供电所")


def test_a_unit_is_never_its_own_customer(db, org):
    with pytest.raises(CellError) as refused, db.write() as s:
        create_row(s, RELATIONS_UNIT, {"provider_unit_id": org.dept, "customer_unit_id": org.dept,
                                       "service_item": "安全检查"}, SAME)
    assert refused.value.key == "customer_unit_id"
    assert str(refused.value.message) == "A unit can't be its own internal customer: choose another unit."
    assert count(db, UnitRelation) == 0
    rel = add_relation(db, "unit", org.dept, org.station, "安全检查")
    with pytest.raises(CellError) as refused, db.write() as s:
        update_cell(s, RELATIONS_UNIT, CellEdit(rel, 1, "provider_unit_id", org.station))
    assert refused.value.key == "provider_unit_id" and "own internal customer" in str(refused.value.message)
    assert values(rows(db, RELATIONS_UNIT)[0], RELATIONS_UNIT)["provider_unit_id"] == org.dept


def test_a_duplicate_of_a_live_relation_is_refused(db, org):
    first = add_relation(db, "unit", org.dept, org.station, "安全检查")
    with pytest.raises(CellError) as refused, db.write() as s:
        create_row(s, RELATIONS_UNIT, {"provider_unit_id": org.dept, "customer_unit_id": org.station,
                                       "service_item": "安全检查"}, SAME)
    assert refused.value.key == "service_item"
    assert str(refused.value.message) == "运检部 already provides \u201c安全检查\u201d to 城关供电所."
    other = add_relation(db, "unit", org.dept, org.team, "安全检查")  # another customer: allowed
    with pytest.raises(CellError) as refused, db.write() as s:
        update_cell(s, RELATIONS_UNIT, CellEdit(other, 1, "customer_unit_id", org.station))
    assert refused.value.key == "customer_unit_id"
    second = add_relation(db, "unit", org.dept, org.station, "技术指导")
    with pytest.raises(CellError), db.write() as s:
        update_cell(s, RELATIONS_UNIT, CellEdit(second, 1, "service_item", " 安全检查 "))  # stripped first
    with db.write() as s:
        soft_delete(s, RELATIONS_UNIT, [first])  # a deleted relation is no duplicate
        update_cell(s, RELATIONS_UNIT, CellEdit(second, 1, "service_item", "安全检查"))
    assert count(db, UnitRelation) == 2


def test_a_refused_pasted_block_writes_nothing(db, org):
    rel = add_relation(db, "unit", org.dept, org.station, "安全检查")
    other = add_relation(db, "unit", org.station, org.dept, "缺陷上报")
    with pytest.raises(CellError):
        with db.write() as s:
            update_block(s, RELATIONS_UNIT, [CellEdit(rel, 1, "standard", "每月一次"),
                                             CellEdit(other, 1, "customer_unit_id", org.station)])
    by_id = {r.id: values(r, RELATIONS_UNIT) for r in rows(db, RELATIONS_UNIT)}
    assert by_id[rel]["standard"] == "" and by_id[other]["customer_unit_id"] == org.dept


def test_an_active_relation_has_both_ends(db, org):
    with db.write() as s:
        rel = create_row(s, RELATIONS_UNIT, {"provider_unit_id": org.dept}, SAME)
        with pytest.raises(CellError, match="before making the relation active") as refused:
            update_cell(s, RELATIONS_UNIT, CellEdit(rel, 1, "status", "active"))
        assert refused.value.key == "status"
        update_cell(s, RELATIONS_UNIT, CellEdit(rel, 1, "customer_unit_id", org.team))
        update_cell(s, RELATIONS_UNIT, CellEdit(rel, 2, "status", "active"))
        with pytest.raises(CellError, match="allowed values"):
            update_cell(s, RELATIONS_UNIT, CellEdit(rel, 3, "review_cycle", "weekly"))
        with pytest.raises(CellError, match="between 0 and 365"):
            update_cell(s, RELATIONS_UNIT, CellEdit(rel, 3, "target_days", 400))


def test_post_relations_link_posts_only(db, org):
    rel = add_relation(db, "position", org.worker, org.head, "故障处理结果反馈", target_days=1)
    with db.write() as s:
        with pytest.raises(CellError) as refused:
            update_cell(s, RELATIONS_POSITION, CellEdit(rel, 1, "customer_position_id", org.worker))
        assert str(refused.value.message) == "A post can't be its own internal customer: choose another post."
        with pytest.raises(CellError, match="does not exist"):  # a unit's id in a post column
            update_cell(s, RELATIONS_POSITION, CellEdit(rel, 1, "customer_position_id", org.station))
        column = RELATIONS_POSITION.column("customer_position_id")
        with pytest.raises(CellError, match="nothing called"):  # a unit's code pasted there
            text_to_value(s, column, "S", SAME)
        assert text_to_value(s, column, "P-CLERK", SAME) == org.clerk
    with pytest.raises(CellError, match="already provides"), db.write() as s:
        create_row(s, RELATIONS_POSITION, {"provider_position_id": org.worker, "customer_position_id": org.head,
                                           "service_item": "故障处理结果反馈"}, SAME)
    (row,) = rows(db, RELATIONS_POSITION)
    v = values(row, RELATIONS_POSITION)
    assert (v["provider_unit"], v["customer_unit"], v["target_days"]) == ("运维班", "城关供电所", 1)
    assert (row.labels[0], row.labels[2]) == ("运维岗", "所长")


def test_filters_by_unit_line_and_post(db, org):
    a = add_relation(db, "unit", org.dept, org.station, "安全检查")
    b = add_relation(db, "unit", org.team, org.dept, "缺陷上报")
    add_relation(db, "unit", org.dept, org.company, "月度报表")
    assert {r.id for r in rows(db, RELATIONS_UNIT, unit=org.station)} == {a}
    assert {r.id for r in rows(db, RELATIONS_UNIT, line=org.line)} == {a, b}  # the station and team are in it
    p = add_relation(db, "position", org.worker, org.head)
    q = add_relation(db, "position", org.clerk, org.head)
    assert {r.id for r in rows(db, RELATIONS_POSITION, unit=org.team)} == {p}
    assert {r.id for r in rows(db, RELATIONS_POSITION, unit=org.station)} == {p, q}
    assert {r.id for r in rows(db, RELATIONS_POSITION, post=org.clerk)} == {q}


def test_restoring_a_deleted_relation(db, org):
    rel = add_relation(db, "unit", org.dept, org.station)
    with db.write() as s:
        soft_delete(s, RELATIONS_UNIT, [rel])
    assert rows(db, RELATIONS_UNIT) == []
    with db.write() as s:
        restore(s, RELATIONS_UNIT, [rel])
    assert [r.id for r in rows(db, RELATIONS_UNIT)] == [rel]


def test_processes_get_codes_and_steps_are_numbered_within_them(db, org):
    first = add_process(db, "业扩报装", [("受理", org.team, None), ("勘查", org.dept, None)])
    second = add_process(db, "故障抢修", [("接单", org.station, None)])
    found = {r.id: values(r, PROCESSES) for r in rows(db, PROCESSES)}
    assert (found[first]["code"], found[first]["steps"]) == ("BP001", 2)
    assert (found[second]["code"], found[second]["steps"]) == ("BP002", 1)
    assert [values(r, PROCESS_STEPS)["sequence"] for r in rows(db, PROCESS_STEPS, process=first)] == [1, 2]
    with db.write() as s:
        third = add_step(s, second, SAME)
        assert s.get(ProcessStep, third).sequence == 2


def test_step_rules(db, org):
    process = add_process(db, "业扩报装", [("受理", org.team, None), ("勘查", org.dept, None)])
    first, second = [r.id for r in rows(db, PROCESS_STEPS, process=process)]
    with db.write() as s:
        with pytest.raises(CellError, match="already has a step 1") as refused:
            update_cell(s, PROCESS_STEPS, CellEdit(second, 1, "sequence", 1))
        assert refused.value.key == "sequence"
        with pytest.raises(CellError) as refused:  # the clerk works in 运检部, not in 运维班
            update_cell(s, PROCESS_STEPS, CellEdit(first, 1, "owner_position_id", org.clerk))
        assert str(refused.value.message) == "The post 专责 is not in 运维班: clear the post or choose its unit."
        update_cell(s, PROCESS_STEPS, CellEdit(first, 1, "owner_unit_id", org.station))
        update_cell(s, PROCESS_STEPS, CellEdit(first, 2, "owner_position_id", org.worker))  # a post below it
        with pytest.raises(CellError, match="is not in 运检部") as refused:
            update_cell(s, PROCESS_STEPS, CellEdit(first, 3, "owner_unit_id", org.dept))
        assert refused.value.key == "owner_unit_id"
        unowned = add_step(s, process, SAME, {"name": "归档"})
        update_cell(s, PROCESS_STEPS, CellEdit(unowned, 1, "owner_position_id", org.clerk))  # tells the unit
        step = s.get(ProcessStep, unowned)
        assert (step.sequence, step.owner_unit_id) == (3, org.dept)


def test_handbook_texts_show_their_kind_and_cannot_be_renamed(db):
    assert not HANDBOOK_TEXTS.column("key").editable
    assert HANDBOOK_TEXTS.column("key").choices["code_of_conduct"] == "Code of conduct"
    assert PositionRelation.__tablename__ == RELATIONS_POSITION.entity


# --- restoring what live rows have replaced --------------------------------------------------

def deleted(db, model, row_id) -> bool:
    with db.read() as s:
        return s.get(model, row_id).deleted_at is not None


def test_restoring_a_relation_that_a_live_one_now_repeats_is_refused(db, org):
    old = add_relation(db, "unit", org.dept, org.station, "安全检查")
    with db.write() as s:
        soft_delete(s, RELATIONS_UNIT, [old])
    add_relation(db, "unit", org.dept, org.station, "安全检查")  # the deleted one doesn't count
    other = add_relation(db, "unit", org.dept, org.team, "安全检查")
    with db.write() as s:
        soft_delete(s, RELATIONS_UNIT, [other])
    with pytest.raises(EditRefused) as refused, db.write() as s:
        restore(s, RELATIONS_UNIT, [other, old])  # all or nothing: ``other`` stays deleted too
    assert str(refused.value.message) == "Nothing was restored. 运检部 already provides \u201c安全检查\u201d to 城关供电所."
    assert deleted(db, UnitRelation, old) and deleted(db, UnitRelation, other)
    assert count(db, UnitRelation) == 1
    with db.write() as s:
        restore(s, RELATIONS_UNIT, [other])
    assert count(db, UnitRelation) == 2


def test_two_deleted_copies_of_one_post_relation_are_not_restored_together(db, org):
    first = add_relation(db, "position", org.worker, org.head, "故障处理结果反馈")
    with db.write() as s:
        soft_delete(s, RELATIONS_POSITION, [first])
    second = add_relation(db, "position", org.worker, org.head, "故障处理结果反馈")
    with db.write() as s:
        soft_delete(s, RELATIONS_POSITION, [second])
    with pytest.raises(EditRefused, match="运维岗 · 运维班 already provides"), db.write() as s:
        restore(s, RELATIONS_POSITION, [first, second])
    assert count(db, PositionRelation) == 0
    with db.write() as s:
        restore(s, RELATIONS_POSITION, [second])
    assert count(db, PositionRelation) == 1


def test_restoring_a_step_whose_number_was_reused_is_refused(db, org):
    process = add_process(db, "业扩报装", [("受理", org.team, None), ("勘查", org.dept, None)])
    first, second = [r.id for r in rows(db, PROCESS_STEPS, process=process)]
    with db.write() as s:
        soft_delete(s, PROCESS_STEPS, [second])
        add_step(s, process, SAME, {"name": "答复"})  # number 2 again
    with pytest.raises(EditRefused) as refused, db.write() as s:
        restore(s, PROCESS_STEPS, [second])
    assert str(refused.value.message) == ("Nothing was restored. The deleted step \u201c勘查\u201d was step 2 of "
                                          "业扩报装, which now has another step 2.")
    assert deleted(db, ProcessStep, second)
    with db.write() as s:
        soft_delete(s, PROCESS_STEPS, [first])
        restore(s, PROCESS_STEPS, [first])  # its number is still free
    assert count(db, ProcessStep) == 2


# --- pasted blocks are checked as they leave each row ----------------------------------------

def ends(db, spec, row_id) -> tuple:
    with db.read() as s:
        rel = s.get(spec.model, row_id)
        return rel.provider_unit_id, rel.customer_unit_id, rel.version


def test_a_pasted_block_may_swap_provider_and_customer(db, org):
    rel = add_relation(db, "unit", org.dept, org.station, "安全检查")
    swap = [CellEdit(rel, 1, "provider_unit_id", org.station), CellEdit(rel, 1, "customer_unit_id", org.dept)]
    with db.write() as s:
        assert update_block(s, RELATIONS_UNIT, swap) == {rel: 2}
    assert ends(db, RELATIONS_UNIT, rel) == (org.station, org.dept, 2)
    with db.write() as s:  # undo of the paste: the same swap, cell by cell in reverse
        revert_cells(s, RELATIONS_UNIT, [CellRevert(rel, "customer_unit_id", org.dept, org.station),
                                         CellRevert(rel, "provider_unit_id", org.station, org.dept)])
    assert ends(db, RELATIONS_UNIT, rel)[:2] == (org.dept, org.station)


def test_a_swap_that_repeats_a_live_relation_is_refused_whole(db, org):
    rel = add_relation(db, "unit", org.dept, org.station, "安全检查")
    add_relation(db, "unit", org.station, org.dept, "安全检查")
    with pytest.raises(CellError) as refused, db.write() as s:
        update_block(s, RELATIONS_UNIT, [CellEdit(rel, 1, "provider_unit_id", org.station),
                                         CellEdit(rel, 1, "customer_unit_id", org.dept)])
    assert refused.value.key == "customer_unit_id"  # the last of the cells that break the rule
    assert str(refused.value.message) == "城关供电所 already provides \u201c安全检查\u201d to 运检部."
    assert ends(db, RELATIONS_UNIT, rel) == (org.dept, org.station, 1)


def test_a_paste_that_makes_two_of_its_rows_one_relation_is_refused(db, org):
    a = add_relation(db, "unit", org.dept, org.station, "安全检查")
    b = add_relation(db, "unit", org.dept, org.station, "技术指导")
    c = add_relation(db, "unit", org.dept, org.team, "技术培训")
    with pytest.raises(CellError) as refused, db.write() as s:  # neither row repeats a stored one
        update_block(s, RELATIONS_UNIT, [CellEdit(a, 1, "service_item", "设备验收"),
                                         CellEdit(b, 1, "service_item", "设备验收"),
                                         CellEdit(c, 1, "standard", "当日")])
    assert refused.value.key == "service_item" and "already provides \u201c设备验收\u201d" in str(refused.value.message)
    with db.read() as s:
        assert sorted(s.scalars(select(UnitRelation.service_item)).all()) == ["安全检查", "技术培训", "技术指导"]
        assert s.get(UnitRelation, c).standard == ""


def test_a_refused_paste_leaves_the_session_as_it_was(db, org):
    rel = add_relation(db, "unit", org.dept, org.station, "安全检查")
    with db.write() as s:
        with pytest.raises(CellError, match="own internal customer"):
            update_block(s, RELATIONS_UNIT, [CellEdit(rel, 1, "standard", "每月一次"),
                                             CellEdit(rel, 1, "customer_unit_id", org.dept)])
        relation = s.get(UnitRelation, rel)
        assert (relation.standard, relation.customer_unit_id, relation.version) == ("", org.station, 1)
        update_cell(s, RELATIONS_UNIT, CellEdit(rel, 1, "standard", "每季一次"))
    assert values(rows(db, RELATIONS_UNIT)[0], RELATIONS_UNIT)["standard"] == "每季一次"


def test_a_draft_becomes_active_in_one_paste_of_its_ends_and_status(db, org):
    with db.write() as s:
        rel = create_row(s, RELATIONS_UNIT, {}, SAME)
        update_block(s, RELATIONS_UNIT, [CellEdit(rel, 1, "status", "active"),
                                         CellEdit(rel, 1, "provider_unit_id", org.dept),
                                         CellEdit(rel, 1, "customer_unit_id", org.team)])
    assert values(rows(db, RELATIONS_UNIT)[0], RELATIONS_UNIT)["status"] == "active"


def test_a_pasted_block_may_swap_step_numbers_and_move_a_step_with_its_post(db, org):
    process = add_process(db, "业扩报装", [("受理", org.team, org.worker), ("勘查", org.dept, None)])
    first, second = [r.id for r in rows(db, PROCESS_STEPS, process=process)]
    with db.write() as s:
        update_block(s, PROCESS_STEPS, [CellEdit(first, 1, "sequence", 2), CellEdit(second, 1, "sequence", 1)])
    assert [r.id for r in rows(db, PROCESS_STEPS, process=process)] == [second, first]
    with db.write() as s:  # unit first, then post: the old post is outside the new unit
        update_block(s, PROCESS_STEPS, [CellEdit(first, 2, "owner_unit_id", org.dept),
                                        CellEdit(first, 2, "owner_position_id", org.clerk)])
        step = s.get(ProcessStep, first)
        assert (step.owner_unit_id, step.owner_position_id) == (org.dept, org.clerk)
    with pytest.raises(CellError, match="already has a step 1") as refused, db.write() as s:
        update_block(s, PROCESS_STEPS, [CellEdit(first, 3, "sequence", 1)])
    assert refused.value.key == "sequence"
