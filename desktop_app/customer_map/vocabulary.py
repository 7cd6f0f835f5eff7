"""Stored values of the customer map and their interface labels (English source text), and the
fixed Chinese texts its Excel files use whatever the interface language."""

from __future__ import annotations

from desktop_app.i18n import QT_TRANSLATE_NOOP

LEVEL_LABELS = {
    "unit": QT_TRANSLATE_NOOP("Core", "Unit customers"),  # 组织客户
    "position": QT_TRANSLATE_NOOP("Core", "Post customers"),  # 岗位客户
}

RELATION_STATUS_LABELS = {
    "draft": QT_TRANSLATE_NOOP("Core", "Draft"),
    "active": QT_TRANSLATE_NOOP("Core", "Active"),
    "retired": QT_TRANSLATE_NOOP("Core", "Retired"),
}
PROCESS_STATUS_LABELS = RELATION_STATUS_LABELS

REVIEW_CYCLE_LABELS = {
    "monthly": QT_TRANSLATE_NOOP("Core", "Monthly"),
    "quarterly": QT_TRANSLATE_NOOP("Core", "Quarterly"),
    "half-yearly": QT_TRANSLATE_NOOP("Core", "Half-yearly"),
    "yearly": QT_TRANSLATE_NOOP("Core", "Yearly"),
}

HANDBOOK_TEXT_LABELS = {
    "five_ways_of_thinking": QT_TRANSLATE_NOOP("Core", "Five ways of thinking"),  # 五大思维
    "service_capability_model": QT_TRANSLATE_NOOP("Core", "Service capability model"),  # 服务能力模型
    "code_of_conduct": QT_TRANSLATE_NOOP("Core", "Code of conduct"),  # 行为准则
}

# the map's legend, on the screen and in the handbook (keys: map_style's arrow styles and more)
LEGEND_LABELS = {
    "committed": QT_TRANSLATE_NOOP("Core", "Commitment agreed"),  # 已有服务承诺
    "missing": QT_TRANSLATE_NOOP("Core", "Commitment missing"),  # 缺少服务承诺
    "draft": QT_TRANSLATE_NOOP("Core", "Draft only"),  # 仅有草稿
    "badge": QT_TRANSLATE_NOOP("Core", "Relations inside a unit"),  # 单位内部的服务关系
    "inactive": QT_TRANSLATE_NOOP("Core", "Inactive unit"),  # 已停用单位
}

# Excel cells
RELATION_STATUS_TEXTS = {"draft": "草稿", "active": "生效", "retired": "停用"}
REVIEW_CYCLE_TEXTS = {"monthly": "每月", "quarterly": "每季度", "half-yearly": "每半年", "yearly": "每年"}
