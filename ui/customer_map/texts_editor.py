"""The handbook's own texts (手册文本): the five ways of thinking, the service capability model
and the code of conduct, each a title and a body, edited in place.

What the user types is written shortly after typing stops, and at once when another text is
chosen, when the editor is hidden and on ``flush()``. The first write adds all three texts to
the database (until then the company's default wording is shown). There is no undo stack:
the fields have their own undo while typing, and "Restore default wording" brings back the
company's text.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QMessageBox, QPlainTextEdit, QPushButton,
    QVBoxLayout, QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.customer_map.tables import HANDBOOK_TEXTS
from desktop_app.customer_map.texts import DEFAULT_TEXTS, ensure_handbook_texts, handbook_texts
from desktop_app.customer_map.vocabulary import HANDBOOK_TEXT_LABELS
from desktop_app.model import HandbookText
from desktop_app.storage.concurrency import StaleEditError
from desktop_app.tables import edits
from desktop_app.tables.edits import CellEdit
from desktop_app.tables.values import CellError
from ui.context import AppContext, render, tr_core

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
SAVE_DELAY_MS = 700
ERROR_STYLE = "QLabel { background: #fdecea; color: #8a1c1c; padding: 4px; }"


@dataclass(frozen=True)
class _Seen:
    """A text as the editor loaded it; ``row_id`` None while it is not stored (or deleted)."""

    key: str
    title: str
    body: str
    row_id: str | None
    version: int


def _load(session: Session) -> dict[str, _Seen]:
    rows = {r.key: r for r in session.execute(
        select(HandbookText.key, HandbookText.id, HandbookText.version).where(HandbookText.deleted_at.is_(None)))}
    out = {}
    for t in handbook_texts(session):
        row = rows.get(t.key)
        out[t.key] = _Seen(t.key, t.title, t.body, row.id if row else None, row.version if row else 0)
    return out


def _write(session: Session, seen: _Seen, title: str, body: str) -> None:
    """Stores ``title`` and ``body`` over the text ``seen`` showed: StaleEditError when it has
    changed since, CellError when a value is refused (nothing is written then)."""
    text = HandbookText
    if seen.row_id is None:
        live = session.execute(select(text.id, text.title, text.body)
                               .where(text.key == seen.key, text.deleted_at.is_(None))).one_or_none()
        if live is not None and (live.title, live.body) != (seen.title, seen.body):
            raise StaleEditError(text.__tablename__, live.id)  # edited elsewhere since it was read
    ensure_handbook_texts(session)
    row = session.scalar(select(text).where(text.key == seen.key))
    version = seen.version
    if seen.row_id is None:
        if row.deleted_at is not None:  # a deleted text is brought back, not replaced
            edits.restore(session, HANDBOOK_TEXTS, [row.id])
        version = row.version
    for key, value in (("title", title), ("body", body)):
        version = edits.update_cell(session, HANDBOOK_TEXTS, CellEdit(row.id, version, key, value))


class HandbookTextsEditor(QWidget):
    """The three texts in a list, the chosen one's title and body beside it.

    A refused edit (an empty title) is kept on screen with its message, and the editor stays
    on that text until it is fixed. A text changed elsewhere is reloaded when this editor has
    nothing pending; if it had, its edit is refused as stale, the other version is shown and
    a message says so.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._texts: dict[str, _Seen] = {}
        self._key = next(iter(DEFAULT_TEXTS))
        self._dirty = False
        self._loading = False

        self.list = QListWidget(self)
        for key, label in HANDBOOK_TEXT_LABELS.items():
            item = QListWidgetItem(tr_core(label), self.list)
            item.setData(KEY_ROLE, key)
        self.list.setMaximumWidth(240)
        self.list.setStyleSheet("QListWidget::item { padding: 6px 4px; }")
        hint = QLabel(self.tr("The handbook prints these texts beside the customer map. "
                              "Changes are saved as you type."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("QLabel { color: #666666; }")
        hint.setMaximumWidth(240)
        self.title = QLineEdit(self)
        self.title.setMaxLength(HANDBOOK_TEXTS.column("title").max_length or 200)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        self.body = QPlainTextEdit(self)
        self.status = QLabel(self)
        self.status.setStyleSheet("QLabel { color: #666666; }")
        self.restore_button = QPushButton(self.tr("Restore default wording"), self)
        self.restore_button.setToolTip(self.tr("Replace this text with the company's default wording"))

        # the column headers, so that a refusal names the field as its label does
        title_label = QLabel(tr_core(HANDBOOK_TEXTS.column("title").header), self)
        title_label.setBuddy(self.title)
        body_label = QLabel(tr_core(HANDBOOK_TEXTS.column("body").header), self)
        body_label.setBuddy(self.body)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(hint)
        right = QVBoxLayout()
        right.addWidget(title_label)
        right.addWidget(self.title)
        right.addWidget(self.message)
        right.addWidget(body_label)
        right.addWidget(self.body, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.restore_button)
        right.addLayout(bottom)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(left)
        layout.addLayout(right, 1)

        self._timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._timer.timeout.connect(self._save)
        self.title.textChanged.connect(self._typed)
        self.body.textChanged.connect(self._typed)
        self.list.currentRowChanged.connect(self._row_chosen)
        self.restore_button.clicked.connect(self.restore_default)
        ctx.changes_applied.connect(self._on_changes)
        ctx.database_replaced.connect(self._database_replaced)
        self._reload()
        self._set_row(0)
        self._show_current()

    # --- public --------------------------------------------------------------------------
    def select(self, key: str) -> None:
        """Shows text ``key`` after writing what was typed; stays put when that is refused."""
        if key == self._key or key not in DEFAULT_TEXTS:
            return
        if self._save():
            self._key = key
            self._show_current()
        self._set_row(list(DEFAULT_TEXTS).index(self._key))

    def flush(self) -> None:
        """Writes pending typing now (a refusal is shown, and the typing kept on screen)."""
        self._save()

    def current_key(self) -> str:
        return self._key

    def restore_default(self) -> None:
        """After the user confirms, writes the company's wording over the current text."""
        label = tr_core(HANDBOOK_TEXT_LABELS[self._key])
        answer = QMessageBox.question(
            self, self.tr("Restore default wording"),
            self.tr("Replace the title and text of “%1” with the company's default wording? "
                    "The current wording is lost.").replace("%1", label))
        if answer != QMessageBox.StandardButton.Yes:
            return
        title, body = DEFAULT_TEXTS[self._key]
        self._fill(title, body)
        self._dirty = True
        self._save()

    # --- showing -------------------------------------------------------------------------
    def _reload(self) -> None:
        with self.ctx.db.read() as s:
            self._texts = _load(s)

    def _set_row(self, row: int) -> None:
        self.list.blockSignals(True)
        self.list.setCurrentRow(row)
        self.list.blockSignals(False)

    def _show_current(self) -> None:
        seen = self._texts[self._key]
        self._fill(seen.title, seen.body)
        self._dirty = False
        self.message.hide()
        self._update_status()

    def _fill(self, title: str, body: str) -> None:
        """Sets the fields without counting it as typing; unchanged ones keep their cursor."""
        self._loading = True
        if self.title.text() != title:
            self.title.setText(title)
        if self.body.toPlainText() != body:
            self.body.setPlainText(body)
        self._loading = False

    def _update_status(self) -> None:
        seen = self._texts[self._key]
        if self._dirty:
            self.status.setText(self.tr("Not saved yet"))
        elif seen.row_id is None:
            self.status.setText(self.tr("Default wording, not yet edited"))
        else:
            self.status.setText(self.tr("Saved"))
        self.restore_button.setEnabled((self.title.text(), self.body.toPlainText()) != DEFAULT_TEXTS[self._key])

    def _show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.ctx.status_message.emit(text)

    # --- writing -------------------------------------------------------------------------
    def _typed(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self._timer.start()
        self._update_status()

    def _save(self) -> bool:
        """Writes the current text if typed in; True when nothing is left unwritten."""
        self._timer.stop()
        if not self._dirty:
            return True
        seen = self._texts[self._key]
        try:
            with self.ctx.db.write() as s:
                _write(s, seen, self.title.text(), self.body.toPlainText())
        except CellError as exc:
            self._show_error(render(exc.message))
            self._update_status()
            return False
        except StaleEditError:
            self._reload()
            self._show_current()
            self._show_error(self.tr("This text was changed elsewhere and has been reloaded; "
                                     "your last changes were not saved."))
            return False
        self._dirty = False
        self._reload()
        self.message.hide()
        self._update_status()
        self.ctx.notify({"customer_map"}, self)
        return True

    def _row_chosen(self, row: int) -> None:
        if row >= 0:
            self.select(self.list.item(row).data(KEY_ROLE))

    def _on_changes(self, areas, source) -> None:
        if "customer_map" not in areas or source is self:
            return
        if self._save():
            self._reload()
            self._show_current()
        elif self._dirty:  # refused: keep the version the typing started from, to catch a clash
            kept = self._texts[self._key]
            self._reload()
            self._texts[self._key] = kept
        # else it clashed with this very change, and has been reloaded with a message

    def _database_replaced(self) -> None:
        # what was typed belongs to the database that was closed
        self._timer.stop()
        self._dirty = False
        self._reload()
        self._show_current()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._save()
        super().hideEvent(event)
