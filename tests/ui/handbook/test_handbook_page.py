"""The handbook page over the test organisation: a draft built and shown in the preview (its
bookmarks lead to their pages), saved and printed; publishing asks first, records the edition
and lists it; scope and chapters reach the builder; failures and cancels leave the page as it
was."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop_app.handbook import build as build_module
from desktop_app.handbook.content import ScopeError
from desktop_app.handbook.editions import editions
from desktop_app.progress import Cancelled
from tests.desktop_app.customer_map.helpers import add_relation
from tests.desktop_app.duties.helpers import add_item, set_roles
from ui.handbook.printing import print_pages
from ui.pages.handbook_page import HandbookPage

pytestmark = pytest.mark.usefixtures("inline_tasks")


@pytest.fixture
def page(make_page, org, db):
    item = add_item(db, "W1", "配网抢修")
    set_roles(db, [(item, org.station, "R"), (item, org.dept, "A")])
    add_relation(db, "unit", org.dept, org.station, "抢修物资保障", commitment="接单后两小时内到位")
    return make_page(HandbookPage)


@pytest.fixture
def built(page):
    page.build(publish=False)
    assert page.result is not None
    return page


def yes(monkeypatch, asked: list | None = None):
    def answer(parent, title, text, *args, **kwargs):
        if asked is not None:
            asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)


def test_before_building_the_preview_says_what_to_do(page):
    assert page.preview.stack.currentWidget() is page.preview.empty
    assert "Build a draft" in page.preview.empty.text()
    assert not page.print_button.isEnabled() and not page.save_button.isEnabled()
    assert page.draft_button.isEnabled() and page.publish_button.isEnabled()
    assert "next is edition 1" in page.options.edition.text()


def test_a_draft_is_shown_page_by_page_and_records_nothing(built, db):
    result = built.result
    assert not result.published and result.number == 1 and result.pages >= 4
    assert built.preview.page_count() == result.pages
    assert built.preview.current_page() == 1
    assert built.preview.stack.currentIndex() == 1
    assert f"Draft of edition 1: {result.pages} pages" in built.shown_label.text()
    assert built.print_button.isEnabled() and built.save_button.isEnabled()
    with db.read() as s:
        assert editions(s) == []
    assert built.editions.topLevelItemCount() == 0


def test_the_bookmarks_lead_to_their_pages(built, qtbot):
    built.show()  # the view scrolls to a page and counts what it shows
    qtbot.waitExposed(built)
    model = built.preview.bookmarks
    titles = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert titles[:2] == ["第一章 内部服务的五大思维", "第二章 组织机构与职责边界"]
    chapter = model.index(1, 0)
    units = [model.index(r, 0, chapter).data() for r in range(model.rowCount(chapter))]
    assert any("城关供电所" in u for u in units)
    target = model.index(1, 0).data(model.Role.Page.value) + 1
    assert target > 1
    built.preview.outline.activated.emit(model.index(1, 0))
    assert built.preview.current_page() == target
    assert built.preview.page_label.text() == f"Page {target} of {built.result.pages}"


def test_building_again_replaces_the_shown_file(built):
    first = built.result.path
    built.build(publish=False)
    assert built.result.path != first and built.result.path.exists()
    assert not first.exists()  # the temporary folder holds only what is shown


def test_save_as_copies_the_handbook_shown(built, tmp_path, monkeypatch):
    asked = []
    target = tmp_path / "手册"

    def choose(parent, caption, suggested, filters):
        asked.append(suggested)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    built.ask_save()
    assert asked == ["Whole_company内部服务手册_第1版草稿.pdf"]
    saved = tmp_path / "手册.pdf"  # the suffix is added
    assert saved.read_bytes() == built.result.path.read_bytes()


def test_a_failed_save_says_why_and_keeps_the_handbook(built, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a, **k: shown.append(text))
    assert not built.save_to(tmp_path / "no such folder" / "x.pdf")
    assert "could not be saved" in shown[0] and "no such folder" in shown[0]
    assert built.result.path.exists()


def test_publishing_asks_records_the_edition_and_lists_it(page, db, monkeypatch):
    asked = []
    yes(monkeypatch, asked)
    page.ask_publish()
    assert "Publish edition 1 of the handbook of Whole company?" in asked[0]
    assert page.result.published and page.result.number == 1
    with db.read() as s:
        recorded = editions(s)
    assert [(e.number, e.pages, e.scope_key) for e in recorded] == [(1, page.result.pages, "")]
    assert page.editions.topLevelItemCount() == 1
    row = page.editions.topLevelItem(0)
    assert [row.text(c) for c in range(4)] == ["Whole company", "Edition 1", recorded[0].published_on.isoformat(),
                                                str(page.result.pages)]
    assert "Last published: edition 1" in page.options.edition.text()
    assert "next is edition 2" in page.options.edition.text()
    assert "Edition 1, published" in page.shown_label.text()

    page.ask_publish()  # the second edition lists what changed since the first: nothing
    assert page.result.number == 2 and page.result.changes == 0
    assert "Changes since the previous edition: 0." in page.shown_label.text()


def test_declining_to_publish_builds_nothing(page, db, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    page.ask_publish()
    assert page.result is None
    with db.read() as s:
        assert editions(s) == []


def test_scope_and_chapters_reach_the_builder(page, org):
    for key, box in page.options.chapters.items():
        box.setChecked(key == "organisation")
    assert page.options.scope.set_unit(org.station)
    page.build(publish=False)
    assert page.result.chapters == ("organisation",)
    assert page.suggested_name() == "城关供电所内部服务手册_第1版草稿.pdf"
    page.options.chapters["organisation"].setChecked(False)
    assert not page.draft_button.isEnabled() and not page.publish_button.isEnabled()


def test_a_failed_build_says_why_and_keeps_what_was_shown(built, monkeypatch):
    shown_before = built.result
    errors = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a, **k: errors.append(text))

    def fail(*args, **kwargs):
        raise ScopeError("S")

    monkeypatch.setattr(build_module, "build_handbook", fail)
    built.build(publish=False)
    assert errors == ["There is no unit with code \u201cS\u201d."]
    assert built.result is shown_before and built.preview.path == shown_before.path
    assert built.draft_button.isEnabled()


def test_a_cancelled_build_says_so_and_records_nothing(page, db, monkeypatch):
    messages = []
    page.ctx.status_message.connect(messages.append)

    def cancel(*args, **kwargs):
        raise Cancelled()

    monkeypatch.setattr(build_module, "build_handbook", cancel)
    yes(monkeypatch)
    page.ask_publish()
    assert messages == ["Building was cancelled; nothing was recorded."]
    assert page.result is None and page.publish_button.isEnabled()


def test_printing_sends_the_chosen_pages(built, tmp_path):
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    messages = []
    built.ctx.status_message.connect(messages.append)
    built.print_to(printer)
    assert messages == ["2 page(s) sent to the printer."]
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == 2


def test_printing_stops_when_cancelled(built, tmp_path):
    class CancelAfterFirst:
        calls = 0

        def report(self, done, total, message=""):
            self.calls += 1

        def cancelled(self):
            return self.calls >= 1

    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with pytest.raises(Cancelled):
        print_pages(built.result.path, printer, 1, built.result.pages, CancelAfterFirst())


def test_the_main_window_shows_the_handbook_page(qtbot, db, org):
    from ui.context import AppContext
    from ui.main_window import MainWindow

    window = MainWindow(AppContext(db))
    qtbot.addWidget(window)
    assert isinstance(window.show_page("handbook"), HandbookPage)
