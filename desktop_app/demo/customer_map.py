"""The demo's internal customer map: about 150 × scale unit relations, 300 × scale post relations,
10 × scale business processes, and the handbook's three texts.

Choices:
- Processes follow a county company's daily work (业扩报装, 配网故障抢修, 停电计划, …); steps are
  owned by departments, teams and one supply station per process (a different station for each
  copy when scale > 1, whose names carry the station: 业扩报装（白沙）). Two processes run inside
  one unit and hand over between posts (低压故障处理 in a station, 公文处理 in 办公室); 公文处理
  is still a draft.
- Every handoff of the processes has its relation in the map, active and with a commitment,
  except a few left on purpose (about a tenth of them, at least three between units and one
  between posts): half are missing (the page proposes them), half are drafts with no
  commitment yet. Both show as "handoff without commitment".
- The rest of the map comes from catalogues: departments guide the supply stations (技术指导,
  同业对标反馈, 物资配送 …), stations report back, departments serve each other, and posts serve
  posts inside their unit (台区经理 → 核算员 …) and across a few units. About 85 % are active,
  10 % drafts, 5 % retired; copies beyond the first put an area before the service item.
"""

from __future__ import annotations

from typing import Any

from desktop_app.customer_map.texts import DEFAULT_TEXTS
from desktop_app.demo import DemoWriter
from desktop_app.demo.duties import _qualifier
from desktop_app.demo.org import DemoOrg, DemoPosition, DemoUnit
from desktop_app.model import BusinessProcess, HandbookText, PositionRelation, ProcessStep, UnitRelation

UNIT_RELATIONS = 150
POST_RELATIONS = 300
ST = "*station"  # the process' supply station

# (process, description, status, steps as (step, unit name or ST, post name or None))
PROCESSES = (
    ("业扩报装", "新装、增容用电从受理到送电的全过程。", "active", (
        ("受理用电申请", "营业班", None), ("现场勘查", "运维检修部", None), ("供电方案答复", "营销部", None),
        ("配套工程施工", "配电运检班", None), ("装表接电", "计量班", None), ("资料归档", "营业班", None))),
    ("配网故障抢修", "客户报修到恢复送电、回访的闭环。", "active", (
        ("故障报修受理", "客户服务班", None), ("故障研判派单", "调度班", None), ("现场抢修", "配电运检班", None),
        ("客户回访", "客户服务班", None))),
    ("停电计划管理", "计划停电的申报、平衡、发布和通知。", "active", (
        ("停电需求申报", "运维检修部", None), ("计划平衡审批", "电力调度控制中心", None),
        ("停电信息发布", "客户服务中心", None), ("客户停电通知", ST, None))),
    ("物资领用配送", "供电所生产物资从提报到结算。", "active", (
        ("物资需求提报", ST, None), ("需求审核", "运维检修部", None), ("出库配送", "仓储配送班", None),
        ("费用结算", "财务资产部", None))),
    ("客户投诉处理", "投诉受理、调查、整改和回访。", "active", (
        ("投诉受理", "客户服务班", None), ("调查处理", "营销部", None), ("整改落实", ST, None),
        ("回访归档", "客户服务班", None))),
    ("电费抄核收", "抄表、核算、回收与账务。", "active", (
        ("抄表数据采集", "计量班", None), ("电费核算发行", "营销部", None), ("电费催收", ST, None),
        ("电费账务处理", "财务资产部", None))),
    ("员工培训", "培训需求到实施和费用报销。", "active", (
        ("培训需求提报", "运维检修部", None), ("培训计划编制", "人力资源部", None), ("培训费用报销", "财务资产部", None))),
    ("设备缺陷管理", "变电设备缺陷的发现、定级、消缺和验收。", "active", (
        ("缺陷发现登记", "变电运维班", None), ("缺陷定级", "运维检修部", None), ("消缺检修", "变电检修班", None),
        ("消缺验收", "变电运维班", None))),
    ("低压故障处理", "供电所内低压故障的接单、抢修和回访。", "active", (
        ("接单派工", ST, "台区经理"), ("故障抢修", ST, "运维检修岗"), ("结果回访", ST, "台区经理"))),
    ("公文处理", "收文登记、批办和归档。", "draft", (
        ("收文登记", "办公室", "文秘专责"), ("领导批办", "办公室", "主任"), ("办结归档", "办公室", "档案管理员"))),
)

# (provider, customer, item, value, standard with {n}, target range, commitment with {n}, cycle); ST: every station
UNIT_CATALOGUE = (
    ("运维检修部", ST, "配网运维技术指导", "提升供电所设备运维水平", "每季度到所指导不少于一次，技术问题{n}个工作日内答复", (3, 5), "技术问题{n}个工作日内给出处理意见", "quarterly"),
    ("营销部", ST, "营销业务指导与政策解读", "让基层准确执行营销政策", "新政策下发后{n}个工作日内完成宣贯", (5, 10), "政策疑问{n}个工作日内书面答复", "quarterly"),
    ("乡镇供电所管理部", ST, "同业对标分析反馈", "帮助供电所找准优势项和弱势项", "每月{n}日前反馈上月对标结果", (5, 10), "每月{n}日前送达对标分析和改进建议", "monthly"),
    ("安全监察部", ST, "安全检查与隐患整改指导", "防范作业风险", "每半年全覆盖检查一次，隐患{n}个工作日内给出整改意见", (3, 5), "隐患{n}个工作日内给出整改意见并跟踪闭环", "half-yearly"),
    ("物资供应中心", ST, "抢修物资配送", "保障抢修不因物资延误", "常规物资{n}个工作日内送达", (1, 3), "抢修物资随叫随送，常规物资{n}个工作日内送达", "quarterly"),
    ("人力资源部", ST, "技能培训组织", "提升一线员工一专多能水平", "每年组织不少于两期实训，报名后{n}个工作日内确认", (3, 5), "培训需求{n}个工作日内纳入计划", "yearly"),
    ("信息通信中心", ST, "营销系统与终端运维", "保证系统可用", "故障{n}个工作日内修复", (1, 2), "系统故障{n}个工作日内修复并告知原因", "quarterly"),
    ("财务资产部", ST, "费用报销审核", "让基层少跑腿", "单据齐全{n}个工作日内审核完毕", (3, 5), "资料齐全的报销{n}个工作日内办结", "half-yearly"),
    (ST, "营销部", "电费回收情况报送", "支撑电费风险管控", "每月{n}日前报送", (3, 5), "每月{n}日前报送准确的回收数据", "monthly"),
    (ST, "运维检修部", "设备缺陷与运行信息上报", "让专业部门掌握设备状态", "发现缺陷{n}个工作日内上报", (1, 2), "缺陷发现后{n}个工作日内上报并附照片", "monthly"),
    (ST, "乡镇供电所管理部", "对标指标数据报送", "保证对标数据准确", "每月{n}日前报送", (3, 5), "每月{n}日前报送并对数据负责", "monthly"),
    ("电力调度控制中心", "运维检修部", "检修计划批复", "保障检修按期开展", "申请后{n}个工作日内批复", (2, 3), "检修申请{n}个工作日内批复", "monthly"),
    ("物资供应中心", "运维检修部", "工程物资供应", "保障工程进度", "到货后{n}个工作日内配送", (2, 5), "到货后{n}个工作日内配送到现场", "quarterly"),
    ("发展策划部", "运维检修部", "项目计划下达", "让项目早落地", "批复后{n}个工作日内下达", (3, 5), "项目批复后{n}个工作日内下达计划", "yearly"),
    ("客户服务中心", "营销部", "客户诉求转办", "让客户诉求有人接", "受理后{n}个工作日内转办", (1, 1), "诉求受理后{n}个工作日内转到承办人", "monthly"),
    ("营销部", "客户服务中心", "营销政策口径", "统一对外答复口径", "政策变化{n}个工作日内更新知识库", (2, 3), "政策变化{n}个工作日内更新答复口径", "quarterly"),
    ("安全监察部", "运维检修部", "安全监督检查", "守住安全底线", "每月检查，问题{n}个工作日内通报", (2, 3), "检查问题{n}个工作日内通报并督促闭环", "monthly"),
    ("运维检修部", "营销部", "停电影响范围核定", "减少客户停电影响", "计划停电前{n}个工作日提供", (5, 7), "停电前{n}个工作日提供影响客户清单", "monthly"),
    ("电力调度控制中心", "客户服务中心", "故障停电信息通报", "让客服答复有依据", "停电后{n}小时内通报", (1, 1), "故障停电后{n}小时内通报范围和预计恢复时间", "monthly"),
)
# every department gets these from the named provider
TO_EVERY_DEPARTMENT = (
    ("办公室", "公文流转与会议组织", "保证政令畅通", "收文{n}个工作日内分办", (1, 2), "收文{n}个工作日内分办到承办部门", "yearly"),
    ("人力资源部", "绩效考核结果反馈", "让考核结果看得懂、用得上", "月度结果{n}个工作日内反馈", (3, 5), "月度考核结果{n}个工作日内反馈并解释扣分原因", "monthly"),
    ("财务资产部", "预算执行分析", "帮助部门控制成本", "每月{n}日前提供", (5, 8), "每月{n}日前提供预算执行分析", "monthly"),
    ("信息通信中心", "办公系统运维", "保证日常办公不中断", "故障{n}个工作日内修复", (1, 1), "办公系统故障{n}个工作日内修复", "quarterly"),
    ("党群工作部", "宣传报道支持", "展示部门工作成效", "约稿后{n}个工作日内完成", (3, 5), "约稿后{n}个工作日内完成报道", "yearly"),
)

# post → post inside one supply station: (provider post, its team, customer post, its team, item, commitment)
STATION_POSTS = (
    ("台区经理", "营业班", "核算员", "综合班", "抄表数据报送", "抄表结束当日报送准确数据"),
    ("核算员", "综合班", "台区经理", "营业班", "电费发行与欠费清单", "发行后一个工作日内下发欠费清单"),
    ("运维检修岗", "运维班", "台区经理", "营业班", "故障处理结果反馈", "处理完毕即时反馈"),
    ("台区经理", "营业班", "运维检修岗", "运维班", "客户报修信息转派", "接到报修五分钟内转派"),
    ("安全员", "", "运维检修岗", "运维班", "作业现场安全交底", "作业前完成安全交底"),
    ("所长", "", "班长", "运维班", "月度工作计划下达", "每月一日前下达计划"),
    ("班长", "运维班", "所长", "", "班组工作情况汇报", "每周五汇报本周情况"),
    ("营销岗", "营业班", "台区经理", "营业班", "业扩报装资料流转", "资料收齐当日流转"),
    ("综合岗", "", "所长", "", "会务与后勤保障", "会议前一天备好材料和会场"),
    ("副所长", "", "安全员", "", "安全工作部署", "每月安全例会部署到位"),
    ("班长", "营业班", "台区经理", "营业班", "营销任务分解", "每月三日前分解到台区"),
)
# post → post across units: (provider unit, post, customer unit, post, item, commitment)
CROSS_POSTS = (
    ("调度班", "调度员", "监控班", "监控员", "调度指令与运行方式通知", "方式变更前一小时通知"),
    ("监控班", "监控员", "调度班", "调度员", "异常信号汇报", "异常信号一分钟内汇报"),
    ("变电运维班", "变电运维工", "变电检修班", "变电检修工", "设备缺陷通知", "发现缺陷当日通知"),
    ("变电检修班", "变电检修工", "变电运维班", "变电运维工", "检修工作交代", "检修结束当场交代"),
    ("配电运检班", "配电运检工", "仓储配送班", "仓管员", "物资领用计划", "提前一天报送领用计划"),
    ("仓储配送班", "仓管员", "配电运检班", "配电运检工", "物资出库配送", "领用当日出库"),
    ("营业班", "营业员", "客户服务班", "客服专员", "业务办理进度告知", "进度变化当日告知"),
    ("客户服务班", "客服专员", "营业班", "营业员", "客户诉求转办", "受理后半小时内转办"),
    ("计量班", "计量工", "用电检查班", "用电检查员", "计量异常信息", "发现异常当日通报"),
    ("用电检查班", "用电检查员", "计量班", "计量工", "现场检查问题移交", "检查后一个工作日内移交"),
    ("财务资产部", "会计", "财务资产部", "出纳", "付款凭证审核", "凭证当日审核"),
    ("财务资产部", "出纳", "财务资产部", "会计", "资金收支日报", "每日下班前报送"),
    ("财务资产部", "预算专责", "财务资产部", "会计", "预算执行口径", "口径变化当日告知"),
    ("办公室", "文秘专责", "办公室", "档案管理员", "文件归档移交", "办结后五个工作日内移交"),
    ("办公室", "行政专责", "办公室", "驾驶员", "用车计划", "提前一天下达"),
    ("办公室", "驾驶员", "办公室", "行政专责", "车辆运行记录", "每周一报送"),
    ("人力资源部", "劳资专责", "人力资源部", "绩效专责", "薪酬数据", "每月五日前提供"),
    ("人力资源部", "绩效专责", "人力资源部", "劳资专责", "绩效考核结果", "每月八日前提供"),
)


def estimate_rows(scale: int) -> int:
    return (UNIT_RELATIONS + POST_RELATIONS + 50) * scale + len(DEFAULT_TEXTS)


class _Builder:
    def __init__(self, writer: DemoWriter, org: DemoOrg) -> None:
        self.w, self.rng = writer, writer.rng("customer_map")
        self.units = {u.name: u for u in org.units if u.active}
        self.stations = [u for u in org.units if u.kind == "station" and u.active]
        self.departments = [u for u in org.units if u.kind == "department" and u.active]
        self.posts: dict[str, list[DemoPosition]] = {}
        for p in org.positions:
            self.posts.setdefault(p.unit_id, []).append(p)
        self.unit_rows: dict[tuple[str, str, str], dict] = {}
        self.post_rows: dict[tuple[str, str, str], dict] = {}

    def post(self, unit: DemoUnit, name: str) -> DemoPosition | None:
        return next((p for p in self.posts.get(unit.id, []) if p.name == name), None)

    def station_post(self, station: DemoUnit, name: str, team: str) -> DemoPosition | None:
        town = station.name.removesuffix("供电所")
        unit = self.units.get(town + team) if team else station
        return (unit and self.post(unit, name)) or (self.post(station, name) if team == "综合班" else None)

    def terms(self, status: str, standard: str, target: tuple[int, int], commitment: str, cycle: str,
              value: str = "") -> dict[str, Any]:
        n = self.rng.randint(*target)
        return {"value": value, "standard": standard.format(n=n), "target_days": n if "{n}" in standard else None,
                "commitment": commitment.format(n=n) if status != "draft" else "", "review_cycle": cycle,
                "status": status}

    def status(self) -> str:
        r = self.rng.random()
        return "active" if r < 0.85 else "draft" if r < 0.95 else "retired"


def _processes(b: _Builder, copy: int, code_start: int) -> tuple[list[dict], list[dict], list[tuple]]:
    """Process and step rows of one copy, and its handoffs as (level, provider, customer, step, process)."""
    station = b.stations[(b.rng.randrange(len(b.stations)) + copy) % len(b.stations)] if copy else None
    processes, steps, handoffs = [], [], []
    for k, (name, description, status, stages) in enumerate(PROCESSES):
        here = station or b.stations[b.rng.randrange(len(b.stations))]
        title = name if not copy else f"{name}（{here.name.removesuffix('供电所')}）"
        row = {**b.w.record(b.rng), "code": f"LC-{code_start + k:03d}", "name": title, "status": status,
               "description": description}
        processes.append(row)
        owners = []
        for i, (step, unit_name, post_name) in enumerate(stages, 1):
            unit = here if unit_name == ST else b.units[unit_name]
            post = None
            if post_name:
                post = b.post(unit, post_name) or next(
                    b.station_post(unit, post_name, team) for team in ("营业班", "运维班") if b.station_post(unit, post_name, team))
            steps.append({**b.w.record(b.rng), "process_id": row["id"], "sequence": i * 10, "name": step,
                          "owner_unit_id": unit.id, "owner_position_id": post and post.id, "description": ""})
            owners.append((unit, post, step))
        for (ua, pa, step), (ub, pb, _) in zip(owners, owners[1:]):
            if ua.id != ub.id:
                handoffs.append(("unit", ua.id, ub.id, step, title, status))
            elif pa and pb and pa.id != pb.id:
                handoffs.append(("position", pa.id, pb.id, step, title, status))
    return processes, steps, handoffs


def _handoff_relations(b: _Builder, handoffs: list[tuple]) -> set[tuple[str, str, str]]:
    """Relations for the handoffs of active processes, all but a few committed; returns the
    pairs left without a commitment (the catalogues must not cover them)."""
    pairs: dict[tuple[str, str, str], tuple[str, str]] = {}
    for level, provider, customer, step, process, status in handoffs:
        if status == "active":
            pairs.setdefault((level, provider, customer), (step, process))
    uncovered: set[tuple[str, str, str]] = set()
    for level, least in (("unit", 3), ("position", 1)):
        mine = [p for p in pairs if p[0] == level]
        chosen = b.rng.sample(mine, min(len(mine), max(least, len(mine) // 10)))
        uncovered |= set(chosen)
        for i, pair in enumerate(chosen):  # every other one a draft, the rest missing
            if i % 2:
                step, process = pairs[pair]
                rows = b.unit_rows if level == "unit" else b.post_rows
                rows[(pair[1], pair[2], f"{step}（{process}）")] = b.terms("draft", "", (1, 1), "", "yearly")
    for pair, (step, process) in pairs.items():
        if pair not in uncovered:
            rows = b.unit_rows if pair[0] == "unit" else b.post_rows
            rows[(pair[1], pair[2], f"{step}（{process}）")] = b.terms(
                "active", "交接资料齐全，{n}个工作日内完成", (1, 3), "按流程要求{n}个工作日内完成交接并告知结果",
                "quarterly", f"保证“{process}”流程顺畅")
    return uncovered


def _catalogue(b: _Builder, qualifier: str, uncovered: set) -> tuple[list, list]:
    units, posts = [], []
    for provider, customer, item, value, standard, target, commitment, cycle in UNIT_CATALOGUE:
        for p in (b.stations if provider == ST else [b.units[provider]]):
            for c in (b.stations if customer == ST else [b.units[customer]]):
                units.append(((p.id, c.id, qualifier + item), (value, standard, target, commitment, cycle)))
    for provider, item, value, standard, target, commitment, cycle in TO_EVERY_DEPARTMENT:
        for d in b.departments:
            if d.name != provider:
                units.append(((b.units[provider].id, d.id, qualifier + item), (value, standard, target, commitment, cycle)))
    for station in b.stations:
        for pn, pt, cn, ct, item, commitment in STATION_POSTS:
            p, c = b.station_post(station, pn, pt), b.station_post(station, cn, ct)
            if p and c and p.id != c.id:
                posts.append(((p.id, c.id, qualifier + item), commitment))
    for pu, pn, cu, cn, item, commitment in CROSS_POSTS:
        p, c = b.post(b.units[pu], pn), b.post(b.units[cu], cn)
        posts.append(((p.id, c.id, qualifier + item), commitment))
    for unit in [*b.departments, *(u for u in b.units.values() if u.kind == "team")]:
        own = b.posts.get(unit.id, [])
        head = next((p for p in own if p.role in ("head", "leader")), None)
        for p in own:
            if head and p.role == "":
                posts.append(((head.id, p.id, qualifier + "工作任务布置与督办"), "任务布置当日讲清要求和时限"))
                posts.append(((p.id, head.id, qualifier + "工作进展汇报"), "每周汇报进展，遇到问题当日报告"))
    return ([u for u in units if ("unit", *u[0][:2]) not in uncovered],
            [p for p in posts if ("position", *p[0][:2]) not in uncovered])


def build(writer: DemoWriter, org: DemoOrg) -> None:
    """Writes processes and steps, unit and post relations, and the handbook's texts."""
    b = _Builder(writer, org)
    processes, steps, handoffs = [], [], []
    for copy in range(writer.scale):
        p, s, h = _processes(b, copy, len(processes) + 1)
        processes += p
        steps += s
        handoffs += h
    uncovered = _handoff_relations(b, handoffs)
    for copy in range(writer.scale):
        units, posts = _catalogue(b, _qualifier(copy), uncovered)
        b.rng.shuffle(units)
        b.rng.shuffle(posts)
        for key, (value, standard, target, commitment, cycle) in units:
            if len(b.unit_rows) >= UNIT_RELATIONS * (copy + 1):
                break
            b.unit_rows.setdefault(key, b.terms(b.status(), standard, target, commitment, cycle, value))
        for key, commitment in posts:
            if len(b.post_rows) >= POST_RELATIONS * (copy + 1):
                break
            cycle = b.rng.choice(("quarterly", "half-yearly", "yearly"))
            b.post_rows.setdefault(key, b.terms(b.status(), "", (1, 1), commitment, cycle))
    writer.insert(BusinessProcess, processes)
    writer.insert(ProcessStep, steps)
    writer.insert(UnitRelation, ({**writer.record(b.rng), "provider_unit_id": p, "customer_unit_id": c,
                                  "service_item": item, **terms} for (p, c, item), terms in b.unit_rows.items()))
    writer.insert(PositionRelation, ({**writer.record(b.rng), "provider_position_id": p, "customer_position_id": c,
                                      "service_item": item, **terms} for (p, c, item), terms in b.post_rows.items()))
    writer.insert(HandbookText, [{**writer.record(b.rng), "key": key, "title": title, "body": body}
                                 for key, (title, body) in DEFAULT_TEXTS.items()])
