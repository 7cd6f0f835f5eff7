"""The demo organisation: 青溪县供电公司, its lines, departments, supply stations, teams,
positions and about 600 × scale staff with their position history.

Choices, modelled on a Zhejiang county company around 2014 (all names are invented):
- The three lines 生产条线 / 营销条线 / 综合管理条线 sit under the company; every department sits
  under the line it serves (e.g. 运维检修部 under 生产, 客户服务中心 under 营销).
- The 15 supply stations (乡镇供电所) sit under the 营销 line: after the "三集五大" reform the
  stations were managed by marketing (营销部/农电), with 乡镇供电所管理部 as the department that
  guides them; their 运维班 still do production work, so station posts are of all categories.
- Inactive units, with history only: 湖头供电所 (and its teams) merged into 白沙供电所 in 2019,
  城关供电所's 抄表班 closed when smart meters came, 农网改造工程办公室 closed in 2017. Staff of
  the successor units often have an earlier post there that ends the day the unit closed.
- Vacancies: two stations short of a 副所长, one department without its 副主任, one post that
  nobody holds, and about a quarter of the larger posts one or two below quota; two posts are
  one over quota. Vacant posts stay vacant at every scale.
- Station teams carry the town in their name (城关运维班, 城关营业班, 城关综合班), so that lists
  and pickers that show a team without its parent stay unambiguous.
Units and positions are the same at every scale (same ids); ``scale`` only adds staff, spread
over the rank-and-file posts in proportion, so quotas are exceeded at high scales.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from desktop_app.demo import ANCHOR, DemoWriter
from desktop_app.demo.names import person_name
from desktop_app.model import Position, PositionAssignment, Staff, Unit

COMPANY_NAME = "青溪县供电公司"
COMPANY_CODE = "QX"
BASE_STAFF = 600  # roughly, at scale 1; the exact number follows from quotas and vacancies

# line key → (code, name); the key is the line's position category.
LINES = {
    "production": ("QX-L1", "生产条线"),
    "marketing": ("QX-L2", "营销条线"),
    "general": ("QX-L3", "综合管理条线"),
}

# A post: (name, category or None for the unit's default, quota, role). Role "head" and
# "deputy" are cadres (干部); "leader" is a team leader (班长, not a cadre).
CHIEF = ("主任", "management", 1, "head")
DEPUTY = ("副主任", "management", 1, "deputy")
LEADER = ("班长", None, 1, "leader")


def _p(name: str, quota: int, category: str | None = None) -> tuple:
    return (name, category, quota, "")


# (name, line, posts, teams as (name, posts), closed as (last day, successor name) or None)
DEPARTMENTS = (
    ("办公室", "general", [CHIEF, DEPUTY, _p("文秘专责", 2), _p("行政专责", 1), _p("档案管理员", 1),
                          _p("后勤专责", 1), _p("驾驶员", 3)], [], None),
    ("人力资源部", "general", [CHIEF, _p("劳资专责", 1), _p("培训专责", 1), _p("绩效专责", 1),
                            _p("社保专责", 1)], [], None),
    ("财务资产部", "general", [CHIEF, DEPUTY, _p("会计", 3), _p("出纳", 1), _p("资产专责", 1),
                            _p("预算专责", 1)], [], None),
    ("党群工作部", "general", [CHIEF, _p("党建专责", 1), _p("宣传专责", 1), _p("工会专责", 1),
                            _p("纪检监察专责", 1)], [], None),
    ("发展策划部", "general", [CHIEF, _p("规划专责", 1), _p("计划专责", 1), _p("项目管理专责", 2)], [], None),
    ("信息通信中心", "general", [CHIEF, _p("信息专责", 1), _p("通信专责", 1)],
     [("信通运维班", [("班长", "production", 1, "leader"), _p("信通运维工", 4, "production")])], None),
    ("安全监察部", "production", [CHIEF, DEPUTY, _p("安全专责", 2), _p("质量专责", 1), _p("应急专责", 1)],
     [], None),
    ("运维检修部", "production", [CHIEF, ("副主任", "management", 2, "deputy"), _p("运检专责", 2),
                              _p("配网专责", 2), _p("技术专责", 1)],
     [("变电运维班", [LEADER, _p("副班长", 1), _p("变电运维工", 10)]),
      ("变电检修班", [LEADER, _p("变电检修工", 8)]),
      ("输电运检班", [LEADER, _p("输电运检工", 8)]),
      ("配电运检班", [LEADER, _p("配电运检工", 12)])], None),
    ("电力调度控制中心", "production", [CHIEF, DEPUTY, _p("调度计划专责", 1), _p("运行方式专责", 1)],
     [("调度班", [LEADER, _p("调度员", 8)]), ("监控班", [LEADER, _p("监控员", 6)])], None),
    ("物资供应中心", "production", [CHIEF, _p("采购专责", 1), _p("合同专责", 1)],
     [("仓储配送班", [LEADER, _p("仓管员", 4)])], None),
    ("营销部", "marketing", [CHIEF, DEPUTY, _p("营销专责", 2), _p("电费专责", 1), _p("市场专责", 1)],
     [("计量班", [LEADER, _p("计量工", 6)]), ("用电检查班", [LEADER, _p("用电检查员", 5)])], None),
    ("客户服务中心", "marketing", [CHIEF, DEPUTY],
     [("营业班", [LEADER, _p("营业员", 8)]), ("客户服务班", [LEADER, _p("客服专员", 8)])], None),
    ("乡镇供电所管理部", "marketing", [CHIEF, DEPUTY, _p("供电所管理专责", 2), _p("同业对标专责", 1)], [], None),
    ("农网改造工程办公室", "production", [CHIEF, _p("工程专责", 2)], [], (date(2017, 12, 31), "运维检修部")),
)

COMPANY_POSTS = [("总经理", "management", 1, "head"), ("党委书记", "management", 1, "head"),
                 ("副总经理", "management", 2, "deputy"), ("总工程师", "management", 1, "deputy")]

# Stations: (town, size L/M/S, closed as (last day, successor town) or None). Invented names.
STATIONS = (
    ("城关", "L", None), ("白沙", "L", None), ("青石", "M", None), ("柳塘", "M", None),
    ("双溪", "M", None), ("梅岭", "S", None), ("桐坞", "M", None), ("杏林", "S", None),
    ("凤鸣", "M", None), ("松岙", "S", None), ("芦浦", "M", None), ("金竹", "S", None),
    ("云峰", "M", None), ("竹山", "S", None), ("枫林", "M", None),
    ("湖头", "S", (date(2019, 6, 30), "白沙")),
)
# size → (副所长, 运维检修岗, 台区经理, 营销岗, 综合岗); S stations have no 综合班.
STATION_SIZES = {"L": (2, 16, 14, 6, 3), "M": (1, 11, 9, 4, 2), "S": (1, 7, 5, 3, 1)}
METER_TEAM_CLOSED = date(2018, 12, 31)  # 城关供电所抄表班


@dataclass(frozen=True, slots=True)
class DemoUnit:
    id: str
    code: str
    name: str
    kind: str
    parent_id: str | None
    line: str | None  # the LINES key of the line it is under; None for the company
    active: bool


@dataclass(frozen=True, slots=True)
class DemoPosition:
    id: str
    code: str
    name: str
    unit_id: str
    category: str
    quota: int
    role: str  # "head", "deputy", "leader" or ""


@dataclass(frozen=True, slots=True)
class DemoStaff:
    id: str
    name: str
    position_id: str
    is_cadre: bool
    hired_on: date


@dataclass(frozen=True)
class DemoOrg:
    """The organisation as written, for the later parts of the demo (duties, rotation …)."""

    units: tuple[DemoUnit, ...]
    positions: tuple[DemoPosition, ...]
    staff: tuple[DemoStaff, ...]

    def unit(self, code: str) -> DemoUnit:
        """The unit with ``code`` (KeyError if there is none)."""
        for u in self.units:
            if u.code == code:
                return u
        raise KeyError(code)


def estimate_rows(scale: int) -> int:
    return 350 + int(BASE_STAFF * scale * 2.9)  # units, positions, staff and their history


class _Structure:
    """Units and positions in tree order (parents first), with ids from the structure's rng."""

    def __init__(self, writer: DemoWriter) -> None:
        self.writer = writer
        self.rng = writer.rng("org.units")
        self.units: list[DemoUnit] = []
        self.unit_rows: list[dict] = []
        self.positions: list[DemoPosition] = []
        self.position_rows: list[dict] = []
        self.closures: list[tuple[set[str], date, str]] = []  # (closed unit ids, last day, successor id)
        self.by_name: dict[str, DemoUnit] = {}

    def unit(self, code: str, name: str, kind: str, parent: DemoUnit | None, line: str | None,
             order: int, active: bool = True, notes: str = "") -> DemoUnit:
        u = DemoUnit(self.writer.new_id(self.rng), code, name, kind, parent and parent.id, line, active)
        self.units.append(u)
        self.by_name[name] = u
        self.unit_rows.append({**self.writer.record(self.rng), "id": u.id, "code": code, "name": name,
                               "kind": kind, "parent_id": u.parent_id, "sort_order": order,
                               "active": active, "notes": notes})
        return u

    def posts(self, unit: DemoUnit, posts: list[tuple], default: str) -> None:
        start = sum(1 for p in self.positions if p.unit_id == unit.id)
        for i, (name, category, quota, role) in enumerate(posts, start + 1):
            p = DemoPosition(self.writer.new_id(self.rng), f"{unit.code}-P{i:02d}", name, unit.id,
                             category or default, quota, role)
            self.positions.append(p)
            self.position_rows.append({**self.writer.record(self.rng), "id": p.id, "code": p.code,
                                       "name": name, "unit_id": unit.id, "category": p.category,
                                       "quota": quota, "notes": ""})


def _structure(writer: DemoWriter) -> _Structure:
    st = _Structure(writer)
    company = st.unit(COMPANY_CODE, COMPANY_NAME, "company", None, None, 0)
    st.posts(company, COMPANY_POSTS, "management")
    lines = {key: st.unit(code, name, "line", company, key, i)
             for i, (key, (code, name)) in enumerate(LINES.items(), 1)}
    pending: list[tuple[set[str], date, str]] = []
    dept_order = {key: 0 for key in LINES}
    for d, (name, line, posts, teams, closed) in enumerate(DEPARTMENTS, 1):
        dept_order[line] += 1
        notes = f"{closed[0].year}年撤销,职责并入{closed[1]}" if closed else ""
        dept = st.unit(f"QX-D{d:02d}", name, "department", lines[line], line, dept_order[line],
                       active=closed is None, notes=notes)
        st.posts(dept, posts, line)
        for t, (team_name, team_posts) in enumerate(teams, 1):
            team = st.unit(f"{dept.code}-T{t}", team_name, "team", dept, line, t)
            st.posts(team, team_posts, line)
        if closed:
            pending.append(({dept.id}, closed[0], closed[1]))
    for s, (town, size, closed) in enumerate(STATIONS, 1):
        deputies, ops, managers, sales, clerks = STATION_SIZES[size]
        ops += st.rng.randint(-1, 1)
        managers += st.rng.randint(-1, 1)
        name = f"{town}供电所"
        notes = f"{closed[0].year}年并入{closed[1]}供电所" if closed else ""
        live = closed is None
        station = st.unit(f"QX-S{s:02d}", name, "station", lines["marketing"], "marketing",
                          len(DEPARTMENTS) + s, active=live, notes=notes)
        head_posts = [("所长", "management", 1, "head"), ("副所长", "management", deputies, "deputy"),
                      _p("安全员", 1, "production")]
        small_office = [_p("综合岗", clerks, "general")] if size == "S" else []
        st.posts(station, head_posts + small_office, "marketing")
        ops_team = st.unit(f"{station.code}-T1", f"{town}运维班", "team", station, "marketing", 1, active=live)
        st.posts(ops_team, [LEADER, _p("运维检修岗", ops)], "production")
        sales_team = st.unit(f"{station.code}-T2", f"{town}营业班", "team", station, "marketing", 2, active=live)
        st.posts(sales_team, [LEADER, _p("台区经理", managers), _p("营销岗", sales)], "marketing")
        ids = {station.id, ops_team.id, sales_team.id}
        if size != "S":
            office = st.unit(f"{station.code}-T3", f"{town}综合班", "team", station, "marketing", 3, active=live)
            st.posts(office, [_p("综合岗", clerks), _p("核算员", 1)], "general")
            ids.add(office.id)
        if town == "城关":
            meters = st.unit(f"{station.code}-T4", f"{town}抄表班", "team", station, "marketing", 4,
                             active=False, notes=f"{METER_TEAM_CLOSED.year}年智能电表全覆盖后撤销,人员并入{town}营业班")
            st.posts(meters, [LEADER, _p("抄表员", 6)], "marketing")
            st.closures.append(({meters.id}, METER_TEAM_CLOSED, sales_team.id))
        if closed:
            pending.append((ids, closed[0], f"{closed[1]}供电所"))
    st.closures += [(ids, last, st.by_name[successor].id) for ids, last, successor in pending]
    return st


def _holders_at_scale_one(st: _Structure) -> dict[str, int]:
    """Who holds each post at scale 1: quota, less the planned vacancies (see the docstring)."""
    rng = st.rng
    active = {u.id for u in st.units if u.active}
    kind = {u.id: u.kind for u in st.units}
    holders = {p.id: (p.quota if p.unit_id in active else 0) for p in st.positions}
    live = [p for p in st.positions if p.unit_id in active]
    station_deputies = [p for p in live if p.role == "deputy" and kind[p.unit_id] == "station"]
    for p in rng.sample(station_deputies, 2):
        holders[p.id] = p.quota - 1
    dept_deputies = [p for p in live if p.role == "deputy" and kind[p.unit_id] == "department"]
    holders[rng.choice(dept_deputies).id] = 0
    singles = [p for p in live if p.role == "" and p.quota == 1 and kind[p.unit_id] == "department"]
    holders[rng.choice(singles).id] = 0
    large = [p for p in live if p.role == "" and p.quota >= 3]
    for p in large:
        r = rng.random()
        if r < 0.05:
            holders[p.id] = p.quota - 2
        elif r < 0.25:
            holders[p.id] = p.quota - 1
    for p in rng.sample([p for p in large if p.quota >= 5 and holders[p.id] == p.quota], 2):
        holders[p.id] = p.quota + 1
    return holders


def _holders_at_scale(st: _Structure, scale: int) -> dict[str, int]:
    """Scale 1 holders × scale in total; only rank-and-file posts that are held grow."""
    base = _holders_at_scale_one(st)
    if scale == 1:
        return base
    grow = [p for p in st.positions if p.role in ("", "leader") and base[p.id] > 0]
    weight = sum(base[p.id] for p in grow)
    extra = sum(base.values()) * (scale - 1)
    out = dict(base)
    shares = [(extra * base[p.id] / weight, i, p) for i, p in enumerate(grow)]
    for share, _, p in shares:
        out[p.id] += int(share)
    left = extra - sum(int(s) for s, _, _ in shares)
    for _, _, p in sorted(shares, key=lambda x: (-(x[0] - int(x[0])), x[1]))[:left]:
        out[p.id] += 1
    return out


MALE_SHARE = {"production": 0.88, "management": 0.85, "marketing": 0.5, "general": 0.45}
MALE_SHARE_BY_POST = {"驾驶员": 1.0, "营业员": 0.2, "客服专员": 0.15, "会计": 0.25, "出纳": 0.2,
                      "文秘专责": 0.3, "台区经理": 0.75, "核算员": 0.3, "综合岗": 0.3}
PHONE_PREFIXES = ("130 131 132 133 135 136 137 138 139 150 151 152 153 155 156 157 158 159 "
                  "177 180 182 183 186 187 188 189 199").split()
_FIRST_DAY = date(1990, 1, 1).toordinal()
_LAST_DAY = (ANCHOR - timedelta(days=1)).toordinal()


class _People:
    """Draws the staff and their careers from the staff rng, in the order of the posts."""

    def __init__(self, writer: DemoWriter, st: _Structure) -> None:
        self.writer = writer
        self.rng = writer.rng("org.staff")
        self.unit_of = {p.id: p.unit_id for p in st.positions}
        units = {u.id: u for u in st.units}
        self.parent_of = {u.id: u.parent_id for u in st.units}
        active = [p for p in st.positions if units[p.unit_id].active]
        self.career_pool: dict[str, list[str]] = {}
        for p in active:
            if p.role in ("", "leader"):
                self.career_pool.setdefault(p.category, []).append(p.id)
        self.deputies = [p.id for p in active if p.role == "deputy"]
        self.everyone = [pid for pool in self.career_pool.values() for pid in pool]
        self.closed_posts = [({p.id: p.category for p in st.positions if p.unit_id in ids}, last, succ)
                             for ids, last, succ in st.closures]
        self.phones: set[str] = set()
        self.per_year: dict[int, int] = {}

    def _day(self, low: int, high: int, mode: int | None = None) -> int:
        return int(self.rng.triangular(low, high + 1, high if mode is None else mode))

    def person(self, p: DemoPosition) -> tuple[dict, list[tuple[str, date, date | None]]]:
        rng = self.rng
        cadre = p.role in ("head", "deputy")
        if cadre:
            hired = date.fromordinal(self._day(_FIRST_DAY, date(2010, 12, 31).toordinal(), _FIRST_DAY))
        else:
            mode = date(2011, 1, 1).toordinal()
            hired = date.fromordinal(self._day(_FIRST_DAY, _LAST_DAY - 30, mode))
        male = rng.random() < MALE_SHARE_BY_POST.get(p.name, MALE_SHARE[p.category])
        gender = "male" if male else "female"
        while (phone := rng.choice(PHONE_PREFIXES) + f"{rng.randrange(100_000_000):08d}") in self.phones:
            pass
        self.phones.add(phone)
        n = self.per_year[hired.year] = self.per_year.get(hired.year, 0) + 1
        row = {**self.writer.record(rng), "employee_no": f"{hired.year}{n:05d}",
               "name": person_name(rng, gender), "gender": gender, "phone": phone,
               "position_id": p.id, "is_cadre": cadre, "hired_on": hired, "notes": ""}
        return row, self.career(p, hired, cadre)

    def career(self, p: DemoPosition, hired: date, cadre: bool) -> list[tuple[str, date, date | None]]:
        """(position, start, end) oldest first; the last is the current post, still open."""
        rng = self.rng
        h, latest = hired.toordinal(), _LAST_DAY - 30
        unit = self.unit_of[p.id]
        closing: tuple[str, int] | None = None  # a post in a unit that closed, and its last day
        for closed, last, successor in self.closed_posts:
            joined = successor in (unit, self.parent_of[unit]) and h < last.toordinal() - 200
            if joined and rng.random() < 0.6:
                same = [pid for pid, cat in closed.items() if cat == p.category] or list(closed)
                closing = (rng.choice(same), last.toordinal())
                break
        years = ((closing[1] if closing else latest) - h) / 365.25
        if cadre:
            k = rng.randint(1, 3)
        else:  # the longer someone has worked, the likelier an earlier post
            k = rng.choice((1, 1, 2, 3)) if rng.random() < min(0.5, years / 30) else 0
        k = min(k, int(years // 2))
        pool = self.career_pool.get(p.category) or self.everyone
        earlier: list[str] = []
        for _ in range(k):
            q = rng.choice(pool if rng.random() < 0.7 else self.everyone)
            if q == p.id or (earlier and q == earlier[-1]):
                q = rng.choice(self.everyone)
            earlier.append(q)
        if p.role == "head" and earlier and rng.random() < 0.6:
            earlier[-1] = rng.choice(self.deputies)  # promoted from a deputy post
        if closing:
            earlier.append(closing[0])
            current = closing[1] + 1
        elif earlier:
            current = rng.randint(h + 365 * len(earlier), latest)
        else:
            return [(p.id, hired, None)]
        # cuts on a 30-day grid keep every earlier post at least a month long
        cuts = sorted(rng.sample(range(h + 90, current - 89, 30), len(earlier) - 1))
        bounds = [h, *cuts, current]
        spans = [(q, date.fromordinal(a), date.fromordinal(b - 1))
                 for q, a, b in zip(earlier, bounds, bounds[1:])]
        return [*spans, (p.id, date.fromordinal(current), None)]


def _people(writer: DemoWriter, st: _Structure, holders: dict[str, int]) -> Iterator[tuple[dict, list]]:
    people = _People(writer, st)
    for p in st.positions:
        for _ in range(holders[p.id]):
            yield people.person(p)


def build(writer: DemoWriter) -> DemoOrg:
    """Writes the organisation through ``writer``; returns what it wrote."""
    st = _structure(writer)
    writer.insert(Unit, st.unit_rows)
    writer.insert(Position, st.position_rows)
    holders = _holders_at_scale(st, writer.scale)
    rng = writer.rng("org.history")
    staff: list[DemoStaff] = []
    staff_rows: list[dict] = []
    history: list[dict] = []

    def flush() -> None:
        writer.insert(Staff, staff_rows)
        writer.insert(PositionAssignment, history)
        staff_rows.clear()
        history.clear()

    for row, career in _people(writer, st, holders):
        staff_rows.append(row)
        staff.append(DemoStaff(row["id"], row["name"], row["position_id"], row["is_cadre"],
                               row["hired_on"]))
        for position_id, start, end in career:
            history.append({**writer.record(rng), "staff_id": row["id"], "position_id": position_id,
                            "start": start, "end": end})
        if len(staff_rows) >= 2000:
            flush()
    flush()
    return DemoOrg(tuple(st.units), tuple(st.positions), tuple(staff))
