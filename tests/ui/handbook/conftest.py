"""The page tests' fixtures (inline tasks, the test organisation, a page at desktop size)."""

from tests.ui.pages.conftest import inline_tasks, make_page, org  # noqa: F401
