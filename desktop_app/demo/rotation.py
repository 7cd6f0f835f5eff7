"""The demo's rotation and stationing (轮岗与蹲点) for the current year: three plans, the units
they cover, a minimum staffing rule for every working supply station and both staffed
categories, and about 500 × scale assignments.

Unlike the rest of the demo, this part follows the calendar: its plans are those of
``date.today().year`` and an assignment's status follows today (finished before it, in
progress around it, planned after it), so the rotation page always shows a year under way. It
is deterministic for a seed and a day (``build`` takes ``today`` for tests); the dates
themselves depend only on the seed and the year.

Choices:
- 轮岗 (RP001, March to November): station staff swap production and marketing work for two
  to three months, 运维检修岗 → 台区经理 / 营销岗 and back, at their own station or another.
- 轮岗体验 (RP002, April to mid-November): staff of departments and their teams spend one to
  two weeks at one of six host stations, in a post of their own line.
- 蹲点 (RP003, the whole year, every station in scope): staff and cadres of departments and
  their teams are stationed at a station for two to four weeks; every station has someone in every quarter …
- Minimum staffing: a station's production and marketing staff, less about an eighth (at least one):
  at scale 1 two or three people of a category away at once break it. Rotations keep to that.
- … except for four conflicts left on purpose, at every scale:
  1. 青石供电所 falls below its production minimum from 15 to 18 June: one more of its
     运维检修岗 is away on rotation than it can spare, and nobody arrives there then;
  2. one department specialist (the first in a seeded draw) is in two overlapping assignments:
     rotation experience at 城关供电所 11–22 May and stationing at 白沙供电所 18 May – 12 June;
  3. one rotation at 芦浦供电所 runs from 12 October to 18 December, past the plan's end;
  4. nobody is stationed at 松岙供电所 in the third quarter.
  About 2 % of the other assignments are cancelled; finished ones have a score and a comment.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

from desktop_app.demo import DemoWriter
from desktop_app.demo.org import DemoOrg, DemoPosition, DemoStaff, DemoUnit
from desktop_app.model import RotationAssignment, RotationPlan, RotationPlanUnit, StaffingRule

PER_SCALE = {"rotation": 100, "experience": 170, "stationing": 230}
SHARE_AWAY = 0.12  # of a station's staff of a category that it can spare at once
CANCELLED_SHARE = 0.02

SHORT_STATION = "青石供电所"  # below its production minimum for a few days
SHORT_DAYS = ((6, 15), (6, 18))
PAST_END_STATION = "芦浦供电所"
PAST_END_DAYS = ((10, 12), (12, 18))
QUIET_STATION = "松岙供电所"  # nobody stationed there in the third quarter
QUIET_QUARTER = 3
OVERLAP = (("城关供电所", (5, 11), (5, 22)), ("白沙供电所", (5, 18), (6, 12)))  # experience, then stationing
HOSTS = ("城关供电所", "白沙供电所", "柳塘供电所", "双溪供电所", "桐坞供电所", "凤鸣供电所")

ROTATION_POSTS = {"production": ("运维检修岗",), "marketing": ("台区经理", "营销岗")}
# the post a visitor takes, by the category of their own post
VISIT_POSTS = {"production": ("运维检修岗",), "marketing": ("台区经理", "营销岗"),
               "general": ("营销岗", "核算员"), "management": ("台区经理", "运维检修岗")}

# (kind, name, period, objective, evaluation method)
PLANS = (
    ("rotation", "{year}年供电所营配岗位互换轮岗", ((3, 1), (11, 30)),
     "打破供电所内运检与营销的岗位界限：运维检修人员到营业班熟悉台区客户服务、抄表催费和业扩报装，"
     "台区经理和营销人员到运维班学习配网巡视、低压故障处理和安全措施布置，培养一岗多能的营配一体骨干，"
     "为推行台区经理制打下人员基础。",
     "轮岗结束前一周由接收班组出具鉴定意见。百分制：新岗位实操考核占六成，任务完成情况占三成，"
     "出勤与纪律占一成；八十分为合格，不合格者延长跟岗一个月。结果记入个人技能档案，作为年度绩效和"
     "竞聘台区经理的依据。"),
    ("experience", "{year}年机关专业人员基层轮岗体验", ((4, 1), (11, 15)),
     "安排部门和专业班组人员到供电所顶岗体验一到两周，亲身经历抄表催费、故障报修、客户走访等一线工作，"
     "查找制度流程在基层执行中的堵点和重复填报，推动专业管理多到现场、少发表格。",
     "体验期间每天填写工作日志，结束时交一份体验报告并提出至少两条改进建议。所长按工作表现评分，"
     "占七成；本部门负责人评议建议的可行性，占三成。被采纳的建议在年度评优中加分。"),
    ("stationing", "{year}年机关干部下沉供电所蹲点", ((1, 5), (12, 20)),
     "机关干部和专责分批到各乡镇供电所蹲点，每次二到四周，与所里员工同吃同住同工作，"
     "帮助解决高损台区治理、现场安全管控和优质服务中的实际难题，做到每个供电所每个季度都有人蹲点。",
     "蹲点结束时提交蹲点报告和问题清单。问题整改闭环率占五成，供电所员工满意度测评占三成，分管领导"
     "评价占两成；结果作为干部考核、评先评优和提拔使用的参考。"),
)

COMMENTS = {
    "rotation": (
        ("轮岗期间独立承担两个台区的抄表催费和客户走访，电费回收率保持全所前列。",
         "主动学习配网运维知识，已能独立排查低压故障，所里建议作为营配一体骨干培养。",
         "三个月里熟悉了新岗位的全部流程，带教师傅评价上手快、肯钻研。"),
        ("按计划完成轮岗任务，基本掌握新岗位操作要领，工作日志记录完整。",
         "与接收班组配合顺畅，日常工作能够胜任，个别业务仍需师傅指导。"),
        ("新岗位业务掌握不够扎实，实操考核得分偏低，建议继续跟岗学习一个月。",
         "出勤正常，但主动性不足，与客户沟通的技巧有待加强。"),
    ),
    "experience": (
        ("跟班完成故障报修和现场勘查，提出的简化低压报装资料建议已被采纳。",
         "走访台区认真，体验报告问题找得准、建议可操作，所长评价很高。"),
        ("按要求完成跟班体验和工作日志，体验报告内容较完整。",
         "对基层工作流程有了直观认识，提出的两条建议正在论证。"),
        ("体验期间多次因本部门事务返回，跟班不够连续，报告较为简单。",),
    ),
    "stationing": (
        ("蹲点期间协助所里治理三个高损台区，线损率明显下降，问题清单全部闭环。",
         "与员工同吃同住同工作，帮助理清安全管理的薄弱环节，员工满意度高。"),
        ("按期完成蹲点任务，问题清单大部分已整改，剩余事项已明确责任人。",
         "参与了保供电和客户走访，蹲点报告反映情况较实。"),
        ("下现场次数偏少，问题清单整改推进较慢。",),
    ),
}
CANCEL_REASONS = ("因迎峰度冬保供电任务，本次取消。", "本人因病请假，另行安排。", "接收供电所工作调整，本次取消。")


def estimate_rows(scale: int) -> int:
    return 60 + sum(PER_SCALE.values()) * scale


@dataclass
class _Plan:
    kind: str
    row: dict
    start: date
    end: date


@dataclass
class _Station:
    unit: DemoUnit
    units: set[str]  # the station and its teams
    posts: dict[str, list[DemoPosition]] = field(default_factory=dict)  # by name
    present: dict[str, int] = field(default_factory=dict)  # staff by category
    slack: dict[str, int] = field(default_factory=dict)  # how many of a category may be away at once


class _Builder:
    def __init__(self, writer: DemoWriter, org: DemoOrg, today: date) -> None:
        self.w, self.rng, self.today = writer, writer.rng("rotation"), today
        self.staff = org.staff
        self.year = today.year
        units = {u.id: u for u in org.units}
        self.posts = {p.id: p for p in org.positions}
        self.stations: dict[str, _Station] = {}
        station_of: dict[str, _Station] = {}
        for u in org.units:
            if u.kind == "station" and u.active:
                st = self.stations[u.name] = _Station(u, {u.id} | {t.id for t in org.units if t.parent_id == u.id})
                for unit_id in st.units:
                    station_of[unit_id] = st
        for p in org.positions:
            if p.unit_id in station_of:
                station_of[p.unit_id].posts.setdefault(p.name, []).append(p)
        self.pools: dict[str, list[DemoStaff]] = {"rotation": [], "experience": [], "stationing": []}
        self.station_of_staff: dict[str, _Station] = {}
        for person in org.staff:
            post = self.posts[person.position_id]
            unit = units[post.unit_id]
            st = station_of.get(post.unit_id)
            if st is not None:
                st.present[post.category] = st.present.get(post.category, 0) + 1
                if post.name in ROTATION_POSTS.get(post.category, ()):
                    self.pools["rotation"].append(person)
                    self.station_of_staff[person.id] = st
                continue
            parent = units.get(unit.parent_id) if unit.parent_id else None
            in_department = unit.kind == "department" or (unit.kind == "team" and parent and parent.kind == "department")
            if not unit.active or not in_department:
                continue
            if not person.is_cadre:
                self.pools["experience"].append(person)
            self.pools["stationing"].append(person)
        for st in self.stations.values():
            for category in ("production", "marketing"):
                st.slack[category] = max(1, int(st.present.get(category, 0) * SHARE_AWAY))
        self.away = {(name, c): [0] * 370 for name in self.stations for c in ("production", "marketing")}
        self.busy: dict[str, list[tuple[date, date]]] = {}
        self.quiet: list[tuple[set[str], date, date]] = []  # (units, first, last day) nobody arrives at
        self.unstationed: tuple[str, date, date] = ("", date.min, date.min)  # (station, first, last day)
        self.plans: dict[str, _Plan] = {}
        self.rows: list[dict] = []
        self.counts: dict[str, int] = {}

    def day(self, month_day: tuple[int, int]) -> date:
        return date(self.year, *month_day)

    def index(self, d: date) -> int:
        return (d - date(self.year, 1, 1)).days

    # --- what a new assignment must respect --------------------------------------------------

    def free(self, person: str, start: date, end: date) -> bool:
        return all(end < a or start > b for a, b in self.busy.get(person, ()))

    def spare(self, st: _Station, category: str, start: date, end: date) -> bool:
        days = self.away[(st.unit.name, category)][self.index(start):self.index(end) + 1]
        return max(days, default=0) < st.slack[category]

    def calm(self, unit_id: str, start: date, end: date) -> bool:
        return not any(unit_id in units and start <= b and end >= a for units, a, b in self.quiet)

    def add(self, plan: str, person: DemoStaff, unit_id: str, post: DemoPosition | None, start: date, end: date,
            cancellable: bool = True) -> None:
        rng, kind = self.rng, self.plans[plan].kind
        self.busy.setdefault(person.id, []).append((start, end))
        st = self.station_of_staff.get(person.id)
        if st is not None:
            away = self.away[(st.unit.name, self.posts[person.position_id].category)]
            for i in range(self.index(start), self.index(end) + 1):
                away[i] += 1
        # drawn for every row, so the dates stay the same whatever today is
        score = round(rng.triangular(58, 99, 87))
        band = 0 if score >= 88 else 1 if score >= 75 else 2
        comment, reason, cancel = rng.choice(COMMENTS[kind][band]), rng.choice(CANCEL_REASONS), rng.random()
        if cancellable and cancel < CANCELLED_SHARE:
            status, score, comment = "cancelled", None, reason
        elif end < self.today:
            status = "finished"
        else:
            status, score, comment = ("planned" if start > self.today else "in_progress"), None, ""
        self.rows.append({**self.w.record(rng), "plan_id": self.plans[plan].row["id"], "staff_id": person.id,
                          "from_position_id": person.position_id, "to_unit_id": unit_id,
                          "to_position_id": post and post.id, "start": start, "end": end, "status": status,
                          "score": score, "comment": comment})
        self.counts[kind] = self.counts.get(kind, 0) + 1

    def span(self, plan: str, low: int, high: int, within: tuple[date, date] | None = None) -> tuple[date, date]:
        first, last = within or (self.plans[plan].start, self.plans[plan].end)
        length = self.rng.randint(low, high)
        start = first + timedelta(days=self.rng.randint(0, max((last - first).days - length + 1, 0)))
        return start, min(start + timedelta(days=length - 1), last)

    def post(self, st: _Station, names: tuple[str, ...]) -> DemoPosition | None:
        held = [p for name in names for p in st.posts.get(name, [])]
        return self.rng.choice(held) if held else None


def _plans(b: _Builder) -> None:
    head = next(p.id for p in b.posts.values() if p.name == "总经理")
    approver = next(person.name for person in b.staff if person.position_id == head)
    for i, (kind, name, (first, last), objective, method) in enumerate(PLANS, 1):
        start, end = b.day(first), b.day(last)
        status = "approved" if b.today < start else "finished" if b.today > end else "in_progress"
        approved = datetime(start.year, start.month, start.day, 9, tzinfo=timezone.utc) - timedelta(days=12)
        row = {**b.w.record(b.rng), "code": f"RP{i:03d}", "name": name.format(year=b.year), "kind": kind,
               "start": start, "end": end, "objective": objective, "evaluation_method": method, "status": status,
               "approved_by": approver, "approved_at": approved, "approved_with": 1 if kind == "stationing" else 0}
        b.plans[kind] = _Plan(kind, row, start, end)


def _conflicts(b: _Builder) -> None:
    """The four conflicts of the module's docstring, placed before anything else."""
    rng = b.rng
    short = b.stations[SHORT_STATION]
    first, last = b.day(SHORT_DAYS[0]), b.day(SHORT_DAYS[1])
    b.quiet.append((short.units, first, last))
    others = [st for name, st in b.stations.items() if name != SHORT_STATION]
    workers = sorted((p for p in b.pools["rotation"] if b.station_of_staff[p.id] is short
                      and b.posts[p.position_id].category == "production"), key=lambda p: p.id)
    away = rng.sample(workers, short.slack["production"] + 1)
    gone = {p.id for p in away}
    for n, person in enumerate(away):  # half leave before and come back on the last day, half leave on the first
        length = timedelta(days=rng.randint(60, 90))
        start, end = (last - length, last) if n % 2 == 0 else (first, first + length)
        to = rng.choice(others)
        post = b.post(to, ROTATION_POSTS["marketing"])
        b.add("rotation", person, post.unit_id, post, start, end, cancellable=False)
    b.pools["rotation"] = [p for p in b.pools["rotation"] if p.id not in gone]

    late = b.stations[PAST_END_STATION]
    person = rng.choice(sorted((p for p in b.pools["rotation"] if b.station_of_staff[p.id] is late
                                and b.posts[p.position_id].category == "marketing"), key=lambda p: p.id))
    post = b.post(late, ROTATION_POSTS["production"])
    b.add("rotation", person, post.unit_id, post, b.day(PAST_END_DAYS[0]), b.day(PAST_END_DAYS[1]), cancellable=False)
    b.pools["rotation"].remove(person)

    visitors = {p.id for p in b.pools["experience"]}
    specialists = [p for p in b.pools["stationing"] if p.id in visitors]
    person = specialists[rng.randrange(len(specialists))]
    (host, *visit), (station, *stay) = OVERLAP
    host_st = b.stations[host]
    post = b.post(host_st, VISIT_POSTS[b.posts[person.position_id].category])
    b.add("experience", person, post.unit_id, post, b.day(visit[0]), b.day(visit[1]), cancellable=False)
    b.add("stationing", person, b.stations[station].unit.id, None, b.day(stay[0]), b.day(stay[1]), cancellable=False)

    quarter_start = date(b.year, 3 * QUIET_QUARTER - 2, 1)
    quarter_end = date(b.year + (QUIET_QUARTER == 4), 3 * QUIET_QUARTER % 12 + 1, 1) - timedelta(days=1)
    b.unstationed = (b.stations[QUIET_STATION].unit.id, quarter_start, quarter_end)


def _rotations(b: _Builder, target: int) -> None:
    rng = b.rng
    pool = list(b.pools["rotation"])
    rng.shuffle(pool)
    names = list(b.stations)
    for person in pool:
        if b.counts.get("rotation", 0) >= target:
            return
        home = b.station_of_staff[person.id]
        category = b.posts[person.position_id].category
        other = "marketing" if category == "production" else "production"
        for _attempt in range(8):
            to = home if rng.random() < 0.6 else b.stations[rng.choice(names)]
            post = b.post(to, ROTATION_POSTS[other])
            start, end = b.span("rotation", 60, 92)
            if post and b.spare(home, category, start, end) and b.calm(post.unit_id, start, end):
                b.add("rotation", person, post.unit_id, post, start, end)
                break
        else:  # a busy station: the first week the person can be spared for the shortest stint
            post = b.post(home, ROTATION_POSTS[other])
            plan = b.plans["rotation"]
            for offset in range(0, (plan.end - plan.start).days - 59, 7):
                start = plan.start + timedelta(days=offset)
                end = start + timedelta(days=59)
                if post and b.spare(home, category, start, end) and b.calm(post.unit_id, start, end):
                    b.add("rotation", person, post.unit_id, post, start, end)
                    break


def _visits(b: _Builder, plan: str, target: int, hosts: list[_Station], low: int, high: int) -> None:
    """Adds ``target`` assignments of ``plan``: experience (a post at a host station) or stationing
    (at the station, no post); fewer only if the people are too busy."""
    rng = b.rng
    pool = b.pools[plan]
    quiet_unit, q_first, q_last = b.unstationed
    periods: list[tuple[_Station, tuple[date, date] | None]] = []
    if plan == "stationing":  # someone at every station in every quarter first, but the one left out
        for quarter in range(1, 5):
            first = max(date(b.year, 3 * quarter - 2, 1), b.plans[plan].start)
            last = min(date(b.year + (quarter == 4), 3 * quarter % 12 + 1, 1) - timedelta(days=1), b.plans[plan].end)
            periods += [(st, (first, last)) for st in hosts if not (st.unit.id == quiet_unit and first <= q_last
                                                                     and last >= q_first)]
    done = b.counts.get(plan, 0)
    for _ in range(target * 3):
        if b.counts.get(plan, 0) >= done + target:
            return
        st, within = periods.pop(0) if periods else (rng.choice(hosts), None)
        for _attempt in range(8 if within is None else 200):  # every quarter's first is sure
            one, other = pool[rng.randrange(len(pool))], pool[rng.randrange(len(pool))]
            person = one if len(b.busy.get(one.id, ())) <= len(b.busy.get(other.id, ())) else other  # the less busy
            start, end = b.span(plan, low, high, within)
            if plan == "stationing":
                unit, post = st.unit.id, None
                if unit == quiet_unit and start <= q_last and end >= q_first:
                    continue
            else:
                post = b.post(st, VISIT_POSTS[b.posts[person.position_id].category])
                unit = post.unit_id
            if b.free(person.id, start - timedelta(days=7), end + timedelta(days=7)) and b.calm(unit, start, end):
                b.add(plan, person, unit, post, start, end, cancellable=within is None)  # a quarter stays covered
                break


def build(writer: DemoWriter, org: DemoOrg, today: date | None = None) -> None:
    """Writes the plans, their scope, the staffing rules and the assignments of ``today``'s year."""
    b = _Builder(writer, org, today or date.today())
    _plans(b)
    _conflicts(b)
    stations = list(b.stations.values())
    _rotations(b, PER_SCALE["rotation"] * writer.scale)
    _visits(b, "experience", PER_SCALE["experience"] * writer.scale, [b.stations[name] for name in HOSTS], 7, 14)
    # stationing makes up what a busy station couldn't spare for rotation: the total stays the same
    _visits(b, "stationing", sum(PER_SCALE.values()) * writer.scale - len(b.rows), stations, 14, 28)
    writer.insert(RotationPlan, [p.row for p in b.plans.values()])
    scope = {"rotation": stations, "experience": [b.stations[name] for name in HOSTS], "stationing": stations}
    writer.insert(RotationPlanUnit, [{**writer.record(b.rng), "plan_id": b.plans[kind].row["id"], "unit_id": st.unit.id}
                                     for kind, units in scope.items() for st in units])
    writer.insert(StaffingRule, [{**writer.record(b.rng), "unit_id": st.unit.id, "category": category,
                                  "minimum": st.present.get(category, 0) - st.slack[category]}
                                 for st in stations for category in ("production", "marketing")])
    writer.insert(RotationAssignment, b.rows)
