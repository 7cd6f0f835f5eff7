"""What the handbook prints: its scope (the whole company or one unit) and its chapters, with
the edition it will be and the last one published for that scope."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from sqlalchemy import select

from desktop_app.handbook.chapters import CHAPTERS
from desktop_app.handbook.editions import last_edition, next_number
from desktop_app.model import Unit
from ui.context import AppContext, tr_core
from ui.pages.unit_combo import UnitCombo


class OptionsPanel(QWidget):
    """``changed`` fires when the scope or the chapters change."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.scope = UnitCombo(ctx, self.tr("Whole company"), parent=self)
        self.scope.setToolTip(self.tr("A unit's handbook holds the unit and its sub-units, their duties, "
                                      "customers and providers"))
        self.scope.unit_chosen.connect(lambda _id: self._scope_changed())
        self.edition = QLabel(self)
        self.edition.setWordWrap(True)
        scope_box = QGroupBox(self.tr("Scope"), self)
        form = QFormLayout(scope_box)
        form.addRow(self.tr("Handbook of:"), self.scope)
        form.addRow(self.edition)

        self.chapters: dict[str, QCheckBox] = {}
        chapter_box = QGroupBox(self.tr("Chapters"), self)
        column = QVBoxLayout(chapter_box)
        for chapter in CHAPTERS:
            box = QCheckBox(tr_core(chapter.label), chapter_box)
            box.setChecked(True)
            box.toggled.connect(lambda _on: self.changed.emit())
            self.chapters[chapter.key] = box
            column.addWidget(box)
        hint = QLabel(self.tr("A chapter with nothing to print yet is left out."), chapter_box)
        hint.setWordWrap(True)
        hint.setEnabled(False)
        column.addWidget(hint)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scope_box)
        layout.addWidget(chapter_box)
        ctx.changes_applied.connect(lambda areas, _src: "handbook" in areas and self.show_edition())
        ctx.database_replaced.connect(self.show_edition)
        self.show_edition()

    def unit_id(self) -> str | None:
        return self.scope.unit_id()

    def scope_name(self) -> str:
        """The chosen unit's name, or "Whole company"."""
        unit_id = self.unit_id()
        if unit_id is None:
            return self.tr("Whole company")
        with self.ctx.db.read() as s:
            return s.scalar(select(Unit.name).where(Unit.id == unit_id)) or ""

    def chosen_chapters(self) -> tuple[str, ...]:
        return tuple(key for key, box in self.chapters.items() if box.isChecked())

    def next_number(self) -> int:
        with self.ctx.db.read() as s:
            return next_number(s, self.unit_id() or "")

    def show_edition(self) -> None:
        with self.ctx.db.read() as s:
            last = last_edition(s, self.unit_id() or "")
            number = next_number(s, self.unit_id() or "")
        if last is None:
            text = self.tr("Nothing published yet for this scope: the next is edition %1.").replace("%1", str(number))
        else:
            text = (self.tr("Last published: edition %1 of %2. The next is edition %3.")
                    .replace("%1", str(last.number)).replace("%2", last.published_on.isoformat())
                    .replace("%3", str(number)))
        self.edition.setText(text)

    def _scope_changed(self) -> None:
        self.show_edition()
        self.changed.emit()
