"""Fixtures of the duty boundaries page's tests (see ``helpers`` for the data); tasks and
analyses run inline."""

from __future__ import annotations

import pytest

from tests.ui.duties.helpers import Duties, make_duties
from ui.context import AppContext
from ui.operations.runner import Runner


@pytest.fixture(autouse=True)
def inline_tasks(monkeypatch):
    monkeypatch.setattr(Runner, "synchronous", True)


@pytest.fixture
def duties(db) -> Duties:
    return make_duties(db)


@pytest.fixture
def ctx(qapp, db) -> AppContext:
    return AppContext(db)
