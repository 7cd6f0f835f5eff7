"""The ``check`` command's rotation lines: plans, assignments, findings per kind, after the
customer map's lines, read through the read-only connection."""

from __future__ import annotations

from datetime import date

from desktop_app.rotation.checks import FINDING_KIND_LABELS, FINDING_KINDS
from desktop_app.storage.integrity import check_database
from tests.desktop_app.rotation.helpers import add_assignment, add_plan, add_rule, review, staff_ids

D = date


def test_check_prints_plans_assignments_and_findings_per_kind(db, org, db_path):
    plan = add_plan(db, "甲")
    add_plan(db, "乙", kind="stationing")  # nothing in scope: no findings
    people = staff_ids(db)
    add_rule(db, org.station, "production", 5)
    add_assignment(db, plan, people[0], D(2026, 3, 1), D(2026, 3, 31), to_unit_id=org.dept)
    add_assignment(db, plan, people[0], D(2026, 3, 31), D(2027, 1, 5), to_unit_id=org.dept)
    add_assignment(db, plan, people[1], D(2026, 3, 1), D(2026, 3, 31), status="cancelled")
    report = check_database(db_path)
    assert report.ok, report.problems
    lines = [(label.render(), value) for label, value in report.summary]
    keys = [k for k, _ in lines]
    assert keys.index("Rotation plans") > keys.index("Handoffs without commitment")  # after the customer map
    found = dict(lines)
    assert (found["Rotation plans"], found["Rotation assignments"]) == (2, 3)
    counts = review(db, today=date.today()).counts()
    assert counts["overlap"] == counts["outside_plan"] == counts["understaffed"] == 1
    for kind in FINDING_KINDS:
        assert found[f"Rotation findings ({FINDING_KIND_LABELS[kind]})"] == counts[kind]
