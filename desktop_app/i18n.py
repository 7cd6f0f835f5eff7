"""Translatable messages from the core, without Qt.

Core text that a user reads (validation errors, import reports, check output) is an English
template marked with ``QT_TRANSLATE_NOOP("Core", "...")`` so that pyside6-lupdate collects it
into ``resources/translations/app_<lang>.ts``. The UI renders a Message through Qt's
translator; the command line reads the same .ts catalogue with ``catalogue(lang)``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from desktop_app.resources import TRANSLATIONS_DIR

CONTEXT = "Core"

Translate = Callable[[str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate's marker name
    return text


def _identity(text: str) -> str:
    return text


@dataclass(frozen=True)
class Message:
    """``text`` is an English template with ``{name}`` fields; ``args`` may hold Messages."""

    text: str
    args: Mapping[str, Any] = field(default_factory=dict)

    def render(self, translate: Translate = _identity) -> str:
        args = {
            k: (v.render(translate) if isinstance(v, Message) else v) for k, v in self.args.items()
        }
        return translate(self.text).format(**args)

    def __str__(self) -> str:
        return self.render()


def msg(text: str, **args: Any) -> Message:
    return Message(text, args)


@lru_cache(maxsize=4)
def catalogue(lang: str) -> dict[str, str]:
    """Finished translations of the Core context for ``lang`` (e.g. "zh_CN"); {} if none."""
    path = TRANSLATIONS_DIR / f"app_{lang}.ts"
    if not path.is_file():
        return {}
    out: dict[str, str] = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        if ctx.findtext("name") != CONTEXT:
            continue
        for m in ctx.iter("message"):
            tr = m.find("translation")
            if tr is not None and tr.text and tr.get("type") not in ("unfinished", "obsolete"):
                out[m.findtext("source") or ""] = tr.text
    return out


def translator(lang: str) -> Translate:
    table = catalogue(lang)
    return lambda text: table.get(text, text)
