"""Stored enum values of the organisation and their interface labels (English source text)."""

from desktop_app.i18n import QT_TRANSLATE_NOOP

UNIT_KIND_LABELS = {
    "company": QT_TRANSLATE_NOOP("Core", "Company"),
    "line": QT_TRANSLATE_NOOP("Core", "Business line"),
    "department": QT_TRANSLATE_NOOP("Core", "Department"),
    "station": QT_TRANSLATE_NOOP("Core", "Supply station"),
    "team": QT_TRANSLATE_NOOP("Core", "Team"),
}

POSITION_CATEGORY_LABELS = {
    "management": QT_TRANSLATE_NOOP("Core", "Management"),
    "production": QT_TRANSLATE_NOOP("Core", "Production"),
    "marketing": QT_TRANSLATE_NOOP("Core", "Marketing"),
    "general": QT_TRANSLATE_NOOP("Core", "General"),
}

GENDER_LABELS = {
    "male": QT_TRANSLATE_NOOP("Core", "Male"),
    "female": QT_TRANSLATE_NOOP("Core", "Female"),
}

# Which kinds of unit may sit under which: the tree is company → lines → departments and
# supply stations → teams.
ALLOWED_PARENT_KINDS = {
    "company": (),
    "line": ("company",),
    "department": ("company", "line"),
    "station": ("company", "line"),
    "team": ("department", "station"),
}

