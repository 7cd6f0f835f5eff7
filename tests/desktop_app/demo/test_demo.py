"""The demo company: sizes, determinism, a sound organisation and history, refusal, cancelling,
its year of rotation and stationing with the conflicts it holds on purpose, and its year of
meetings with their minutes and action items."""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from desktop_app.demo import ANCHOR, OPERATOR, STAMP, DemoWriter, build_demo
from desktop_app.demo import meeting as demo_meeting
from desktop_app.demo import org as demo_org
from desktop_app.demo.names import SURNAMES, person_name
from desktop_app.model import (
    ActionItem, ActionProgress, ActionUnit, AgendaItem, ChangeLog, Decision, Installation, Meeting, MeetingAttendee,
    MeetingType, MeetingUnit, Position, PositionAssignment, RotationAssignment, RotationPlan, RotationPlanUnit, Staff,
    StaffingRule, Unit,
)
from desktop_app.progress import NullProgress
from desktop_app.org.vocabulary import ALLOWED_PARENT_KINDS
from desktop_app.progress import Cancelled
from desktop_app.storage.open import open_database


@pytest.fixture
def fresh(tmp_path):
    """Opens empty databases (no installation row) under the test's directory."""
    opened = []

    def make(name: str = "demo.sqlite"):
        database = open_database(tmp_path / name)
        opened.append(database)
        return database

    yield make
    for database in opened:
        database.dispose()


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """One scale-1 demo shared by the read-only tests of this module."""
    database = open_database(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    summary = build_demo(database)
    yield database, summary
    database.dispose()


def count(db, model) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def snapshot(db) -> dict[str, list[tuple]]:
    with db.read() as s:
        return {
            "units": s.execute(select(Unit.id, Unit.code, Unit.name, Unit.parent_id).order_by(Unit.code)).all(),
            "positions": s.execute(select(Position.id, Position.code, Position.quota).order_by(Position.code)).all(),
            "staff": s.execute(select(Staff.id, Staff.employee_no, Staff.name, Staff.position_id)
                               .order_by(Staff.employee_no)).all(),
            "history": s.execute(select(PositionAssignment.id, PositionAssignment.staff_id,
                                        PositionAssignment.start).order_by(PositionAssignment.id)).all(),
            "rotation": s.execute(select(RotationAssignment.id, RotationAssignment.staff_id, RotationAssignment.start,
                                         RotationAssignment.end, RotationAssignment.to_unit_id, RotationAssignment.score)
                                  .order_by(RotationAssignment.id)).all(),
            "meetings": s.execute(select(Meeting.id, Meeting.title, Meeting.status, Meeting.chair_id)
                                  .order_by(Meeting.id)).all(),
            "actions": s.execute(select(ActionItem.id, ActionItem.title, ActionItem.responsible_staff_id,
                                        ActionItem.due_on, ActionItem.status).order_by(ActionItem.id)).all(),
            "progress": s.execute(select(ActionProgress.id, ActionProgress.noted_on, ActionProgress.meeting_id)
                                  .order_by(ActionProgress.id)).all(),
        }


def test_sizes_are_those_of_a_county_company(demo):
    db, summary = demo
    with db.read() as s:
        kinds = Counter(s.scalars(select(Unit.kind)))
        inactive = s.scalar(select(func.count()).where(Unit.active.is_(False)))
        cadres = s.scalar(select(func.count()).where(Staff.is_cadre.is_(True)))
    assert kinds["company"] == 1 and kinds["line"] == 3
    assert 10 <= kinds["department"] <= 16
    assert 14 <= kinds["station"] <= 18
    assert 40 <= kinds["team"] <= 70
    assert 1 <= inactive <= 8
    assert 550 <= summary.staff <= 650
    assert 40 <= cadres <= 80
    assert summary.units == sum(kinds.values()) == count(db, Unit)
    assert summary.positions == count(db, Position) > 150
    assert summary.staff == count(db, Staff)
    assert summary.staff < summary.assignments == count(db, PositionAssignment) < 3 * summary.staff
    assert "staff" in str(summary)


def test_the_company_is_fictional_and_named(demo):
    db, _ = demo
    with db.read() as s:
        company = s.scalars(select(Unit).where(Unit.kind == "company")).one()
        names = set(s.scalars(select(Unit.name)))
    assert (company.code, company.name) == ("QX", "青溪县供电公司")
    assert {"生产条线", "营销条线", "综合管理条线", "运维检修部", "城关供电所"} <= names
    assert not any("诸暨" in n for n in names)


def test_some_posts_are_vacant_and_some_units_inactive(demo):
    db, _ = demo
    with db.read() as s:
        held = Counter(s.scalars(select(Staff.position_id)))
        rows = s.execute(select(Position.id, Position.quota, Unit.active).join(Unit, Unit.id == Position.unit_id)).all()
        inactive_history = s.scalar(
            select(func.count()).select_from(PositionAssignment)
            .join(Position, Position.id == PositionAssignment.position_id)
            .join(Unit, Unit.id == Position.unit_id).where(Unit.active.is_(False))
        )
    live = [r for r in rows if r.active]
    assert sum(1 for r in live if held[r.id] == 0) >= 3  # posts nobody holds
    assert sum(1 for r in live if 0 < held[r.id] < r.quota) >= 5  # posts below quota
    assert any(held[r.id] > r.quota for r in live)
    assert all(held[r.id] == 0 for r in rows if not r.active)
    assert inactive_history > 0  # people used to work in the closed units


def test_unit_tree_is_well_formed(demo):
    db, _ = demo
    with db.read() as s:
        units = {u.id: (u.kind, u.parent_id) for u in s.execute(select(Unit.id, Unit.kind, Unit.parent_id))}
        names = list(s.scalars(select(Unit.name)))
    assert len(set(names)) == len(names)  # a team shown without its parent is still unambiguous
    roots = [uid for uid, (kind, parent) in units.items() if parent is None]
    assert len(roots) == 1 and units[roots[0]][0] == "company"
    for uid, (kind, parent) in units.items():
        if parent is not None:
            assert units[parent][0] in ALLOWED_PARENT_KINDS[kind], (kind, units[parent][0])
        seen = set()
        while uid is not None:  # every unit reaches the root without a cycle
            assert uid not in seen
            seen.add(uid)
            uid = units[uid][1]


def test_every_staff_has_a_current_post_and_a_consistent_history(demo):
    db, _ = demo
    with db.read() as s:
        staff = s.execute(select(Staff.id, Staff.position_id, Staff.hired_on, Staff.is_cadre)).all()
        active_posts = set(s.scalars(select(Position.id).join(Unit, Unit.id == Position.unit_id)
                                     .where(Unit.active.is_(True))))
        history: dict[str, list] = {}
        for a in s.execute(select(PositionAssignment).order_by(PositionAssignment.start)).scalars():
            history.setdefault(a.staff_id, []).append(a)
    with_history = 0
    for person in staff:
        rows = history[person.id]
        open_rows = [a for a in rows if a.end is None]
        assert len(open_rows) == 1 and open_rows[0] is rows[-1]
        assert open_rows[0].position_id == person.position_id in active_posts
        assert rows[0].start == person.hired_on
        assert date(1990, 1, 1) <= person.hired_on < ANCHOR
        for earlier, later in zip(rows, rows[1:]):
            assert earlier.start <= earlier.end < later.start
            assert (later.start - earlier.end).days == 1
        assert rows[-1].start < ANCHOR
        with_history += len(rows) > 1
    assert 0.2 * len(staff) < with_history < 0.8 * len(staff)
    assert max(len(rows) for rows in history.values()) <= 5


def test_staff_look_real(demo):
    db, _ = demo
    with db.read() as s:
        staff = s.execute(select(Staff.name, Staff.gender, Staff.phone, Staff.employee_no)).all()
    for person in staff:
        assert 2 <= len(person.name) <= 4
        assert all("\u4e00" <= ch <= "\u9fff" for ch in person.name), person.name
        assert person.gender in ("male", "female")
        assert len(person.phone) == 11 and person.phone.startswith("1") and person.phone.isdigit()
    assert len({p.employee_no for p in staff}) == len({p.phone for p in staff}) == len(staff)
    genders = Counter(p.gender for p in staff)
    assert genders["male"] > genders["female"] > 0.15 * len(staff)
    surnames = Counter(p.name[0] for p in staff)
    assert surnames.most_common(1)[0][0] in "王李张刘陈杨"


def test_rows_are_written_as_the_starting_state(demo):
    db, _ = demo
    with db.read() as s:
        staff = s.scalars(select(Staff).limit(1)).one()
        assert (staff.version, staff.updated_by, staff.created_at, staff.deleted_at) == (1, OPERATOR, STAMP, None)
        assert s.scalar(select(func.count()).select_from(ChangeLog)) == 0


def test_same_seed_gives_the_same_company_and_another_seed_another(fresh):
    first, second, other = fresh("a.sqlite"), fresh("b.sqlite"), fresh("c.sqlite")
    build_demo(first, seed=99)
    build_demo(second, seed=99)
    build_demo(other, seed=100)
    a, b, c = snapshot(first), snapshot(second), snapshot(other)
    assert a == b
    assert [u.code for u in a["units"]] == [u.code for u in c["units"]]  # the same organisation …
    assert {u.id for u in a["units"]}.isdisjoint(u.id for u in c["units"])  # … with other ids
    assert [p.name for p in a["staff"]] != [p.name for p in c["staff"]]
    assert a["rotation"] and a["rotation"] != c["rotation"]
    assert a["actions"] and a["progress"] and a["actions"] != c["actions"]


def test_scale_multiplies_the_staff_only(fresh):
    one, three = fresh("one.sqlite"), fresh("three.sqlite")
    small = build_demo(one, seed=5)
    large = build_demo(three, seed=5, scale=3)
    assert 2.9 * small.staff <= large.staff <= 3.1 * small.staff
    assert snapshot(one)["units"] == snapshot(three)["units"]
    assert snapshot(one)["positions"] == snapshot(three)["positions"]
    assert (small.counts["rotation_assignment"], large.counts["rotation_assignment"]) == (500, 1500)
    assert large.counts["staffing_rule"] == small.counts["staffing_rule"]
    assert (small.counts["action_item"], large.counts["action_item"]) == (1500, 4500)
    assert large.counts["meeting"] == small.counts["meeting"]  # the same meetings hold more items
    with three.read() as s:  # heads stay single: only rank-and-file posts grow
        heads = s.execute(select(Position.id).where(Position.name.in_(("所长", "主任", "总经理")))).scalars().all()
        held = Counter(s.scalars(select(Staff.position_id).where(Staff.position_id.in_(heads))))
    assert max(held.values()) == 1


def test_refuses_a_database_that_holds_units(db):
    build_demo(db)
    before = snapshot(db)
    with pytest.raises(ValueError, match="already holds units"):
        build_demo(db, seed=1)
    assert snapshot(db) == before
    with pytest.raises(ValueError):
        build_demo(db, scale=0)


def test_installation_is_created_only_when_missing(db, fresh):
    build_demo(db)
    assert db.identity.installation_name == "测试供电所"
    empty = fresh()
    build_demo(empty)
    ident = empty.identity
    assert (ident.installation_name, ident.operator_name, ident.operator_unit) == ("公司本部", "管理员", "办公室")


class CancelAfter:
    """Cancels once ``reports`` progress reports have been made."""

    def __init__(self, reports: int) -> None:
        self.reports = reports
        self.seen: list[tuple[int, int]] = []

    def report(self, done: int, total: int, message: str = "") -> None:
        self.seen.append((done, total))

    def cancelled(self) -> bool:
        return len(self.seen) >= self.reports


@pytest.mark.parametrize("reports", [0, 3])
def test_cancelling_leaves_the_database_empty(fresh, reports):
    database = fresh()
    progress = CancelAfter(reports)
    with pytest.raises(Cancelled):
        build_demo(database, scale=3, progress=progress)
    assert len(progress.seen) == reports
    for model in (Unit, Position, Staff, PositionAssignment, Installation):
        assert count(database, model) == 0
    build_demo(database)  # and it can be built afterwards
    assert count(database, Unit) > 0


def test_progress_reaches_its_total(fresh):
    progress = CancelAfter(10**9)
    build_demo(fresh(), progress=progress)
    done = [d for d, _ in progress.seen]
    assert done == sorted(done) and progress.seen[-1][0] == progress.seen[-1][1]


def test_names_follow_gender_and_seed():
    names = [person_name(random.Random(7), "female") for _ in range(3)]
    assert len(set(names)) == 1  # the same seeded generator, the same name
    rng = random.Random(1)
    drawn = [person_name(rng, g) for g in ("male", "female") * 500]
    assert all(any(n.startswith(sn) for sn in SURNAMES) for n in drawn)
    assert Counter(n[0] for n in drawn)["王"] > 20
    with pytest.raises(ValueError):
        person_name(rng, "other")


# --- rotation and stationing -------------------------------------------------------------------

def stations(s) -> dict[str, str]:
    return dict(s.execute(select(Unit.name, Unit.id).where(Unit.kind == "station", Unit.active.is_(True))).all())


def station_of(s) -> dict[str, str]:
    """Post id → the station it is at (directly or in one of its teams)."""
    units = {u.id: (u.kind, u.parent_id) for u in s.execute(select(Unit.id, Unit.kind, Unit.parent_id))}
    out = {}
    for post, unit in s.execute(select(Position.id, Position.unit_id)):
        kind, parent = units[unit]
        station = unit if kind == "station" else parent if parent and units[parent][0] == "station" else None
        if station:
            out[post] = station
    return out


def test_the_demo_has_three_plans_of_this_year_with_their_scope_and_rules(demo):
    db, summary = demo
    year = date.today().year
    with db.read() as s:
        plans = {p.kind: p for p in s.scalars(select(RotationPlan))}
        scope = Counter(s.scalars(select(RotationPlanUnit.plan_id)))
        rules = s.execute(select(StaffingRule.unit_id, StaffingRule.category, StaffingRule.minimum)).all()
        where = station_of(s)
        live = stations(s)
        posts = dict(s.execute(select(Position.id, Position.category)).all())
        present = Counter((where[p], posts[p]) for p in s.scalars(select(Staff.position_id)) if p in where)
    assert set(plans) == {"rotation", "experience", "stationing"}
    assert sorted(p.code for p in plans.values()) == ["RP001", "RP002", "RP003"]
    for plan in plans.values():
        assert plan.start.year == plan.end.year == year and str(year) in plan.name
        assert plan.objective and plan.evaluation_method and plan.approved_by
        today = date.today()
        assert plan.status == ("approved" if today < plan.start else "finished" if today > plan.end else "in_progress")
    assert scope[plans["stationing"].id] == scope[plans["rotation"].id] == len(live) == 15
    assert 3 <= scope[plans["experience"].id] < len(live)
    assert sorted((unit, category) for unit, category, _m in rules) == sorted(
        (unit, category) for unit in live.values() for category in ("production", "marketing"))
    for unit, category, minimum in rules:  # two or three people away at once break it
        assert 1 <= present[(unit, category)] - minimum <= 2
    assert summary.counts["rotation_plan"] == 3 and summary.counts["staffing_rule"] == 30


def rotation_rows(s):
    a = RotationAssignment
    return s.execute(select(a.staff_id, a.plan_id, a.from_position_id, a.to_unit_id, a.start, a.end, a.status,
                            a.score, a.comment)).all()


def test_the_demo_assignments_are_a_few_hundred_with_statuses_of_today(demo):
    db, summary = demo
    today = date.today()
    with db.read() as s:
        rows = rotation_rows(s)
        kinds = dict(s.execute(select(RotationPlan.id, RotationPlan.kind)).all())
    assert len(rows) == summary.counts["rotation_assignment"] == 500
    per_kind = Counter(kinds[r.plan_id] for r in rows)
    assert set(per_kind) == {"rotation", "experience", "stationing"} and min(per_kind.values()) >= 80
    for r in rows:
        assert r.staff_id and r.from_position_id and r.to_unit_id and r.start <= r.end
        if r.status == "finished":
            assert r.end < today and 0 <= r.score <= 100 and r.comment
        elif r.status == "planned":
            assert r.start > today and r.score is None
        elif r.status == "in_progress":
            assert r.start <= today <= r.end and r.score is None
        else:
            assert r.status == "cancelled" and r.score is None and r.comment
    statuses = Counter(r.status for r in rows)
    assert 0 < statuses["cancelled"] < 0.05 * len(rows)
    durations = {kind: [(r.end - r.start).days + 1 for r in rows if kinds[r.plan_id] == kind] for kind in per_kind}
    assert all(60 <= d <= 92 for d in durations["rotation"])  # two to three months
    assert all(7 <= d <= 14 for d in durations["experience"]) and all(14 <= d <= 28 for d in durations["stationing"])


def test_the_demo_holds_its_conflicts_on_purpose(demo):
    db, _ = demo
    with db.read() as s:
        rows = [r for r in rotation_rows(s) if r.status != "cancelled"]
        plans = {p.id: p for p in s.scalars(select(RotationPlan))}
        live = stations(s)
        where = station_of(s)
        posts = dict(s.execute(select(Position.id, Position.category)).all())
        present = Counter((where[p], posts[p]) for p in s.scalars(select(Staff.position_id)) if p in where)
        minimum = {(u, c): m for u, c, m in s.execute(select(StaffingRule.unit_id, StaffingRule.category,
                                                             StaffingRule.minimum))}
    by_person = defaultdict(list)
    for r in rows:
        by_person[r.staff_id].append(r)
    overlapping = [(a, b) for mine in by_person.values() for a, b in zip(sorted(mine, key=lambda r: r.start),
                                                                         sorted(mine, key=lambda r: r.start)[1:])
                   if b.start <= a.end]
    assert len(overlapping) == 1  # one person in two assignments at once
    outside = [r for r in rows if r.start < plans[r.plan_id].start or r.end > plans[r.plan_id].end]
    assert len(outside) == 1 and outside[0].end > plans[outside[0].plan_id].end  # one running past its plan

    year = date.today().year
    away = defaultdict(Counter)  # (station, category) -> day -> people away
    for r in rows:
        key = (where.get(r.from_position_id), posts[r.from_position_id])
        day = r.start
        while day <= r.end:
            away[key][day] += 1
            day += timedelta(days=1)
    short = {key: sorted(d for d, n in days.items() if present[key] - n < minimum[key])
             for key, days in away.items() if key in minimum}
    short = {key: days for key, days in short.items() if days}
    assert list(short) == [(live["青石供电所"], "production")]  # one station below its minimum …
    days = short[(live["青石供电所"], "production")]
    assert 2 <= len(days) <= 7 and days[-1] - days[0] == timedelta(days=len(days) - 1)  # … for a few days

    stationing = next(p.id for p in plans.values() if p.kind == "stationing")
    quarters = defaultdict(set)
    for r in rows:
        if r.plan_id == stationing:
            for q in range(1, 5):
                first = date(year, 3 * q - 2, 1)
                last = date(year + (q == 4), 3 * q % 12 + 1, 1) - timedelta(days=1)
                if r.start <= last and r.end >= first:
                    quarters[r.to_unit_id].add(q)
    missing = {name: {1, 2, 3, 4} - quarters[unit] for name, unit in live.items() if quarters[unit] != {1, 2, 3, 4}}
    assert missing == {"松岙供电所": {3}}  # one station without stationing in one quarter


# --- meetings and minutes --------------------------------------------------------------------

def unit_of_staff(s) -> dict[str, str]:
    return dict(s.execute(select(Staff.id, Position.unit_id).join(Position, Position.id == Staff.position_id)).all())


def meeting_data(s):
    """The meetings with their type's category and name, and the held ones' minutes by meeting."""
    types = {t.id: t for t in s.scalars(select(MeetingType))}
    meetings = {m.id: m for m in s.scalars(select(Meeting))}
    category = {mid: types[m.type_id].category for mid, m in meetings.items()}
    by_meeting = defaultdict(lambda: defaultdict(list))
    for model in (MeetingAttendee, AgendaItem, Decision, ActionItem, MeetingUnit):
        for row in s.scalars(select(model)):
            by_meeting[row.meeting_id][model.__name__].append(row)
    return types, meetings, category, by_meeting


def test_the_demo_has_its_meeting_types_and_a_year_of_meetings(demo):
    db, summary = demo
    today = date.today()
    with db.read() as s:
        types, meetings, category, _ = meeting_data(s)
        units = dict(s.execute(select(Unit.id, Unit.name)).all())
    assert sorted((t.code, t.name, t.category) for t in types.values()) == [
        ("MT01", "周调会", "weekly"), ("MT02", "生产协调会", "production"), ("MT03", "月度工作例会", "monthly"),
        ("MT04", "部门工作恳谈会", "symposium"), ("MT05", "跨部门协同会", "cross_department"),
        ("MT06", "其他会议", "other")]
    by_code = {t.code: t for t in types.values()}
    assert (units[by_code["MT01"].host_unit_id], by_code["MT01"].start_time, by_code["MT01"].place) == (
        "办公室", "08:30", "三楼会议室")
    assert units[by_code["MT02"].host_unit_id] == "运维检修部" and by_code["MT02"].recurrence == "biweekly"
    held = defaultdict(list)
    for m in meetings.values():
        assert today - timedelta(days=366) < m.held_on <= today + timedelta(days=28)
        if m.status != "planned":
            held[category[m.id]].append(m)
    assert 48 <= len(held["weekly"]) <= 53 and all(m.held_on.weekday() == 0 for m in held["weekly"])
    production = sorted(m.held_on for m in held["production"])
    assert 24 <= len(production) <= 27 and all(d.weekday() == 2 for d in production)
    assert all((b - a).days % 14 == 0 for a, b in zip(production, production[1:]))  # every other Wednesday
    assert len(held["monthly"]) == 12 and len({(m.held_on.year, m.held_on.month) for m in held["monthly"]}) == 12
    symposiums = held["symposium"]
    assert 4 <= len(symposiums) <= 6 and len({m.host_unit_id for m in symposiums}) == len(symposiums)
    assert len(held["cross_department"]) >= 3
    for m in meetings.values():
        t = types[m.type_id]
        if t.category in ("weekly", "production", "monthly"):
            assert m.title == f"{t.name}（{m.held_on.isoformat()}）"
    for t in types.values():  # one series per recurring type
        series = {m.series_id for m in meetings.values() if m.type_id == t.id}
        assert (len(series) == 1 and None not in series) if t.recurrence != "none" else series <= {None}
    assert summary.counts["meeting"] == len(meetings)


def test_planned_meetings_lie_ahead_without_minutes_and_old_minutes_are_approved(demo):
    db, _ = demo
    today = date.today()
    with db.read() as s:
        _, meetings, category, minutes = meeting_data(s)
    planned = [m for m in meetings.values() if m.status == "planned"]
    assert 4 <= len(planned) <= 10 and {category[m.id] for m in planned} >= {"weekly", "production"}
    for m in planned:
        assert today < m.held_on <= today + timedelta(days=28)
        assert not minutes[m.id] and not m.summary and m.approved_at is None
    for m in meetings.values():
        if m.status != "planned":
            assert m.held_on <= today and m.summary
        if m.status == "approved":
            assert m.approved_by and m.approved_at.date() < today and m.approved_at.date() > m.held_on
    old = [m for m in meetings.values() if m.held_on < today - timedelta(days=7)]
    assert sum(m.status == "approved" for m in old) >= 0.85 * len(old)
    reopened = [m for m in meetings.values() if m.reopened]
    assert 1 <= len(reopened) <= 3
    for m in reopened:
        assert m.reopened == 1 and m.reopened_by and m.status == "approved" and m.reopened_at < m.approved_at


def test_held_meetings_have_minutes(demo):
    db, _ = demo
    with db.read() as s:
        _, meetings, category, minutes = meeting_data(s)
        unit_of = unit_of_staff(s)
    for mid, m in meetings.items():
        if m.status == "planned":
            continue
        rows = minutes[mid]
        people = {a.staff_id: a.note for a in rows["MeetingAttendee"]}
        assert 6 <= len(people) <= 15 and 1 <= sum(note == "请假" for note in people.values()) <= 2
        assert unit_of[m.chair_id] == unit_of[m.recorder_id] == m.host_unit_id and m.chair_id != m.recorder_id
        assert people[m.chair_id] == ""
        assert 2 <= len(rows["AgendaItem"]) <= 5 and 1 <= len(rows["Decision"]) <= 4
        assert all(a.topic and a.discussion and people.get(a.presenter_id) == "" for a in rows["AgendaItem"])
        for kind in ("AgendaItem", "Decision", "ActionItem"):
            assert sorted(r.sequence for r in rows[kind]) == list(range(1, len(rows[kind]) + 1))
        assert rows["ActionItem"] or category[mid] == "symposium"


def test_symposiums_collect_opinions_and_some_become_improvement_items(demo):
    db, _ = demo
    with db.read() as s:
        _, meetings, category, minutes = meeting_data(s)
        actions = {a.id: a for a in s.scalars(select(ActionItem))}
    for mid, m in meetings.items():
        if category[mid] != "symposium":
            assert all(not u.opinion and u.action_id is None for u in minutes[mid]["MeetingUnit"])
            continue
        units = minutes[mid]["MeetingUnit"]
        assert 4 <= len(units) <= 6 and all(u.opinion and u.unit_id != m.host_unit_id for u in units)
        linked = [u for u in units if u.action_id]
        assert 1 <= len(linked) < len(units)
        for u in linked:
            item = actions[u.action_id]
            assert (item.kind, item.meeting_id, item.responsible_unit_id, item.source_unit_id) == (
                "improvement", mid, m.host_unit_id, u.unit_id)
    improvements = [a for a in actions.values() if a.kind == "improvement"]
    assert len(improvements) == sum(1 for rows in minutes.values() for u in rows["MeetingUnit"] if u.action_id)


def test_action_items_are_tracked_to_today(demo):
    db, summary = demo
    today = date.today()
    with db.read() as s:
        _, meetings, category, _ = meeting_data(s)
        items = list(s.scalars(select(ActionItem)))
        helpers = Counter(s.scalars(select(ActionUnit.action_id)))
        helper_pairs = set(s.execute(select(ActionUnit.action_id, ActionUnit.unit_id)).all())
        notes = defaultdict(list)
        for p in s.scalars(select(ActionProgress).order_by(ActionProgress.noted_on)):
            notes[p.action_id].append(p)
        unit_of = unit_of_staff(s)
        kinds = dict(s.execute(select(Unit.id, Unit.kind)).all())
    assert len(items) == summary.counts["action_item"] == 1500
    statuses = Counter(a.status for a in items)
    assert set(statuses) == {"open", "in_progress", "done", "cancelled"}
    assert statuses["done"] > 0.7 * len(items) and 0 < statuses["cancelled"] < 0.06 * len(items)
    overdue = [a for a in items if a.status in ("open", "in_progress") and a.due_on < today]
    assert 0.04 * len(items) <= len(overdue) <= 0.11 * len(items)
    carried = 0
    for a in items:
        held_on = meetings[a.meeting_id].held_on
        assert meetings[a.meeting_id].status != "planned"
        assert kinds[a.responsible_unit_id] in ("department", "station")
        assert unit_of[a.responsible_staff_id] == a.responsible_unit_id
        assert 7 <= (a.due_on - held_on).days <= 56
        assert helpers[a.id] <= 2 and (a.id, a.responsible_unit_id) not in helper_pairs
        if a.status in ("done", "cancelled"):
            assert held_on < a.closed_on <= today
        else:
            assert a.closed_on is None
        mine = notes[a.id]
        assert len(mine) <= 4
        for p in mine:
            assert held_on < p.noted_on <= today
            if p.meeting_id:  # carried over to a later meeting of the same type
                later = meetings[p.meeting_id]
                assert category[p.meeting_id] == category[a.meeting_id] and later.held_on == p.noted_on
                carried += 1
        if a.status in ("done", "cancelled"):
            assert mine and mine[-1].status == a.status and mine[-1].noted_on == a.closed_on
        if a.status == "in_progress":
            assert any(p.status == "in_progress" for p in mine)
    assert carried > 0.1 * len(items)
    assert 0.3 * len(items) < sum(helpers.values()) < len(items)


class _Counting:
    """A stand-in session: the demo's rows are made but not written."""

    def execute(self, statement, rows=None):
        return None


def test_scale_ten_holds_ten_times_the_action_items_in_the_same_meetings():
    counts = {}
    for scale in (1, 10):
        writer = DemoWriter(_Counting(), 7, scale, NullProgress(), total=1)
        demo_meeting.build(writer, demo_org.build(writer), today=date(2026, 3, 2))
        counts[scale] = writer.counts
    assert counts[10]["meeting"] == counts[1]["meeting"] and counts[10]["agenda_item"] > 0
    assert (counts[1]["action_item"], counts[10]["action_item"]) == (1500, 15000)
    assert 8 * counts[1]["action_progress"] < counts[10]["action_progress"] < 12 * counts[1]["action_progress"]
