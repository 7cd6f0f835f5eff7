"""The change history as a read-only table, filterable by entity, operator and period."""

from __future__ import annotations

from datetime import datetime

from desktop_app.i18n import QT_TRANSLATE_NOOP
from desktop_app.model import ChangeLog
from desktop_app.tables.spec import Column, Source, TableSpec, register

OPERATION_LABELS = {
    "insert": QT_TRANSLATE_NOOP("Core", "Added"),
    "update": QT_TRANSLATE_NOOP("Core", "Changed"),
    "delete": QT_TRANSLATE_NOOP("Core", "Deleted"),
    "restore": QT_TRANSLATE_NOOP("Core", "Restored"),
}

ENTITY_LABELS = {
    "unit": QT_TRANSLATE_NOOP("Core", "Unit"),
    "position": QT_TRANSLATE_NOOP("Core", "Position"),
    "staff": QT_TRANSLATE_NOOP("Core", "Staff"),
    "position_assignment": QT_TRANSLATE_NOOP("Core", "Position history"),
    "work_item": QT_TRANSLATE_NOOP("Core", "Work item"),
    "unit_duty": QT_TRANSLATE_NOOP("Core", "Unit duty"),
    "position_duty": QT_TRANSLATE_NOOP("Core", "Post duty"),
    "finding_note": QT_TRANSLATE_NOOP("Core", "Explained finding"),
    "disputed_item": QT_TRANSLATE_NOOP("Core", "Disputed item"),
}


def _source() -> Source:
    return Source(
        from_=ChangeLog.__table__,
        values={"at": ChangeLog.at, "entity": ChangeLog.entity, "operation": ChangeLog.operation,
                "changes": ChangeLog.changes, "operator": ChangeLog.operator,
                "installation": ChangeLog.installation, "row_id": ChangeLog.row_id},
        filters={
            "since": lambda d: ChangeLog.at >= d,
            "until": lambda d: ChangeLog.at < d,
        },
    )


def at_bound(day) -> datetime:
    """The UTC instant a local calendar day starts, for the since/until filters."""
    return datetime(day.year, day.month, day.day).astimezone()


HISTORY = register(TableSpec(
    entity="change_log", model=ChangeLog, area="history", default_order="at", default_descending=True,
    columns=(
        Column("at", QT_TRANSLATE_NOOP("Core", "Time"), kind="datetime", editable=False, width=150),
        Column("entity", QT_TRANSLATE_NOOP("Core", "Record"), kind="enum", choices=ENTITY_LABELS, editable=False, width=80),
        Column("operation", QT_TRANSLATE_NOOP("Core", "Operation"), kind="enum", choices=OPERATION_LABELS, editable=False, width=70),
        Column("changes", QT_TRANSLATE_NOOP("Core", "Changes"), kind="changes", editable=False, width=420, searchable=False),
        Column("operator", QT_TRANSLATE_NOOP("Core", "Operator"), editable=False, width=80),
        Column("installation", QT_TRANSLATE_NOOP("Core", "Installation"), editable=False, width=110),
        Column("row_id", QT_TRANSLATE_NOOP("Core", "Record id"), editable=False, width=260),
    ),
    source=_source,
))


import desktop_app.customer_map.history  # noqa: E402,F401  (adds the customer map's entity labels)
