"""Snapshots of what an edition printed and the changes between two: one change per record
added, removed or changed (with only the changed fields), in kind order; only the chapters
both editions printed are compared."""

from __future__ import annotations

from desktop_app.handbook.content import load_content, resolve_scope
from desktop_app.handbook.snapshot import Change, decode, diff, encode, take_snapshot
from tests.desktop_app.duties.helpers import set_unit
from tests.desktop_app.handbook.helpers import COMMITMENT, TODAY, set_relation


def entry(kind: str, name: str, **fields: str) -> dict:
    return {"kind": kind, "name": name, "fields": fields}


BEFORE = {"chapters": ["customer_map", "organisation", "thinking"], "entries": {
    "unit:d": entry("unit", "运检部", 编码="D", 名称="运检部", 说明=""),
    "relation:1": entry("relation", "运检部 → 城关供电所：安全检查", 服务标准="每季度一次", 服务承诺="五日内反馈"),
    "relation:2": entry("relation", "城关供电所 → 运检部：缺陷上报", 服务标准="", 服务承诺="当天上报"),
    "text:five_ways_of_thinking": entry("text", "内部服务的五大思维", 标题="内部服务的五大思维", 正文="旧正文"),
}}


def after(**replace: dict) -> dict:
    entries = {**BEFORE["entries"], **replace}
    return {"chapters": BEFORE["chapters"], "entries": {k: v for k, v in entries.items() if v is not None}}


def test_the_same_snapshot_has_no_changes():
    assert diff(BEFORE, BEFORE) == []
    assert diff(BEFORE, decode(encode(BEFORE))) == []


def test_a_changed_field_is_one_change_with_only_that_field():
    new = after(**{"relation:1": entry("relation", "运检部 → 城关供电所：安全检查", 服务标准="每季度一次",
                                       服务承诺="三日内反馈")})
    assert diff(BEFORE, new) == [
        Change("服务关系", "运检部 → 城关供电所：安全检查", "修改", (("服务承诺", "五日内反馈", "三日内反馈"),))]


def test_added_and_removed_records_show_their_non_empty_fields():
    new = after(**{"relation:2": None,
                   "relation:3": entry("relation", "运检部 → 运维班：技术培训", 服务标准="", 服务承诺="每年两次")})
    assert diff(BEFORE, new) == [
        Change("服务关系", "城关供电所 → 运检部：缺陷上报", "删除", (("服务承诺", "当天上报", ""),)),
        Change("服务关系", "运检部 → 运维班：技术培训", "新增", (("服务承诺", "", "每年两次"),)),
    ]


def test_changes_come_in_kind_order_then_by_name():
    new = after(**{"relation:1": None,
                   "unit:d": entry("unit", "运检部", 编码="D", 名称="运检部", 说明="负责设备运维"),
                   "text:five_ways_of_thinking": entry("text", "内部服务的五大思维", 标题="内部服务的五大思维",
                                                       正文="新正文")})
    assert [(c.kind, c.operation) for c in diff(BEFORE, new)] == [
        ("手册文本", "修改"), ("单位", "修改"), ("服务关系", "删除")]


def test_only_chapters_both_editions_printed_are_compared():
    # the later edition leaves the customer map out and adds the coordination chapter: its
    # relations are not "removed", its meeting types not "added"
    new = {"chapters": ["coordination", "organisation", "thinking"], "entries": {
        "unit:d": BEFORE["entries"]["unit:d"],
        "text:five_ways_of_thinking": BEFORE["entries"]["text:five_ways_of_thinking"],
        "meeting_type:m": entry("meeting_type", "周调度例会", 名称="周调度例会"),
    }}
    assert diff(BEFORE, new) == []
    # a text belongs to its own chapter: the capability texts are not compared with thinking only
    capability = after(**{"text:code_of_conduct": entry("text", "内部服务行为准则", 正文="准则")})
    assert diff(BEFORE, capability) == []
    assert diff({"chapters": [], "entries": {}}, BEFORE) == []


def snapshot(db, chapters=("organisation", "customer_map", "coordination")) -> dict:
    with db.read() as s:
        content = load_content(s, resolve_scope(s), TODAY)
    return take_snapshot(content, chapters)


def test_a_snapshot_holds_the_printed_records_of_its_chapters_only(db, filled):
    org = filled.org
    full = snapshot(db)
    assert full["chapters"] == ["coordination", "customer_map", "organisation"]
    entries = full["entries"]
    assert entries[f"relation:{filled.inspection}"]["fields"]["服务承诺"] == COMMITMENT
    assert entries[f"relation:{filled.inspection}"]["name"] == "运检部 → 城关供电所：安全检查"
    assert entries[f"duty:{filled.finance}:{org.dept}"]["fields"] == {"角色": "主责"}
    assert entries[f"unit:{org.station}"]["fields"]["名称"] == "城关供电所"
    assert entries[f"meeting_type:{filled.meeting_type}"]["name"] == "周调度例会"
    assert entries[f"plan:{filled.plan}"]["fields"]["范围"] == "城关供电所、运检部"
    assert decode(encode(full)) == full

    only_map = snapshot(db, ("customer_map",))["entries"]
    assert {e["kind"] for e in only_map.values()} == {"relation"}


def test_diff_of_two_snapshots_of_the_database(db, filled):
    before = snapshot(db)
    set_relation(db, filled.inspection, "commitment", "三个工作日内反馈")
    set_unit(db, filled.org.dept, notes="负责设备运维")
    changes = diff(before, snapshot(db))
    assert [(c.kind, c.name, c.operation, c.fields) for c in changes] == [
        ("单位", "运检部", "修改", (("说明", "", "负责设备运维"),)),
        ("服务关系", "运检部 → 城关供电所：安全检查", "修改", (("服务承诺", COMMITMENT, "三个工作日内反馈"),)),
    ]
