"""The GUI entry points the command line calls: start the app, render screenshots."""

from __future__ import annotations

from pathlib import Path

from desktop_app.settings import LAST_DATABASE, RECENT_DATABASES, default_database, push_recent
from desktop_app.storage.backup import daily_backup


def start_app(db_path: Path | None) -> int:
    from PySide6.QtWidgets import QApplication

    from ui import settings_store
    from ui.app import make_application
    from ui.context import AppContext
    from ui.dialogs.identity_dialog import IdentityDialog
    from ui.main_window import MainWindow
    from ui.opening import open_or_explain

    app = make_application()
    path = db_path or Path(settings_store.load(LAST_DATABASE) or default_database())
    db = open_or_explain(None, path)
    if db is None:
        return 1
    daily_backup(db.path)
    settings_store.save(LAST_DATABASE, str(db.path))
    settings_store.save(RECENT_DATABASES, push_recent(settings_store.load(RECENT_DATABASES), str(db.path)))
    ctx = AppContext(db)
    if not db.identity.installation_name and not IdentityDialog(ctx, True).exec():
        return 0
    window = MainWindow(ctx)
    window.show()
    code = QApplication.exec()
    db.dispose()
    return code


def screenshots(db_path: Path, out_dir: Path, language: str | None = None) -> list[Path]:
    """Renders every page of the main window offscreen to ``out_dir/<page>.png``."""
    from ui.screenshots import render_pages

    return render_pages(db_path, out_dir, language)


def main() -> None:
    """The installed ``internal-service`` command and ``python main.py``."""
    import sys

    from desktop_app import cli

    cli.main(gui=sys.modules[__name__])
