"""Long work on the worker thread: results, errors and cancelling come back to the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread

from desktop_app.progress import check_cancelled
from ui.operations.runner import run_task


def test_result_arrives_on_the_gui_thread(qtbot):
    seen = {}
    gui = QThread.currentThread()

    def work(progress):
        seen["worker"] = threading.current_thread().name
        for i in range(3):
            progress.report(i + 1, 3)
        return 42

    def done(result):
        seen["result"] = result
        seen["on_gui"] = QThread.currentThread() is gui

    run_task(None, "work", work, done, lambda e: seen.setdefault("error", e))
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen["result"] == 42 and seen["on_gui"]
    assert seen["worker"] != threading.main_thread().name


def test_cancel_stops_the_work_and_reports_it(qtbot):
    started = threading.Event()
    outcome = {}

    def work(progress):
        started.set()
        while True:
            check_cancelled(progress)
            progress.report(0, 0)

    handle = run_task(None, "work", work, lambda r: outcome.setdefault("done", r),
                      lambda e: outcome.setdefault("error", e), lambda: outcome.setdefault("cancelled", True))
    assert started.wait(5)
    handle.cancel()
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    assert outcome == {"cancelled": True}


def test_errors_come_back_as_exceptions(qtbot):
    outcome = {}

    def work(progress):
        raise ValueError("bad row")

    run_task(None, "work", work, lambda r: None, lambda e: outcome.setdefault("error", e))
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    assert isinstance(outcome["error"], ValueError)
