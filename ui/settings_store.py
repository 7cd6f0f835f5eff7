"""Reading and writing the core's declared settings through QSettings."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings

from desktop_app.settings import Setting


def load(setting: Setting) -> Any:
    value = QSettings().value(setting.key, setting.default)
    if setting.type is list:
        if value is None:
            return []
        return [value] if isinstance(value, str) else list(value)
    try:
        return setting.type(value)
    except (TypeError, ValueError):
        return setting.default


def save(setting: Setting, value: Any) -> None:
    QSettings().setValue(setting.key, value)
