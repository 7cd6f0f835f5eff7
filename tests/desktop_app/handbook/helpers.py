"""Data for the handbook tests, written through the modules' own verbs and table specs, and
handbooks read back with pypdf: page texts, bookmarks, contents entries, embedded fonts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import select

from desktop_app.customer_map.tables import RELATIONS
from desktop_app.handbook.editions import editions
from desktop_app.model import UnitRelation
from desktop_app.rotation.plans import set_status
from desktop_app.tables.edits import CellEdit, update_cell
from tests.desktop_app.customer_map.helpers import add_relation
from tests.desktop_app.duties.helpers import add_item, set_roles
from tests.desktop_app.meeting.helpers import add_type
from tests.desktop_app.rotation.helpers import add_assignment, add_plan, set_scope, staff_ids
from tests.factories import Org

TODAY = date(2026, 4, 1)
DATE_TEXT = "2026年4月1日"
COMMITMENT = "发现问题五个工作日内书面反馈"


@dataclass(frozen=True)
class Filled:
    org: Org
    patrol: str  # work items: 配网设备巡视 (S R, D A), 安全工器具检测 (D R, T C), 财务报销审核 (D R only)
    tools: str
    finance: str
    inspection: str  # relations: 运检部 → 城关供电所 安全检查 (with standard, time limit, commitment)
    defects: str  # 城关供电所 → 运检部 缺陷上报
    meeting_type: str
    plan: str  # approved, covering S and D, 员工0 to 运检部


def fill(db, org: Org) -> Filled:
    patrol = add_item(db, "DY-01", "配网设备巡视")
    tools = add_item(db, "DY-02", "安全工器具检测")
    finance = add_item(db, "DY-03", "财务报销审核")
    set_roles(db, [(patrol, org.station, "R"), (patrol, org.dept, "A"), (tools, org.dept, "R"),
                   (tools, org.team, "C"), (finance, org.dept, "R")])
    set_roles(db, [(patrol, org.worker, "R")], level="position")
    inspection = add_relation(db, "unit", org.dept, org.station, "安全检查", standard="每季度一次", target_days=5,
                              commitment=COMMITMENT, status="active", review_cycle="quarterly")
    defects = add_relation(db, "unit", org.station, org.dept, "缺陷上报", commitment="当天上报", status="active")
    meeting_type = add_type(db, "周调度例会", host=org.dept)
    plan = add_plan(db, "2026年度轮岗计划")
    set_scope(db, plan, [org.station, org.dept])
    add_assignment(db, plan, staff_ids(db)[0], date(2026, 3, 1), date(2026, 6, 30), to_unit_id=org.dept)
    with db.write() as s:
        set_status(s, plan, "approved", "张三")
    return Filled(org, patrol, tools, finance, inspection, defects, meeting_type, plan)


def edition_rows(db) -> list[tuple]:
    """The live editions, newest first: (scope key, number, date, chapters, pages)."""
    with db.read() as s:
        return [(e.scope_key, e.number, e.published_on, e.chapters, e.pages) for e in editions(s)]


def set_relation(db, relation: str, key: str, value) -> None:
    """One cell of a unit relation, through its table spec."""
    with db.write() as s:
        version = s.scalar(select(UnitRelation.version).where(UnitRelation.id == relation))
        update_cell(s, RELATIONS["unit"], CellEdit(relation, version, key, value))


# --- reading a PDF back ----------------------------------------------------------------------

def flat(text: str) -> str:
    """Runs of white space (line breaks, U+3000 too) as one space."""
    return " ".join(text.split())


def compact(text: str) -> str:
    """No white space at all: text a table cell or paragraph wrapped reads as typed again."""
    return "".join(text.split())


@dataclass(frozen=True)
class Bookmark:
    level: int
    title: str
    page: int  # from 1


@dataclass(frozen=True)
class Printed:
    reader: PdfReader
    pages: list[str]  # each page's text, page 1 first
    outline: list[Bookmark]

    @property
    def text(self) -> str:
        return "\n".join(self.pages)

    @property
    def first_chapter(self) -> int:
        """The page (from 1) the first chapter starts on: the contents are the pages between it
        and the cover."""
        return next(n for n, t in enumerate(self.pages, 1) if n > 1 and flat(t).startswith("第一章 "))

    def heading_page(self, label: str) -> int:
        """The page (from 1) after the contents whose body starts with the heading ``label``
        (headers and footers are drawn last, so a page's text starts with its body)."""
        found = [n for n, t in enumerate(self.pages, 1)
                 if n >= self.first_chapter and flat(t).startswith(flat(label))]
        assert found, f"no page starts with {label!r}"
        return found[0]

    def contents(self) -> str:
        """The text of the contents pages."""
        return flat(" ".join(self.pages[1:self.first_chapter - 1]))

    def contents_page(self, label: str) -> int | None:
        """The page number the contents give for ``label``, None when it is not listed."""
        found = re.search(re.escape(flat(label)) + r" (\d+)(?: |$)", self.contents())
        return int(found.group(1)) if found else None

    def titles(self, level: int | None = None) -> list[str]:
        return [flat(b.title) for b in self.outline if level is None or b.level == level]


def read_pdf(path: Path | str) -> Printed:
    reader = PdfReader(path)
    outline: list[Bookmark] = []

    def walk(items, level: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                outline.append(Bookmark(level, item.title, reader.get_destination_page_number(item) + 1))

    walk(reader.outline, 0)
    return Printed(reader, [p.extract_text() for p in reader.pages], outline)


def fonts(reader: PdfReader) -> dict[str, dict]:
    """Every font the pages use, by base name: its font dictionary (Type0 fonts: the descendant's)."""
    out = {}
    for page in reader.pages:
        for ref in page["/Resources"].get("/Font", {}).values():
            font = ref.get_object()
            if font.get("/Subtype") == "/Type0":
                font = font["/DescendantFonts"][0].get_object()
            out[str(font["/BaseFont"])] = font
    return out


def folder(path: Path) -> list[str]:
    return sorted(p.name for p in path.iterdir())



@dataclass(frozen=True)
class Run:
    x0: float  # where the string starts and ends, in points
    x1: float
    y: float  # its baseline
    text: str


def text_runs(reader: PdfReader, page: int) -> list[Run]:
    """The strings drawn on page ``page`` (from 1), measured in the handbook's font."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from desktop_app.reports.fonts import cjk_font

    runs: list[list] = []

    def visit(text, cm, tm, font, size) -> None:
        if not text.strip():
            return
        x, y = tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]
        if runs and runs[-1][:2] == [x, y]:  # the same string, in another subset of the font
            runs[-1][3] += text
        else:
            runs.append([x, y, size, text])

    reader.pages[page - 1].extract_text(visitor_text=visit)
    return [Run(x, x + stringWidth(t.strip(), cjk_font(), size), y, t.strip()) for x, y, size, t in runs]
