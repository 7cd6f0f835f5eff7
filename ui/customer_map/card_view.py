"""The service card (服务卡) of one unit: what it provides to whom and receives from whom, at unit
and at post level, with standards and commitments, as the handbook prints it.

The card is read off the GUI thread (``LatestRead``) when a unit is chosen and after every
change to the customer map or the organisation; a hidden view reads when it is shown again.
Every value from the database is HTML-escaped before it goes into the page: users type
arbitrary text, ``<`` and ``&`` included.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from desktop_app.customer_map.cards import CardLine, ServiceCard, service_card
from desktop_app.customer_map.tables import RELATIONS_POSITION, RELATIONS_UNIT
from desktop_app.customer_map.vocabulary import REVIEW_CYCLE_LABELS
from ui.context import AppContext, tr_core
from ui.operations.latest_read import LatestRead
from ui.pages.unit_combo import UnitCombo

ACTIVE, WITH_DRAFTS = ("active",), ("draft", "active")
MUTED = "#777777"
DRAFT = "#a0522d"
HEADER_BACKGROUND = "#eef1f5"
BORDER = "#b8bec6"
# column widths in per cent: (own post,) partner, item, standard, target, commitment, cycle
UNIT_WIDTHS = (17, 19, 23, 8, 24, 9)
POST_WIDTHS = (11, 17, 16, 17, 9, 21, 9)


def _read(unit_id: str, statuses: tuple[str, ...]) -> Callable[[Session], tuple[str, ServiceCard | None]]:
    def fn(session: Session) -> tuple[str, ServiceCard | None]:
        try:
            return unit_id, service_card(session, unit_id, statuses)
        except KeyError:  # deleted meanwhile
            return unit_id, None
    return fn


def _text(value: str) -> str:
    return html.escape(value).replace("\n", "<br>")


class ServiceCardView(QWidget):
    """The card of the unit chosen in the picker or given to ``show_unit``.

    ``card()`` is the card on screen, None while none is; after ``show_unit`` it is the new
    unit's card once the read is done (at once in tests, else after ``settle``). A unit deleted
    while shown clears the view with a message; the picker then shows no unit.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._unit_id: str | None = None
        self._card: ServiceCard | None = None
        self._stale = False  # a change came while hidden

        self.picker = UnitCombo(ctx, self.tr("Choose a unit…"), parent=self)
        self.picker.setMinimumContentsLength(28)
        self.picker.setToolTip(self.tr("Type part of a unit's name or code"))
        self.drafts = QCheckBox(self.tr("Include drafts"), self)
        self.drafts.setToolTip(self.tr("Also list relations still in draft; the handbook prints only active ones"))
        self.copy_button = QPushButton(self.tr("Copy card"), self)
        self.copy_button.setToolTip(self.tr("Copy the card with its tables, to paste into a document"))
        self.copy_button.setEnabled(False)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)

        label = QLabel(self.tr("Unit"), self)
        label.setBuddy(self.picker)
        bar = QHBoxLayout()
        bar.addWidget(label)
        bar.addWidget(self.picker)
        bar.addSpacing(12)
        bar.addWidget(self.drafts)
        bar.addStretch(1)
        bar.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.browser, 1)

        self._reader = LatestRead(self)
        self._reader.done.connect(self._show_read)
        self._reader.failed.connect(
            lambda exc: self._show_message(self.tr("The card could not be read: %1").replace("%1", str(exc))))
        self.picker.unit_chosen.connect(self._chosen)
        self.drafts.toggled.connect(lambda _on: self._request())
        self.copy_button.clicked.connect(self.copy_card)
        # the picker refills itself on these first: it was connected first
        ctx.changes_applied.connect(self._on_changes)
        ctx.database_replaced.connect(self._request)
        self._show_message(self._prompt())

    # --- public --------------------------------------------------------------------------
    def show_unit(self, unit_id: str | None) -> None:
        """Chooses ``unit_id`` in the picker and reads its card (even while hidden); a unit that
        is not (or no longer) a live one clears the view with a message."""
        if unit_id is not None and self.picker.findData(unit_id) < 0:
            self.picker.reload()  # a unit added since the last notice of the organisation
        if unit_id is not None and self.picker.set_unit(unit_id):
            self._unit_id = unit_id
            self._start()
            return
        self.picker.set_unit(None)
        self._clear(self._prompt() if unit_id is None else self._gone())

    def unit_id(self) -> str | None:
        return self._unit_id

    def card(self) -> ServiceCard | None:
        return self._card

    def settle(self) -> None:
        """Blocks until the card asked for is read and shown (screenshots, benchmarks)."""
        self._reader.wait()

    def copy_card(self) -> None:
        """Puts the card on the clipboard as HTML (tables kept in word processors) and as text."""
        if self._card is None:
            return
        data = QMimeData()
        data.setHtml(self.card_html(self._card))
        data.setText(self.browser.toPlainText())
        QGuiApplication.clipboard().setMimeData(data)

    # --- reading -------------------------------------------------------------------------
    def _statuses(self) -> tuple[str, ...]:
        return WITH_DRAFTS if self.drafts.isChecked() else ACTIVE

    def _chosen(self, unit_id: str | None) -> None:
        if unit_id is not None:
            self._unit_id = unit_id
            self._start()
            return
        # None: the user chose the empty entry, or the picker lost the unit on a reload
        gone = self._unit_id is not None and self.picker.findData(self._unit_id) < 0
        self._clear(self._gone() if gone else self._prompt())

    def _on_changes(self, areas, _source) -> None:
        if "customer_map" in areas or "org" in areas:
            self._request()

    def _request(self) -> None:
        """Reads the card again now, or when next shown if hidden."""
        if self._unit_id is None:
            return
        if not self.isVisible():
            self._stale = True
            return
        self._start()

    def _start(self) -> None:
        self._stale = False
        self._reader.start(self.ctx.db, _read(self._unit_id, self._statuses()))

    def _show_read(self, result: tuple[str, ServiceCard | None]) -> None:
        unit_id, card = result
        if unit_id != self._unit_id:
            return
        if card is None:
            self.picker.set_unit(None)
            self._clear(self._gone())
            return
        bar = self.browser.verticalScrollBar()
        # a reload of the same unit keeps the place the user scrolled to
        keep = bar.value() if self._card is not None and self._card.unit_id == card.unit_id else 0
        self._card = card
        self.browser.setHtml(self.card_html(card))
        bar.setValue(keep)
        self.copy_button.setEnabled(True)

    def _clear(self, message: str) -> None:
        self._reader.cancel()
        self._unit_id = None
        self._show_message(message)

    def _show_message(self, text: str) -> None:
        self._card = None
        self.copy_button.setEnabled(False)
        self.browser.setHtml(f'<p style="color:{MUTED}">{html.escape(text)}</p>')

    def _prompt(self) -> str:
        return self.tr("Choose a unit to see what it provides to whom and what it receives from whom.")

    def _gone(self) -> str:
        return self.tr("The unit shown before no longer exists. Choose another one.")

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self._request()

    # --- the page ------------------------------------------------------------------------
    def card_html(self, card: ServiceCard) -> str:
        """The card as rich text; every database value escaped."""
        unit_partner = (tr_core(RELATIONS_UNIT.column("customer_unit_id").header),
                        tr_core(RELATIONS_UNIT.column("provider_unit_id").header))
        post_partner = (tr_core(RELATIONS_POSITION.column("customer_position_id").header),
                        tr_core(RELATIONS_POSITION.column("provider_position_id").header))
        parts = [f'<h2>{_text(card.name)}&nbsp;&nbsp;<span style="color:{MUTED}; font-weight:normal">'
                 f'{_text(card.code)}</span></h2>']
        sections = (
            (self.tr("Provides to its internal customers"), card.provides, unit_partner[0], False),
            (self.tr("Receives from its internal providers"), card.receives, unit_partner[1], False),
            (self.tr("Its posts provide"), card.post_provides, post_partner[0], True),
            (self.tr("Its posts receive"), card.post_receives, post_partner[1], True),
        )
        none = html.escape(self.tr("None recorded."))  # lupdate finds no tr() inside an f-string
        for title, lines, partner, posts in sections:
            parts.append(f'<h3>{html.escape(title)} <span style="color:{MUTED}; font-weight:normal">'
                         f'({len(lines)})</span></h3>')
            if lines:
                parts.append(self._table(lines, partner, posts))
            else:
                parts.append(f'<p style="color:{MUTED}">{none}</p>')
        return "\n".join(parts)

    def _table(self, lines: tuple[CardLine, ...], partner: str, posts: bool) -> str:
        terms = RELATIONS_UNIT
        headers = [partner] + [tr_core(terms.column(k).header) for k in
                               ("service_item", "standard", "target_days", "commitment", "review_cycle")]
        if posts:
            headers.insert(0, self.tr("Own post"))
        widths = POST_WIDTHS if posts else UNIT_WIDTHS
        cell = 'style="padding: 3px 6px"'
        head = "".join(f'<th width="{w}%" align="left" bgcolor="{HEADER_BACKGROUND}" {cell}>{html.escape(h)}</th>'
                       for h, w in zip(headers, widths))
        rows = [f"<tr>{head}</tr>"]
        draft_mark = html.escape(self.tr("(draft)"))
        for line in lines:
            item = _text(line.service_item)
            if line.status == "draft":
                item += f' <span style="color:{DRAFT}">{draft_mark}</span>'
            target = "" if line.target_days is None else str(line.target_days)
            cycle = tr_core(REVIEW_CYCLE_LABELS.get(line.review_cycle, line.review_cycle))
            values = [_text(line.partner_name), item, _text(line.standard), target, _text(line.commitment),
                      html.escape(cycle)]
            if posts:
                values.insert(0, _text(line.own_name))
            if line.status == "draft":
                values = [f"<i>{v}</i>" for v in values]
            rows.append("<tr>" + "".join(f"<td valign=\"top\" {cell}>{v}</td>" for v in values) + "</tr>")
        table = (f'<table width="100%" border="1" cellspacing="0" cellpadding="4" '
                 f'style="border-collapse: collapse; border-style: solid; border-color: {BORDER}">')
        return table + "".join(rows) + "</table>"
