"""The organisation chapter in print: per unit its posts, its duties with the other units
involved, and its posts' part of the responsibility matrix.

Each unit starts on a new page (a unit's pages can be handed to it). The matrix has at most
``POSTS_PER_TABLE`` post columns; a unit with more posts gets several tables, each with the
items on which one of its posts holds a role.
"""

from __future__ import annotations

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph

from desktop_app.duties.vocabulary import ROLE_TEXTS
from desktop_app.handbook.content import HandbookContent
from desktop_app.handbook.organisation import UnitSection
from desktop_app.handbook.pdf_parts import BODY_WIDTH, Column, Numbering, label_line, styles, table, text_block
from desktop_app.i18n import translator
from desktop_app.org.vocabulary import POSITION_CATEGORY_LABELS, UNIT_KIND_LABELS
from desktop_app.reports.fonts import markup

__all__ = ["organisation_chapter"]

CODE_W = 20 * mm
ROLE_W = 14 * mm
ITEM_MIN_W = 52 * mm
POST_W = 17 * mm
POSTS_PER_TABLE = int((BODY_WIDTH - CODE_W - ITEM_MIN_W - ROLE_W) // POST_W)


def organisation_chapter(c: HandbookContent, n: Numbering, title: str) -> list:
    org = c.organisation
    s = styles()
    posts = sum(len(u.posts) for u in org.units)
    intro = (f"本章按单位列出岗位设置、单位承担的职责事项及其主责、审批、配合、知会关系，以及单位职责向岗位的分解。"
             f"共收入 {len(org.units)} 个单位、{posts} 个岗位；公司现行职责事项 {org.item_count} 项。")
    out = n.chapter_heading(title) + [Paragraph(markup(intro), s["body"])]
    out += n.figures_of(c.figures.get("organisation", []))
    for u in org.units:
        out += [PageBreak()] + _unit(u, n)
    return out


def _unit(u: UnitSection, n: Numbering) -> list:
    zh = translator("zh_CN")
    quota = sum(p.quota for p in u.posts)
    staffed = sum(p.staffed for p in u.posts)
    out = n.section_heading(u.name)
    out.append(label_line([("编码", u.code), ("类别", zh(UNIT_KIND_LABELS.get(u.kind, u.kind))),
                           ("上级单位", u.parent_name),
                           ("岗位", f"{len(u.posts)} 个，定员 {quota} 人，在岗 {staffed} 人" if u.posts else "")]))
    if u.notes.strip():
        out += text_block(u.notes)
    if u.posts:
        out += n.subsection("岗位设置")
        out += table([Column("岗位编码", 26 * mm), Column("岗位名称", None), Column("类别", 20 * mm, TA_CENTER),
                      Column("定员", 14 * mm, TA_CENTER), Column("在岗", 14 * mm, TA_CENTER)],
                     [(p.code, p.name, zh(POSITION_CATEGORY_LABELS.get(p.category, p.category)), str(p.quota),
                       str(p.staffed)) for p in u.posts])
    own = [d for d in u.duties if d.role]
    if own:
        out += n.subsection("单位职责")
        records, notes = [], {}
        for r, d in enumerate(own):
            others = "\n".join(f"{ROLE_TEXTS[role]}：{'、'.join(names)}" for role, names in d.others)
            records.append((d.code, d.title, ROLE_TEXTS[d.role], others))
            if d.description.strip():
                notes[(r, 1)] = d.description
        out += table([Column("编号", CODE_W), Column("职责事项", None), Column("本单位", ROLE_W, TA_CENTER),
                      Column("其他相关单位", 48 * mm)], records, notes)
    if u.has_post_roles:
        out += _post_matrix(u, n)
    return out


def _post_matrix(u: UnitSection, n: Numbering) -> list:
    """The unit's posts × the items they hold, in tables of at most POSTS_PER_TABLE posts."""
    holders = [p for p in u.posts if any(post == p.id for _, post in u.post_roles)]
    out = n.subsection("岗位职责分解")
    groups = [holders[i:i + POSTS_PER_TABLE] for i in range(0, len(holders), POSTS_PER_TABLE)]
    for g, posts in enumerate(groups):
        ids = [p.id for p in posts]
        rows = [d for d in u.duties if any((d.item_id, p) in u.post_roles for p in ids)]
        if len(groups) > 1:
            out.append(Paragraph(f"（{g + 1}/{len(groups)}）", styles()["meta"]))
        columns = [Column("编号", CODE_W), Column("职责事项", None), Column("本单位", ROLE_W, TA_CENTER)]
        columns += [Column(p.name, POST_W, TA_CENTER) for p in posts]
        records = [(d.code, d.title, ROLE_TEXTS.get(d.role or "", ""),
                    *(ROLE_TEXTS.get(u.post_roles.get((d.item_id, p), ""), "") for p in ids)) for d in rows]
        out += table(columns, records)
    return out
