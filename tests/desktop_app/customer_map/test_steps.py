"""Reordering process steps: a swap with the neighbour, in the process only, live steps only."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop_app.customer_map.steps import move_step
from desktop_app.customer_map.tables import PROCESS_STEPS
from desktop_app.model import ProcessStep
from desktop_app.tables import edits
from tests.desktop_app.customer_map.helpers import add_process


def order(db, process_id):
    with db.read() as s:
        return list(s.scalars(select(ProcessStep.name).where(ProcessStep.process_id == process_id,
                                                             ProcessStep.deleted_at.is_(None))
                              .order_by(ProcessStep.sequence)))


def step_id(db, process_id, name):
    with db.read() as s:
        return s.scalar(select(ProcessStep.id).where(ProcessStep.process_id == process_id, ProcessStep.name == name))


def test_a_step_swaps_with_its_neighbour_and_back(db, org):
    p = add_process(db, "报装", [("受理", org.station, None), ("勘查", org.dept, None), ("送电", org.team, None)])
    with db.write() as s:
        assert move_step(s, step_id(db, p, "送电"), -1) == step_id(db, p, "勘查")
    assert order(db, p) == ["受理", "送电", "勘查"]
    with db.write() as s:
        move_step(s, step_id(db, p, "送电"), 1)
    assert order(db, p) == ["受理", "勘查", "送电"]


def test_first_and_last_steps_do_not_move(db, org):
    p = add_process(db, "报装", [("受理", org.station, None), ("勘查", org.dept, None)])
    with db.write() as s:
        assert move_step(s, step_id(db, p, "受理"), -1) is None
        assert move_step(s, step_id(db, p, "勘查"), 1) is None
    assert order(db, p) == ["受理", "勘查"]


def test_deleted_steps_and_other_processes_are_skipped(db, org):
    p = add_process(db, "报装", [("受理", org.station, None), ("作废", org.dept, None), ("送电", org.team, None)])
    other = add_process(db, "抢修", [("接警", org.station, None)])
    with db.write() as s:
        edits.soft_delete(s, PROCESS_STEPS, [step_id(db, p, "作废")])
    with db.write() as s:
        assert move_step(s, step_id(db, p, "送电"), -1) == step_id(db, p, "受理")
    assert order(db, p) == ["送电", "受理"]
    assert order(db, other) == ["接警"]
    with db.write() as s, pytest.raises(KeyError):
        move_step(s, step_id(db, p, "作废"), 1)
