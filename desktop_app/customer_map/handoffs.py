"""Process handoffs (交接): the internal-customer relations that business processes imply.

Two consecutive live steps of a process (by sequence) hand work from the first step's owner,
the provider, to the second's, the customer:

- between units, when the steps' units differ;
- between posts, when both steps are in the same unit and name two different posts (the post
  customers a department finds inside itself);
- not at all when the unit is the same and the steps don't both name a post, or when a step
  has no (live) unit: such a step breaks the chain on both sides.

One handoff stands for every process that hands over between the same provider and customer.
Draft and active processes propose relations ("寻找内部客户"): a handoff is proposed while the
map has no live relation of its level between its provider and customer, whatever its service
item and status. Only active processes count in the grey-area analysis, where a handoff is
"without commitment" until an active relation between the two carries a commitment text.

Everything here only reads, through an executor (a Session or the read-only connection of
``check``), except ``accept_proposal``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import case, select
from sqlalchemy.orm import Session

from desktop_app.customer_map.rules import LEVELS, post_label
from desktop_app.duties.grey_areas import Handoff, register_handoff_source
from desktop_app.duties.grey_rules import Executor, session_executor
from desktop_app.i18n import QT_TRANSLATE_NOOP, Translate, msg
from desktop_app.model import BusinessProcess, Position, PositionRelation, ProcessStep, Unit, UnitRelation
from desktop_app.tables.edits import EditRefused, create_row

__all__ = ["ProcessHandoff", "Proposal", "accept_proposal", "find_proposals", "handoff_source", "load_handoffs",
           "relations_between"]

ALREADY_MAPPED = QT_TRANSLATE_NOOP("Core", "The map already has a relation from {provider} to {customer}.")

_PROCESSES = (select(BusinessProcess.id, BusinessProcess.code, BusinessProcess.name, BusinessProcess.status,
                     BusinessProcess.version)
              .where(BusinessProcess.deleted_at.is_(None), BusinessProcess.status != "retired"))
_STEPS = (select(ProcessStep.id, ProcessStep.process_id, ProcessStep.sequence, ProcessStep.name,
                 ProcessStep.owner_unit_id, ProcessStep.owner_position_id, ProcessStep.version)
          .where(ProcessStep.deleted_at.is_(None)).order_by(ProcessStep.process_id, ProcessStep.sequence, ProcessStep.id))
_UNITS = select(Unit.id, Unit.name, Unit.version).where(Unit.deleted_at.is_(None))
_POSTS = select(Position.id, Position.name, Position.unit_id, Position.version).where(Position.deleted_at.is_(None))
_RELATIONS = {
    level: select(m.id, getattr(m, LEVELS[level].provider), getattr(m, LEVELS[level].customer), m.status,
                  m.commitment, m.version).where(m.deleted_at.is_(None))
    for level, m in (("unit", UnitRelation), ("position", PositionRelation))
}


@dataclass(frozen=True)
class ProcessHandoff:
    """Every handoff of the listed processes between one provider and one customer."""

    level: str  # "unit" or "position"
    provider_id: str
    provider_name: str  # a unit's name, or "post · unit"
    customer_id: str
    customer_name: str
    process_ids: tuple[str, ...]  # by process code
    process_names: tuple[str, ...]
    active_process_names: tuple[str, ...]  # those of active processes
    service_item: str  # suggested for a new relation: the first handing step, with its process
    mapped: bool  # the map has a live relation between the two (any status)
    committed: bool  # an active one of them has a commitment
    versions: tuple[tuple[str, int], ...]  # (id, version) of the rows it is made of


@dataclass(frozen=True)
class Proposal:
    """A relation the map lacks ("寻找内部客户"); ``accept_proposal`` turns it into a draft."""

    level: str
    provider_id: str
    provider_name: str
    customer_id: str
    customer_name: str
    service_item: str
    process_names: tuple[str, ...]


def load_handoffs(execute: Executor) -> list[ProcessHandoff]:
    """The handoffs of every draft or active process, sorted by level (units first), then
    provider and customer name. Seven SELECTs, whatever the number of processes."""
    processes = {r[0]: r[1:] for r in execute(_PROCESSES)}  # id -> (code, name, status, version)
    units = {r[0]: (r[1], r[2]) for r in execute(_UNITS)}
    posts = {r[0]: r[1:] for r in execute(_POSTS) if r[2] in units}  # id -> (name, unit, version)
    steps: dict[str, list[tuple]] = defaultdict(list)
    for r in execute(_STEPS):
        if r[1] in processes:
            steps[r[1]].append(r)
    found: dict[tuple[str, str, str], list[tuple]] = defaultdict(list)  # (level, provider, customer) -> hand-overs
    for process_id in sorted(processes, key=lambda p: processes[p][0]):
        for a, b in zip(steps[process_id], steps[process_id][1:]):
            pair = _pair(a, b, units, posts)
            if pair is not None:
                found[pair].append((process_id, a, b))
    relations = {level: defaultdict(list) for level in LEVELS}
    for level, stmt in _RELATIONS.items():
        for rel_id, provider, customer, status, commitment, version in execute(stmt):
            if provider is not None and customer is not None:
                relations[level][(provider, customer)].append((rel_id, status, commitment, version))
    out = []
    for (level, provider, customer), handovers in found.items():
        rels = relations[level].get((provider, customer), [])
        ids = tuple(dict.fromkeys(p for p, _a, _b in handovers))
        first_process, first_step, _ = handovers[0]
        parts = {(p, processes[p][3]) for p in ids}
        parts |= {(s[0], s[6]) for _p, a, b in handovers for s in (a, b)}
        parts |= {(r[0], r[3]) for r in rels}
        parts |= set(_end_versions(level, (provider, customer), units, posts))
        out.append(ProcessHandoff(
            level, provider, _name(level, provider, units, posts), customer, _name(level, customer, units, posts),
            ids, tuple(processes[p][1] for p in ids), tuple(processes[p][1] for p in ids if processes[p][2] == "active"),
            f"{first_step[3]}\uff08{processes[first_process][1]}\uff09", bool(rels),
            any(status == "active" and commitment.strip() for _id, status, commitment, _v in rels),
            tuple(sorted(parts))))
    return sorted(out, key=lambda h: (h.level != "unit", h.provider_name, h.customer_name, h.provider_id, h.customer_id))


def _pair(a: tuple, b: tuple, units: dict, posts: dict) -> tuple[str, str, str] | None:
    unit_a, unit_b = a[4], b[4]
    if unit_a not in units or unit_b not in units:
        return None
    if unit_a != unit_b:
        return ("unit", unit_a, unit_b)
    post_a, post_b = a[5], b[5]
    if post_a in posts and post_b in posts and post_a != post_b:
        return ("position", post_a, post_b)
    return None


def _name(level: str, end_id: str, units: dict, posts: dict) -> str:
    if level == "unit":
        return units[end_id][0]
    name, unit_id, _v = posts[end_id]
    return post_label(name, units[unit_id][0])


def _end_versions(level: str, ends: Iterable[str], units: dict, posts: dict) -> Iterable[tuple[str, int]]:
    for end in ends:
        if level == "unit":
            yield end, units[end][1]
        else:
            yield end, posts[end][2]
            yield posts[end][1], units[posts[end][1]][1]


def handoff_source(execute: Executor) -> list[Handoff]:
    """The handoffs of active processes, for the grey-area analysis."""
    return [Handoff("\u3001".join(h.active_process_names), h.provider_id, h.provider_name, h.customer_id,
                    h.customer_name, h.level, h.committed, h.versions)
            for h in load_handoffs(execute) if h.active_process_names]


register_handoff_source(handoff_source)


def find_proposals(session: Session) -> list[Proposal]:
    """The relations that draft and active processes imply and the map lacks. Only reads."""
    return [Proposal(h.level, h.provider_id, h.provider_name, h.customer_id, h.customer_name, h.service_item,
                     h.process_names)
            for h in load_handoffs(session_executor(session)) if not h.mapped]


def relations_between(session: Session, level: str, provider_id: str, customer_id: str) -> list[str]:
    """The live relations of ``level`` from the provider to the customer, active ones first,
    then drafts, then retired ones: where a handoff without commitment is put right."""
    lv = LEVELS[level]
    model = lv.model
    rank = case({"active": 0, "draft": 1}, value=model.status, else_=2)
    return list(session.scalars(
        select(model.id)
        .where(getattr(model, lv.provider) == provider_id, getattr(model, lv.customer) == customer_id,
               model.deleted_at.is_(None))
        .order_by(rank, model.service_item, model.id)))


def accept_proposal(session: Session, proposal: Proposal, translate: Translate = lambda text: text) -> str:
    """Adds the proposed relation as a draft to complete (value, standard, commitment); returns
    its id. EditRefused if the map has gained a relation between the two since the proposal."""
    from desktop_app.customer_map.tables import RELATIONS  # not needed by the analysis: loaded on use

    level = LEVELS[proposal.level]
    model = level.model
    existing = session.scalar(select(model.id).where(
        getattr(model, level.provider) == proposal.provider_id, getattr(model, level.customer) == proposal.customer_id,
        model.deleted_at.is_(None)).limit(1))
    if existing is not None:
        raise EditRefused(msg(ALREADY_MAPPED, provider=proposal.provider_name, customer=proposal.customer_name))
    return create_row(session, RELATIONS[proposal.level], {
        level.provider: proposal.provider_id, level.customer: proposal.customer_id,
        "service_item": proposal.service_item, "status": "draft"}, translate)
