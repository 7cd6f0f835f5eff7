"""The modules of the specification, in the order the navigation list shows them."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Module:
    key: str
    title: str  # English source, context "Navigation"
    purpose: str


MODULES = (
    Module("overview", QT_TRANSLATE_NOOP("Navigation", "Overview"),
           QT_TRANSLATE_NOOP("Navigation", "Charts of grey areas, overdue action items, rotation coverage, collaboration and benchmarking.")),
    Module("org", QT_TRANSLATE_NOOP("Navigation", "Organisation & staff"), ""),
    Module("duties", QT_TRANSLATE_NOOP("Navigation", "Duty boundaries"),
           QT_TRANSLATE_NOOP("Navigation", "Work items, the responsibility matrix and the grey-area analysis.")),
    Module("customer_map", QT_TRANSLATE_NOOP("Navigation", "Internal customer map"),
           QT_TRANSLATE_NOOP("Navigation", "Service relations with commitments and standards, business processes and the map view.")),
    Module("rotation", QT_TRANSLATE_NOOP("Navigation", "Rotation & stationing"),
           QT_TRANSLATE_NOOP("Navigation", "Rotation and stationing plans, assignments, conflict checks and the timeline.")),
    Module("meeting", QT_TRANSLATE_NOOP("Navigation", "Meetings & minutes"),
           QT_TRANSLATE_NOOP("Navigation", "The meeting system, minutes with decisions, and tracked action items.")),
    Module("assessment", QT_TRANSLATE_NOOP("Navigation", "Assessment & incentives"),
           QT_TRANSLATE_NOOP("Navigation", "Collaboration assessment, emotional accounts, internal service stars and excellent cases.")),
    Module("benchmarking", QT_TRANSLATE_NOOP("Navigation", "Peer benchmarking"),
           QT_TRANSLATE_NOOP("Navigation", "Station indicators, classification into advantage, improvement and weak items, and the grassroots problem list.")),
    Module("handbook", QT_TRANSLATE_NOOP("Navigation", "Service handbook"),
           QT_TRANSLATE_NOOP("Navigation", "The printable internal service handbook compiled from all modules.")),
    Module("exchange", QT_TRANSLATE_NOOP("Navigation", "Data exchange"),
           QT_TRANSLATE_NOOP("Navigation", "Change packages between supply stations and headquarters.")),
    Module("history", QT_TRANSLATE_NOOP("Navigation", "Change history"), ""),
)
