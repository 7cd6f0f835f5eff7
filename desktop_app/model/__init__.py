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
from desktop_app.model.handbook import HandbookEdition, HandbookSnapshot
from desktop_app.model.history import ChangeLog
from desktop_app.model.installation import Installation
from desktop_app.model.meeting import (
    ACTION_KINDS,
    ACTION_STATUSES,
    MEETING_CATEGORIES,
    MEETING_STATUSES,
    RECURRENCES,
    ActionItem,
    ActionProgress,
    ActionUnit,
    AgendaItem,
    Decision,
    Meeting,
    MeetingAttendee,
    MeetingType,
    MeetingUnit,
)
from desktop_app.model.org import (
    POSITION_CATEGORIES,
    UNIT_KINDS,
    Position,
    PositionAssignment,
    Staff,
    Unit,
)
from desktop_app.model.rotation import (
    ASSIGNMENT_STATUSES,
    PLAN_KINDS,
    PLAN_STATUSES,
    STAFFED_CATEGORIES,
    RotationAssignment,
    RotationPlan,
    RotationPlanUnit,
    StaffingRule,
)

__all__ = [
    "Base", "Record", "utcnow", "ChangeLog", "Installation",
    "Unit", "Position", "Staff", "PositionAssignment", "UNIT_KINDS", "POSITION_CATEGORIES",
    "WorkItem", "UnitDuty", "PositionDuty", "FindingNote", "DisputedItem", "ROLES", "WORK_ITEM_STATUSES",
    "UnitRelation", "PositionRelation", "BusinessProcess", "ProcessStep", "HandbookText",
    "LEVELS", "RELATION_STATUSES", "REVIEW_CYCLES", "PROCESS_STATUSES", "HANDBOOK_TEXT_KEYS",
    "RotationPlan", "RotationPlanUnit", "RotationAssignment", "StaffingRule",
    "PLAN_KINDS", "PLAN_STATUSES", "ASSIGNMENT_STATUSES", "STAFFED_CATEGORIES",
    "MeetingType", "Meeting", "MeetingAttendee", "MeetingUnit", "AgendaItem", "Decision", "ActionItem",
    "ActionUnit", "ActionProgress", "MEETING_CATEGORIES", "RECURRENCES", "MEETING_STATUSES", "ACTION_STATUSES",
    "ACTION_KINDS", "HandbookEdition", "HandbookSnapshot",
]
