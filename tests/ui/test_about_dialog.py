"""About lists the version, where the database and its backups are, and every component with
its installed version and licence."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from desktop_app import __version__
from desktop_app.components import COMPONENTS
from desktop_app.storage.backup import backup_dir
from ui.dialogs.about_dialog import AboutDialog


def test_about_lists_version_places_and_licences(qtbot, db):
    dialog = AboutDialog(db.path)
    qtbot.addWidget(dialog)
    labels = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert __version__ in labels and str(db.path) in labels and str(backup_dir(db.path)) in labels
    rows = {dialog.table.item(r, 0).text(): (dialog.table.item(r, 1).text(), dialog.table.item(r, 2).text())
            for r in range(dialog.table.rowCount())}
    assert len(rows) == len(COMPONENTS)
    assert rows["Qt for Python (PySide6)"][1] == "LGPL-3.0" and rows["Qt for Python (PySide6)"][0].startswith("6.")
    assert rows["ReportLab"][1] == "BSD-3-Clause" and rows["ReportLab"][0]
    assert rows["文泉驿微米黑 WenQuanYi Micro Hei"][1] == "Apache-2.0"
