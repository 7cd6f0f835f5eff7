"""Building the handbook: read everything in one transaction, lay the PDF out, and, when
publishing, record the edition with the snapshot of what it printed.

The PDF is written beside the target and moved into place when complete, so a failure or a
cancel leaves any earlier file untouched and no partial file; a cancelled or failed publishing
records nothing. A draft carries the number the next published edition will have, marked
"草稿" on the cover and in every header, and lists the changes since the last published edition
as that edition would.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from desktop_app.handbook.chapters import CHAPTER_KEYS
from desktop_app.handbook.content import HandbookContent, load_content, resolve_scope
from desktop_app.handbook.editions import last_edition, next_number, record_edition, snapshot_of
from desktop_app.handbook.snapshot import diff, take_snapshot
from desktop_app.i18n import QT_TRANSLATE_NOOP, Message, msg
from desktop_app.progress import NullProgress, Progress, check_cancelled
from desktop_app.storage.database import Database

__all__ = ["HandbookOptions", "HandbookResult", "build_handbook", "printed_chapters"]

READ_STEPS = 10  # progress units for reading, of READ_STEPS + LAYOUT_STEPS
LAYOUT_STEPS = 90


@dataclass(frozen=True)
class HandbookOptions:
    unit_id: str | None = None  # None: the whole company
    unit_code: str | None = None  # the command line names the unit by code
    chapters: Collection[str] = field(default=CHAPTER_KEYS)
    publish: bool = False
    today: date | None = None


@dataclass(frozen=True)
class HandbookResult:
    path: Path
    pages: int
    size: int  # bytes
    number: int
    published: bool
    chapters: tuple[str, ...]  # printed, in order
    changes: int | None  # listed in the appendix; None without a previous edition
    message: Message


def printed_chapters(content: HandbookContent, wanted: Collection[str], has_previous: bool) -> tuple[str, ...]:
    """The chapters of ``wanted`` that have something to print, in handbook order."""
    return tuple(k for k in CHAPTER_KEYS if k in wanted and content.has_data(k) and (k != "changes" or has_previous))


def build_handbook(db: Database, options: HandbookOptions, path: Path | str,
                   progress: Progress = NullProgress()) -> HandbookResult:
    """Builds the handbook into ``path`` (a .pdf). Raises ScopeError (no such unit),
    FontMissingError, EditionConflict (publishing raced another), Cancelled. Must not run on
    the GUI thread: the company handbook is a few seconds of layout."""
    from desktop_app.handbook.figures import add_figures
    from desktop_app.handbook.pdf_handbook import Edition, PreviousEdition, write_handbook_pdf

    path = Path(path)
    today = options.today or date.today()
    check_cancelled(progress)
    progress.report(0, READ_STEPS + LAYOUT_STEPS, "")
    with db.read() as s:
        scope = resolve_scope(s, options.unit_id, options.unit_code)
        content = load_content(s, scope, today, options.chapters)
        add_figures(s, content, options.chapters)
        last = last_edition(s, scope.key)
        before = snapshot_of(s, last.id) if last else None
        number = next_number(s, scope.key)
    check_cancelled(progress)
    progress.report(READ_STEPS, READ_STEPS + LAYOUT_STEPS, "")
    chapters = printed_chapters(content, options.chapters, last is not None)
    snapshot = take_snapshot(content, [k for k in chapters if k != "changes"])
    changes = diff(before, snapshot) if before is not None else None
    previous = PreviousEdition(last.number, last.published_on, tuple(changes)) if last and changes is not None else None
    edition = Edition(number, today, not options.publish)

    def report(done: int, total: int) -> None:
        check_cancelled(progress)
        progress.report(READ_STEPS + done * LAYOUT_STEPS // total, READ_STEPS + LAYOUT_STEPS, "")

    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.part")  # same folder: the move is atomic
    try:
        pages = write_handbook_pdf(content, chapters, edition, previous, tmp, report)
        check_cancelled(progress)
        if options.publish:
            # moved into place inside the transaction: a target that can't be replaced (open in a
            # viewer on Windows) rolls the edition back, so no edition is recorded without its file
            with db.write() as s:
                record_edition(s, scope.key, scope.unit_name or content.company, number, today, chapters, pages,
                               snapshot)
                os.replace(tmp, path)
        else:
            os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    progress.report(READ_STEPS + LAYOUT_STEPS, READ_STEPS + LAYOUT_STEPS, "")
    size = path.stat().st_size
    if options.publish:
        message = msg(QT_TRANSLATE_NOOP("Core", "Edition {number} published: {pages} pages written to {file}."),
                      number=number, pages=pages, file=path.name)
    else:
        message = msg(QT_TRANSLATE_NOOP("Core", "Draft of edition {number}: {pages} pages written to {file}."),
                      number=number, pages=pages, file=path.name)
    return HandbookResult(path, pages, size, number, options.publish, chapters,
                          len(changes) if changes is not None else None, message)
