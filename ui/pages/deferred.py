"""Pages whose module is imported only when the page is first built, so that start-up imports
no more than the page it shows (the duty boundaries page and its core cost ~60 ms to import)."""

from __future__ import annotations

import importlib
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from ui.context import AppContext
from ui.pages.page import Page


def deferred(module: str, name: str) -> Callable[[AppContext, QWidget], Page]:
    """A stand-in for the page class ``module.name``: called like it, imports it on first use."""

    def build(ctx: AppContext, parent: QWidget) -> Page:
        return getattr(importlib.import_module(module), name)(ctx, parent)

    return build
