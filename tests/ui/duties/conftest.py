"""Fixtures of the duty boundaries page's tests (see ``helpers`` for the data); tasks and
analyses run inline."""

from __future__ import annotations

import pytest

from tests.ui.duties.helpers import Duties, make_duties


@pytest.fixture(autouse=True)
def _inline(inline_tasks):
    pass


@pytest.fixture
def duties(db) -> Duties:
    return make_duties(db)
