"""Creating the QApplication: organisation name for QSettings, translations, a CJK font."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from desktop_app.i18n import TRANSLATIONS_DIR
from desktop_app.resources import APP_ICON, SHIPPED_FONT
from desktop_app.settings import LANGUAGE
from ui import settings_store

CJK_FAMILIES = ("WenQuanYi Micro Hei", "Noto Sans CJK SC", "Microsoft YaHei", "SimHei", "PingFang SC")
_translators: list[QTranslator] = []  # must outlive the application's use of them


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    identify(app)
    _choose_font(app)
    install_translations(app, settings_store.load(LANGUAGE))
    return app


def identify(app: QApplication) -> None:
    """The names settings are stored under, the desktop entry packaging/linux installs, the icon."""
    app.setOrganizationName("internal-service")
    app.setApplicationName("internal-service")
    app.setDesktopFileName("internal-service")
    if APP_ICON.is_file():
        app.setWindowIcon(QIcon(str(APP_ICON)))


def _choose_font(app: QApplication) -> None:
    """The first Chinese family the system has; without one, the font the app ships."""
    families = set(QFontDatabase.families())
    if not families.intersection(CJK_FAMILIES) and SHIPPED_FONT.is_file():
        QFontDatabase.addApplicationFont(str(SHIPPED_FONT))
        families = set(QFontDatabase.families())
    for family in CJK_FAMILIES:
        if family in families:
            font = QFont(family)
            font.setPointSize(10)
            app.setFont(font)
            return


def install_translations(app: QApplication, language: str) -> bool:
    """Installs the app's catalogue and Qt's own for ``language``; False when none was found."""
    for t in _translators:
        app.removeTranslator(t)
    _translators.clear()
    if language == "en":
        return True
    ours = QTranslator(app)
    loaded = ours.load(str(Path(TRANSLATIONS_DIR) / f"app_{language}.qm"))
    if loaded:
        app.installTranslator(ours)
        _translators.append(ours)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for catalogue in ("qtbase",):
        qt = QTranslator(app)
        if qt.load(QLocale(language), catalogue, "_", qt_dir):
            app.installTranslator(qt)
            _translators.append(qt)
    return loaded
