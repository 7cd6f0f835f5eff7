"""A renamed unit or post is one change in the appendix: the records that merely name it (a
relation's provider, a team's parent, a plan's scope, an assignment's post) are not listed
again, while a real change of the same fields still is."""

from __future__ import annotations

from desktop_app.handbook.snapshot import Change, diff


def entry(kind: str, name: str, **fields: str) -> dict:
    return {"kind": kind, "name": name, "fields": fields}


CHAPTERS = ["coordination", "customer_map", "organisation"]


def snapshot(station: str, clerk: str = "专责", standard: str = "每季度一次", scope: str | None = None) -> dict:
    return {"chapters": CHAPTERS, "entries": {
        "unit:s": entry("unit", station, 编码="S", 名称=station, 上级单位="生产条线"),
        "unit:t": entry("unit", "运维班", 编码="T", 名称="运维班", 上级单位=station),
        "post:c": entry("post", f"{clerk} · {station}", 编码="P", 名称=clerk),
        "relation:1": entry("relation", f"运检部 → {station}：安全检查", 提供方="运检部", 内部客户=station,
                            服务标准=standard),
        "relation:2": entry("relation", f"{clerk} · {station} → 运检部：缺陷上报", 提供方=f"{clerk} · {station}",
                            内部客户="运检部"),
        "plan:p": entry("plan", "蹲点计划", 范围=scope or f"白沙供电所、{station}"),
        "assignment:a": entry("assignment", "蹲点计划：张三", 原岗位="专责 · 运检部", 去向=f"{clerk} · {station}"),
    }}


def test_a_renamed_unit_is_listed_once():
    assert diff(snapshot("城关供电所"), snapshot("城关中心供电所")) == [
        Change("单位", "城关中心供电所", "修改", (("名称", "城关供电所", "城关中心供电所"),))]


def test_a_renamed_post_is_listed_once():
    assert diff(snapshot("城关供电所"), snapshot("城关供电所", clerk="综合专责")) == [
        Change("岗位", "综合专责 · 城关供电所", "修改", (("名称", "专责", "综合专责"),))]


def test_a_real_change_beside_a_rename_is_still_listed():
    changes = diff(snapshot("城关供电所"),
                   snapshot("城关中心供电所", standard="每月一次", scope="白沙供电所"))
    assert [(c.kind, c.fields) for c in changes] == [
        ("单位", (("名称", "城关供电所", "城关中心供电所"),)),
        ("服务关系", (("服务标准", "每季度一次", "每月一次"),)),
        ("轮岗与蹲点计划", (("范围", "白沙供电所、城关供电所", "白沙供电所"),)),
    ]


def test_a_relation_moved_to_another_unit_is_listed():
    before, after = snapshot("城关供电所"), snapshot("城关供电所")
    after["entries"]["relation:1"] = entry("relation", "运检部 → 白沙供电所：安全检查", 提供方="运检部",
                                           内部客户="白沙供电所", 服务标准="每季度一次")
    assert diff(before, after) == [Change("服务关系", "运检部 → 白沙供电所：安全检查", "修改",
                                          (("内部客户", "城关供电所", "白沙供电所"),))]
