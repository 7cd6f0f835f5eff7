"""Names of the customer map's records in the change history.

``desktop_app.history.tables`` imports this module, so the labels are there wherever the
history is shown.
"""

from __future__ import annotations

from desktop_app.history.tables import ENTITY_LABELS
from desktop_app.i18n import QT_TRANSLATE_NOOP

LABELS = {
    "unit_relation": QT_TRANSLATE_NOOP("Core", "Unit service relation"),
    "position_relation": QT_TRANSLATE_NOOP("Core", "Post service relation"),
    "business_process": QT_TRANSLATE_NOOP("Core", "Business process"),
    "process_step": QT_TRANSLATE_NOOP("Core", "Process step"),
    "handbook_text": QT_TRANSLATE_NOOP("Core", "Handbook text"),
}

ENTITY_LABELS.update(LABELS)
