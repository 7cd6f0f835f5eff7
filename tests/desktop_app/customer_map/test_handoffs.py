"""Process handoffs: which consecutive steps hand over, the proposals ("寻找内部客户") and accepting
them, and the grey-area finding "handoff without commitment" appearing and disappearing."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop_app.customer_map.handoffs import accept_proposal, find_proposals, relations_between
from desktop_app.customer_map.tables import PROCESS_STEPS, PROCESSES, RELATIONS_POSITION, RELATIONS_UNIT
from desktop_app.duties.grey_areas import analyse, explain, visible_findings
from desktop_app.model import ProcessStep, UnitRelation
from desktop_app.tables.edits import CellEdit, EditRefused, restore, soft_delete, update_cell
from tests.desktop_app.customer_map.helpers import add_process, add_relation


def proposals(db):
    with db.read() as s:
        return find_proposals(s)


def pairs(db):
    return [(p.level, p.provider_id, p.customer_id) for p in proposals(db)]


def handoff_findings(db):
    with db.read() as s:
        return [f for f in analyse(s) if f.kind == "handoff"]


def set_cell(db, spec, row_id: str, key: str, value) -> None:
    with db.write() as s:
        obj = s.get(spec.model, row_id)
        update_cell(s, spec, CellEdit(row_id, obj.version, key, value))


def test_consecutive_steps_of_different_units_hand_over(db, org):
    add_process(db, "业扩报装", [("受理申请", org.team, None), ("现场勘查", org.dept, None),
                             ("方案审核", org.dept, org.clerk), ("装表接电", org.station, None)])
    assert pairs(db) == [("unit", org.dept, org.station), ("unit", org.team, org.dept)]  # by provider name
    first = next(p for p in proposals(db) if p.provider_id == org.team)
    assert (first.provider_name, first.customer_name) == ("运维班", "运检部")
    assert first.service_item == "受理申请（业扩报装）" and first.process_names == ("业扩报装",)


def test_posts_of_one_unit_hand_over_at_post_level(db, org):
    add_process(db, "低压故障处理", [("接单", org.station, org.head), ("抢修", org.station, org.worker),
                               ("回访", org.station, org.worker), ("归档", org.station, None)])
    (p,) = proposals(db)
    assert (p.level, p.provider_id, p.customer_id) == ("position", org.head, org.worker)
    assert (p.provider_name, p.customer_name) == ("所长 · 城关供电所", "运维岗 · 运维班")


def test_deleted_steps_are_skipped_and_steps_without_a_unit_break_the_chain(db, org):
    process = add_process(db, "物资领用", [("提报", org.team, None), ("审核", org.station, None),
                                       ("采购", org.dept, None)])
    with db.read() as s:
        middle = s.scalar(select(ProcessStep.id).where(ProcessStep.process_id == process, ProcessStep.sequence == 2))
    with db.write() as s:
        soft_delete(s, PROCESS_STEPS, [middle])
    assert pairs(db) == [("unit", org.team, org.dept)]
    with db.write() as s:
        restore(s, PROCESS_STEPS, [middle])
    set_cell(db, PROCESS_STEPS, middle, "owner_unit_id", None)
    assert pairs(db) == []


def test_accepting_a_proposal_adds_a_draft_and_withdraws_the_proposal(db, org):
    add_process(db, "业扩报装", [("受理申请", org.team, None), ("现场勘查", org.dept, None)])
    (p,) = proposals(db)
    with db.write() as s:
        rel_id = accept_proposal(s, p)
    with db.read() as s:
        rel = s.get(UnitRelation, rel_id)
        assert (rel.provider_unit_id, rel.customer_unit_id, rel.service_item, rel.status, rel.commitment) == \
            (org.team, org.dept, "受理申请（业扩报装）", "draft", "")
    assert proposals(db) == []
    with pytest.raises(EditRefused, match="already has a relation from 运维班 to 运检部"), db.write() as s:
        accept_proposal(s, p)


def test_any_live_relation_between_the_two_answers_the_proposal(db, org):
    add_process(db, "业扩报装", [("受理申请", org.team, None), ("现场勘查", org.dept, None)])
    add_relation(db, "unit", org.dept, org.team, "反向服务")  # the other direction: no answer
    assert len(proposals(db)) == 1
    rel = add_relation(db, "unit", org.team, org.dept, "资料移交", status="retired")
    assert proposals(db) == []
    with db.write() as s:
        soft_delete(s, RELATIONS_UNIT, [rel])
    assert len(proposals(db)) == 1


def test_only_active_processes_count_as_grey_areas(db, org):
    process = add_process(db, "业扩报装", [("受理申请", org.team, None), ("现场勘查", org.dept, None)], status="draft")
    assert handoff_findings(db) == [] and len(proposals(db)) == 1
    set_cell(db, PROCESSES, process, "status", "retired")
    assert handoff_findings(db) == [] and proposals(db) == []
    set_cell(db, PROCESSES, process, "status", "active")
    assert len(handoff_findings(db)) == 1


def test_the_handoff_finding_disappears_once_a_committed_relation_exists(db, org):
    add_process(db, "业扩报装", [("受理申请", org.team, None), ("现场勘查", org.dept, None)])
    (finding,) = handoff_findings(db)
    assert finding.severity == "medium" and finding.unit_ids == (org.team, org.dept)
    assert str(finding.message) == "In \u201c业扩报装\u201d, 运维班 hands over to 运检部 without a service commitment."
    (p,) = proposals(db)
    with db.write() as s:
        rel = accept_proposal(s, p)
    assert len(handoff_findings(db)) == 1  # a draft promises nothing yet
    set_cell(db, RELATIONS_UNIT, rel, "commitment", "资料齐全后当日移交")
    assert len(handoff_findings(db)) == 1  # still a draft
    set_cell(db, RELATIONS_UNIT, rel, "status", "active")
    assert handoff_findings(db) == []
    set_cell(db, RELATIONS_UNIT, rel, "commitment", "  ")  # an empty promise is none
    assert len(handoff_findings(db)) == 1


def test_post_handoffs_need_a_post_commitment(db, org):
    add_process(db, "低压故障处理", [("接单", org.station, org.head), ("抢修", org.station, org.worker)])
    (finding,) = handoff_findings(db)
    assert finding.position_ids == (org.head, org.worker) and finding.unit_ids == ()
    add_relation(db, "unit", org.station, org.team, "故障处理", commitment="两小时到场", status="active")
    assert len(handoff_findings(db)) == 1  # a unit relation doesn't answer a post handoff
    rel = add_relation(db, "position", org.head, org.worker, "抢修派工", commitment="接单后五分钟内派工")
    set_cell(db, RELATIONS_POSITION, rel, "status", "active")
    assert handoff_findings(db) == []


def test_one_finding_per_pair_names_every_process(db, org):
    add_process(db, "业扩报装", [("受理", org.team, None), ("勘查", org.dept, None)], code="BP1")
    add_process(db, "故障抢修", [("报修", org.team, None), ("研判", org.dept, None)], code="BP2")
    (finding,) = handoff_findings(db)
    assert "\u201c业扩报装、故障抢修\u201d" in str(finding.message)
    assert proposals(db)[0].process_names == ("业扩报装", "故障抢修")


def test_an_explained_handoff_shows_again_when_its_relations_change(db, org):
    add_process(db, "业扩报装", [("受理申请", org.team, None), ("现场勘查", org.dept, None)])
    (finding,) = handoff_findings(db)
    with db.write() as s:
        explain(s, finding, "口头约定，暂不书面承诺")
    with db.read() as s:
        assert [f for f in visible_findings(s) if f.kind == "handoff"] == []
    add_relation(db, "unit", org.team, org.dept, "资料移交")  # a draft: still uncommitted, but new data
    with db.read() as s:
        assert [f.key for f in visible_findings(s) if f.kind == "handoff"] == [finding.key]


def test_relations_between_lists_the_live_ones_of_the_pair_active_first(db, org):
    retired = add_relation(db, "unit", org.team, org.dept, "丁事项", commitment="当日办结", status="retired")
    draft = add_relation(db, "unit", org.team, org.dept, "甲事项")
    active = add_relation(db, "unit", org.team, org.dept, "乙事项", commitment="当日办结", status="active")
    gone = add_relation(db, "unit", org.team, org.dept, "丙事项")
    add_relation(db, "unit", org.dept, org.team, "反方向")  # the other direction is another pair
    with db.write() as s:
        soft_delete(s, RELATIONS_UNIT, [gone])
    with db.read() as s:
        assert relations_between(s, "unit", org.team, org.dept) == [active, draft, retired]
        assert relations_between(s, "position", org.team, org.dept) == []
