"""The coordination chapter in print: the meeting system, then the rotation and stationing plans
in force with their assignments; the figures (action items, stationing coverage) follow the
part they belong to."""

from __future__ import annotations

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from desktop_app.handbook.content import HandbookContent
from desktop_app.handbook.pdf_parts import Column, Numbering, label_line, labelled_text, styles, table
from desktop_app.i18n import translator
from desktop_app.meeting.minutes import date_text
from desktop_app.meeting.vocabulary import CATEGORY_TEXTS, RECURRENCE_LABELS
from desktop_app.reports.fonts import markup
from desktop_app.rotation.vocabulary import ASSIGNMENT_STATUS_TEXTS, PLAN_KIND_TEXTS, PLAN_STATUS_LABELS

__all__ = ["coordination_chapter"]


def coordination_chapter(c: HandbookContent, n: Numbering, title: str) -> list:
    zh = translator("zh_CN")
    s = styles()
    co = c.coordination
    out = n.chapter_heading(title)
    if co.meeting_types or c.figures.get("meetings"):
        out += n.section_heading("会议制度")
        out.append(Paragraph(markup("公司以例会协调内部服务中的问题：会上议定的事项列为督办事项，明确责任单位、责任人和完成时限，"
                                    "未办结的事项在下次同类会议上逐项回顾，直至办结。"), s["body"]))
        if co.meeting_types:
            out += table([Column("会议名称", None), Column("类别", 26 * mm), Column("主办单位", 32 * mm),
                          Column("周期", 18 * mm, TA_CENTER), Column("时间", 13 * mm, TA_CENTER),
                          Column("地点", 28 * mm)],
                         [(m.name, CATEGORY_TEXTS.get(m.category, m.category), m.host,
                           zh(RECURRENCE_LABELS.get(m.recurrence, m.recurrence)), m.start_time, m.place)
                          for m in co.meeting_types])
        out += n.figures_of(c.figures.get("meetings", []))
    if co.plans or c.figures.get("rotation"):
        out += n.section_heading("轮岗与蹲点计划")
        out.append(Paragraph(markup("通过轮岗、轮岗体验、交流和蹲点，员工了解上下游岗位的工作和难处，职能部门深入基层班所解决实际问题。"
                                    "以下为已批准和正在执行的计划。"), s["body"]))
        for p in co.plans:
            out += n.subsection(p.name, outline=True)
            out.append(label_line([("类型", PLAN_KIND_TEXTS.get(p.kind, p.kind)),
                                   ("期间", f"{date_text(p.start)}至{date_text(p.end)}"),
                                   ("状态", zh(PLAN_STATUS_LABELS.get(p.status, p.status)))]))
            if p.units:
                out += labelled_text("范围", "、".join(p.units))
            out += labelled_text("目标", p.objective) + labelled_text("评价方法", p.evaluation_method)
            if p.assignments:
                out += table([Column("人员", 18 * mm), Column("原岗位", None), Column("去向", None),
                              Column("起止日期", 40 * mm, TA_CENTER), Column("状态", 15 * mm, TA_CENTER)],
                             [(a.person, a.from_post, a.to,
                               f"{a.start.isoformat() if a.start else '?'} 至 {a.end.isoformat() if a.end else '?'}",
                               ASSIGNMENT_STATUS_TEXTS.get(a.status, a.status)) for a in p.assignments])
        out += n.figures_of(c.figures.get("rotation", []))
    return out
