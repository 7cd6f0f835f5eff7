"""The GUI entry points the command line calls: start the app, render screenshots."""

from __future__ import annotations

from pathlib import Path

from desktop_app.settings import LAST_DATABASE, RECENT_DATABASES, default_database, push_recent
from desktop_app.storage.backup import daily_backup


def start_app(db_path: Path | None) -> int:
    """Opens ``db_path``, else the database used last, else the default one; on the first
    start of a fresh installation (none of these exists yet) the welcome page asks first."""
    from PySide6.QtWidgets import QApplication

    from desktop_app.settings import demo_database
    from ui import settings_store
    from ui.app import make_application
    from ui.opening import open_or_explain

    make_application()
    remembered = settings_store.load(LAST_DATABASE)
    path = db_path or (Path(remembered) if remembered else None)
    shown: list = []
    if path is None and not default_database().exists():
        from ui.welcome.welcome_window import WelcomeWindow

        welcome = WelcomeWindow(default_database(), demo_database())
        welcome.opened.connect(lambda db, workbook: shown.append(show_main_window(db, workbook)))
        welcome.show()
    else:
        db = open_or_explain(None, path or default_database())
        if db is None:
            return 1
        window = show_main_window(db, None)
        if window is None:
            db.dispose()
            return 0
        shown.append(window)
    code = QApplication.exec()
    for window in shown:
        if window is not None:
            window.ctx.db.dispose()
    return code


def show_main_window(db, workbook: Path | None):
    """The main window over ``db`` (after the day's backup, remembered as the last database);
    None when an installation without a name is not given one. ``workbook``: an organisation
    workbook to import at once."""
    from ui import settings_store
    from ui.context import AppContext
    from ui.dialogs.identity_dialog import IdentityDialog
    from ui.main_window import MainWindow

    daily_backup(db.path)
    settings_store.save(LAST_DATABASE, str(db.path))
    settings_store.save(RECENT_DATABASES, push_recent(settings_store.load(RECENT_DATABASES), str(db.path)))
    ctx = AppContext(db)
    if not db.identity.installation_name and not IdentityDialog(ctx, True).exec():
        return None
    window = MainWindow(ctx)
    window.show()
    if workbook is not None:
        window.show_page("org")
        window.files.run_import(workbook)
    return window


def screenshots(db_path: Path, out_dir: Path, language: str | None = None) -> list[Path]:
    """Renders every page of the main window offscreen to ``out_dir/<page>.png``."""
    from ui.screenshots import render_pages

    return render_pages(db_path, out_dir, language)


def main() -> None:
    """The installed ``internal-service`` command and ``python main.py``."""
    import sys

    from desktop_app import cli

    cli.main(gui=sys.modules[__name__])
