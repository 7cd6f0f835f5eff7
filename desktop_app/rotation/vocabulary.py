"""Stored values of rotation and stationing and their interface labels (English source text),
and the fixed Chinese texts its Excel files use whatever the interface language."""

from __future__ import annotations

from desktop_app.i18n import QT_TRANSLATE_NOOP

PLAN_KIND_LABELS = {
    "rotation": QT_TRANSLATE_NOOP("Core", "Rotation"),  # 轮岗
    "experience": QT_TRANSLATE_NOOP("Core", "Rotation experience"),  # 轮岗体验
    "exchange": QT_TRANSLATE_NOOP("Core", "Exchange"),  # 交流
    "stationing": QT_TRANSLATE_NOOP("Core", "Stationing"),  # 蹲点
}

PLAN_STATUS_LABELS = {
    "draft": QT_TRANSLATE_NOOP("Core", "Draft"),
    "approved": QT_TRANSLATE_NOOP("Core", "Approved"),
    "in_progress": QT_TRANSLATE_NOOP("Core", "In progress"),
    "finished": QT_TRANSLATE_NOOP("Core", "Finished"),
}

ASSIGNMENT_STATUS_LABELS = {
    "planned": QT_TRANSLATE_NOOP("Core", "Planned"),
    "in_progress": QT_TRANSLATE_NOOP("Core", "In progress"),
    "finished": QT_TRANSLATE_NOOP("Core", "Finished"),
    "cancelled": QT_TRANSLATE_NOOP("Core", "Cancelled"),
}

STAFFED_CATEGORY_LABELS = {
    "production": QT_TRANSLATE_NOOP("Core", "Production"),
    "marketing": QT_TRANSLATE_NOOP("Core", "Marketing"),
}

# Excel cells
PLAN_KIND_TEXTS = {"rotation": "轮岗", "experience": "轮岗体验", "exchange": "交流", "stationing": "蹲点"}
ASSIGNMENT_STATUS_TEXTS = {"planned": "计划", "in_progress": "进行中", "finished": "已完成", "cancelled": "已取消"}
