"""The handbook's chapters, in print order: a key (stored with editions, given on the command
line), the Chinese title printed in the handbook whatever the interface language, and the label
the interface shows.

Chapters of modules not built yet (assessment and awards, excellent cases) are not listed: a
chapter whose module has no data is left out of the handbook rather than printed empty.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.i18n import QT_TRANSLATE_NOOP

__all__ = ["CHAPTERS", "CHAPTER_KEYS", "Chapter", "chapter"]


@dataclass(frozen=True)
class Chapter:
    key: str
    title: str  # printed
    label: str  # English source text of the interface label (Core context)


CHAPTERS = (
    Chapter("thinking", "内部服务的五大思维", QT_TRANSLATE_NOOP("Core", "The five ways of thinking")),
    Chapter("organisation", "组织机构与职责边界", QT_TRANSLATE_NOOP("Core", "Organisation and duty boundaries")),
    Chapter("customer_map", "内部客户地图与服务卡", QT_TRANSLATE_NOOP("Core", "Internal customer map and service cards")),
    Chapter("capability", "服务能力模型与行为准则",
            QT_TRANSLATE_NOOP("Core", "Service capability model and code of conduct")),
    Chapter("coordination", "协同机制", QT_TRANSLATE_NOOP("Core", "Coordination: meetings, rotation and stationing")),
    Chapter("changes", "本版变更", QT_TRANSLATE_NOOP("Core", "Appendix: changes since the previous edition")),
)
CHAPTER_KEYS = tuple(c.key for c in CHAPTERS)


def chapter(key: str) -> Chapter:
    return next(c for c in CHAPTERS if c.key == key)
