"""The demo's duty boundaries: about 300 × scale work items of 青溪县供电公司, the matrix of unit
roles, its breakdown to posts, a few disputed items and one explained finding.

Choices:
- Titles are an object and an action (配网故障 + 抢修, 计量装置 + 校验 …) from a catalogue grouped
  by owning unit; each supply station also owns the low-voltage work of its own area. Copies
  beyond the first (scale > 1) put an area before the title (城区配网故障抢修), so titles stay
  distinct. Codes are ZZ-001 … (four digits from 1,000 items on).
- Each item has one owning unit (R), usually an approving unit (A), cooperating units (C, often
  the supply stations) and informed ones (I); the owner's duty goes to one of its posts (R), its
  head approves about half of them, and cooperating units name a post now and then. Every post
  ends up with some duty, except a few left idle on purpose.
- A realistic handful of grey areas, proportional to the scale: items nobody owns (some under
  review), items with two owning units or two owning posts, owned items not broken down to a
  post, duties left with units that closed (农网改造工程办公室, 湖头供电所, 城关抄表班), duties on
  the vacant posts, and idle posts. About 3 % of the items are retired.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop_app.demo import ANCHOR, DemoWriter
from desktop_app.demo.org import LINES, DemoOrg, DemoPosition, DemoUnit
from desktop_app.model import DisputedItem, FindingNote, PositionDuty, UnitDuty, WorkItem

ITEMS_PER_SCALE = 300
ST = "*stations"  # every working supply station
def _qualifier(copy: int) -> str:
    """"" for the first copy, then 城区, 农村, …; past the list, 城区二区, 农村二区, … so any scale works."""
    if not copy:
        return ""
    base = QUALIFIERS[(copy - 1) % len(QUALIFIERS)]
    round_ = (copy - 1) // len(QUALIFIERS)
    return base if round_ == 0 else f"{base}{round_ + 1}区"


QUALIFIERS = ("城区", "农村", "工业园区", "重要客户", "新建小区", "山区", "沿江", "高速沿线", "学校医院",
              "商业综合体", "光伏用户", "充电设施", "临时用电", "老旧小区", "集镇", "景区")

# (object, owner, approver, cooperating, informed, actions); units by name.
CATALOGUE: tuple[tuple[str, str, str | None, tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] = (
    ("配网故障", "配电运检班", "运维检修部", ("电力调度控制中心", "客户服务中心", ST), ("安全监察部",), ("抢修", "研判与隔离", "抢修物资调配", "抢修后评价")),
    ("配网设备", "配电运检班", "运维检修部", (ST,), (), ("巡视", "缺陷管理", "带电检测", "状态评价", "台账维护", "防雷管理")),
    ("变电站", "变电运维班", "运维检修部", ("电力调度控制中心",), ("安全监察部",), ("巡视", "倒闸操作", "设备验收", "缺陷管理", "运行分析", "两票执行")),
    ("变电设备", "变电检修班", "运维检修部", ("变电运维班", "物资供应中心"), (), ("检修", "预防性试验", "技改大修", "消缺")),
    ("输电线路", "输电运检班", "运维检修部", ("电力调度控制中心",), (), ("巡视", "通道清障", "防外破管理", "检修")),
    ("电网调度", "调度班", "电力调度控制中心", ("运维检修部",), (), ("日计划编制", "操作指令下达", "事故处理", "运行日志管理")),
    ("调度自动化系统", "监控班", "电力调度控制中心", ("信息通信中心",), (), ("运行监视", "缺陷处理", "数据维护")),
    ("停电计划", "电力调度控制中心", "运维检修部", ("营销部", "客户服务中心"), (ST,), ("编制", "审核发布", "执行考核", "客户通知")),
    ("安全生产", "安全监察部", None, ("运维检修部", "营销部"), ("办公室",), ("检查", "例会", "考核", "隐患排查治理", "责任制落实", "月度分析")),
    ("两票", "安全监察部", None, ("运维检修部", ST), (), ("执行检查", "合格率统计")),
    ("应急预案", "安全监察部", None, ("办公室", "运维检修部"), (), ("编制修订", "演练组织", "评估")),
    ("安全工器具", "安全监察部", None, ("物资供应中心", ST), (), ("试验管理", "配置核查")),
    ("电力设施保护", "运维检修部", None, ("输电运检班", ST), ("党群工作部",), ("宣传", "外破隐患排查")),
    ("防汛防台", "运维检修部", "安全监察部", ("物资供应中心", "办公室"), (), ("物资储备", "隐患排查", "值班安排")),
    ("生产技术", "运维检修部", None, (), ("安全监察部",), ("技术监督", "标准化作业推广", "QC成果管理")),
    ("农网改造", "运维检修部", "发展策划部", ("物资供应中心", ST), (), ("项目储备", "施工管理", "竣工验收", "资料归档")),
    ("配网工程", "运维检修部", "发展策划部", ("物资供应中心", ST), (), ("计划管理", "现场安全管控", "质量验收", "结算审核")),
    ("继电保护", "变电检修班", "电力调度控制中心", ("变电运维班",), (), ("定值管理", "校验", "动作分析")),
    ("无功电压", "电力调度控制中心", None, ("变电运维班", "营销部"), (), ("调整", "考核分析")),
    ("电网运行方式", "电力调度控制中心", None, ("运维检修部",), (), ("编制", "风险预警发布", "年度分析")),
    ("带电作业", "配电运检班", "运维检修部", ("安全监察部",), (), ("计划", "现场实施", "工器具管理")),
    ("分布式光伏", "运维检修部", None, ("营销部", ST), (), ("并网验收", "运行监测")),
    ("反违章", "安全监察部", None, ("运维检修部", ST), (), ("稽查", "通报", "整改闭环")),
    ("安全教育", "安全监察部", None, ("人力资源部",), (), ("安规考试", "新员工三级教育", "警示教育")),
    ("外包队伍", "安全监察部", None, ("运维检修部", "物资供应中心"), (), ("资质审查", "安全准入", "评价考核")),
    ("物资", "物资供应中心", "财务资产部", ("运维检修部",), (), ("领用审批", "需求计划", "招标采购", "合同管理", "供应商评价", "质量抽检")),
    ("仓库", "仓储配送班", "物资供应中心", (), ("财务资产部",), ("盘点", "出入库管理", "废旧物资处置")),
    ("用电报装", "营业班", "客户服务中心", ("营销部", "运维检修部", ST), (), ("受理", "现场勘查", "供电方案答复", "装表接电", "资料归档", "时限考核")),
    ("电费", "营销部", None, ("财务资产部", "客户服务中心", ST), (), ("回收", "核算", "欠费催缴", "违约金管理", "账务处理", "发票管理")),
    ("抄表", "营销部", None, ("计量班", ST), (), ("数据采集", "异常处理", "例日管理", "差错考核")),
    ("计量装置", "计量班", "营销部", (ST,), (), ("校验", "轮换", "故障处理", "资产管理", "封印管理", "首检")),
    ("用电检查", "用电检查班", "营销部", (ST,), (), ("周期检查", "窃电查处", "违约用电处理", "安全隐患告知", "双电源客户管理")),
    ("台区线损", "营销部", None, ("运维检修部", ST), ("发展策划部",), ("管理", "统计分析", "考核")),
    ("客户投诉", "客户服务班", "客户服务中心", ("营销部", "运维检修部"), (), ("受理", "处理", "回访", "分析通报", "整改督办")),
    ("95598工单", "客户服务班", None, ("营业班", ST), (), ("派发", "督办", "回复审核")),
    ("优质服务", "客户服务中心", None, ("营销部",), (ST,), ("检查", "考核", "窗口规范")),
    ("重要客户", "营销部", None, ("运维检修部", "客户服务中心"), (), ("走访", "供电方案管理", "隐患排查")),
    ("营销稽查", "营销部", None, ("客户服务中心",), (), ("在线监控", "问题整改")),
    ("电能替代", "营销部", None, ("发展策划部",), (), ("项目推广", "成效统计")),
    ("供电所", "乡镇供电所管理部", None, (ST,), ("营销部",), ("同业对标", "规范化建设", "绩效考核", "业务指导")),
    ("农村电工", "乡镇供电所管理部", None, ("人力资源部", ST), (), ("培训", "考核")),
    ("业扩配套工程", "营销部", "发展策划部", ("运维检修部",), (), ("计划", "验收")),
    ("智能电表", "计量班", None, (ST,), (), ("安装", "运维", "数据异常处理")),
    ("用电信息采集", "计量班", "营销部", ("信息通信中心", ST), (), ("运维", "成功率考核")),
    ("营业厅", "营业班", "客户服务中心", (), (), ("服务规范", "排队管理", "自助设备维护")),
    ("电价", "营销部", None, ("财务资产部",), (), ("执行检查", "政策宣传", "峰谷电价管理")),
    ("有序用电", "营销部", None, ("电力调度控制中心", ST), (), ("方案编制", "执行监督")),
    ("客户满意度", "客户服务中心", None, (ST,), (), ("调查", "分析改进")),
    ("低电压", "营销部", "运维检修部", (ST,), (), ("治理", "监测")),
    ("供电服务指挥", "客户服务中心", None, ("电力调度控制中心", "运维检修部"), (), ("工单监控", "停电信息发布")),
    ("公文", "办公室", None, (), (), ("收发", "审核", "督办", "归档")),
    ("会议", "办公室", None, ("党群工作部",), (), ("周调会组织", "会议纪要编发", "督办事项跟踪", "会议室管理")),
    ("车辆", "办公室", None, ("安全监察部",), (), ("调度", "维修保养", "安全管理")),
    ("档案", "办公室", None, (), (), ("整理归档", "借阅管理", "数字化")),
    ("后勤保障", "办公室", "财务资产部", (), (), ("食堂管理", "办公用品采购", "物业管理")),
    ("内部客户服务", "办公室", None, ("人力资源部",), (), ("承诺管理", "协同度测评", "服务手册编印")),
    ("法律事务", "办公室", None, (), (), ("合同审查", "诉讼案件管理")),
    ("员工培训", "人力资源部", None, ("运维检修部", "营销部"), (), ("计划", "组织实施", "效果评估", "档案管理", "师带徒管理")),
    ("薪酬", "人力资源部", "财务资产部", (), (), ("核算发放", "绩效工资分配")),
    ("绩效考核", "人力资源部", None, ("党群工作部",), (), ("指标制定", "月度考核", "结果应用")),
    ("劳动用工", "人力资源部", None, (), (), ("招聘", "劳动合同管理", "岗位调整")),
    ("社会保险", "人力资源部", None, ("财务资产部",), (), ("缴纳", "待遇申领")),
    ("轮岗", "人力资源部", None, (), ("乡镇供电所管理部",), ("计划编制", "实施评价")),
    ("预算", "财务资产部", None, ("发展策划部",), (), ("编制", "执行分析", "调整", "考核")),
    ("资金", "财务资产部", None, (), (), ("支付审核", "收支管理", "月度计划")),
    ("固定资产", "财务资产部", None, ("物资供应中心", "运维检修部"), (), ("清查", "转资", "报废处置")),
    ("税务", "财务资产部", None, (), (), ("申报", "发票管理")),
    ("党建", "党群工作部", None, (), (), ("支部工作指导", "党员教育", "党费收缴", "组织生活督导")),
    ("宣传", "党群工作部", None, ("办公室",), (), ("新闻报道", "企业文化建设", "舆情监测")),
    ("工会", "党群工作部", None, (), (), ("职工代表大会", "困难职工帮扶", "文体活动")),
    ("纪检监察", "党群工作部", None, (), (), ("廉政教育", "效能监察", "信访处理")),
    ("电网规划", "发展策划部", None, ("运维检修部", "营销部"), (), ("编制", "滚动修编", "项目库管理")),
    ("投资计划", "发展策划部", "财务资产部", (), (), ("编制", "执行监控")),
    ("项目前期", "发展策划部", None, ("运维检修部",), (), ("可研编制", "评审组织")),
    ("统计", "发展策划部", None, (), (), ("报表编制", "数据质量核查")),
    ("信息系统", "信息通信中心", None, ("信通运维班",), (), ("运行维护", "账号权限管理", "网络安全检查", "需求管理")),
    ("通信设备", "信通运维班", "信息通信中心", (), (), ("巡视", "故障处理")),
    ("信访", "办公室", None, ("党群工作部",), (), ("接待", "办理")),
    ("保密", "办公室", None, ("信息通信中心",), (), ("检查", "培训")),
    ("消防", "办公室", None, ("安全监察部",), (), ("设施检查", "演练")),
    ("交通安全", "办公室", "安全监察部", (), (), ("驾驶员教育", "车辆检查")),
    ("企业管理", "发展策划部", None, (), (), ("制度体系维护", "流程优化", "对标管理")),
    ("人才", "人力资源部", None, (), (), ("梯队建设", "技能鉴定", "职称评审")),
    ("离退休", "人力资源部", None, ("党群工作部",), (), ("服务管理", "慰问")),
    ("成本", "财务资产部", None, ("运维检修部", "营销部"), (), ("费用报销", "成本分析", "工程成本核算")),
    ("审计", "财务资产部", None, (), (), ("迎审配合", "问题整改")),
    ("志愿服务", "党群工作部", None, (ST,), (), ("共产党员服务队", "社区服务")),
    ("数据", "信息通信中心", None, ("营销部",), (), ("备份", "治理")),
    ("视频会议", "信通运维班", None, ("办公室",), (), ("保障",)),
    ("农网工程", "农网改造工程办公室", None, (), (), ("项目管理", "资料移交")),  # the office closed in 2017
)
# a station's own work: (title, the posts in its teams that do it)
STATION_ITEMS = (("{station}辖区{area}低压台区运维", "运维检修岗"), ("{station}辖区{area}客户服务", "台区经理"))
CLOSED_HOLDERS = ("湖头供电所", "城关抄表班")  # closed units left as cooperating on a few items


def estimate_rows(scale: int) -> int:
    return 2650 * scale  # items, unit cells and post cells


class _Builder:
    def __init__(self, writer: DemoWriter, org: DemoOrg) -> None:
        self.w, self.org = writer, org
        self.rng = writer.rng("duties")
        self.units = {u.name: u for u in org.units}
        self.by_id = {u.id: u for u in org.units}
        self.stations = [u for u in org.units if u.kind == "station" and u.active]
        self.posts: dict[str, list[DemoPosition]] = {}
        for p in org.positions:
            self.posts.setdefault(p.unit_id, []).append(p)
        self.children: dict[str, list[DemoUnit]] = {}
        for u in org.units:
            if u.parent_id:
                self.children.setdefault(u.parent_id, []).append(u)
        self.held = {s.position_id for s in org.staff}
        self.unit_roles: dict[tuple[int, str], str] = {}  # (item index, unit id) -> role
        self.post_roles: dict[tuple[int, str], str] = {}
        self.items: list[dict[str, Any]] = []
        self.owner_of: list[str] = []  # item index -> owning unit id

    def inside(self, unit: DemoUnit) -> list[DemoPosition]:
        out = list(self.posts.get(unit.id, []))
        for child in self.children.get(unit.id, []):
            out += self.inside(child)
        return out

    def workers(self, unit: DemoUnit) -> list[DemoPosition]:
        own = [p for p in self.posts.get(unit.id, []) if p.role == ""]
        return own or [p for p in self.inside(unit) if p.role == ""]

    def head(self, unit: DemoUnit) -> DemoPosition | None:
        return next((p for p in self.posts.get(unit.id, []) if p.role in ("head", "leader")), None)

    def expand(self, names: tuple[str, ...]) -> list[DemoUnit]:
        out = []
        for name in names:
            if name == ST:
                out += [s for s in self.stations if self.rng.random() < 0.6]
            else:
                out.append(self.units[name])
        return out

    def item(self, title: str, owner: DemoUnit, line: str | None, approver=None, cooperating=(), informed=(),
             doer: str | None = None) -> None:
        i = len(self.items)
        line_unit = self.units[LINES[line][1]] if line else None
        parts = [f"{owner.name}牵头负责{title}"]
        if approver:
            parts.append(f"{approver.name}审批")
        if cooperating:
            parts.append("、".join(u.name for u in cooperating[:3]) + ("等" if len(cooperating) > 3 else "") + "配合")
        self.items.append({"title": title, "line_id": line_unit.id if line_unit else None,
                           "description": "，".join(parts) + "。"})
        self.owner_of.append(owner.id)
        self.unit_roles[(i, owner.id)] = "R"
        for role, units in (("A", [approver] if approver else []), ("C", cooperating), ("I", informed)):
            for u in units:
                self.unit_roles.setdefault((i, u.id), role)
        self.breakdown(i, owner, cooperating, doer)

    def breakdown(self, i: int, owner: DemoUnit, cooperating, doer: str | None) -> None:
        rng = self.rng
        workers = [p for p in self.inside(owner) if p.name == doer] if doer else self.workers(owner)
        if workers:
            self.post_roles[(i, rng.choice(workers).id)] = "R"
        head = self.head(owner)
        if head and rng.random() < 0.5:
            self.post_roles.setdefault((i, head.id), "A")
        for u in cooperating:
            if u.active and rng.random() < 0.35 and (staff := self.workers(u)):
                self.post_roles.setdefault((i, rng.choice(staff).id), "C")

    def catalogue(self, qualifier: str) -> None:
        for obj, owner, approver, cooperating, informed, actions in CATALOGUE:
            o = self.units[owner]
            for action in actions:
                self.item(qualifier + obj + action, o, o.line, approver and self.units[approver],
                          self.expand(cooperating), self.expand(informed))
        for station in self.stations:
            for template, doer in STATION_ITEMS:
                self.item(template.format(station=station.name, area=qualifier), station, "marketing",
                          self.units["乡镇供电所管理部"], [], [], doer)

    def fill_idle_posts(self, retired: set[int], idle: int) -> None:
        """Every post of a working unit gets a duty on a live item, except ``idle`` posts that
        someone holds and that have none yet (left idle on purpose)."""
        busy = {p for i, p in self.post_roles if i not in retired}
        involved: dict[str, list[int]] = {}
        for (i, u) in self.unit_roles:
            if i not in retired:
                involved.setdefault(u, []).append(i)
        idle_now = [p for p in self.org.positions if p.id not in busy and p.id in self.held
                    and p.role == "" and self.by_id[p.unit_id].active]
        left = {p.id for p in self.rng.sample(idle_now, min(idle, len(idle_now)))}
        usable = [i for i in range(len(self.items)) if i not in retired]
        for p in self.org.positions:
            if p.id in busy or p.id in left or not self.by_id[p.unit_id].active:
                continue
            unit = self.by_id[p.unit_id]
            items = involved.get(unit.id) or involved.get(unit.parent_id or "") or usable
            self.post_roles[(self.rng.choice(items), p.id)] = "A" if p.role in ("head", "deputy") else "C"


def _grey_areas(b: _Builder, scale: int, retired: set[int]) -> tuple[set[int], list[int]]:
    """Adds the planned grey areas; returns items set under review, and overlapping items."""
    rng = b.rng
    owners = {b.units["农网改造工程办公室"].id}
    candidates = [i for i in range(len(b.items)) if i not in retired and b.owner_of[i] not in owners]
    rng.shuffle(candidates)

    def take(n: int, fits=lambda i: True) -> list[int]:
        chosen = [i for i in candidates if fits(i)][:n]
        for i in chosen:
            candidates.remove(i)
        return chosen

    review: set[int] = set()
    for k, i in enumerate(take(6 * scale)):  # vacuum: the owner's R removed
        del b.unit_roles[(i, b.owner_of[i])]
        if k % 2:
            review.add(i)
    overlaps = []
    for i in take(4 * scale):  # overlap: a second unit owns it too
        others = [u for (j, u), role in b.unit_roles.items() if j == i and role != "R"]
        extra = rng.choice(others) if others else rng.choice(b.stations).id
        b.unit_roles[(i, extra)] = "R"
        overlaps.append(i)
        for p in b.workers(b.by_id[extra])[:1]:
            b.post_roles[(i, p.id)] = "R"
    def two(i: int) -> bool:  # an owner with two specialists (a station's own posts are not its doers)
        owner = b.by_id[b.owner_of[i]]
        return owner.kind != "station" and len(b.workers(owner)) >= 2

    for i in take(3 * scale, two):  # overlap of posts within the owner
        for p in rng.sample(b.workers(b.by_id[b.owner_of[i]]), 2):
            b.post_roles[(i, p.id)] = "R"
    inside = {}
    for k, i in enumerate(take(5 * scale)):  # gap: not broken down (or only approved)
        owner = b.by_id[b.owner_of[i]]
        ids = inside.setdefault(owner.id, {p.id for p in b.inside(owner)})
        for key in [key for key in b.post_roles if key[0] == i and key[1] in ids]:
            del b.post_roles[key]
        head = b.head(owner)
        if k % 2 and head:
            b.post_roles[(i, head.id)] = "A"
    for name in CLOSED_HOLDERS:  # closed units still listed as cooperating
        for i in take(scale):
            b.unit_roles[(i, b.units[name].id)] = "C"
    return review, overlaps


def build(writer: DemoWriter, org: DemoOrg) -> None:
    """Writes work items, unit and post duties, disputed items and one explained finding."""
    b = _Builder(writer, org)
    for copy in range(writer.scale):
        b.catalogue(_qualifier(copy))
    extra = len(b.items) - ITEMS_PER_SCALE * writer.scale
    assert extra >= 0, "the catalogue is too small"
    closed_office = b.units["农网改造工程办公室"].id  # its leftover items stay: they are the story
    droppable = [i for i in range(len(b.items)) if b.owner_of[i] != closed_office]
    _keep_only(b, set(b.rng.sample(droppable, extra)))
    n = len(b.items)
    retired = set(b.rng.sample([i for i in range(n) if b.owner_of[i] != closed_office], n * 3 // 100))
    review, overlaps = _grey_areas(b, writer.scale, retired)
    b.fill_idle_posts(retired, idle=4)
    _write(writer, b, retired, review, overlaps)


def _keep_only(b: _Builder, drop: set[int]) -> None:
    keep = [i for i in range(len(b.items)) if i not in drop]
    new = {old: k for k, old in enumerate(keep)}
    b.items = [b.items[i] for i in keep]
    b.owner_of = [b.owner_of[i] for i in keep]
    b.unit_roles = {(new[i], u): r for (i, u), r in b.unit_roles.items() if i in new}
    b.post_roles = {(new[i], p): r for (i, p), r in b.post_roles.items() if i in new}


def _write(writer: DemoWriter, b: _Builder, retired: set[int], review: set[int], overlaps: list[int]) -> None:
    rng = b.rng
    width = max(3, len(str(len(b.items))))
    ids = []
    rows = []
    for i, item in enumerate(b.items):
        status = "retired" if i in retired else "review" if i in review else "active"
        row = {**writer.record(rng), "code": f"ZZ-{i + 1:0{width}d}", "status": status, "sort_order": i + 1, **item}
        ids.append(row["id"])
        rows.append(row)
    writer.insert(WorkItem, rows)
    writer.insert(UnitDuty, ({**writer.record(rng), "work_item_id": ids[i], "unit_id": u, "role": r}
                             for (i, u), r in sorted(b.unit_roles.items())))
    writer.insert(PositionDuty, ({**writer.record(rng), "work_item_id": ids[i], "position_id": p, "role": r}
                                 for (i, p), r in sorted(b.post_roles.items())))
    _disputes(writer, b, ids, overlaps)


def _disputes(writer: DemoWriter, b: _Builder, ids: list[str], overlaps: list[int]) -> None:
    from desktop_app.duties.grey_areas import analyse

    rng = b.rng
    office_head = next(p.id for p in b.posts[b.units["办公室"].id] if p.role == "head")
    coordinator = next((s.id for s in b.org.staff if s.position_id == office_head), None)
    rows = []
    for k, i in enumerate(overlaps[:4]):
        owners = [b.by_id[u].name for (j, u), r in b.unit_roles.items() if j == i and r == "R"]
        decided = k < 2
        rows.append({**writer.record(rng), "work_item_id": ids[i], "coordinator_id": coordinator,
                     "description": f"{'与'.join(owners)}均认为应由对方牵头「{b.items[i]['title']}」，职责边界不清。",
                     "decision": f"由{owners[0]}牵头负责，{'、'.join(owners[1:])}配合。" if decided else "",
                     "decided_on": date(ANCHOR.year - 1, 11 + k, 8 + 7 * k) if decided else None,
                     "meeting_ref": f"{ANCHOR.year - 1}年{11 + k}月周调会" if decided else ""})
    writer.insert(DisputedItem, rows)
    findings = [f for f in analyse(writer.session) if f.key.startswith("overlap.units:")]
    if findings:  # one overlap the company decided to keep, explained
        f = findings[-1]
        writer.insert(FindingNote, [{**writer.record(rng), "finding_key": f.key, "fingerprint": f.fingerprint,
                                     "note": "城区与农村片区分工负责，经周调会确认保留双主责。"}])
