"""Stored values of the duty boundaries and their interface labels (English source text), and
the characters a user may type for a role."""

from __future__ import annotations

from desktop_app.i18n import QT_TRANSLATE_NOOP
from desktop_app.model.duties import ROLES

ROLE_LABELS = {
    "R": QT_TRANSLATE_NOOP("Core", "Owns"),  # 主责
    "A": QT_TRANSLATE_NOOP("Core", "Approves"),  # 审批
    "C": QT_TRANSLATE_NOOP("Core", "Cooperates"),  # 配合
    "I": QT_TRANSLATE_NOOP("Core", "Is informed"),  # 知会
}

# Fixed Chinese names of the roles, for Excel files whatever the interface language.
ROLE_TEXTS = {"R": "主责", "A": "审批", "C": "配合", "I": "知会"}

# One key sets a cell: the letter in either case, or the first character of the Chinese name.
ROLE_KEYS: dict[str, str] = {}
for _role in ROLES:
    ROLE_KEYS[_role] = ROLE_KEYS[_role.lower()] = _role
    ROLE_KEYS[ROLE_TEXTS[_role][0]] = _role
ROLE_KEYS.update({"ｒ": "R", "ａ": "A", "ｃ": "C", "ｉ": "I", "Ｒ": "R", "Ａ": "A", "Ｃ": "C", "Ｉ": "I"})  # full-width input

STATUS_LABELS = {
    "active": QT_TRANSLATE_NOOP("Core", "Active"),
    "review": QT_TRANSLATE_NOOP("Core", "Under review"),
    "retired": QT_TRANSLATE_NOOP("Core", "Retired"),
}

FINDING_KINDS = ("vacuum", "overlap", "gap", "orphan", "handoff")
FINDING_KIND_LABELS = {
    "vacuum": QT_TRANSLATE_NOOP("Core", "Vacuum"),  # 真空
    "overlap": QT_TRANSLATE_NOOP("Core", "Overlap"),  # 重叠
    "gap": QT_TRANSLATE_NOOP("Core", "Gap"),  # 缝隙
    "orphan": QT_TRANSLATE_NOOP("Core", "Orphan"),  # 孤立
    "handoff": QT_TRANSLATE_NOOP("Core", "Handoff without commitment"),  # 交接无承诺
}

SEVERITIES = ("high", "medium", "low")
SEVERITY_LABELS = {
    "high": QT_TRANSLATE_NOOP("Core", "High"),
    "medium": QT_TRANSLATE_NOOP("Core", "Medium"),
    "low": QT_TRANSLATE_NOOP("Core", "Low"),
}


def role_from_text(text: str | None) -> str | None:
    """The role a typed or pasted text means: None for blank text; a letter in either case, the
    Chinese first character (主 审 配 知) or the Chinese name (主责 …). Raises ValueError otherwise."""
    if text is None:
        return None
    text = str(text).strip()
    if not text:
        return None
    if text in ROLE_KEYS:
        return ROLE_KEYS[text]
    for role, name in ROLE_TEXTS.items():
        if text == name:
            return role
    raise ValueError(text)
