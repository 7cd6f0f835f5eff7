"""Helpers to give the small test organisation relations and processes."""

from __future__ import annotations

from desktop_app.customer_map.tables import PROCESSES, RELATIONS, add_step
from desktop_app.tables.edits import create_row

SAME = lambda text: text  # noqa: E731


def add_relation(db, level: str, provider: str, customer: str, item: str = "服务事项", **values) -> str:
    """A relation through the table spec (so every rule applies); ``values`` sets other columns."""
    keys = {"unit": ("provider_unit_id", "customer_unit_id"), "position": ("provider_position_id", "customer_position_id")}[level]
    with db.write() as s:
        return create_row(s, RELATIONS[level], {keys[0]: provider, keys[1]: customer, "service_item": item, **values}, SAME)


def add_process(db, name: str, steps: list[tuple], status: str = "active", code: str | None = None) -> str:
    """A process with ``steps`` as (name, unit id, post id or None), numbered 1, 2, …"""
    with db.write() as s:
        values = {"name": name, "status": status} | ({"code": code} if code else {})
        process = create_row(s, PROCESSES, values, SAME)
        for name_, unit, post in steps:
            add_step(s, process, SAME, {"name": name_, "owner_unit_id": unit, "owner_position_id": post})
        return process
