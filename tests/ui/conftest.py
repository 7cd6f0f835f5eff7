"""Fixtures every GUI test may use: a context over the test database, the small test
organisation, tasks and reads run inline (``inline_tasks``), a page at desktop size."""

from __future__ import annotations

import pytest

from tests.factories import make_org
from ui.context import AppContext
from ui.operations.runner import Runner


@pytest.fixture
def inline_tasks(monkeypatch):
    monkeypatch.setattr(Runner, "synchronous", True)


@pytest.fixture
def ctx(qapp, db) -> AppContext:
    return AppContext(db)


@pytest.fixture
def org(db):
    return make_org(db)


@pytest.fixture
def make_page(qtbot, db):
    """``make_page(PageClass)``: the page over the test database, at a desktop size."""

    def build(cls):
        page = cls(AppContext(db))
        qtbot.addWidget(page)
        page.resize(1300, 800)
        return page

    return build
