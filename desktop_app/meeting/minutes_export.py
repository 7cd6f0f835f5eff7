"""Writing a meeting's minutes to a file: PDF or .docx by the file's suffix, all or nothing."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

from desktop_app.i18n import QT_TRANSLATE_NOOP, Message, msg
from desktop_app.meeting.minutes import MinutesError, load_minutes
from desktop_app.progress import NullProgress, Progress, check_cancelled
from desktop_app.storage.database import Database

SUFFIXES = (".pdf", ".docx")
TITLE_CHARS = 40  # of the meeting's title in the message (a status bar line)


def check_suffix(path: Path | str) -> str:
    """".pdf" or ".docx" (any case); MinutesError for any other file type."""
    suffix = Path(path).suffix.lower()
    if suffix not in SUFFIXES:
        raise MinutesError(msg(QT_TRANSLATE_NOOP(
            "Core", "Minutes can be written as .pdf or .docx, not \u201c{name}\u201d."), name=Path(path).name))
    return suffix


def export_minutes(db: Database, meeting_id: str, path: Path | str, progress: Progress = NullProgress()) -> Message:
    """Writes the minutes of the live meeting ``meeting_id`` to ``path`` and says so.

    The file is written beside ``path`` and moved into place when complete, so a failure or a
    cancel (``Cancelled``) leaves any earlier file at ``path`` untouched and no partial file.
    Raises MinutesError (unknown suffix, no such meeting) and FontMissingError (PDF without a
    Chinese TrueType font) with a message for the user. Reads the database only; must not run
    on the GUI thread (a PDF with many action items takes a noticeable moment).
    """
    path = Path(path)
    suffix = check_suffix(path)
    check_cancelled(progress)
    progress.report(0, 3)
    with db.read() as s:
        doc = load_minutes(s, meeting_id)
    progress.report(1, 3)
    check_cancelled(progress)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.part")  # same folder: replace is atomic
    try:
        if suffix == ".pdf":
            from desktop_app.meeting.minutes_pdf import write_minutes_pdf  # reportlab loads on first use

            write_minutes_pdf(doc, tmp, check=lambda: check_cancelled(progress))
        else:
            from desktop_app.meeting.minutes_docx import write_minutes_docx

            write_minutes_docx(doc, tmp)
        progress.report(2, 3)
        check_cancelled(progress)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    progress.report(3, 3)
    return msg(QT_TRANSLATE_NOOP("Core", "Minutes of \u201c{title}\u201d written to {file}."),
               title=doc.title if len(doc.title) <= TITLE_CHARS else doc.title[:TITLE_CHARS] + "\u2026", file=path.name)
