"""Where the app's shipped files are: ``resources/`` beside the packages when run from source
or installed in development mode, and inside the bundle of a frozen build (PyInstaller sets
``sys._MEIPASS``), so every caller finds fonts and translations the same way in both."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


RESOURCES_DIR = resources_dir()
FONTS_DIR = RESOURCES_DIR / "fonts"
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
SHIPPED_FONT = FONTS_DIR / "wqy-microhei.ttc"
APP_ICON = RESOURCES_DIR / "icons" / "internal-service.png"
