"""The order Chinese users expect of names: by their pinyin (陈 chen, 李 li, 刘 liu, 王 wang,
张 zhang), as Excel and WPS sort, not by the characters' code points (刘 张 李 王 陈).

``pinyin_key`` gives the text a stored, indexed sort key (``name_key`` columns): the pinyin
syllables without tones, lower case, then the text itself, so names that sound the same still
sort apart, the same way every time. Letters and digits stay as they are (lower case, full-width ones as plain). A
person's surname is read as a surname: 曾 zeng, 单 shan, 解 xie (elsewhere ceng, dan, jie).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

__all__ = ["pinyin_key"]

_SEPARATOR = "\x1f"  # below every printable character: "wang" sorts before "wang wei"

# surnames whose reading differs from the character's usual one (pypinyin reads the usual one)
_SURNAMES = {
    "曾": "zeng", "翟": "zhai", "单": "shan", "仇": "qiu", "区": "ou", "查": "zha", "解": "xie", "朴": "piao",
    "覃": "qin", "缪": "miao", "秘": "bi", "盖": "ge", "乐": "yue", "召": "shao", "种": "chong", "薄": "bo",
    "隗": "wei", "员": "yun", "祭": "zhai", "句": "gou", "都": "du", "折": "she", "藏": "zang", "能": "nai",
    "颉": "xie", "炅": "gui", "繁": "po",
}
_COMPOUND_SURNAMES = {"尉迟": "yu chi", "万俟": "mo qi", "单于": "chan yu"}


@lru_cache(maxsize=4096)
def pinyin_key(text: str, person: bool = False) -> str:
    """The sort key of ``text``; ``person``: it is a person's name, surname first."""
    from pypinyin import lazy_pinyin  # its dictionaries take ~0.2 s to load: only when a name is written

    head, rest = "", text.strip()
    if person:
        compound = next((c for c in _COMPOUND_SURNAMES if rest.startswith(c)), None)
        if compound:
            head, rest = _COMPOUND_SURNAMES[compound], rest[len(compound):]
        elif rest[:1] in _SURNAMES:
            head, rest = _SURNAMES[rest[0]], rest[1:]
    syllables = " ".join([head, *(part.strip() for part in lazy_pinyin(rest))])
    # full-width letters and digits (Ａ１) as their plain forms, so Ａ班 sorts with A班
    return " ".join(unicodedata.normalize("NFKC", syllables).lower().split()) + _SEPARATOR + text
