"""Publishing: each edition records its number, date, chapters and pages with the snapshot of
what it printed, so the next one lists exactly what changed; drafts record nothing; an
edition published elsewhere meanwhile is refused."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from desktop_app.handbook.build import HandbookOptions, build_handbook
from desktop_app.handbook.editions import EditionConflict, editions, last_edition, record_edition, snapshot_of
from desktop_app.model import HandbookEdition, HandbookSnapshot
from tests.desktop_app.handbook.helpers import (
    COMMITMENT, compact, edition_rows, flat, folder, read_pdf, set_relation,
)

FIRST = date(2026, 4, 1)
SECOND = date(2026, 5, 1)
APPENDIX = "附录 本版变更"


def test_the_next_edition_lists_exactly_what_changed(db, filled, tmp_path):
    first = build_handbook(db, HandbookOptions(today=FIRST, publish=True), tmp_path / "v1.pdf")
    assert (first.number, first.published, first.changes) == (1, True, None)
    assert "changes" not in first.chapters  # nothing to compare with yet
    assert edition_rows(db) == [("", 1, FIRST, first.chapters, first.pages)]
    with db.read() as s:
        stored = snapshot_of(s, last_edition(s, "").id)
    assert f"relation:{filled.inspection}" in stored["entries"]

    set_relation(db, filled.inspection, "commitment", "发现问题三个工作日内书面反馈")
    second = build_handbook(db, HandbookOptions(today=SECOND, publish=True), tmp_path / "v2.pdf")
    assert (second.number, second.changes) == (2, 1)
    assert second.chapters[-1] == "changes"
    assert edition_rows(db) == [("", 2, SECOND, second.chapters, second.pages),
                                ("", 1, FIRST, first.chapters, first.pages)]

    printed = read_pdf(tmp_path / "v2.pdf")
    assert "第 2 版" in flat(printed.pages[0])
    assert printed.titles(0)[-1] == APPENDIX
    appendix = compact("".join(printed.pages[printed.heading_page(APPENDIX) - 1:]))
    assert compact("与第 1 版（2026年4月1日）相比，第 2 版共有 1 处变更") in appendix
    assert compact(f"服务关系运检部 → 城关供电所：安全检查修改服务承诺：{COMMITMENT} → 发现问题三个工作日内书面反馈") in appendix
    assert "缺陷上报" not in appendix  # unchanged records are not listed


def test_an_edition_without_changes_says_so(db, filled, tmp_path):
    build_handbook(db, HandbookOptions(today=FIRST, publish=True), tmp_path / "v1.pdf")
    second = build_handbook(db, HandbookOptions(today=SECOND, publish=True), tmp_path / "v2.pdf")
    assert second.changes == 0
    printed = read_pdf(tmp_path / "v2.pdf")
    assert compact("与第 1 版（2026年4月1日）相比，本版内容没有变更。") in compact(printed.text)


def test_a_draft_records_nothing_and_carries_the_next_number(db, filled, tmp_path):
    draft = build_handbook(db, HandbookOptions(today=FIRST), tmp_path / "draft1.pdf")
    assert (draft.number, draft.published) == (1, False)
    assert edition_rows(db) == []
    build_handbook(db, HandbookOptions(today=FIRST, publish=True), tmp_path / "v1.pdf")

    set_relation(db, filled.defects, "commitment", "两小时内上报")
    with db.read() as s:
        counts = (s.scalar(select(func.count()).select_from(HandbookEdition)),
                  s.scalar(select(func.count()).select_from(HandbookSnapshot)))
    draft = build_handbook(db, HandbookOptions(today=SECOND), tmp_path / "draft2.pdf")
    assert (draft.number, draft.published, draft.changes) == (2, False, 1)  # listed as edition 2 would
    with db.read() as s:
        assert (s.scalar(select(func.count()).select_from(HandbookEdition)),
                s.scalar(select(func.count()).select_from(HandbookSnapshot))) == counts == (1, 1)
    printed = read_pdf(tmp_path / "draft2.pdf")
    assert "第 2 版（草稿）" in flat(printed.pages[0]) and "草稿，未发布" in flat(printed.pages[0])
    assert "第 2 版（草稿）" in flat(printed.pages[-1])  # the running header
    assert compact("两小时内上报") in compact(printed.pages[printed.heading_page(APPENDIX) - 1])

    # the next published edition compares with edition 1, not with the draft
    second = build_handbook(db, HandbookOptions(today=SECOND, publish=True), tmp_path / "v2.pdf")
    assert (second.number, second.changes) == (2, 1)


def test_editions_are_numbered_per_scope(db, filled, tmp_path):
    build_handbook(db, HandbookOptions(today=FIRST, publish=True), tmp_path / "company.pdf")
    unit = build_handbook(db, HandbookOptions(unit_code="S", today=FIRST, publish=True), tmp_path / "station.pdf")
    assert (unit.number, unit.changes) == (1, None)
    rows = edition_rows(db)
    assert sorted((key, number) for key, number, *_ in rows) == [("", 1), (filled.org.station, 1)]
    with db.read() as s:
        assert {e.scope_name for e in editions(s)} == {"测试公司", "城关供电所"}


class PublishedElsewhere:
    """A progress that, once the layout has started, records the edition being built as if
    another computer had published it meanwhile."""

    def __init__(self, db, number: int) -> None:
        self.db, self.number, self.done = db, number, False

    def report(self, done: int, total: int, message: str = "") -> None:
        if done > 10 and not self.done:  # past reading (READ_STEPS)
            self.done = True
            with self.db.write() as s:
                record_edition(s, "", "测试公司", self.number, FIRST, ["thinking"], 3,
                               {"chapters": ["thinking"], "entries": {}})

    def cancelled(self) -> bool:
        return False


def test_an_edition_published_meanwhile_is_refused(db, filled, tmp_path):
    target = tmp_path / "v1.pdf"
    with pytest.raises(EditionConflict) as raised:
        build_handbook(db, HandbookOptions(today=SECOND, publish=True), target, PublishedElsewhere(db, 1))
    assert "Edition 1 was published elsewhere" in str(raised.value)
    assert edition_rows(db) == [("", 1, FIRST, ("thinking",), 3)]  # only the other one
    assert not target.exists() and not [n for n in folder(tmp_path) if n.endswith(".part")]
    # built again, it becomes edition 2 and lists the changes since the other one
    again = build_handbook(db, HandbookOptions(today=SECOND, publish=True), target)
    assert again.number == 2 and again.changes is not None


def test_recording_a_taken_number_writes_nothing(db):
    snapshot = {"chapters": [], "entries": {}}
    with db.write() as s:
        record_edition(s, "", "测试公司", 1, FIRST, [], 1, snapshot)
    with pytest.raises(EditionConflict), db.write() as s:
        record_edition(s, "", "测试公司", 1, SECOND, [], 1, snapshot)
    with pytest.raises(EditionConflict), db.write() as s:
        record_edition(s, "", "测试公司", 3, SECOND, [], 1, snapshot)  # numbers have no gaps
    assert [(n, d) for _, n, d, *_ in edition_rows(db)] == [(1, FIRST)]


def test_a_publishing_whose_file_cannot_be_written_records_nothing(db, filled, tmp_path):
    # the target can't be replaced (here a folder of that name; on Windows, typically the
    # previous edition open in a PDF viewer): the edition must not be recorded without its file
    target = tmp_path / "手册.pdf"
    target.mkdir()
    with pytest.raises(OSError):
        build_handbook(db, HandbookOptions(today=FIRST, publish=True), target)
    assert edition_rows(db) == []
    assert not [n for n in folder(tmp_path) if n.endswith(".part")] and not any(target.iterdir())
    again = build_handbook(db, HandbookOptions(today=FIRST, publish=True), tmp_path / "v1.pdf")
    assert again.number == 1
