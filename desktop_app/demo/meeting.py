"""The demo's meetings and minutes (会议纪要): six meeting types, the year of meetings before today
with their minutes, and about 1,500 × scale action items (督办事项) tracked to today.

Like rotation, this part follows the calendar: the meetings are those of the 365 days up to
``date.today()`` (``build`` takes ``today`` for tests) and of the next four weeks, and every
status fits that day. It is deterministic for a seed and a day.

Choices:
- 周调会 every Monday (08:30, 三楼会议室, host 办公室), 生产协调会 every other Wednesday (host
  运维检修部), 月度工作例会 on each month's first working day; fixed holidays (元旦, 劳动节, 国庆)
  are skipped. Each recurring type's meetings form one series. Four to six 部门工作恳谈会, each
  hosted by another department, with four to six invited units giving their opinion on it; about
  half of the opinions became improvement items of the host (``source_unit_id`` the invited unit,
  the invited unit's row linked to it). A handful of 跨部门协同会 and two 其他会议.
- Meetings of the next four weeks are planned, without minutes. Held ones have 6–15 attendees
  (one or two 请假), 2–5 agenda items on topics of their type and season, 1–4 decisions and the
  action items. Minutes older than a week are approved, but for about one in twenty; two were
  reopened once and approved again.
- The number of meetings is the same at every scale; the action items (1,500 × scale in all) are
  shared out over the held meetings by type (a monthly meeting decides most), so at scale 10 a
  weekly meeting holds about 140. Each has a responsible department or station and one of its
  staff, 0–2 cooperating units and a due date one to eight weeks after the meeting. About 3 % are
  cancelled; of the rest, those due before today are done but for about 7 % of all items left
  overdue; those not yet due are mostly open or in progress. Progress notes (0–4) are dated, many
  at later meetings of the same type (carry-over); a closed item's last note sets its status.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Any

from desktop_app.demo import DemoWriter
from desktop_app.demo.meeting_texts import (
    AGENDA, ANY_HOST, CANCELLED, DELAYED, DONE, OPINIONS, OTHER, PROGRESS, ST, STARTED, TOPICS,
)
from desktop_app.demo.org import DemoOrg, DemoStaff, DemoUnit
from desktop_app.model import (
    ActionItem, ActionProgress, ActionUnit, AgendaItem, Decision, Meeting, MeetingAttendee, MeetingType, MeetingUnit,
)

ACTIONS_PER_SCALE = 1500
PLANNED_DAYS = 28
APPROVAL_DELAY = 7  # minutes older than this are approved (mostly)
CANCELLED_SHARE = 0.03
HOLIDAYS = {(1, 1), (5, 1), (5, 2), (5, 3), (5, 4), (5, 5), *((10, d) for d in range(1, 8))}

# (code, name, category, host: "office" / "production" / None, recurrence, start, place)
TYPES = (
    ("MT01", "周调会", "weekly", "office", "weekly", "08:30", "三楼会议室"),
    ("MT02", "生产协调会", "production", "production", "biweekly", "14:30", "运检部会议室"),
    ("MT03", "月度工作例会", "monthly", "office", "monthly", "09:00", "五楼大会议室"),
    ("MT04", "部门工作恳谈会", "symposium", None, "none", "14:30", "三楼会议室"),
    ("MT05", "跨部门协同会", "cross_department", None, "none", "15:00", "二楼小会议室"),
    ("MT06", "其他会议", "other", None, "none", "09:00", "五楼大会议室"),
)
WEIGHT = {"weekly": 1.0, "production": 0.9, "monthly": 2.5, "symposium": 0.5, "cross_department": 0.7,
          "other": 0.8}  # of a meeting's share of the action items


def estimate_rows(scale: int) -> int:
    return 1800 + 5100 * scale


@dataclass
class _Meeting:
    category: str
    held_on: date
    host: DemoUnit
    row: dict
    topics: list[str]
    invited: list[DemoUnit] = field(default_factory=list)


class _Builder:
    def __init__(self, writer: DemoWriter, org: DemoOrg, today: date) -> None:
        self.w, self.rng, self.today = writer, writer.rng("meeting"), today
        live = [u for u in org.units if u.active]
        self.named = {u.name: u for u in live}
        post = {p.id: p for p in org.positions}
        self.staff_of: dict[str, list[DemoStaff]] = {}
        rank: dict[str, tuple[int, DemoStaff]] = {}
        self.rank: dict[str, int] = {}  # staff id → 0 head, 1 deputy, 2 anyone else
        for person in org.staff:
            p = post[person.position_id]
            self.staff_of.setdefault(p.unit_id, []).append(person)
            r = self.rank[person.id] = {"head": 0, "deputy": 1}.get(p.role, 2)
            if p.unit_id not in rank or r < rank[p.unit_id][0]:
                rank[p.unit_id] = (r, person)
        self.head = {unit: person for unit, (_r, person) in rank.items()}
        self.departments = [u for u in live if u.kind == "department" and u.id in self.staff_of]
        self.stations = [u for u in live if u.kind == "station" and u.id in self.staff_of]
        company = next(u for u in live if u.kind == "company")
        self.leaders = self.staff_of.get(company.id, [])
        self.boss = self.head.get(company.id)
        self.office = self.named.get("办公室") or next(u for u in self.departments if u.line == "general")
        self.production = self.named.get("运维检修部") or next(u for u in self.departments if u.line == "production")
        self.cooperating = [*self.departments, *self.stations]
        self.meetings: list[_Meeting] = []
        self.held_on_of: dict[str, tuple[list[date], list[str]]] = {}  # category → held dates, ids
        self.rows: dict[type, list[dict]] = {m: [] for m in (
            MeetingType, Meeting, MeetingAttendee, AgendaItem, Decision, ActionItem, MeetingUnit, ActionUnit,
            ActionProgress)}

    def heads(self, units: list[DemoUnit]) -> list[DemoStaff]:
        return [self.head[u.id] for u in units]

    def record(self) -> dict[str, Any]:
        return self.w.record(self.rng)

    def unit(self, name: str, fallback: DemoUnit) -> DemoUnit:
        u = self.named.get(name)
        return u if u is not None and u.id in self.staff_of else fallback

    def day(self, start: date, end: date) -> date:
        return start + timedelta(days=self.rng.randint(0, max((end - start).days, 0)))


def _working(d: date) -> bool:
    return d.weekday() < 5 and (d.month, d.day) not in HOLIDAYS


def _first_working(year: int, month: int) -> date:
    """The first working day of ``month`` (which may run past 12 or below 1)."""
    d = date(year + (month - 1) // 12, (month - 1) % 12 + 1, 1)
    while not _working(d):
        d += timedelta(days=1)
    return d


def _schedule(b: _Builder) -> list[tuple[str, date, DemoUnit, str, str]]:
    """(category, day, host, title, topic) of every meeting, oldest first; "" for the type's own."""
    rng, first, last = b.rng, b.today - timedelta(days=364), b.today + timedelta(days=PLANNED_DAYS)
    out = []
    d = first
    while d <= last:
        if _working(d) and d.weekday() == 0:
            out.append(("weekly", d, b.office, "", ""))
        if _working(d) and d.weekday() == 2 and d.toordinal() // 7 % 2 == 0:
            out.append(("production", d, b.production, "", ""))
        d += timedelta(days=1)
    months = [_first_working(b.today.year, b.today.month + k) for k in range(-12, 2)]
    held = [d for d in months if d <= b.today][-12:]  # twelve, even when a year holds thirteen first days
    out += [("monthly", d, b.office, "", "") for d in held + [d for d in months if b.today < d <= last]]
    hosts = [h for h in OPINIONS if h in b.named and b.named[h].id in b.staff_of]
    hosts = rng.sample(hosts, min(len(hosts), rng.randint(4, 6)))
    weeks = sorted(rng.sample(range(3, 50), len(hosts)), reverse=True)
    for host, week in zip(hosts, weeks):  # Thursdays
        d = b.today - timedelta(days=7 * week)
        while not _working(d) or d.weekday() != 3:
            d -= timedelta(days=1)
        out.append(("symposium", d, b.named[host], f"{host}工作恳谈会", ""))
    for back in [*sorted(rng.sample(range(10, 355), rng.randint(4, 6)), reverse=True), -rng.randint(3, 20)]:
        d = b.today - timedelta(days=back)
        while not _working(d) or d.weekday() != 1:  # Tuesdays; the last one is planned
            d += timedelta(days=1)
        out.append(("cross_department", d, rng.choice(b.departments), "", ""))
    for title, month, host, topic in OTHER:  # the month's first working Tuesday, in the past year
        for year in (b.today.year, b.today.year - 1):
            d = date(year, month, 1)
            while not _working(d) or d.weekday() != 1:
                d += timedelta(days=1)
            if first <= d <= b.today:
                out.append(("other", d, b.unit(host, b.office), title, topic))
                break
    return sorted(out, key=lambda m: (m[1], m[0]))


def _meetings(b: _Builder, types: dict[str, dict]) -> None:
    rng = b.rng
    series = {c: b.w.new_id(rng) for c, t in types.items() if t["recurrence"] != "none"}
    for category, held_on, host, title, topic in _schedule(b):
        t = types[category]
        staff = b.staff_of[host.id]
        chair = b.head[host.id]
        recorder = next((p for p in staff if b.rank[p.id] == 2), chair)  # a specialist
        title = f"{title or t['name']}（{held_on.isoformat()}）"
        row = {**b.record(), "type_id": t["id"], "title": title, "held_on": held_on, "start_time": t["start_time"],
               "place": t["place"], "host_unit_id": host.id, "chair_id": chair.id, "recorder_id": recorder.id,
               "status": "planned", "series_id": series.get(category), "summary": "", "approved_by": "",
               "approved_at": None, "reopened": 0, "reopened_by": "", "reopened_at": None}
        m = _Meeting(category, held_on, host, row, [topic] if topic else [])
        b.meetings.append(m)
        if held_on > b.today:
            continue
        row["status"] = "held"
        age = (b.today - held_on).days
        if age > APPROVAL_DELAY and rng.random() > 0.05:
            approver = b.boss if category in ("weekly", "monthly", "other") and b.boss else chair  # see _minutes
            at = datetime(held_on.year, held_on.month, held_on.day, 16, tzinfo=timezone.utc)
            row.update(status="approved", approved_by=approver.name,
                       approved_at=at + timedelta(days=rng.randint(1, min(4, age - 3))))
        _minutes(b, m, chair, recorder)
        dates, ids = b.held_on_of.setdefault(category, ([], []))
        dates.append(held_on)
        ids.append(row["id"])
    approved = [m for m in b.meetings if m.row["status"] == "approved" and (b.today - m.held_on).days > 60]
    for m in rng.sample(approved, min(2, len(approved))):  # reopened once, corrected and approved again
        at = m.row["approved_at"] + timedelta(days=rng.randint(3, 20), hours=-6)
        recorder = next(p for p in b.staff_of[m.host.id] if p.id == m.row["recorder_id"])
        m.row.update(reopened=1, reopened_by=recorder.name, reopened_at=at, approved_at=at + timedelta(days=1))


def _minutes(b: _Builder, m: _Meeting, chair: DemoStaff, recorder: DemoStaff) -> None:
    """Invited units, attendees, agenda and decisions of a held meeting."""
    rng, mid = b.rng, m.row["id"]
    if m.category == "symposium":
        m.invited = rng.sample([u for u in [*b.stations, *b.departments] if u is not m.host], rng.randint(4, 6))
    elif m.category == "cross_department":
        m.invited = rng.sample([u for u in b.departments if u is not m.host], rng.randint(2, 4))
    if m.category in ("symposium", "cross_department"):
        pool = b.staff_of[m.host.id][:4] + b.heads(m.invited) + b.leaders[:2]
    elif m.category == "production":
        pool = [*b.leaders[:3], *b.heads([u for u in b.departments if u.line == "production"]), *b.heads(b.stations)]
    elif m.category == "monthly":
        pool = [*b.leaders, *b.heads(b.departments), *b.heads(b.stations)]
    else:
        pool = [*b.leaders, *b.heads(b.departments)]
    host = m.host.name
    if m.category == "symposium":
        agenda = [(f"{host}通报近期重点工作和服务承诺落实情况", chair,
                   f"{host}介绍了今年以来的重点工作、服务承诺兑现情况和存在的短板，请与会单位直言不讳。"),
                  (f"听取各单位对{host}工作的意见和建议", b.head[m.invited[0].id],
                   f"{len(m.invited)}家单位逐一发言，意见集中在办事效率、信息告知和基层负担三个方面。"),
                  (f"{host}逐条回应并明确整改责任", chair, "对能当场答复的当场答复，需要研究的明确了牵头人和反馈时间。")]
        decisions = [f"恳谈会意见建议列入整改清单，由{host}逐条落实，一个月内书面反馈提出单位。",
                     "整改情况纳入下季度内部客户满意度测评。"]
        m.topics = ["internal"]
    else:
        season = [k for k in AGENDA.get(m.category, AGENDA["weekly"]) if m.held_on.month in TOPICS[k].months]
        rest = [k for k in AGENDA.get(m.category, AGENDA["weekly"]) if not TOPICS[k].months]
        rng.shuffle(season)
        rng.shuffle(rest)
        keys = list(dict.fromkeys(m.topics + season[:rng.randint(0, 2)] + rest))[:rng.randint(2, 5)]
        m.topics = keys
        agenda = []
        for k in keys:
            topic = TOPICS[k]
            said = rng.sample(topic.discussion, rng.randint(1, min(3, len(topic.discussion))))
            agenda.append((topic.title, b.head[b.unit(topic.presenter, m.host).id], "".join(said)))
        choices = list(dict.fromkeys(d for k in keys for d in TOPICS[k].decisions))
        decisions = rng.sample(choices, min(len(choices), rng.randint(1, 4)))
    # presenters come, and so does whoever approves the minutes; someone else may send apologies
    present = list(dict.fromkeys([chair, recorder, *(p for _t, p, _d in agenda)]))
    if m.category in ("weekly", "monthly", "other") and b.boss:
        present = list(dict.fromkeys([*present, b.boss]))
    others = [p for p in dict.fromkeys(pool) if p not in present]
    people = present + rng.sample(others, min(len(others), max(1, rng.randint(6, 15) - len(present))))
    away = set(rng.sample(people[len(present):], min(len(people) - len(present), rng.randint(1, 2))))
    b.rows[MeetingAttendee] += [{**b.record(), "meeting_id": mid, "staff_id": p.id,
                                 "note": "请假" if p in away else ""} for p in people]
    b.rows[AgendaItem] += [{**b.record(), "meeting_id": mid, "sequence": i, "topic": topic, "presenter_id": p.id,
                            "discussion": text} for i, (topic, p, text) in enumerate(agenda, 1)]
    b.rows[Decision] += [{**b.record(), "meeting_id": mid, "sequence": i, "text": text}
                         for i, text in enumerate(decisions, 1)]
    m.row["summary"] = (f"会议由{chair.name}主持，{len(people) - len(away)}人参加、{len(away)}人请假，"
                        f"听取了{'、'.join(a[0] for a in agenda[:3])}等{len(agenda)}项议题，形成议定事项{len(decisions)}项。")


def _shares(b: _Builder, held: list[_Meeting], total: int) -> list[int]:
    """``total`` items shared out over ``held`` by type, a little jittered; sums to ``total`` exactly."""
    weights = [WEIGHT[m.category] * b.rng.uniform(0.75, 1.25) for m in held]
    raw = [total * w / sum(weights) for w in weights]
    out = [int(r) for r in raw]
    for i in sorted(range(len(raw)), key=lambda i: out[i] - raw[i])[:total - sum(out)]:
        out[i] += 1
    return out


def _status(b: _Builder, m: _Meeting, due: date) -> tuple[str, date | None]:
    """A status that fits today, and the day the item was closed."""
    rng, today, held = b.rng, b.today, m.held_on
    age = (today - held).days
    r = rng.random()
    if age < 3:  # just decided: work starts (with a note) a day later at the earliest
        return ("in_progress" if age and r > 0.8 else "open"), None
    if r < CANCELLED_SHARE:
        return "cancelled", b.day(held + timedelta(days=1), min(today, due))
    late = (today - due).days
    if late > 0:
        if rng.random() < (0.22 if late <= 60 else 0.04):  # overdue, more often the recently due
            return ("in_progress" if rng.random() < 0.65 else "open"), None
        end = min(today, due + timedelta(days=rng.randint(1, 14) if rng.random() < 0.2 else 0))
        return "done", _closing(b, m, end)
    if rng.random() < (0.25 if age > 10 else 0.05):
        return "done", _closing(b, m, today)
    return ("open" if age < 10 and rng.random() < 0.6 else "in_progress"), None


def _later(b: _Builder, m: _Meeting, end: date) -> list[tuple[date, str]]:
    """The held meetings of ``m``'s type after it, up to ``end``."""
    dates, ids = b.held_on_of[m.category]
    lo, hi = bisect.bisect_right(dates, m.held_on), bisect.bisect_right(dates, end)
    return list(zip(dates[lo:hi], ids[lo:hi]))


def _closing(b: _Builder, m: _Meeting, end: date) -> date:
    later = _later(b, m, end)
    if later and b.rng.random() < 0.35:  # closed at a later meeting
        return b.rng.choice(later)[0]
    return b.day(m.held_on + timedelta(days=1), end)


def _progress(b: _Builder, m: _Meeting, action_id: str, status: str, due: date, closed: date | None) -> None:
    rng, today = b.rng, b.today
    end = closed or today
    if end <= m.held_on:
        return
    later = _later(b, m, end)
    final = status in ("done", "cancelled")
    if status == "done":  # notes before the last, which closes the item
        n = rng.choice((0, 0, 1, 1, 2, 3))
    elif status == "in_progress":
        n = rng.randint(1, 3)
    else:
        n = int(rng.random() < 0.3)
    notes: dict[tuple[date, str | None], list] = {}
    for _ in range(n):
        if later and rng.random() < 0.6:
            day, at = rng.choice(later)
            notes[(day, at)] = [day, at, None, "会上汇报：" + rng.choice(PROGRESS)]
        else:
            day = b.day(m.held_on + timedelta(days=1), end)
            notes[(day, None)] = [day, None, None, rng.choice(PROGRESS)]
    out = sorted(notes.values(), key=lambda n: (n[0], n[1] or ""))
    if final:
        out = [n for n in out if n[0] < closed]
    if status == "in_progress":
        out[0][2:] = ["in_progress", rng.choice(STARTED)]
    if not final and due < today:
        day = b.day(max(due, m.held_on + timedelta(days=1)), today)
        if not out or out[-1][0] <= day:
            out.append([day, None, None, rng.choice(DELAYED)])
    if final:
        at = next((i for d, i in later if d == closed), None)
        out.append([closed, at, status, rng.choice(DONE if status == "done" else CANCELLED)])
    b.rows[ActionProgress] += [{**b.record(), "action_id": action_id, "meeting_id": at, "noted_on": day,
                                "text": text, "status": st} for day, at, st, text in out]


def _action(b: _Builder, m: _Meeting, seq: int, title: str, unit: DemoUnit, kind: str = "action",
            source: DemoUnit | None = None) -> dict:
    rng = b.rng
    due = m.held_on + timedelta(days=rng.randint(7, 56) if kind == "action" else rng.randint(28, 56))
    status, closed = _status(b, m, due)
    row = {**b.record(), "meeting_id": m.row["id"], "sequence": seq, "title": title, "kind": kind,
           "responsible_unit_id": unit.id, "responsible_staff_id": rng.choice(b.staff_of[unit.id]).id,
           "due_on": due, "status": status, "closed_on": closed, "source_unit_id": source and source.id}
    b.rows[ActionItem].append(row)
    pool = b.cooperating
    helpers = dict.fromkeys(pool[rng.randrange(len(pool))].id for _ in range(rng.choice((0, 0, 0, 1, 1, 2))))
    for other in [u for u in helpers if u != unit.id]:
        b.rows[ActionUnit].append({**b.record(), "action_id": row["id"], "unit_id": other})
    _progress(b, m, row["id"], status, due, closed)
    return row


def _actions(b: _Builder) -> None:
    rng = b.rng
    held = [m for m in b.meetings if m.held_on <= b.today]
    improvements: dict[int, list[tuple[DemoUnit, str, str | None]]] = {}
    for i, m in enumerate(held):
        if m.category == "symposium":
            own = [(o.format(host=m.host.name), t.format(host=m.host.name)) for o, t in
                   OPINIONS.get(m.host.name, ()) + ANY_HOST]
            said = rng.sample(own, len(m.invited))
            taken = set(rng.sample(range(len(said)), rng.randint(2, len(said) // 2 + 1)))
            improvements[i] = [(u, o, t if k in taken else None)
                               for k, (u, (o, t)) in enumerate(zip(m.invited, said))]
    shares = _shares(b, held, ACTIONS_PER_SCALE * b.w.scale - sum(
        1 for units in improvements.values() for *_x, t in units if t))
    for i, (m, n) in enumerate(zip(held, shares)):
        seq = 0
        for unit, opinion, title in improvements.get(i, ()):
            action = None
            if title:
                seq += 1
                action = _action(b, m, seq, title, m.host, "improvement", unit)["id"]
            b.rows[MeetingUnit].append({**b.record(), "meeting_id": m.row["id"], "unit_id": unit.id,
                                        "opinion": opinion, "action_id": action})
        if m.category == "cross_department":
            b.rows[MeetingUnit] += [{**b.record(), "meeting_id": m.row["id"], "unit_id": u.id, "opinion": "",
                                     "action_id": None} for u in m.invited]
        for _ in range(n):
            seq += 1
            title, who = rng.choice(TOPICS[rng.choice(m.topics)].actions)
            station = rng.choice(b.stations)
            unit = station if who == ST else b.unit(who, m.host)
            _action(b, m, seq, title.format(st=station.name), unit)
        if m.row["summary"]:
            m.row["summary"] += f"明确督办事项{seq}项。"


def build(writer: DemoWriter, org: DemoOrg, today: date | None = None) -> None:
    """Writes the meeting types and the meetings of the year before ``today`` (and the next four
    weeks) with their minutes, action items and progress."""
    b = _Builder(writer, org, today or date.today())
    hosts = {"office": b.office, "production": b.production}
    types = {}
    for code, name, category, host, recurrence, start, place in TYPES:
        types[category] = {**b.record(), "code": code, "name": name, "category": category,
                           "host_unit_id": hosts[host].id if host else None, "recurrence": recurrence,
                           "start_time": start, "place": place}
    b.rows[MeetingType] = list(types.values())
    _meetings(b, types)
    _actions(b)
    b.rows[Meeting] = [m.row for m in b.meetings]
    for model, rows in b.rows.items():
        writer.insert(model, rows)
