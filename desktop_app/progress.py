"""Progress reporting and cancelling for long core work, without Qt.

Long core calls take a ``Progress`` and call ``report(done, total)`` now and then; they check
``cancelled()`` between steps and raise ``Cancelled`` (leaving nothing half-written, because
their transaction rolls back).
"""

from __future__ import annotations

from typing import Protocol


class Cancelled(Exception):
    """The user cancelled; the work's transaction has been rolled back."""


class Progress(Protocol):
    def report(self, done: int, total: int, message: str = "") -> None: ...
    def cancelled(self) -> bool: ...


class NullProgress:
    """Reports nowhere and never cancels; for the command line and tests."""

    def report(self, done: int, total: int, message: str = "") -> None:
        pass

    def cancelled(self) -> bool:
        return False



def check_cancelled(progress: Progress) -> None:
    if progress.cancelled():
        raise Cancelled()
