"""Rotation and stationing: every check of ``review_rotation`` over 5,000 assignments in a year
on the scale-10 demo.

``measure(scale10)`` runs the measurement in a fresh child process:
``python -m benchmarks.rotation review PATH`` prints JSON. The child works on a temporary copy
of the database (the cached file is never changed): it is migrated, and when it holds fewer
than 5,000 assignments, seeded synthetic ones are added: plans of every kind over one year
(stationing plans covering the company), a production and a marketing minimum for every
supply station, and people picked at random, sent for 2 to 60 days to a random station, team
or department, to one of its posts or none.
"""

from __future__ import annotations

import json
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from benchmarks.child import run_child
from benchmarks.report import Result, ms

TARGET = 0.5
TIMELINE_TARGET = 0.5
TIMELINE_ROWS, BARS_PER_ROW = 1_000, 5
ASSIGNMENTS = 5_000
YEAR = 2026
SEED = 6


def measure(scale10: Path) -> list[Result]:
    review = run_child("benchmarks.rotation", "review", str(scale10))
    runs = review["seconds"]
    median = statistics.median(runs)
    added = f", {review['added']:,} of them synthetic" if review["added"] else ""
    return [Result(
        f"rotation checks, scale-10 demo ({review['assignments']:,} assignments in a year{added}, "
        f"{review['rules']} staffing rules, {review['findings']:,} findings; median of {len(runs)})",
        ms(median), f"< {ms(TARGET)}", median < TARGET)] + timeline_results()


def timeline_results() -> list[Result]:
    paints = [run_child("benchmarks.rotation", "timeline") for _ in range(3)]
    first = statistics.median(p["first_paint"] for p in paints)
    zoom = statistics.median(p["zoom"] for p in paints)
    rows = f"{TIMELINE_ROWS:,} rows, {TIMELINE_ROWS * BARS_PER_ROW:,} bars"
    return [Result(f"rotation timeline shown to first paint ({rows}; median of 3 fresh processes)", ms(first),
                   f"< {ms(TIMELINE_TARGET)}", first < TIMELINE_TARGET),
            Result(f"rotation timeline: one zoom step repainted ({rows}; median)", ms(zoom),
                   "smooth: well under a frame budget of 50 ms", zoom < 0.05)]


def timeline_child() -> dict:
    """A timeline of 1,000 people with five bars each, built directly (no database): from
    creating the chart to its first painted frame, then one wheel-sized zoom and repaint."""
    from desktop_app.rotation.timeline import Bar, Timeline, TimelineRow
    from ui.app import make_application
    from ui.rotation.timeline_chart import TimelineChart

    app = make_application([])
    rng = random.Random(SEED)
    kinds = ("rotation", "experience", "exchange", "stationing")
    rows = tuple(TimelineRow(f"s{i}", f"员工{i} (E{i:06d})") for i in range(TIMELINE_ROWS))
    bars = []
    for i in range(TIMELINE_ROWS):
        for j in range(BARS_PER_ROW):
            start = date(YEAR, 1, 1) + timedelta(days=j * 70 + rng.randrange(30))
            end = start + timedelta(days=rng.randrange(5, 40))
            bars.append(Bar(f"a{i}-{j}", i, start, end, rng.choice(kinds), "城关供电所", "tip"))
    timeline = Timeline("person", rows, tuple(bars), date(YEAR, 1, 1), date(YEAR, 12, 31))
    t0 = time.perf_counter()
    chart = TimelineChart()
    chart.resize(1200, 800)
    chart.show_timeline(timeline, {b.assignment_id for b in bars[::97]})
    chart.show()
    chart.repaint()  # paints now, not at the next event loop turn
    app.processEvents()
    first = time.perf_counter() - t0
    t1 = time.perf_counter()
    chart.plot.getViewBox().scaleBy(x=0.8)
    chart.repaint()
    app.processEvents()
    zoom = time.perf_counter() - t1
    return {"first_paint": first, "zoom": zoom, "bars": chart.bar_count()}


def _fill(db, wanted: int) -> int:
    """Adds plans, rules and assignments until ``wanted`` live assignments; returns how many
    assignments it added."""
    from sqlalchemy import func, insert, select

    from desktop_app.model import (
        PLAN_KINDS, Position, RotationAssignment, RotationPlan, RotationPlanUnit, Staff, StaffingRule, Unit,
    )
    from desktop_app.model.base import new_id

    rng = random.Random(SEED)
    now = datetime.now(timezone.utc)
    stamp = {"created_at": now, "updated_at": now, "updated_by": "benchmark", "version": 1}
    with db.write() as s:
        have = s.scalar(select(func.count()).select_from(RotationAssignment)
                        .where(RotationAssignment.deleted_at.is_(None)))
        missing = wanted - have
        if missing <= 0:
            return 0
        units = s.execute(select(Unit.id, Unit.kind, Unit.parent_id).where(Unit.deleted_at.is_(None))).all()
        posts = s.execute(select(Position.id, Position.unit_id, Position.category)
                          .where(Position.deleted_at.is_(None))).all()
        staff = s.execute(select(Staff.id, Staff.position_id).where(Staff.deleted_at.is_(None))).all()
        ruled = set(s.execute(select(StaffingRule.unit_id, StaffingRule.category)
                              .where(StaffingRule.deleted_at.is_(None))).all())
        company = next(u.id for u in units if u.kind == "company")
        plans = []
        for n in range(12):
            kind = PLAN_KINDS[n % len(PLAN_KINDS)]
            plans.append({"id": new_id(), "code": f"BENCH{n:03d}", "name": f"基准{n}", "kind": kind,
                          "start": date(YEAR, 1, 1), "end": date(YEAR, 12, 31), "objective": "",
                          "evaluation_method": "", "status": "approved" if n % 3 else "draft", "approved_by": "",
                          "approved_with": 0, **stamp})
        s.execute(insert(RotationPlan), plans)
        s.execute(insert(RotationPlanUnit), [{"id": new_id(), "plan_id": p["id"], "unit_id": company, **stamp}
                                             for p in plans if p["kind"] == "stationing"])
        station_of = {u.id: u.id for u in units if u.kind == "station"}
        station_of.update({u.id: u.parent_id for u in units if u.parent_id in station_of and u.kind == "team"})
        post_unit = {p.id: p.unit_id for p in posts}
        present: dict[tuple[str, str], int] = {}
        category = {p.id: p.category for p in posts}
        for _sid, post in staff:
            station = station_of.get(post_unit.get(post))
            if station is not None:
                key = (station, category[post])
                present[key] = present.get(key, 0) + 1
        rules = [{"id": new_id(), "unit_id": station, "category": cat,
                  "minimum": max(1, present.get((station, cat), 0) - 2), **stamp}  # short when three are away
                 for station in sorted(set(station_of.values())) for cat in ("production", "marketing")
                 if (station, cat) not in ruled]
        if rules:
            s.execute(insert(StaffingRule), rules)
        places = [u.id for u in units if u.kind in ("station", "team", "department")]
        posts_at: dict[str, list[str]] = {}
        for p in posts:
            posts_at.setdefault(p.unit_id, []).append(p.id)
        rows = []
        for _ in range(missing):
            sid, from_post = rng.choice(staff)
            to_unit = rng.choice(places)
            to_post = rng.choice(posts_at[to_unit]) if to_unit in posts_at and rng.random() < 0.7 else None
            start = date(YEAR, 1, 1) + timedelta(days=rng.randrange(365))
            rows.append({"id": new_id(), "plan_id": rng.choice(plans)["id"], "staff_id": sid,
                         "from_position_id": from_post, "to_unit_id": to_unit, "to_position_id": to_post,
                         "start": start, "end": start + timedelta(days=rng.randint(2, 60) - 1), "status": "planned",
                         "score": None, "comment": "", **stamp})
        s.execute(insert(RotationAssignment), rows)
        return missing


def review_child(path: Path, runs: int = 5) -> dict:
    """``review_rotation`` (what the rotation page's findings run) in a fresh read session each
    time, after one warm-up run, on a filled temporary copy of ``path``."""
    from sqlalchemy import func, select

    from desktop_app.model import RotationAssignment, StaffingRule
    from desktop_app.rotation.checks import review_rotation
    from desktop_app.storage.open import open_database

    with tempfile.TemporaryDirectory(prefix="rotation-bench-") as tmp:
        copy = Path(tmp) / path.name
        shutil.copyfile(path, copy)
        db = open_database(copy, create=False)
        try:
            added = _fill(db, ASSIGNMENTS)
            with db.read() as s:
                review_rotation(s)
                assignments = s.scalar(select(func.count()).select_from(RotationAssignment)
                                       .where(RotationAssignment.deleted_at.is_(None)))
                rules = s.scalar(select(func.count()).select_from(StaffingRule)
                                 .where(StaffingRule.deleted_at.is_(None)))
            seconds = []
            for _ in range(runs):
                with db.read() as s:
                    t = time.perf_counter()
                    found = review_rotation(s)
                    seconds.append(time.perf_counter() - t)
        finally:
            db.dispose()
    return {"seconds": seconds, "assignments": assignments, "added": added, "rules": rules,
            "findings": len(found.findings), "counts": found.counts()}


if __name__ == "__main__":  # review PATH | timeline: prints JSON
    print(json.dumps(review_child(Path(sys.argv[2])) if sys.argv[1] == "review" else timeline_child()))
