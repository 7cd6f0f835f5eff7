"""The customer map's tests run tasks and reads inline."""

import pytest


@pytest.fixture(autouse=True)
def _inline(inline_tasks):
    pass
