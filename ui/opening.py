"""Opening a database in the GUI, explaining every refusal in words, never overwriting a file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.storage.backup import list_backups, restore_backup
from desktop_app.storage.database import Database
from desktop_app.storage.migrate import MigrationFailedError, NewerDatabaseError
from desktop_app.storage.open import DamagedDatabaseError, open_database


def open_or_explain(parent: QWidget | None, path: Path) -> Database | None:
    try:
        return open_database(path)
    except NewerDatabaseError:
        QMessageBox.critical(parent, QCoreApplication.translate("Opening", "Cannot open database"),
                             QCoreApplication.translate("Opening", "%1 was written by a newer version of this program. Install the newer version to open it; "
                                "the file has not been changed.").replace("%1", str(path)))
    except MigrationFailedError as exc:
        QMessageBox.critical(parent, QCoreApplication.translate("Opening", "Cannot open database"),
                             QCoreApplication.translate("Opening", "Upgrading %1 to this version failed (%2). The file is unchanged, "
                                                        "and a copy was saved in its backup folder before the attempt.")
                             .replace("%1", str(path)).replace("%2", str(exc)))
    except DamagedDatabaseError as exc:
        backups = list_backups(path)
        text = QCoreApplication.translate("Opening", "%1 is damaged or is not a database of this program (%2). The file has not been changed.").replace(
            "%1", str(path)).replace("%2", exc.reason)
        if not backups:
            QMessageBox.critical(parent, QCoreApplication.translate("Opening", "Cannot open database"), text)
            return None
        latest = backups[0]
        answer = QMessageBox.question(
            parent, QCoreApplication.translate("Opening", "Cannot open database"),
            text + "\n\n" + QCoreApplication.translate("Opening", "Restore the latest backup (%1)? The damaged file is kept in the backup folder.")
            .replace("%1", latest.taken_at.strftime("%Y-%m-%d %H:%M:%S")))
        if answer == QMessageBox.StandardButton.Yes:
            try:
                restore_backup(latest.path, path)
            except sqlite3.DatabaseError as err:
                QMessageBox.critical(parent, QCoreApplication.translate("Opening", "Cannot open database"),
                                     QCoreApplication.translate("Opening", "The backup is damaged too (%1); nothing was changed.")
                                     .replace("%1", str(err)))
                return None
            return open_or_explain(parent, path)
    except OSError as exc:
        QMessageBox.critical(parent, QCoreApplication.translate("Opening", "Cannot open database"), f"{path}: {exc.strerror or exc}")
    return None
