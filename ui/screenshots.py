"""Rendering each page of the main window to PNG, offscreen (``main.py screenshots``)."""

from __future__ import annotations

import os
from pathlib import Path

from desktop_app.storage.open import open_database


def render_pages(db_path: Path, out_dir: Path, language: str | None = None) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ui.app import install_translations, make_application
    from ui.context import AppContext
    from ui.main_window import MainWindow
    from ui.navigation import MODULES

    app = make_application([])
    if language:
        install_translations(app, language)
    db = open_database(db_path, create=False)
    ctx = AppContext(db)
    window = MainWindow(ctx)
    window.resize(1366, 800)
    window.show()
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for i, module in enumerate(MODULES):
        window.show_page(module.key).settle()
        QApplication.processEvents()
        path = out_dir / f"{i:02d}-{module.key}.png"
        window.grab().save(str(path))
        written.append(path)
    window.close()
    db.dispose()
    return written
