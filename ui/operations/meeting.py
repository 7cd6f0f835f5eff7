"""Long work of meetings and minutes: a meeting's minutes to PDF or .docx, on the worker
thread with progress and cancel."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.context import AppContext, render
from ui.operations.runner import run_task
from ui.operations.workbooks import failed


def export_minutes(parent: QWidget, ctx: AppContext, meeting_id: str, path: Path,
                   on_done: Callable[[], None] | None = None) -> None:
    """Writes the meeting's minutes to ``path`` (.pdf or .docx, by its suffix)."""
    from desktop_app.meeting.minutes_export import export_minutes as write  # reportlab loads on first use

    db = ctx.db

    def done(message) -> None:
        ctx.status_message.emit(render(message))
        if on_done:
            on_done()

    title = QCoreApplication.translate("MeetingOperations", "Writing the minutes to %1…").replace("%1", path.name)
    run_task(parent, title, lambda progress: write(db, meeting_id, path, progress), done, lambda exc: failed(parent, exc))
