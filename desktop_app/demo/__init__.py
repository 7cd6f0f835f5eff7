"""The fictional demo company 青溪县供电公司: a whole organisation built from a seed.

``build_demo`` fills an empty database in one transaction, so a cancelled or failed build leaves
nothing behind. Each part of the company lives in its own module (``org`` now; duties, customer
map, rotation and meetings later) with ``estimate_rows(scale)`` and ``build(writer, ...)``;
this module only orders them and shares a ``DemoWriter`` between them.

Rows are written with Core ``insert()`` in batches, which skips the change-history recorder on
purpose: the demo is the starting state, not a series of edits. Everything is deterministic:
each part draws from its own ``random.Random`` derived from the seed (so adding a part never
changes the rows of another), and every date is fixed relative to ``ANCHOR``, never today;
only rotation and stationing follow the calendar (this year's plans, see ``demo.rotation``), and
so do the meetings (the year before today and the next four weeks, see ``demo.meeting``).
"""

from __future__ import annotations

import random
import time
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timezone
from itertools import islice
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from desktop_app.model import Installation, Unit
from desktop_app.model.org import NAME_KEYED, name_key_of
from desktop_app.progress import NullProgress, Progress, check_cancelled
from desktop_app.storage.database import Database

ANCHOR = date(2026, 1, 1)
"""The demo's "today": current posts started before it (plans and meetings follow the calendar)."""

STAMP = datetime(2026, 1, 1, tzinfo=timezone.utc)
"""created_at / updated_at of every demo row."""

OPERATOR = "演示数据"
"""updated_by of every demo row."""

BATCH_SIZE = 5000

INSTALLATION_NAME = "公司本部"
INSTALLATION_OPERATOR = "管理员"
INSTALLATION_UNIT = "办公室"


@dataclass(frozen=True)
class DemoSummary:
    """What ``build_demo`` wrote: rows per table, and how long it took."""

    seed: int
    scale: int
    counts: Mapping[str, int]
    seconds: float

    @property
    def units(self) -> int:
        return self.counts.get("unit", 0)

    @property
    def positions(self) -> int:
        return self.counts.get("position", 0)

    @property
    def staff(self) -> int:
        return self.counts.get("staff", 0)

    @property
    def assignments(self) -> int:
        return self.counts.get("position_assignment", 0)

    def __str__(self) -> str:
        rows = ", ".join(f"{table} {n:,}" for table, n in self.counts.items())
        return f"demo company (seed {self.seed}, scale {self.scale}): {rows}; {self.seconds:.1f} s"


class DemoWriter:
    """Shared by the parts of one build: seeded randomness, record columns and batched inserts.

    It writes through the caller's open write session and never commits; callers must not use it
    after that session's block ends. ``insert`` checks for cancelling before every batch.
    """

    def __init__(self, session: Session, seed: int, scale: int, progress: Progress, total: int) -> None:
        self.session = session
        self.seed = seed
        self.scale = scale
        self.progress = progress
        self.total = max(total, 1)
        self.done = 0
        self.counts: dict[str, int] = {}

    def rng(self, part: str) -> random.Random:
        """A generator for one part ("org.units", "duties" …): independent of every other part."""
        return random.Random(f"{self.seed}:{part}")

    @staticmethod
    def new_id(rng: random.Random) -> str:
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    def record(self, rng: random.Random) -> dict[str, Any]:
        """The Record columns of a new row (id, timestamps, operator, version 1)."""
        return {
            "id": self.new_id(rng), "created_at": STAMP, "updated_at": STAMP,
            "updated_by": OPERATOR, "version": 1, "deleted_at": None,
        }

    def insert(self, model: type, rows: Iterable[dict[str, Any]]) -> int:
        """Inserts ``rows`` (dicts with the same keys) into ``model``'s table; returns how many.
        Names get their sort keys here, as the ORM gives them to the rows it writes."""
        table = model.__table__
        written = 0
        it = iter(rows)
        while batch := list(islice(it, BATCH_SIZE)):
            check_cancelled(self.progress)
            if model in NAME_KEYED:
                batch = [{**row, "name_key": name_key_of(model, row["name"])} for row in batch]
            self.session.execute(insert(table), batch)
            written += len(batch)
            self.done += len(batch)
            self.progress.report(min(self.done, self.total), self.total)
        self.counts[table.name] = self.counts.get(table.name, 0) + written
        return written


def build_demo(
    db: Database, seed: int = 2014, scale: int = 1, progress: Progress = NullProgress()
) -> DemoSummary:
    """Fills the empty ``db`` with the demo company; about 600 × ``scale`` staff and 1,500 × ``scale``
    action items of a year of meetings.

    Raises ValueError if the database already holds units (deleted ones count too) or ``scale``
    is below 1, and ``Cancelled`` when ``progress`` asks; either way nothing is written. The
    installation row is created (公司本部, operator 管理员) only if there is none.
    """
    from desktop_app.demo import customer_map, duties, meeting, org, rotation

    if scale < 1:
        raise ValueError(f"scale must be 1 or more, not {scale}")
    started = time.perf_counter()
    check_cancelled(progress)
    with db.write() as s:
        if s.scalar(select(func.count()).select_from(Unit)):
            raise ValueError(
                "the database already holds units; the demo company can only be built in an empty database"
            )
        total = (org.estimate_rows(scale) + duties.estimate_rows(scale) + customer_map.estimate_rows(scale)
                 + rotation.estimate_rows(scale) + meeting.estimate_rows(scale))
        writer = DemoWriter(s, seed, scale, progress, total=total)
        if s.scalar(select(func.count()).select_from(Installation)) == 0:
            s.execute(insert(Installation.__table__), [{
                "id": writer.new_id(writer.rng("installation")), "name": INSTALLATION_NAME,
                "operator_name": INSTALLATION_OPERATOR, "operator_unit": INSTALLATION_UNIT,
                "created_at": STAMP,
            }])
        company = org.build(writer)
        duties.build(writer, company)
        customer_map.build(writer, company)
        rotation.build(writer, company)
        meeting.build(writer, company)
        check_cancelled(progress)
    db.reload_identity()
    progress.report(writer.total, writer.total)
    return DemoSummary(seed, scale, dict(writer.counts), time.perf_counter() - started)
