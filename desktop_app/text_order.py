"""The order Chinese users expect of names: by their pinyin (陈 chen, 李 li, 刘 liu, 王 wang,
张 zhang), as Excel and WPS sort, not by the characters' code points (刘 张 李 王 陈).

``pinyin_key`` gives the text a stored, indexed sort key (``name_key`` columns): the pinyin
syllables without tones, lower case, then the text itself, so names that sound the same still
sort apart, the same way every time. Letters and digits stay as they are (lower case).
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["pinyin_key"]

_SEPARATOR = "\x1f"  # below every printable character: "wang" sorts before "wang wei"


@lru_cache(maxsize=4096)
def pinyin_key(text: str) -> str:
    from pypinyin import lazy_pinyin  # its dictionaries take ~0.2 s to load: only when a name is written

    syllables = " ".join(part.strip() for part in lazy_pinyin(text) if part.strip())
    return " ".join(syllables.lower().split()) + _SEPARATOR + text
