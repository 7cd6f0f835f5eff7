"""The minutes as PDF and .docx: content and order, hostile text, ``latest``, the command line.

Meetings are written here directly with the ORM (no table rules), so these tests depend only on
the model."""

from __future__ import annotations

import os
import shutil
import subprocess
import re
import sys
from datetime import date, datetime, timezone
from pathlib import Path

import docx
import pytest
from sqlalchemy import select

from desktop_app.meeting.minutes import MinutesError, latest_held_meeting, load_minutes
from desktop_app.meeting.minutes_export import export_minutes
from desktop_app.model import (
    ActionItem, ActionUnit, AgendaItem, Decision, Meeting, MeetingAttendee, MeetingType, MeetingUnit, Staff,
)
from desktop_app.progress import Cancelled
from desktop_app.reports.fonts import drawable, markup
from tests.factories import make_org

ROOT = Path(__file__).resolve().parents[3]
HOSTILE = "<b>粗体</b> & <i> 👍🏽\x00 end"
LONG_DISCUSSION = ("会议讨论了配网运维工作。" * 1700)[:20_000]
LONG_TITLE = ("督办事项标题很长" * 700)[:5_000]


def add_meeting(db, org, *, title="周调会（2026-03-02）", held_on=date(2026, 3, 2), start="08:30", status="held",
                category="weekly", type_name="周调会", actions=3, agenda=None, decisions=None, opinions=(),
                summary="", attendee_note="请假", deleted=False) -> str:
    """A meeting at 城关供电所 chaired by 员工0 with 员工1 recording, 员工2 and 员工3 attending,
    its agenda, decisions and ``actions`` action items (each also helped by 运检部)."""
    with db.write() as s:
        staff = {p.name: p.id for p in s.scalars(select(Staff))}
        kind = s.scalar(select(MeetingType).where(MeetingType.name == type_name))
        if kind is None:
            kind = MeetingType(code=f"T{abs(hash(type_name)) % 10_000}", name=type_name, category=category,
                               host_unit_id=org.dept, place="三楼会议室")
            s.add(kind)
            s.flush()
        m = Meeting(type_id=kind.id, title=title, held_on=held_on, start_time=start, place="三楼会议室",
                    host_unit_id=org.station, chair_id=staff["员工0"], recorder_id=staff["员工1"], status=status,
                    summary=summary,
                    deleted_at=datetime(2026, 3, 3, tzinfo=timezone.utc) if deleted else None)
        if status == "approved":
            m.approved_by, m.approved_at = "测试员", datetime(2026, 3, 5, 2, tzinfo=timezone.utc)
        s.add(m)
        s.flush()
        s.add_all([MeetingAttendee(meeting_id=m.id, staff_id=staff["员工2"]),
                   MeetingAttendee(meeting_id=m.id, staff_id=staff["员工3"], note=attendee_note),
                   MeetingAttendee(meeting_id=m.id, staff_id=staff["员工4"], note="已删除",
                                   deleted_at=datetime(2026, 3, 2, tzinfo=timezone.utc))])
        for n, (topic, text) in enumerate(agenda or [("配网运维情况", "运维班汇报本周工作。\n第二段。")], 1):
            s.add(AgendaItem(meeting_id=m.id, sequence=n, topic=topic, presenter_id=staff["员工2"], discussion=text))
        for n, text in enumerate(decisions or ["加强巡视。", "落实整改。"], 1):
            s.add(Decision(meeting_id=m.id, sequence=n, text=text))
        s.add(Decision(meeting_id=m.id, sequence=99, text="已删除的决定",
                       deleted_at=datetime(2026, 3, 2, tzinfo=timezone.utc)))
        for n in range(1, actions + 1):
            item = ActionItem(meeting_id=m.id, sequence=n, title=f"督办事项{n}", responsible_unit_id=org.station,
                              responsible_staff_id=staff["员工2"], due_on=date(2026, 3, 31),
                              status="in_progress" if n % 2 else "open")
            s.add(item)
            s.flush()
            s.add(ActionUnit(action_id=item.id, unit_id=org.dept))
        for unit, opinion in opinions:
            s.add(MeetingUnit(meeting_id=m.id, unit_id=unit, opinion=opinion))
        return m.id


def docx_text(path: Path) -> tuple[list[str], list[list[str]]]:
    word = docx.Document(str(path))
    return [p.text for p in word.paragraphs], [[[c.text for c in r.cells] for r in t.rows] for t in word.tables]


def pdf_text(path: Path) -> str | None:
    """The PDF's text by pdftotext, or None where poppler isn't installed."""
    tool = shutil.which("pdftotext")
    if tool is None:
        return None
    return subprocess.run([tool, "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def assert_sound_pdf(path: Path) -> None:
    data = path.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") + data.count(b"/Type /Page>") > 0
    assert b"/FontFile2" in data  # the TrueType font is embedded


@pytest.fixture
def org(db):
    return make_org(db)


def test_pdf_of_a_normal_meeting(db, org, tmp_path):
    meeting = add_meeting(db, org, status="approved", summary="会议听取了本周工作汇报。")
    out = tmp_path / "纪要.pdf"
    message = export_minutes(db, meeting, out)
    assert "纪要.pdf" in message.render()
    assert_sound_pdf(out)
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]
    text = pdf_text(out)
    if text is not None:
        flat = "".join(text.split())
        for expected in ("周调会纪要", "时间：2026年3月2日", "主持人：员工0", "记录人：员工1", "员工3（请假）",
                         "一、会议议程", "二、议定事项", "三、督办事项", "督办事项1", "运检部", "进行中",
                         "审定：测试员", "第1页共"):
            assert expected in flat, expected
        assert "已删除" not in flat
        assert flat.index("督办事项1") < flat.index("督办事项2") < flat.index("督办事项3")


def test_docx_holds_title_decisions_and_actions_in_order(db, org, tmp_path):
    meeting = add_meeting(db, org, title="三月第一周周调会", decisions=["第一项决定", "第二项决定", "第三项决定"],
                          actions=12)
    out = tmp_path / "minutes.docx"
    export_minutes(db, meeting, out)
    paragraphs, tables = docx_text(out)
    assert paragraphs[0] == "周调会纪要"
    assert "三月第一周周调会" in paragraphs
    decided = [p for p in paragraphs if "项决定" in p]
    assert decided == ["（一）第一项决定", "（二）第二项决定", "（三）第三项决定"]
    assert "已删除的决定" not in "\n".join(paragraphs)
    actions = tables[-1]
    assert actions[0] == ["序号", "事项", "责任单位", "责任人", "配合单位", "完成时限", "状态"]
    assert [row[1] for row in actions[1:]] == [f"督办事项{n}" for n in range(1, 13)]
    assert actions[1][2:] == ["城关供电所", "员工2", "运检部", "2026-03-31", "进行中"]
    word = docx.Document(str(out))
    assert word.tables[-1].rows[0]._tr.trPr.xpath("./w:tblHeader")  # repeated on each page
    assert word.core_properties.title.startswith("周调会纪要")
    meta = dict((r[0].rstrip("："), r[1]) for r in tables[0])
    assert meta["主持人"] == "员工0" and "员工3（请假）" in meta["参会人员"]


def test_hostile_text_prints_as_typed_in_both_formats(db, org, tmp_path):
    meeting = add_meeting(db, org, title=HOSTILE, summary=f"第一行 {HOSTILE}\n第二行 & <br/>",
                          agenda=[("<script>", LONG_DISCUSSION), ("换行\n议题", "甲\r\n乙")],
                          decisions=[HOSTILE, "a < b && c > d"], opinions=[(org.team, "意见 <u>👍</u>")],
                          actions=0)
    with db.write() as s:
        staff = s.scalar(select(Staff.id).where(Staff.name == "员工2"))
        s.add(ActionItem(meeting_id=meeting, sequence=1, title=LONG_TITLE, responsible_unit_id=org.station,
                         responsible_staff_id=staff, status="open"))
        s.add(ActionItem(meeting_id=meeting, sequence=2, title=HOSTILE + "\n第二行", status="done"))
    pdf, word = tmp_path / "h.pdf", tmp_path / "h.docx"
    export_minutes(db, meeting, pdf)
    export_minutes(db, meeting, word)
    assert_sound_pdf(pdf)

    clean = HOSTILE.replace("\x00", "")
    paragraphs, tables = docx_text(word)
    assert clean in paragraphs  # the subtitle, exactly
    assert f"（一）{clean}" in paragraphs and "（二）a < b && c > d" in paragraphs
    assert f"第一行 {clean}" in paragraphs and "第二行 & <br/>" in paragraphs
    start = paragraphs.index("（一）<script>（汇报人：员工2）")
    assert paragraphs[start + 1] == LONG_DISCUSSION
    assert paragraphs[start + 3: start + 5] == ["甲", "乙"]
    assert "（二）换行\n议题（汇报人：员工2）" in paragraphs
    assert "意见 <u>👍</u>" in paragraphs
    actions = tables[-1]
    assert actions[1][1] == LONG_TITLE and actions[2][1] == clean + "\n第二行"
    assert actions[2][6] == "已完成"

    text = pdf_text(pdf)
    if text is not None:
        flat = re.sub(r"第\d+页共\d+页", "", "".join(text.split()))  # footers interrupt the text
        assert "<b>粗体</b>&<i>□end" in flat  # the emoji with its skin tone is one box
        assert "a<b&&c>d" in flat and "<script>" in flat
        assert flat.count("会议讨论了配网运维工作。") == LONG_DISCUSSION.count("会议讨论了配网运维工作。")


def test_drawable_and_markup():
    assert markup("<b>&amp;</b>\n2") == "&lt;b&gt;&amp;amp;&lt;/b&gt;<br/>2"
    assert drawable("a👍🏽b") == "a\u25a1b"  # the skin tone belongs to the thumb: one box
    assert drawable("👨\u200d👩\u200d👧 🇨🇳🇯🇵") == "\u25a1 \u25a1\u25a1"  # a family; two flags
    assert drawable("中\x00\x1f\tx\r\ny\rz") == "中 x\ny\nz"
    assert len(drawable("❤️")) == 1  # the heart, or a box; the variation selector goes


def test_fonts_skip_what_reportlab_cant_embed_and_say_when_none_is_left(monkeypatch, tmp_path):
    from desktop_app.reports import fonts

    fonts.cjk_font()
    not_truetype = tmp_path / "cff.otf"
    not_truetype.write_bytes(b"OTTO" + bytes(200))  # CFF outlines: reportlab refuses them
    real = fonts.cjk_font_path()
    monkeypatch.setattr(fonts, "_registered", None)
    monkeypatch.setattr(fonts, "_candidates", lambda: iter([fonts.FontFile(str(not_truetype)), fonts.FontFile(real)]))
    assert fonts.cjk_font() == fonts.FONT_NAME and fonts.cjk_font_path() == real

    monkeypatch.setattr(fonts, "_registered", None)
    monkeypatch.setattr(fonts, "_candidates", lambda: iter([fonts.FontFile(str(not_truetype))]))
    with pytest.raises(fonts.FontMissingError) as raised:
        fonts.cjk_font()
    assert "fonts-wqy-microhei" in raised.value.message.render()


def test_latest_is_the_last_held_meeting(db, org):
    with db.read() as s:
        assert latest_held_meeting(s) is None
    add_meeting(db, org, title="早", held_on=date(2026, 3, 2), status="approved")
    later = add_meeting(db, org, title="晚", held_on=date(2026, 3, 9), start="08:30", status="held")
    add_meeting(db, org, title="同日更早", held_on=date(2026, 3, 9), start="08:00", status="held")
    add_meeting(db, org, title="计划", held_on=date(2026, 3, 16), status="planned")
    add_meeting(db, org, title="已删除", held_on=date(2026, 3, 20), status="held", deleted=True)
    with db.read() as s:
        assert latest_held_meeting(s) == later
        assert load_minutes(s, later).title == "晚"


def test_symposium_opinions_and_meta(db, org):
    meeting = add_meeting(db, org, category="symposium", type_name="部门工作恳谈会", title="运检部工作恳谈会",
                          opinions=[(org.team, "希望加快抢修响应。"), (org.station, "")])
    with db.write() as s:
        unit = s.scalar(select(MeetingUnit).where(MeetingUnit.meeting_id == meeting, MeetingUnit.unit_id == org.team))
        unit.action_id = s.scalar(select(ActionItem.id).where(ActionItem.meeting_id == meeting,
                                                              ActionItem.sequence == 2))
    with db.read() as s:
        doc = load_minutes(s, meeting)
    assert doc.heading == "部门工作恳谈会纪要" and doc.subtitle == "运检部工作恳谈会"
    assert [k for k, _ in doc.sections()] == ["agenda", "opinions", "decisions", "actions"]
    assert doc.sections()[1][1] == "二、意见建议"
    meta = dict(doc.meta_lines())
    assert meta["邀请单位"] == "城关供电所、运维班"  # in the organisation's order
    assert meta["参会人员"] == "运维班：员工2、员工3（请假）"
    assert meta["主办单位"] == "城关供电所"
    assert [(u.unit, u.action_number) for u in doc.opinions] == [("运维班", 2)]
    assert doc.actions[0].cooperating_units == "运检部" and doc.actions[0].status_text == "进行中"


def test_refusals_leave_nothing(db, org, tmp_path):
    meeting = add_meeting(db, org)
    with pytest.raises(MinutesError):
        export_minutes(db, meeting, tmp_path / "m.txt")
    with pytest.raises(MinutesError):
        export_minutes(db, "no-such-id", tmp_path / "m.pdf")
    deleted = add_meeting(db, org, deleted=True)
    with pytest.raises(MinutesError):
        export_minutes(db, deleted, tmp_path / "m.docx")

    class CancelAtOnce:
        def report(self, done, total, message=""):
            pass

        def cancelled(self):
            return True

    class CancelOnSecondPage(CancelAtOnce):
        asked = 0

        def cancelled(self):
            self.asked += 1
            return self.asked > 3  # before reading, before writing, after page 1

    earlier = tmp_path / "old.pdf"
    earlier.write_bytes(b"earlier")
    long_meeting = add_meeting(db, org, actions=60)
    mid_way = CancelOnSecondPage()
    for progress in (CancelAtOnce(), mid_way):
        with pytest.raises(Cancelled):
            export_minutes(db, long_meeting, earlier, progress)
        assert earlier.read_bytes() == b"earlier"
    assert mid_way.asked == 4  # it stopped inside the PDF, after its second page
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part") or p.name.startswith("m.")]


def run_cli(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=300)


def test_cli_minutes(db, org, db_path, tmp_path):
    assert "minutes" in run_cli("--help").stdout
    none_held = run_cli("minutes", "--db", str(db_path), "--meeting", "latest", "-o", str(tmp_path / "a.pdf"))
    assert none_held.returncode == 2 and "Traceback" not in none_held.stderr
    assert len(none_held.stderr.strip().splitlines()) == 1

    meeting = add_meeting(db, org, actions=40)
    db.dispose()
    pdf = tmp_path / "latest.pdf"
    made = run_cli("minutes", "--db", str(db_path), "--meeting", "latest", "-o", str(pdf))
    assert made.returncode == 0, made.stderr
    assert_sound_pdf(pdf)
    word = tmp_path / "by-id.DOCX"
    made = run_cli("minutes", "--db", str(db_path), "--meeting", meeting, "-o", str(word))
    assert made.returncode == 0, made.stderr
    assert docx_text(word)[0][0] == "周调会纪要"

    for args in (("--meeting", "nope", "-o", str(tmp_path / "x.pdf")),
                 ("--meeting", meeting, "-o", str(tmp_path / "x.txt"))):
        refused = run_cli("minutes", "--db", str(db_path), *args)
        assert refused.returncode == 2 and "Traceback" not in refused.stderr
        assert len(refused.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "x.txt").exists()
    missing = run_cli("minutes", "--db", str(tmp_path / "none.sqlite"), "--meeting", "latest", "-o", str(pdf))
    assert missing.returncode == 2 and not (tmp_path / "none.sqlite").exists()
