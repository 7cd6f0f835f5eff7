"""Keyset paging returns every row exactly once in SQL order, ties and NULLs included."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from desktop_app.model import Staff
from desktop_app.org.tables import STAFF
from desktop_app.tables.query import TableQuery
from desktop_app.model.org import name_key_of
from tests.factories import make_org


def all_pages(db, query, size):
    rows, after = [], None
    with db.read() as s:
        while True:
            batch = query.page(s, after, size)
            if not batch:
                return rows
            rows += batch
            after = batch[-1]


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("key", ["name", "gender", "hired_on", "position_id"])
def test_paging_visits_every_row_once_in_order(db, key, descending):
    make_org(db, staff=120)
    with db.write() as s:
        ids = s.scalars(select(Staff.id).order_by(Staff.employee_no)).all()
        for i, sid in enumerate(ids):  # few distinct values, some empty: many ties
            s.execute(update(Staff).where(Staff.id == sid).values(
                name=f"王{i % 3}", name_key=name_key_of(Staff, f"王{i % 3}"), gender=("male", "female", "")[i % 3],
                hired_on=None if i % 4 == 0 else __import__("datetime").date(2000 + i % 5, 1, 1)))
    query = TableQuery(STAFF, order_by=key, descending=descending)
    rows = all_pages(db, query, 7)
    assert len(rows) == 120 and len({r.id for r in rows}) == 120
    keys = [(r.sort_key, r.id) for r in rows]
    assert keys == sorted(keys, reverse=descending)
    with db.read() as s:
        assert query.count(s) == 120


def test_deleted_rows_are_listed_only_in_the_deleted_view(db):
    make_org(db, staff=10)
    with db.write() as s:
        victim = s.scalars(select(Staff).where(Staff.employee_no == "E00003")).one()
        victim.deleted_at = __import__("desktop_app.model.base", fromlist=["utcnow"]).utcnow()
    live = all_pages(db, TableQuery(STAFF), 4)
    gone = all_pages(db, TableQuery(STAFF, deleted=True), 4)
    assert len(live) == 9 and [r.values[0] for r in gone] == ["E00003"]


def test_keyword_escapes_like_wildcards(db):
    make_org(db, staff=5)
    with db.write() as s:
        s.scalars(select(Staff).where(Staff.employee_no == "E00001")).one().notes = "100% 完成_a"
    with db.read() as s:
        assert TableQuery(STAFF, keyword="100%").count(s) == 1
        assert TableQuery(STAFF, keyword="%").count(s) == 1
        assert TableQuery(STAFF, keyword="_").count(s) == 1
