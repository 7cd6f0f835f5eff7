"""Fixtures of the customer map page's tests: the small test organisation, a context, and
tasks and reads run inline."""

from __future__ import annotations

import pytest

from tests.factories import make_org
from ui.context import AppContext
from ui.operations.runner import Runner


@pytest.fixture(autouse=True)
def inline_tasks(monkeypatch):
    monkeypatch.setattr(Runner, "synchronous", True)


@pytest.fixture
def org(db):
    return make_org(db)


@pytest.fixture
def ctx(qapp, db) -> AppContext:
    return AppContext(db)
