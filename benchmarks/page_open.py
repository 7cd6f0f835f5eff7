"""Opening a page of the main window as a user does, timed in a fresh process: the window
shows the organisation page, the user clicks the page's entry; measured from that click to
the page's first Paint event, and to the moment its background work is shown."""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path


def open_page(path: Path, key: str, class_name: str, connect_ready: Callable[[object, Callable[[], None]], None],
              what: str) -> tuple[float, float, object]:
    """Returns (seconds to first paint, seconds to ready, the page) after clicking ``key``;
    ``connect_ready(page, mark)`` connects what tells that the page's background work is shown
    (``what``, named in the error when it does not come within 30 s)."""
    from PySide6.QtCore import QEvent, QObject, QSettings

    from desktop_app.storage.open import open_database
    from ui.app import make_application
    from ui.context import AppContext
    from ui.main_window import MainWindow

    config = tempfile.TemporaryDirectory()  # the window stores its last page: not in the user's settings
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, config.name)
    app = make_application([])
    db = open_database(path, create=False)
    window = MainWindow(AppContext(db))
    window.resize(1366, 800)
    window.show_page("org")
    window.show()
    app.processEvents()
    marks: dict[str, float] = {}

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and type(obj).__name__ == class_name and "paint" not in marks:
                marks["paint"] = time.perf_counter()
            return False

    watcher = FirstPaint()
    app.installEventFilter(watcher)
    t0 = time.perf_counter()
    page = window.show_page(key)
    connect_ready(page, lambda: marks.setdefault("ready", time.perf_counter()))
    deadline = t0 + 30
    while ("paint" not in marks or "ready" not in marks) and time.perf_counter() < deadline:
        app.processEvents()
    app.removeEventFilter(watcher)
    if "paint" not in marks or "ready" not in marks:
        raise RuntimeError(f"the {key} page was not painted and {what} within 30 s: {sorted(marks)}")
    window.close()
    db.dispose()
    config.cleanup()
    return marks["paint"] - t0, marks["ready"] - t0, page
