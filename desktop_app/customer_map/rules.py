"""The rules of the customer map, shared by its tables (a refused cell), its Excel import (a
refused row) and its proposals.

A service relation:
- links two different units (unit level) or two different posts (post level): a unit or post
  is never its own internal customer;
- never repeats a live relation of its level: same provider, customer and service item (a
  deleted relation doesn't count; the same service item may go to other customers);
- has its provider and customer at its own level: units in the unit map, posts in the post map;
- may lack its provider or customer only while it is a draft; it becomes active with both.

A process step's post, where one is named, is a post of the step's unit or of a unit below
it, and two live steps of one process never share a sequence number.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.i18n import QT_TRANSLATE_NOOP, Message, msg
from desktop_app.model import BusinessProcess, Position, PositionRelation, ProcessStep, Unit, UnitRelation
from desktop_app.org.tree import subtree_ids

SELF_UNIT = QT_TRANSLATE_NOOP("Core", "A unit can't be its own internal customer: choose another unit.")
SELF_POST = QT_TRANSLATE_NOOP("Core", "A post can't be its own internal customer: choose another post.")
DUPLICATE = QT_TRANSLATE_NOOP("Core", "{provider} already provides \u201c{item}\u201d to {customer}.")
NOT_A_UNIT = QT_TRANSLATE_NOOP("Core", "\u201c{value}\u201d is a post: unit customers link units.")
NOT_A_POST = QT_TRANSLATE_NOOP("Core", "\u201c{value}\u201d is a unit: post customers link posts.")
INCOMPLETE = QT_TRANSLATE_NOOP("Core", "Choose the provider and the customer before making the relation active.")
POST_OUTSIDE = QT_TRANSLATE_NOOP("Core", "The post {post} is not in {unit}: clear the post or choose its unit.")
SEQUENCE_TAKEN = QT_TRANSLATE_NOOP("Core", "This process already has a step {sequence}.")
STEP_NUMBER_REUSED = QT_TRANSLATE_NOOP("Core", "The deleted step \u201c{name}\u201d was step {sequence} of {process}, which now has another step {sequence}.")


@dataclass(frozen=True)
class Level:
    """One level of the map: its relation table, the table its ends are in, and their columns."""

    key: str  # "unit" or "position"
    model: type
    end: type  # Unit or Position
    provider: str  # attribute names on ``model``
    customer: str

    def ends(self, relation) -> tuple[str | None, str | None]:
        return getattr(relation, self.provider), getattr(relation, self.customer)


UNIT_LEVEL = Level("unit", UnitRelation, Unit, "provider_unit_id", "customer_unit_id")
POSITION_LEVEL = Level("position", PositionRelation, Position, "provider_position_id", "customer_position_id")
LEVELS = {"unit": UNIT_LEVEL, "position": POSITION_LEVEL}


def post_label(post_name: str, unit_name: str) -> str:
    """"台区经理 · 城关营业班": the same post name recurs in every station."""
    return f"{post_name} · {unit_name}"


def end_name(session: Session, level: Level, end_id: str) -> str:
    """A unit's name, or a post's name with its unit's."""
    if level is UNIT_LEVEL:
        return session.scalar(select(Unit.name).where(Unit.id == end_id)) or ""
    row = session.execute(select(Position.name, Unit.name).join(Unit, Position.unit_id == Unit.id)
                          .where(Position.id == end_id)).first()
    return post_label(*row) if row else ""


def relation_problem(session: Session, level: Level, row_id: str | None, provider_id: str | None,
                     customer_id: str | None, service_item: str | None) -> Message | None:
    """What is wrong with a relation that would have these values, or None. Reads only; never
    flushes (a row being created may not be complete yet)."""
    return (self_relation_problem(level, provider_id, customer_id)
            or duplicate_problem(session, level, row_id, provider_id, customer_id, service_item))


def self_relation_problem(level: Level, provider_id: str | None, customer_id: str | None) -> Message | None:
    if provider_id is not None and provider_id == customer_id:
        return msg(SELF_UNIT if level is UNIT_LEVEL else SELF_POST)
    return None


def duplicate_problem(session: Session, level: Level, row_id: str | None, provider_id: str | None,
                      customer_id: str | None, service_item: str | None) -> Message | None:
    """The message naming the live relation (other than ``row_id``) these values repeat, or None."""
    if provider_id is None or customer_id is None or not service_item:
        return None
    model = level.model
    with session.no_autoflush:
        clash = session.scalar(select(model.id).where(
            getattr(model, level.provider) == provider_id, getattr(model, level.customer) == customer_id,
            model.service_item == service_item, model.deleted_at.is_(None), model.id != (row_id or "")).limit(1))
        if clash is None:
            return None
        return msg(DUPLICATE, provider=end_name(session, level, provider_id), item=service_item,
                   customer=end_name(session, level, customer_id))


def status_problem(status: str, provider_id: str | None, customer_id: str | None) -> Message | None:
    if status == "active" and (provider_id is None or customer_id is None):
        return msg(INCOMPLETE)
    return None


def post_outside_unit(session: Session, post_id: str | None, unit_id: str | None) -> Message | None:
    """None when ``post_id`` is empty or a post of ``unit_id`` or of a unit below it."""
    if post_id is None:
        return None
    with session.no_autoflush:
        post = session.execute(select(Position.name, Position.unit_id).where(Position.id == post_id)).first()
        if post is None:
            return None
        if unit_id is not None and post.unit_id in set(session.scalars(subtree_ids(unit_id))):
            return None
        unit = session.scalar(select(Unit.name).where(Unit.id == unit_id)) if unit_id else ""
        return msg(POST_OUTSIDE, post=post.name, unit=unit or "\u2014")


def sequence_problem(session: Session, row_id: str | None, process_id: str | None, sequence: int | None) -> Message | None:
    if process_id is None or sequence is None:
        return None
    with session.no_autoflush:
        clash = session.scalar(select(ProcessStep.id).where(
            ProcessStep.process_id == process_id, ProcessStep.sequence == sequence,
            ProcessStep.deleted_at.is_(None), ProcessStep.id != (row_id or "")).limit(1))
    return msg(SEQUENCE_TAKEN, sequence=sequence) if clash else None


def restored_step_problem(session: Session, step: ProcessStep) -> Message | None:
    """Why a deleted step can't come back: another live step of its process has its number."""
    if sequence_problem(session, step.id, step.process_id, step.sequence) is None:
        return None
    process = session.scalar(select(BusinessProcess.name).where(BusinessProcess.id == step.process_id))
    return msg(STEP_NUMBER_REUSED, name=step.name, sequence=step.sequence, process=process or "")
