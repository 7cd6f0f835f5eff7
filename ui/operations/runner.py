"""Long work off the GUI thread, with progress and cancel.

``run_task`` runs a core call that takes a ``desktop_app.progress.Progress`` on a worker thread
and shows a modal progress dialog with a Cancel button. The core call must not touch Qt
widgets; it opens its own database sessions. Results come back on the GUI thread through
queued signals. Tests set ``Runner.synchronous = True`` to run tasks inline, without sleeps.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop_app.progress import Cancelled


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class TaskProgress:
    """The Qt-free Progress handed to core calls; thread-safe."""

    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def report(self, done: int, total: int, message: str = "") -> None:
        self._signals.progress.emit(done, total, message)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class _Job(QRunnable):
    def __init__(self, fn: Callable[[TaskProgress], Any], progress: TaskProgress, signals: _Signals) -> None:
        super().__init__()
        self.fn, self.progress, self.signals = fn, progress, signals

    def run(self) -> None:
        try:
            result = self.fn(self.progress)
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as exc:  # handed to the GUI thread, which shows it
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


class Runner:
    synchronous = False
    _pool: QThreadPool | None = None

    @classmethod
    def pool(cls) -> QThreadPool:
        # One worker: SQLite has one writer, and tasks then run in the order they were asked.
        if cls._pool is None:
            cls._pool = QThreadPool()
            cls._pool.setMaxThreadCount(1)
        return cls._pool


def run_task(
    parent: QWidget | None,
    title: str,
    fn: Callable[[TaskProgress], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
    on_cancel: Callable[[], None] | None = None,
) -> TaskProgress:
    signals = _Signals()
    progress = TaskProgress(signals)
    dialog = QProgressDialog(title, QCoreApplication.translate("Runner", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(progress.cancel)

    def on_progress(done: int, total: int, message: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)
        if message:
            dialog.setLabelText(message)

    def close() -> None:
        dialog.canceled.disconnect(progress.cancel)
        dialog.close()
        dialog.deleteLater()

    def finish(callback: Callable[[], None]) -> None:
        _live.discard(signals)
        close()
        callback()

    signals.progress.connect(on_progress)
    signals.finished.connect(lambda r: finish(lambda: on_done(r)))
    signals.failed.connect(lambda e: finish(lambda: on_error(e)))
    signals.cancelled.connect(lambda: finish(on_cancel or (lambda: None)))
    _live.add(signals)  # the signals object must outlive the worker's last emit
    job = _Job(fn, progress, signals)
    if Runner.synchronous:
        job.run()
    else:
        Runner.pool().start(job)
    return progress


_live: set[_Signals] = set()
