"""The ORM model. Importing this package registers every table on ``Base.metadata``."""

from desktop_app.model.base import Base, Record, utcnow
from desktop_app.model.customer_map import (
    HANDBOOK_TEXT_KEYS,
    LEVELS,
    PROCESS_STATUSES,
    RELATION_STATUSES,
    REVIEW_CYCLES,
    BusinessProcess,
    HandbookText,
    PositionRelation,
    ProcessStep,
    UnitRelation,
)
from desktop_app.model.duties import (
    ROLES,
    WORK_ITEM_STATUSES,
    DisputedItem,
    FindingNote,
    PositionDuty,
    UnitDuty,
    WorkItem,
)
from desktop_app.model.history import ChangeLog
from desktop_app.model.installation import Installation
from desktop_app.model.org import (
    POSITION_CATEGORIES,
    UNIT_KINDS,
    Position,
    PositionAssignment,
    Staff,
    Unit,
)

__all__ = [
    "Base", "Record", "utcnow", "ChangeLog", "Installation",
    "Unit", "Position", "Staff", "PositionAssignment", "UNIT_KINDS", "POSITION_CATEGORIES",
    "WorkItem", "UnitDuty", "PositionDuty", "FindingNote", "DisputedItem", "ROLES", "WORK_ITEM_STATUSES",
    "UnitRelation", "PositionRelation", "BusinessProcess", "ProcessStep", "HandbookText",
    "LEVELS", "RELATION_STATUSES", "REVIEW_CYCLES", "PROCESS_STATUSES", "HANDBOOK_TEXT_KEYS",
]
