"""A read that runs off the GUI thread and of which only the newest request matters, for
panels that refresh after every change (e.g. the grey-area findings).

``LatestRead.start(db, fn)`` runs ``fn(session)`` in a read session on the reader's own worker
from the event loop's next turn (a start during a paint waits for the paint to end; one made
before a window's first paint may run beside it), and ``done(result)`` fires on the
GUI thread with the result of the newest request only; an older one still running is
discarded. ``fn`` must only read and must not touch Qt. With ``Runner.synchronous`` (tests)
the read runs inline and ``done`` fires before ``start`` returns.
"""

from __future__ import annotations

import traceback
from contextlib import suppress
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer, Signal
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from desktop_app.storage.database import Database
from ui.operations.runner import Runner


class _Relay(QObject):
    """Lives in the GUI thread; a worker's emit reaches it through a queued call."""

    finished = Signal(int, object)  # generation, result
    failed = Signal(int, object)  # generation, exception


class LatestRead(QObject):
    done = Signal(object)
    failed = Signal(object)  # an exception other than the database going away

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)  # waits for a running read when the reader is destroyed
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._finished)
        self._relay.failed.connect(self._failed)
        self._generation = 0
        self._pending: Callable[[], None] | None = None
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._start_pending)

    def start(self, db: Database, fn: Callable[[Session], Any]) -> None:
        self._generation += 1
        generation, relay = self._generation, self._relay

        def job() -> None:
            try:
                with db.read() as session:
                    result = fn(session)
            except SQLAlchemyError:  # the database was closed or replaced meanwhile: no answer
                return
            except Exception as exc:  # shown by the owner, on the GUI thread
                exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
                _emit(relay.failed, generation, exc)
                return
            _emit(relay.finished, generation, result)

        if Runner.synchronous:
            self._pending = None
            job()
            return
        self._pending = job
        self._timer.start()

    def cancel(self) -> None:
        """Drops the queued request and the answer of a running one."""
        self._generation += 1
        self._pending = None
        self._pool.clear()

    def _start_pending(self) -> None:
        job, self._pending = self._pending, None
        if job is not None:
            self._pool.start(job)

    def wait(self) -> None:
        """Starts a deferred read at once, blocks until none runs and delivers its answer
        (``done`` has fired when this returns; for screenshots and benchmarks)."""
        self._timer.stop()
        self._start_pending()
        self._pool.waitForDone()
        # the queued calls are posted to the receiver of the relay's signals: this reader
        QCoreApplication.sendPostedEvents(self)

    def _finished(self, generation: int, result: Any) -> None:
        if generation == self._generation:
            self.done.emit(result)

    def _failed(self, generation: int, exc: Exception) -> None:
        if generation == self._generation:
            self.failed.emit(exc)


def _emit(signal, generation: int, value: Any) -> None:
    with suppress(RuntimeError):  # the reader was destroyed meanwhile: nobody to tell
        signal.emit(generation, value)
