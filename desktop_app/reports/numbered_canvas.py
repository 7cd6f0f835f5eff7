"""A canvas that holds its pages back until the document ends, so that every page can print the
total page count ("第 N 页 共 M 页"). It draws bold Chinese like ``fonts.fake_bold_canvas``.

Each held page is its drawing state (the page's content stream so far), a few kilobytes of
text for a page of tables: a 2,000-page document holds some tens of megabytes until it's saved.
Bookmarks name the page they are on, though it is written only at the end.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop_app.reports.fonts import fake_bold_canvas

__all__ = ["numbered_canvas"]

Footer = Callable[[object, int, int], None]  # (canvas, page number, total pages)


def numbered_canvas(footer: Footer, finish: Callable[[object], None] | None = None):
    """The canvas class (for ``doc.build(..., canvasmaker=...)``) that calls ``footer`` on each
    page, once the total is known, before writing the page. ``finish(canvas)``, if given, runs
    first: the place to define forms that pages drew with ``doForm`` before their content was
    known (a table of contents)."""
    base = fake_bold_canvas()

    class NumberedCanvas(base):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def bookmarkPage(self, key, **kwargs):  # noqa: N802 - reportlab's name
            # reportlab names the destination's page by the document's page counter, which moves
            # only when a page is written: here that is at the end, so every bookmark and link
            # would lead to page 1. Name the page this one will be.
            counter = self._doc.pageCounter
            self._doc.pageCounter = len(self._pages) + 1
            try:
                return super().bookmarkPage(key, **kwargs)
            finally:
                self._doc.pageCounter = counter

        def save(self):
            total = len(self._pages)
            if finish is not None:
                finish(self)
            for number, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                footer(self, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas
