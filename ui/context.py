"""What every page gets: the open database, core-message translation and change notices."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop_app.i18n import CONTEXT, Message
from desktop_app.storage.database import Database


def tr_core(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def render(message: Message) -> str:
    return message.render(tr_core)


class AppContext(QObject):
    """``changes_applied`` carries the set of change areas (e.g. {"org"}) after each write;
    pages reload when one of theirs is in it. ``database_replaced`` fires after open/restore."""

    changes_applied = Signal(object, object)  # (frozenset of areas, the widget that wrote or None)
    database_replaced = Signal()
    status_message = Signal(str)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db

    def notify(self, areas: Iterable[str], source: object = None) -> None:
        # every write adds to the change history
        self.changes_applied.emit(frozenset(areas) | {"history"}, source)

    def replace_database(self, db: Database) -> None:
        old, self.db = self.db, db
        old.dispose()
        self.database_replaced.emit()
