"""Rotation and stationing's lines in ``check``: live plans and assignments, and the findings
of ``review_rotation`` per kind (candidates as of the day the check runs, over five years).

Like the duties' and the customer map's summaries, it reads through the read-only sqlite3
connection that ``check`` lends it, running the checks' SELECTs through ``sqlite_executor``;
nothing is written. ``desktop_app.customer_map.summary`` imports this module, so its lines
follow the customer map's.
"""

from __future__ import annotations

import sqlite3

from desktop_app.i18n import QT_TRANSLATE_NOOP, Message, msg
from desktop_app.model import RotationAssignment, RotationPlan
from desktop_app.rotation.checks import FINDING_KIND_LABELS, FINDING_KINDS, review_rotation_with, sqlite_executor
from desktop_app.storage.integrity import SummaryLine, register_summary


@register_summary
def rotation_summary(con: sqlite3.Connection) -> list[SummaryLine]:
    """Live plans; live assignments of live plans (any status, cancelled ones included, as the
    plan table counts them); findings per kind. Nothing for a database whose schema predates
    rotation (its check says it is out of date)."""
    plans, assignments = RotationPlan.__tablename__, RotationAssignment.__tablename__
    if con.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (plans,)).fetchone() is None:
        return []
    plan_count = con.execute(f'SELECT count(*) FROM "{plans}" WHERE deleted_at IS NULL').fetchone()[0]
    assignment_count = con.execute(
        f'SELECT count(*) FROM "{assignments}" a JOIN "{plans}" p ON p.id = a.plan_id '
        "WHERE a.deleted_at IS NULL AND p.deleted_at IS NULL").fetchone()[0]
    counts = review_rotation_with(sqlite_executor(con)).counts()
    lines: list[SummaryLine] = [(msg(QT_TRANSLATE_NOOP("Core", "Rotation plans")), plan_count),
                                (msg(QT_TRANSLATE_NOOP("Core", "Rotation assignments")), assignment_count)]
    for kind in FINDING_KINDS:
        lines.append((msg(QT_TRANSLATE_NOOP("Core", "Rotation findings ({kind})"), kind=Message(FINDING_KIND_LABELS[kind])),
                      counts[kind]))
    return lines


import desktop_app.meeting.summary  # noqa: E402,F401  (registers the meetings' lines after these)
