"""The handbook texts editor: typing reaches the database (all three texts created on the first
edit), an empty title is refused, the default wording comes back on request, and switching
texts or a change elsewhere never loses typing."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from desktop_app.customer_map.tables import HANDBOOK_TEXTS
from desktop_app.customer_map.texts import DEFAULT_TEXTS, ensure_handbook_texts, handbook_texts
from desktop_app.model import ChangeLog, HandbookText
from desktop_app.tables import edits
from desktop_app.tables.edits import CellEdit
from ui.customer_map.texts_editor import HandbookTextsEditor

FIVE, MODEL, CONDUCT = DEFAULT_TEXTS

@pytest.fixture
def editor(qtbot, ctx):
    widget = HandbookTextsEditor(ctx)
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    return widget


def stored(db) -> dict:
    with db.read() as s:
        return {t.key: t for t in handbook_texts(s)}


def row_count(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(HandbookText))


def write_elsewhere(db, key: str, body: str) -> None:
    with db.write() as s:
        ensure_handbook_texts(s)
        row = s.scalar(select(HandbookText).where(HandbookText.key == key))
        edits.update_cell(s, HANDBOOK_TEXTS, CellEdit(row.id, row.version, "body", body))


def test_it_opens_on_the_default_wording(editor, db):
    assert editor.current_key() == FIVE
    assert (editor.title.text(), editor.body.toPlainText()) == DEFAULT_TEXTS[FIVE]
    assert editor.list.count() == 3 and editor.list.item(0).text() == "Five ways of thinking"
    assert editor.status.text() == "Default wording, not yet edited"
    assert not editor.restore_button.isEnabled()
    assert row_count(db) == 0


def test_the_first_edit_stores_all_three_texts(editor, ctx, db):
    with ctx.db.read() as s:
        before = s.scalar(select(func.count()).select_from(ChangeLog))
    editor.body.setPlainText("新的正文")
    assert editor.status.text() == "Not saved yet"
    editor.flush()
    texts = stored(db)
    assert all(t.stored for t in texts.values())
    assert texts[FIVE].body == "新的正文" and texts[FIVE].title == DEFAULT_TEXTS[FIVE][0]
    assert (texts[CONDUCT].title, texts[CONDUCT].body) == DEFAULT_TEXTS[CONDUCT]
    assert editor.status.text() == "Saved" and editor.restore_button.isEnabled()
    with ctx.db.read() as s:
        assert s.scalar(select(func.count()).select_from(ChangeLog)) > before  # the history has it


def test_the_write_is_announced_as_the_editors_own(editor, ctx, qtbot):
    with qtbot.waitSignal(ctx.changes_applied) as blocker:
        editor.title.setText("五大思维")
        editor.flush()
    areas, source = blocker.args
    assert "customer_map" in areas and source is editor


def test_typing_is_written_shortly_after_it_stops(editor, ctx, db, qtbot):
    with qtbot.waitSignal(ctx.changes_applied, timeout=5000):
        editor.title.setText("内部服务五大思维（修订）")
    assert stored(db)[FIVE].title == "内部服务五大思维（修订）"


def test_an_empty_title_is_refused_and_nothing_is_written(editor, db):
    editor.title.setText("   ")
    editor.body.setPlainText("正文也改了")
    editor.flush()
    assert row_count(db) == 0
    assert editor.message.isVisible() and editor.message.text() == "Title is required."
    assert editor.body.toPlainText() == "正文也改了"  # kept on screen
    editor.select(CONDUCT)  # not while the title is empty
    assert editor.current_key() == FIVE and editor.list.currentRow() == 0
    editor.title.setText("五大思维")
    editor.flush()
    assert not editor.message.isVisible()
    assert (stored(db)[FIVE].title, stored(db)[FIVE].body) == ("五大思维", "正文也改了")


def test_restoring_the_default_wording(editor, db, monkeypatch):
    editor.select(CONDUCT)
    editor.title.setText("临时准则")
    editor.body.setPlainText("临时")
    editor.flush()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    editor.restore_button.click()
    assert stored(db)[CONDUCT].body == "临时"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    editor.restore_button.click()
    assert (stored(db)[CONDUCT].title, stored(db)[CONDUCT].body) == DEFAULT_TEXTS[CONDUCT]
    assert (editor.title.text(), editor.body.toPlainText()) == DEFAULT_TEXTS[CONDUCT]
    assert not editor.restore_button.isEnabled()


def test_switching_texts_writes_the_typing_first(editor, db):
    editor.body.setPlainText("第一段")
    editor.list.setCurrentRow(2)  # as a click does
    assert editor.current_key() == CONDUCT
    assert editor.body.toPlainText() == DEFAULT_TEXTS[CONDUCT][1]
    assert stored(db)[FIVE].body == "第一段"
    editor.select(FIVE)
    assert editor.body.toPlainText() == "第一段" and editor.list.currentRow() == 0


def test_hiding_the_editor_writes_the_typing(editor, db):
    editor.body.setPlainText("隐藏前输入")
    editor.hide()
    assert stored(db)[FIVE].body == "隐藏前输入"


def test_a_change_elsewhere_is_shown_after_saving_the_typing(editor, ctx, db):
    editor.select(MODEL)
    editor.body.setPlainText("我正在输入")  # not written yet
    write_elsewhere(db, CONDUCT, "别处改的准则")
    ctx.notify({"customer_map"})
    assert editor.body.toPlainText() == "我正在输入"
    assert stored(db)[MODEL].body == "我正在输入"
    editor.select(CONDUCT)
    assert editor.body.toPlainText() == "别处改的准则"


def test_a_clash_with_a_change_elsewhere_reloads_with_a_message(editor, db):
    editor.body.setPlainText("第一次")
    editor.flush()
    write_elsewhere(db, FIVE, "别处改的")  # not announced: this editor still holds the old version
    editor.body.setPlainText("第二次")
    editor.flush()
    assert stored(db)[FIVE].body == "别处改的"
    assert editor.body.toPlainText() == "别处改的"
    assert editor.message.isVisible() and "changed elsewhere" in editor.message.text()


def test_a_default_stored_elsewhere_meanwhile_is_not_overwritten(editor, db):
    write_elsewhere(db, FIVE, "别处先存的")  # not announced
    editor.body.setPlainText("我的")
    editor.flush()
    assert stored(db)[FIVE].body == "别处先存的"
    assert editor.body.toPlainText() == "别处先存的"


def test_typing_that_clashes_with_an_announced_change_is_reported(editor, ctx, db):
    editor.body.setPlainText("第一次")
    editor.flush()
    editor.body.setPlainText("第二次")  # pending when the other change comes
    write_elsewhere(db, FIVE, "别处改的")
    ctx.notify({"customer_map"})
    assert stored(db)[FIVE].body == "别处改的" and editor.body.toPlainText() == "别处改的"
    assert editor.message.isVisible() and "changed elsewhere" in editor.message.text()
