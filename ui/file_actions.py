"""The File and Settings menus: databases, backups, Excel import/export, language, operator."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from desktop_app.settings import LANGUAGE, LANGUAGES, RECENT_DATABASES, LAST_DATABASE, push_recent
from desktop_app.storage.backup import backup_dir, list_backups, make_backup, restore_backup
from ui import settings_store
from ui.dialogs.identity_dialog import IdentityDialog
from ui.dialogs.import_report_dialog import ImportReportDialog
from ui.dialogs.restore_dialog import RestoreDialog
from ui.opening import open_or_explain
from ui.operations.runner import run_task

XLSX_FILTER = "Excel (*.xlsx)"
DB_FILTER = "SQLite (*.sqlite *.db)"


class FileActions:
    def __init__(self, window) -> None:
        self.window = window
        self.ctx = window.ctx
        self.recent_menu: QMenu | None = None

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        # lupdate files self.tr() strings under this class's name; look them up there
        return QCoreApplication.translate("FileActions", text, disambiguation, n)

    def _action(self, menu: QMenu, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def populate(self, menu: QMenu) -> None:
        self._action(menu, self.tr("New database…"), self.new_database, QKeySequence.StandardKey.New)
        self._action(menu, self.tr("Open database…"), self.open_database, QKeySequence.StandardKey.Open)
        self.recent_menu = menu.addMenu(self.tr("Recent databases"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        menu.addSeparator()
        self._action(menu, self.tr("Back up now"), self.backup_now)
        self._action(menu, self.tr("Restore from a backup…"), self.restore)
        menu.addSeparator()
        self._action(menu, self.tr("Import organisation from Excel…"), self.import_xlsx)
        self._action(menu, self.tr("Export organisation to Excel…"), self.export_xlsx)
        menu.addSeparator()
        self._action(menu, self.tr("Quit"), self.window.close, QKeySequence.StandardKey.Quit)

    def populate_settings(self, menu: QMenu) -> None:
        lang_menu = menu.addMenu(self.tr("Language"))
        group = QActionGroup(self.window)
        current = settings_store.load(LANGUAGE)
        for code, name in LANGUAGES.items():
            action = QAction(name, self.window, checkable=True, checked=code == current)
            action.triggered.connect(lambda _c=False, code=code: self.set_language(code))
            group.addAction(action)
            lang_menu.addAction(action)
        self._action(menu, self.tr("Installation and operator…"), self.edit_identity)
        menu.addSeparator()
        self._action(menu, self.tr("Open the backup folder"), self.open_backup_folder)

    # --- databases -----------------------------------------------------------------------
    def switch_to(self, path: Path) -> None:
        db = open_or_explain(self.window, path)
        if db is None:
            return
        self.ctx.replace_database(db)
        settings_store.save(LAST_DATABASE, str(db.path))
        settings_store.save(RECENT_DATABASES, push_recent(settings_store.load(RECENT_DATABASES), str(db.path)))
        if not db.identity.installation_name:
            IdentityDialog(self.ctx, True, self.window).exec()
            self.window.update_identity()

    def new_database(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self.window, self.tr("New database"), "", DB_FILTER)
        if name:
            path = Path(name)
            if path.exists():
                QMessageBox.warning(self.window, self.tr("New database"), self.tr("That file already exists; choose Open to use it."))
                return
            self.switch_to(path)

    def open_database(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open database"), "", DB_FILTER)
        if name:
            self.switch_to(Path(name))

    def _fill_recent(self) -> None:
        assert self.recent_menu is not None
        self.recent_menu.clear()
        for p in settings_store.load(RECENT_DATABASES):
            action = self.recent_menu.addAction(p)
            action.triggered.connect(lambda _c=False, p=p: self.switch_to(Path(p)))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    # --- backups -------------------------------------------------------------------------
    def backup_now(self) -> None:
        made = make_backup(self.ctx.db.path, "manual")
        self.ctx.status_message.emit(self.tr("Backup saved: %1").replace("%1", str(made.path)))

    def open_backup_folder(self) -> Path:
        """Shows the backup folder in the file manager (made if there is none yet) and says
        where it is: a copy is made there on the first start of each day, the last 14 kept."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        folder = backup_dir(self.ctx.db.path)
        folder.mkdir(parents=True, exist_ok=True)
        self.ctx.status_message.emit(self.tr("Backups are kept in %1").replace("%1", str(folder)))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
        return folder

    def restore(self) -> None:
        path = self.ctx.db.path
        backups = list_backups(path)
        if not backups:
            QMessageBox.information(self.window, self.tr("Restore from a backup"),
                                    self.tr("There are no backups in %1 yet.").replace("%1", str(backup_dir(path))))
            return
        dialog = RestoreDialog(backups, backup_dir(path), self.window)
        if not dialog.exec() or dialog.chosen() is None:
            return
        chosen = dialog.chosen()
        answer = QMessageBox.question(
            self.window, self.tr("Restore from a backup"),
            self.tr("Replace the current data with the backup of %1? The current data is kept as a backup first.")
            .replace("%1", chosen.taken_at.strftime("%Y-%m-%d %H:%M:%S")))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.ctx.db.dispose()
        try:
            restore_backup(chosen.path, path)
        except sqlite3.DatabaseError as err:
            QMessageBox.critical(self.window, self.tr("Restore from a backup"),
                                 self.tr("The backup is damaged (%1); nothing was changed.").replace("%1", str(err)))
        db = open_or_explain(self.window, path)
        if db is not None:
            self.ctx.replace_database(db)
            self.ctx.status_message.emit(self.tr("Backup restored."))

    # --- Excel ---------------------------------------------------------------------------
    def import_xlsx(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import organisation from Excel"), "", XLSX_FILTER)
        if name:
            self.run_import(Path(name))

    def run_import(self, path: Path) -> None:
        from desktop_app.org.xlsx_import import import_org_xlsx  # openpyxl loads on first use

        db = self.ctx.db

        def done(result) -> None:
            if not result.ok:
                ImportReportDialog(result.problems, self.window).exec()
                return
            self.ctx.notify({"org"})
            self.ctx.status_message.emit(self.tr("Import finished: %1").replace("%1", path.name))

        run_task(self.window, self.tr("Importing %1…").replace("%1", path.name),
                 lambda progress: import_org_xlsx(db, path, progress), done, self._failed,
                 lambda: self.ctx.status_message.emit(self.tr("Import cancelled; nothing was changed.")))

    def export_xlsx(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export organisation to Excel"), "organisation.xlsx", XLSX_FILTER)
        if name:
            self.run_export(Path(name))

    def run_export(self, path: Path) -> None:
        from desktop_app.org.xlsx_export import export_org_xlsx

        db = self.ctx.db
        run_task(self.window, self.tr("Exporting to %1…").replace("%1", path.name),
                 lambda progress: export_org_xlsx(db, path, progress),
                 lambda _r: self.ctx.status_message.emit(self.tr("Exported to %1").replace("%1", str(path))),
                 self._failed)

    def _failed(self, exc: Exception) -> None:
        QMessageBox.critical(self.window, self.tr("Error"), str(exc))

    # --- settings ------------------------------------------------------------------------
    def set_language(self, code: str) -> None:
        settings_store.save(LANGUAGE, code)
        QMessageBox.information(self.window, self.tr("Language"), self.tr("The new language is used from the next start."))

    def edit_identity(self) -> None:
        if IdentityDialog(self.ctx, False, self.window).exec():
            self.window.update_identity()

    def about(self) -> None:
        from ui.dialogs.about_dialog import AboutDialog

        AboutDialog(self.ctx.db.path, self.window).exec()
