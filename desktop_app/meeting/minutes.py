"""A meeting's minutes (会议纪要) as plain values, and the fixed Chinese wording every printed
copy (PDF, .docx) shares: which lines the meta block has, the section numbers, the labels.

``load_minutes`` reads only live rows (``deleted_at`` is None) of the meeting's attendees,
invited units, agenda items, decisions, action items and cooperating units. Names of people and
units are printed even when that person or unit was deleted since: the minutes record who
was there. Every text is ``printable``: characters XML forbids are gone (a .docx can't hold
them, a PDF has no glyph for them), line breaks are LF.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from desktop_app.i18n import QT_TRANSLATE_NOOP, Message, msg
from desktop_app.meeting.vocabulary import ACTION_STATUS_TEXTS, CATEGORY_TEXTS
from desktop_app.model import (
    ActionItem, ActionUnit, AgendaItem, Decision, Meeting, MeetingAttendee, MeetingType, MeetingUnit, Position, Staff,
    Unit,
)

MEETING_STATUS_TEXTS = {"planned": "未召开", "held": "待审定", "approved": "已审定"}
HELD = ("held", "approved")
SEP = "\u3001"  # 、
WEEKDAYS = "一二三四五六日"

_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


class MinutesError(Exception):
    """The minutes can't be written (no such meeting, an unknown file type); ``message`` says
    why, for the user."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


def no_such_meeting(meeting_id: str) -> MinutesError:
    return MinutesError(msg(QT_TRANSLATE_NOOP("Core", "There is no meeting {id} (it may have been deleted)."),
                            id=meeting_id))


def no_held_meeting() -> MinutesError:
    return MinutesError(msg(QT_TRANSLATE_NOOP("Core", "No meeting has been held yet.")))


def printable(text: str | None) -> str:
    """``text`` without the control characters XML 1.0 forbids (tab and LF stay) and with
    CR LF and CR turned into LF."""
    return _FORBIDDEN.sub("", (text or "").replace("\r\n", "\n").replace("\r", "\n"))


@dataclass(frozen=True)
class Attendee:
    name: str
    unit: str
    note: str  # e.g. 请假


@dataclass(frozen=True)
class InvitedUnit:
    unit: str
    opinion: str
    action_number: int | None  # the action item (its number in these minutes) the opinion became


@dataclass(frozen=True)
class AgendaEntry:
    topic: str
    presenter: str
    discussion: str


@dataclass(frozen=True)
class ActionEntry:
    number: int  # 1, 2, … in the order of the minutes
    title: str
    kind: str  # "action" or "improvement"
    responsible_unit: str
    responsible_person: str
    cooperating_units: str  # joined with 、 in the organisation's order
    due_on: date | None
    status: str
    status_text: str
    closed_on: date | None
    source_unit: str  # whose opinion an improvement item came from


@dataclass(frozen=True)
class MinutesDoc:
    meeting_id: str
    type_name: str
    category: str
    category_text: str
    title: str
    held_on: date
    start_time: str
    place: str
    host_unit: str
    chair: str
    recorder: str
    attendees: tuple[Attendee, ...]
    invited_units: tuple[InvitedUnit, ...]
    summary: str
    agenda: tuple[AgendaEntry, ...]
    decisions: tuple[str, ...]
    actions: tuple[ActionEntry, ...]
    status: str
    status_text: str
    approved_by: str
    approved_at: datetime | None

    @property
    def heading(self) -> str:
        """"周调会纪要": the printed title."""
        name = self.type_name or self.category_text
        return name if name.endswith("纪要") else f"{name}纪要"

    @property
    def subtitle(self) -> str:
        """The meeting's own title, or "" when it only repeats the type and the date."""
        plain = {self.type_name, f"{self.type_name}\uff08{self.held_on.isoformat()}\uff09", self.heading}
        return "" if self.title.strip() in plain else self.title

    @property
    def document_title(self) -> str:
        """The file's title metadata: heading, title when it says more, and the date."""
        parts = [self.heading, self.subtitle, date_text(self.held_on)]
        return " ".join(p for p in parts if p)

    def meta_lines(self) -> list[tuple[str, str]]:
        """The meta block as (label, value); lines without a value are left out but for time."""
        when = f"{date_text(self.held_on)}（星期{WEEKDAYS[self.held_on.weekday()]}）{self.start_time}"
        invited_label = "邀请单位" if self.category == "symposium" else "列席单位"
        lines = [("时间", when), ("地点", self.place), ("主办单位", self.host_unit), ("主持人", self.chair),
                 ("记录人", self.recorder), ("参会人员", self.attendee_text()),
                 (invited_label, SEP.join(u.unit for u in self.invited_units if u.unit))]
        return [(label, value) for label, value in lines if value or label == "时间"]

    def attendee_text(self) -> str:
        """"运检部：张三、李四（请假）；城关供电所：王五": by unit, in the organisation's order."""
        groups: dict[str, list[str]] = {}
        for a in self.attendees:
            groups.setdefault(a.unit, []).append(f"{a.name}（{a.note}）" if a.note and a.name else a.name or a.note)
        return "；".join(f"{unit}：{SEP.join(names)}" if unit else SEP.join(names) for unit, names in groups.items())

    @property
    def opinions(self) -> tuple[InvitedUnit, ...]:
        return tuple(u for u in self.invited_units if u.opinion.strip())

    def sections(self) -> list[tuple[str, str]]:
        """(key, "一、会议议程") for each part that has content: "agenda", "opinions",
        "decisions", "actions", numbered in that order."""
        present = [("agenda", "会议议程", self.agenda), ("opinions", "意见建议", self.opinions),
                   ("decisions", "议定事项", self.decisions), ("actions", "督办事项", self.actions)]
        shown = [(key, title) for key, title, rows in present if rows]
        return [(key, f"{chinese_number(n)}、{title}") for n, (key, title) in enumerate(shown, 1)]

    def approval_line(self) -> str:
        """"审定：张三　2026年3月6日", or the status when the minutes are not approved."""
        if self.status != "approved":
            return f"纪要状态：{self.status_text}"
        when = date_text(self.approved_at.astimezone().date()) if self.approved_at else ""
        return "　".join(p for p in (f"审定：{self.approved_by}" if self.approved_by else "审定", when) if p)


def date_text(d: date | None) -> str:
    return f"{d.year}年{d.month}月{d.day}日" if d else ""


def chinese_number(n: int) -> str:
    """一, 二, … 十, 十一, … 九十九; larger numbers as digits."""
    digits = "零一二三四五六七八九"
    if not 0 < n < 100:
        return str(n)
    tens, ones = divmod(n, 10)
    return (("" if tens == 1 else digits[tens]) + "十" if tens else "") + (digits[ones] if ones else "")


def latest_held_meeting(session: Session) -> str | None:
    """The id of the live meeting held (or approved) last, by date then start time; None if
    there is none."""
    m = Meeting
    return session.scalar(select(m.id).where(m.deleted_at.is_(None), m.status.in_(HELD))
                          .order_by(m.held_on.desc(), m.start_time.desc(), m.created_at.desc(), m.id.desc()).limit(1))


def load_minutes(session: Session, meeting_id: str) -> MinutesDoc:
    """The minutes of the live meeting ``meeting_id``; MinutesError when there is none."""
    host, chair, recorder = aliased(Unit), aliased(Staff), aliased(Staff)
    type_host = aliased(Unit)
    row = session.execute(
        select(Meeting, MeetingType.name, MeetingType.category, MeetingType.place, host.name, type_host.name,
               chair.name, recorder.name)
        .join(MeetingType, Meeting.type_id == MeetingType.id)
        .outerjoin(host, Meeting.host_unit_id == host.id)
        .outerjoin(type_host, MeetingType.host_unit_id == type_host.id)
        .outerjoin(chair, Meeting.chair_id == chair.id).outerjoin(recorder, Meeting.recorder_id == recorder.id)
        .where(Meeting.id == meeting_id, Meeting.deleted_at.is_(None))
    ).first()
    if row is None:
        raise no_such_meeting(meeting_id)
    m, type_name, category, type_place, host_name, type_host_name, chair_name, recorder_name = row
    actions = _actions(session, meeting_id)
    number_of = {a_id: entry.number for a_id, entry in actions}
    p = printable
    return MinutesDoc(
        meeting_id=m.id, type_name=p(type_name), category=category, category_text=CATEGORY_TEXTS.get(category, ""),
        title=p(m.title), held_on=m.held_on, start_time=p(m.start_time), place=p(m.place or type_place),
        host_unit=p(host_name if m.host_unit_id else type_host_name), chair=p(chair_name), recorder=p(recorder_name),
        attendees=_attendees(session, meeting_id), invited_units=_invited(session, meeting_id, number_of),
        summary=p(m.summary), agenda=_agenda(session, meeting_id),
        decisions=tuple(p(t) for t in session.scalars(
            select(Decision.text).where(Decision.meeting_id == meeting_id, Decision.deleted_at.is_(None))
            .order_by(Decision.sequence, Decision.id))),
        actions=tuple(entry for _, entry in actions), status=m.status,
        status_text=MEETING_STATUS_TEXTS.get(m.status, m.status), approved_by=p(m.approved_by),
        approved_at=m.approved_at,
    )


def _attendees(session: Session, meeting_id: str) -> tuple[Attendee, ...]:
    a = MeetingAttendee
    rows = session.execute(
        select(Staff.name, Unit.name, a.note).select_from(a)
        .outerjoin(Staff, a.staff_id == Staff.id).outerjoin(Position, Staff.position_id == Position.id)
        .outerjoin(Unit, Position.unit_id == Unit.id)
        .where(a.meeting_id == meeting_id, a.deleted_at.is_(None))
        # people without a unit last, each unit's people by name
        .order_by(Unit.id.is_(None), Unit.sort_order, Unit.code, Staff.name, a.created_at, a.id))
    return tuple(Attendee(printable(name), printable(unit), printable(note)) for name, unit, note in rows)


def _invited(session: Session, meeting_id: str, number_of: dict[str, int]) -> tuple[InvitedUnit, ...]:
    u = MeetingUnit
    rows = session.execute(
        select(Unit.name, u.opinion, u.action_id).select_from(u).outerjoin(Unit, u.unit_id == Unit.id)
        .where(u.meeting_id == meeting_id, u.deleted_at.is_(None))
        .order_by(Unit.id.is_(None), Unit.sort_order, Unit.code, u.created_at, u.id))
    return tuple(InvitedUnit(printable(name), printable(opinion), number_of.get(action_id or ""))
                 for name, opinion, action_id in rows)


def _agenda(session: Session, meeting_id: str) -> tuple[AgendaEntry, ...]:
    a = AgendaItem
    rows = session.execute(
        select(a.topic, Staff.name, a.discussion).select_from(a).outerjoin(Staff, a.presenter_id == Staff.id)
        .where(a.meeting_id == meeting_id, a.deleted_at.is_(None)).order_by(a.sequence, a.id))
    return tuple(AgendaEntry(printable(topic), printable(who), printable(text)) for topic, who, text in rows)


def _actions(session: Session, meeting_id: str) -> list[tuple[str, ActionEntry]]:
    a, unit, source = ActionItem, aliased(Unit), aliased(Unit)
    rows = session.execute(
        select(a.id, a.title, a.kind, unit.name, Staff.name, a.due_on, a.status, a.closed_on, source.name)
        .select_from(a).outerjoin(unit, a.responsible_unit_id == unit.id)
        .outerjoin(Staff, a.responsible_staff_id == Staff.id).outerjoin(source, a.source_unit_id == source.id)
        .where(a.meeting_id == meeting_id, a.deleted_at.is_(None)).order_by(a.sequence, a.id)).all()
    helpers: dict[str, list[str]] = {}
    for action_id, name in session.execute(
            select(ActionUnit.action_id, Unit.name).join(Unit, ActionUnit.unit_id == Unit.id)
            .join(a, ActionUnit.action_id == a.id)
            .where(a.meeting_id == meeting_id, ActionUnit.deleted_at.is_(None), Unit.deleted_at.is_(None))
            .order_by(Unit.sort_order, Unit.code)):
        helpers.setdefault(action_id, []).append(printable(name))
    return [(r[0], ActionEntry(
        number=n, title=printable(r[1]), kind=r[2], responsible_unit=printable(r[3]),
        responsible_person=printable(r[4]), cooperating_units=SEP.join(helpers.get(r[0], ())), due_on=r[5],
        status=r[6], status_text=ACTION_STATUS_TEXTS.get(r[6], r[6]), closed_on=r[7], source_unit=printable(r[8])))
        for n, r in enumerate(rows, 1)]
