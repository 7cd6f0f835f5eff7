"""Stored values of meetings and minutes and their interface labels (English source text), and
the fixed Chinese texts printed minutes use whatever the interface language."""

from __future__ import annotations

from desktop_app.i18n import QT_TRANSLATE_NOOP

CATEGORY_LABELS = {
    "weekly": QT_TRANSLATE_NOOP("Core", "Weekly coordination meeting"),  # 周调会
    "production": QT_TRANSLATE_NOOP("Core", "Production coordination meeting"),  # 生产协调会
    "monthly": QT_TRANSLATE_NOOP("Core", "Monthly work meeting"),  # 月度工作例会
    "symposium": QT_TRANSLATE_NOOP("Core", "Department symposium"),  # 部门工作恳谈会
    "cross_department": QT_TRANSLATE_NOOP("Core", "Cross-department meeting"),  # 跨部门协同会
    "other": QT_TRANSLATE_NOOP("Core", "Other meeting"),
}

RECURRENCE_LABELS = {
    "none": QT_TRANSLATE_NOOP("Core", "Not recurring"),
    "weekly": QT_TRANSLATE_NOOP("Core", "Every week"),
    "biweekly": QT_TRANSLATE_NOOP("Core", "Every two weeks"),
    "monthly": QT_TRANSLATE_NOOP("Core", "Every month"),
}

MEETING_STATUS_LABELS = {
    "planned": QT_TRANSLATE_NOOP("Core", "Planned"),
    "held": QT_TRANSLATE_NOOP("Core", "Held"),
    "approved": QT_TRANSLATE_NOOP("Core", "Minutes approved"),
}

ACTION_STATUS_LABELS = {
    "open": QT_TRANSLATE_NOOP("Core", "Open"),
    "in_progress": QT_TRANSLATE_NOOP("Core", "In progress"),
    "done": QT_TRANSLATE_NOOP("Core", "Done"),
    "cancelled": QT_TRANSLATE_NOOP("Core", "Cancelled"),
}

ACTION_KIND_LABELS = {
    "action": QT_TRANSLATE_NOOP("Core", "Action item"),  # 督办事项
    "improvement": QT_TRANSLATE_NOOP("Core", "Improvement item"),  # 改进事项 (from a symposium opinion)
}

# printed minutes (PDF, .docx) and Excel
CATEGORY_TEXTS = {"weekly": "周调会", "production": "生产协调会", "monthly": "月度工作例会",
                  "symposium": "部门工作恳谈会", "cross_department": "跨部门协同会", "other": "其他会议"}
ACTION_STATUS_TEXTS = {"open": "未开始", "in_progress": "进行中", "done": "已完成", "cancelled": "已取消"}
