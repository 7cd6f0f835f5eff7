"""Per-user settings, declared once with types and defaults. The UI stores them (QSettings);
pages only load and save them through these declarations."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

from desktop_app import APP_NAME


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any


LANGUAGE = Setting("ui/language", str, "zh_CN")  # "zh_CN" or "en"
LAST_DATABASE = Setting("files/last_database", str, "")
RECENT_DATABASES = Setting("files/recent", list, [])
LAST_PAGE = Setting("ui/last_page", str, "org")
WELCOME_CHOICE = Setting("start/welcome_choice", str, "")  # how the first start began: empty, import or demo
MAX_RECENT = 8
LANGUAGES = {"zh_CN": "简体中文", "en": "English"}


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_database() -> Path:
    return data_dir() / "internal-service.sqlite"


def demo_database() -> Path:
    return data_dir() / "demo.sqlite"


def push_recent(recent: list[str], path: str) -> list[str]:
    return ([path] + [p for p in recent if p != path])[:MAX_RECENT]


# rotation candidates: staff in the same post for more than this many years
ROTATION_CANDIDATE_YEARS = Setting("rotation/candidate_years", int, 5)
