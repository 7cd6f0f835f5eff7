"""Meeting minutes: one meeting's minutes (会议纪要) written to PDF, the meeting holding 40
action items, 10 agenda items and 8 decisions.

``measure()`` runs the measurement in a fresh child process: ``python -m benchmarks.minutes pdf``
prints JSON. The child builds a temporary database (a company, its departments and stations,
twelve people, one meeting with realistic Chinese texts) and times ``export_minutes`` to a PDF,
after one warm-up export (which loads reportlab and reads the font).
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timezone
from pathlib import Path

from benchmarks.child import run_child
from benchmarks.report import Result, ms

TARGET = 1.0
ACTIONS, AGENDA, DECISIONS = 40, 10, 8
RUNS = 5


def measure() -> list[Result]:
    pdf = run_child("benchmarks.minutes", "pdf")
    runs = pdf["seconds"]
    median = statistics.median(runs)
    return [Result(
        f"minutes to PDF ({ACTIONS} action items, {AGENDA} agenda items, {DECISIONS} decisions; {pdf['pages']} pages; "
        f"median of {len(runs)} after a warm-up; first export {ms(pdf['first'])})",
        ms(median), f"< {ms(TARGET)}", median < TARGET)]


def _build(db) -> str:
    from desktop_app.model import (
        ActionItem, ActionUnit, AgendaItem, Decision, Installation, Meeting, MeetingAttendee, MeetingType, Position,
        Staff, Unit,
    )

    with db.write() as s:
        s.add(Installation(name="基准供电公司", operator_name="基准", operator_unit="办公室"))
        company = Unit(code="C", name="基准县供电公司", kind="company")
        s.add(company)
        s.flush()
        units = [Unit(code=f"U{n}", name=name, kind="department" if name.endswith("部") or name == "办公室" else "station",
                      parent_id=company.id, sort_order=n)
                 for n, name in enumerate(("办公室", "运维检修部", "营销部（客户服务中心）", "安全监察部",
                                           "城关供电所", "河西供电所", "东山供电所"))]
        s.add_all(units)
        s.flush()
        posts = [Position(code=f"P{n}", name="专责", unit_id=u.id, category="general") for n, u in enumerate(units)]
        s.add_all(posts)
        s.flush()
        people = [Staff(employee_no=f"E{n:03d}", name=name, position_id=posts[n % len(posts)].id)
                  for n, name in enumerate(("张建国", "李明华", "王秀英", "刘伟", "陈静", "杨帆", "赵磊", "黄丽",
                                            "周涛", "吴昊", "徐敏", "孙强"))]
        s.add_all(people)
        kind = MeetingType(code="MT03", name="月度工作例会", category="monthly", host_unit_id=units[0].id,
                           place="五楼大会议室")
        s.add(kind)
        s.flush()
        m = Meeting(type_id=kind.id, title="2026年3月月度工作例会", held_on=date(2026, 3, 2), start_time="09:00",
                    place="五楼大会议室", host_unit_id=units[0].id, chair_id=people[0].id, recorder_id=people[4].id,
                    status="approved", approved_by="张建国", approved_at=datetime(2026, 3, 4, 2, tzinfo=timezone.utc),
                    summary="会议听取了各部门、各供电所二月份工作完成情况汇报，分析了当前安全生产和优质服务形势，"
                            "研究部署了三月份重点工作。现将会议议定事项纪要如下。")
        s.add(m)
        s.flush()
        s.add_all([MeetingAttendee(meeting_id=m.id, staff_id=p.id, note="请假" if n == 5 else "")
                   for n, p in enumerate(people)])
        for n in range(1, AGENDA + 1):
            s.add(AgendaItem(meeting_id=m.id, sequence=n, topic=f"{units[n % 7].name}二月份工作情况汇报及三月份工作安排",
                             presenter_id=people[n % 12].id,
                             discussion="二月份完成10千伏线路巡视42条次，处理缺陷27处，其中严重缺陷3处；"
                                        "完成春节保电任务，未发生有责停电事件。\n三月份将重点开展春季安全大检查，"
                                        "推进配网工程开工准备，加强抢修服务过程管控。"))
        for n in range(1, DECISIONS + 1):
            s.add(Decision(meeting_id=m.id, sequence=n,
                           text=f"第{n}项：由{units[n % 7].name}牵头，于3月{10 + n}日前完成相关工作方案，"
                                "报分管领导审定后组织实施，办公室跟踪督办。"))
        for n in range(1, ACTIONS + 1):
            item = ActionItem(meeting_id=m.id, sequence=n, kind="action",
                              title=f"完成{units[n % 7].name}第{n}项重点工作：配网设备隐患排查整治，形成台账并报运检部备案",
                              responsible_unit_id=units[n % 7].id, responsible_staff_id=people[n % 12].id,
                              due_on=date(2026, 3 + n % 3, 10 + n % 18),
                              status=("open", "in_progress", "done", "cancelled")[n % 4])
            s.add(item)
            s.flush()
            s.add_all([ActionUnit(action_id=item.id, unit_id=units[(n + k) % 7].id) for k in range(1, 1 + n % 3)])
        return m.id


def pdf_child() -> dict:
    from desktop_app.meeting.minutes_export import export_minutes
    from desktop_app.storage.open import open_database

    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "minutes.sqlite")
        try:
            meeting = _build(db)
            out = Path(tmp) / "minutes.pdf"
            t = time.perf_counter()
            export_minutes(db, meeting, out)  # warm-up: imports reportlab, reads the font
            first = time.perf_counter() - t
            seconds = []
            for _ in range(RUNS):
                t = time.perf_counter()
                export_minutes(db, meeting, out)
                seconds.append(time.perf_counter() - t)
            pages = out.read_bytes().count(b"/Type /Page\n")
        finally:
            db.dispose()
    return {"seconds": seconds, "first": first, "pages": pages}


if __name__ == "__main__":  # pdf: prints JSON
    if sys.argv[1] != "pdf":
        raise SystemExit(f"unknown measurement {sys.argv[1]!r}")
    print(json.dumps(pdf_child()))
