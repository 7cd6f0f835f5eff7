"""What a handbook printed, as comparable entries, and what changed between two editions.

A snapshot maps a stable key (the kind and the ids of a printed record: ``relation:<id>``,
``duty:<item>:<unit>``) to the record's kind, its printed name and the fields it printed, all
as text. Comparing two snapshots gives one change per record added, removed or changed, with
the changed fields' old and new values, so an edition lists exactly what differs from the one
before it. Figures and counts (grey areas, overdue items) are not compared: they follow from
the records and from the day the handbook was built.

Only the chapters both editions printed are compared: leaving a chapter out of a draft does not
list its records as removed. A renamed unit or post is one change: the fields of other records
that merely name it (a relation's provider, a plan's scope) are compared as if the new name had
been there before.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Collection, Iterator
from dataclasses import dataclass

from desktop_app.customer_map.vocabulary import RELATION_STATUS_TEXTS, REVIEW_CYCLE_TEXTS
from desktop_app.duties.vocabulary import ROLE_TEXTS
from desktop_app.handbook.content import HandbookContent
from desktop_app.i18n import translator
from desktop_app.meeting.vocabulary import CATEGORY_TEXTS, RECURRENCE_LABELS
from desktop_app.org.vocabulary import POSITION_CATEGORY_LABELS, UNIT_KIND_LABELS
from desktop_app.rotation.vocabulary import ASSIGNMENT_STATUS_TEXTS, PLAN_KIND_TEXTS, PLAN_STATUS_LABELS

__all__ = ["Change", "KIND_ORDER", "Snapshot", "decode", "diff", "encode", "take_snapshot"]

Snapshot = dict  # {"chapters": [keys], "entries": {key: {"kind", "name", "fields": {label: text}}}}

# kind -> (printed name of the kind, chapter); the appendix lists changes in this order
KIND_ORDER = {
    "text": ("手册文本", None),  # chapter by text key, below
    "unit": ("单位", "organisation"),
    "post": ("岗位", "organisation"),
    "item": ("职责事项", "organisation"),
    "duty": ("单位职责", "organisation"),
    "post_duty": ("岗位职责", "organisation"),
    "relation": ("服务关系", "customer_map"),
    "meeting_type": ("会议制度", "coordination"),
    "plan": ("轮岗与蹲点计划", "coordination"),
    "assignment": ("轮岗与蹲点安排", "coordination"),
}
# the fields that name units or posts ("post · unit"; lists joined by "、"), by kind
NAMING_FIELDS = {"unit": ("上级单位",), "relation": ("提供方", "内部客户"), "meeting_type": ("主办单位",),
                 "plan": ("范围",), "assignment": ("原岗位", "去向")}
RENAMEABLE = ("unit", "post")
TEXT_CHAPTERS = {"five_ways_of_thinking": "thinking", "service_capability_model": "capability",
                 "code_of_conduct": "capability"}


@dataclass(frozen=True)
class Change:
    kind: str  # printed name of the kind
    name: str
    operation: str  # "新增", "删除" or "修改"
    fields: tuple[tuple[str, str, str], ...]  # (field, old, new); for 新增 and 删除 the values shown


def take_snapshot(content: HandbookContent, chapters: Collection[str]) -> Snapshot:
    entries: dict[str, dict] = {}
    for key, kind, name, fields in _entries(content, set(chapters)):
        entries[key] = {"kind": kind, "name": name, "fields": fields}
    return {"chapters": sorted(chapters), "entries": entries}


def _entries(c: HandbookContent, chapters: set[str]) -> Iterator[tuple[str, str, str, dict[str, str]]]:
    zh = translator("zh_CN")
    for key, text in c.texts.items():
        if TEXT_CHAPTERS[key] in chapters:
            yield f"text:{key}", "text", text.title, {"标题": text.title, "正文": text.body}
    if "organisation" in chapters:
        items: dict[str, tuple[str, str, str]] = {}
        for u in c.organisation.units:
            yield f"unit:{u.id}", "unit", u.name, {"编码": u.code, "名称": u.name, "类别": zh(UNIT_KIND_LABELS.get(u.kind, u.kind)),
                                                   "上级单位": u.parent_name, "说明": u.notes}
            for p in u.posts:
                yield f"post:{p.id}", "post", f"{p.name} · {u.name}", {
                    "编码": p.code, "名称": p.name, "类别": zh(POSITION_CATEGORY_LABELS.get(p.category, p.category)),
                    "定员": str(p.quota)}
            posts = {p.id: p.name for p in u.posts}
            titles = {d.item_id: d.title for d in u.duties}
            for d in u.duties:
                items[d.item_id] = (d.code, d.title, d.description)
                if d.role:
                    yield f"duty:{d.item_id}:{u.id}", "duty", f"{u.name}：{d.title}", {"角色": ROLE_TEXTS[d.role]}
            for (item, post), role in u.post_roles.items():
                yield (f"post_duty:{item}:{post}", "post_duty", f"{posts.get(post, '')} · {u.name}：{titles.get(item, '')}",
                       {"角色": ROLE_TEXTS[role]})
        for item_id, (code, title, description) in items.items():
            yield f"item:{item_id}", "item", f"{code} {title}", {"编号": code, "名称": title, "说明": description}
    if "customer_map" in chapters:
        seen = set()
        for card in c.cards:
            for line in (*card.provides, *card.post_provides, *card.receives, *card.post_receives):
                if line.relation_id in seen:
                    continue
                seen.add(line.relation_id)
                own = card.name if line.level == "unit" else f"{line.own_name} · {card.name}"
                provides = line in card.provides or line in card.post_provides
                provider, customer = (own, line.partner_name) if provides else (line.partner_name, own)
                yield f"relation:{line.relation_id}", "relation", f"{provider} → {customer}：{line.service_item}", {
                    "提供方": provider, "内部客户": customer, "服务事项": line.service_item, "服务价值": line.value,
                    "服务标准": line.standard, "时限（工作日）": "" if line.target_days is None else str(line.target_days),
                    "服务承诺": line.commitment, "复核周期": REVIEW_CYCLE_TEXTS.get(line.review_cycle, line.review_cycle),
                    "状态": RELATION_STATUS_TEXTS.get(line.status, line.status)}
    if "coordination" in chapters:
        for m in c.coordination.meeting_types:
            yield f"meeting_type:{m.id}", "meeting_type", m.name, {
                "名称": m.name, "类别": CATEGORY_TEXTS.get(m.category, m.category), "主办单位": m.host,
                "周期": zh(RECURRENCE_LABELS.get(m.recurrence, m.recurrence)), "时间": m.start_time, "地点": m.place}
        for p in c.coordination.plans:
            yield f"plan:{p.id}", "plan", p.name, {
                "名称": p.name, "类型": PLAN_KIND_TEXTS.get(p.kind, p.kind), "开始": p.start.isoformat(),
                "结束": p.end.isoformat(), "状态": zh(PLAN_STATUS_LABELS.get(p.status, p.status)), "目标": p.objective,
                "评价方法": p.evaluation_method, "范围": "、".join(p.units)}
            for a in p.assignments:
                yield f"assignment:{a.id}", "assignment", f"{p.name}：{a.person}", {
                    "人员": a.person, "原岗位": a.from_post, "去向": a.to,
                    "开始": a.start.isoformat() if a.start else "", "结束": a.end.isoformat() if a.end else "",
                    "状态": ASSIGNMENT_STATUS_TEXTS.get(a.status, a.status)}


def _chapter_of(key: str, kind: str) -> str | None:
    if kind == "text":
        return TEXT_CHAPTERS.get(key.partition(":")[2])
    return KIND_ORDER.get(kind, ("", None))[1]


def diff(before: Snapshot, after: Snapshot) -> list[Change]:
    """The changes from ``before`` to ``after`` over the chapters both printed, by kind (in
    ``KIND_ORDER``), then name."""
    common = set(before.get("chapters", ())) & set(after.get("chapters", ()))
    old = {k: e for k, e in before.get("entries", {}).items() if _chapter_of(k, e["kind"]) in common}
    new = {k: e for k, e in after.get("entries", {}).items() if _chapter_of(k, e["kind"]) in common}
    # the printed names of units and posts (a post's is "post · unit") that changed
    renames = {old[k]["name"]: new[k]["name"] for k in old.keys() & new.keys()
               if old[k]["kind"] in RENAMEABLE and old[k]["name"] != new[k]["name"]}

    def before_value(kind: str, field: str, value: str) -> str:
        if not renames or field not in NAMING_FIELDS.get(kind, ()):
            return value
        return "、".join(renames.get(name, name) for name in value.split("、"))

    changes: list[tuple[int, str, Change]] = []
    order = {k: i for i, k in enumerate(KIND_ORDER)}
    for key in old.keys() | new.keys():
        a, b = old.get(key), new.get(key)
        entry = b or a
        kind = KIND_ORDER.get(entry["kind"], (entry["kind"], None))[0]
        if a is None:
            fields = tuple((f, "", v) for f, v in b["fields"].items() if v)
            change = Change(kind, b["name"], "新增", fields)
        elif b is None:
            fields = tuple((f, v, "") for f, v in a["fields"].items() if v)
            change = Change(kind, a["name"], "删除", fields)
        else:
            names = list(dict.fromkeys([*a["fields"], *b["fields"]]))
            fields = tuple((f, a["fields"].get(f, ""), b["fields"].get(f, "")) for f in names
                           if before_value(b["kind"], f, a["fields"].get(f, "")) != b["fields"].get(f, ""))
            if not fields:
                continue
            change = Change(kind, b["name"], "修改", fields)
        changes.append((order.get(entry["kind"], len(order)), change.name, change))
    changes.sort(key=lambda t: (t[0], t[1], t[2].operation))
    return [c for _, _, c in changes]


def encode(snapshot: Snapshot) -> bytes:
    return zlib.compress(json.dumps(snapshot, ensure_ascii=False, sort_keys=True).encode("utf-8"), 6)


def decode(data: bytes) -> Snapshot:
    return json.loads(zlib.decompress(data).decode("utf-8"))
