"""Cancelling a build: Cancelled, no file and no partial file, an earlier file at the target
left as it was, and no edition recorded."""

from __future__ import annotations

import pytest

from desktop_app.handbook import pdf_handbook
from desktop_app.handbook.build import READ_STEPS, HandbookOptions, build_handbook
from desktop_app.progress import Cancelled
from tests.desktop_app.handbook.helpers import TODAY, edition_rows, folder

EARLIER = b"%PDF- an earlier handbook"


class CancelAt:
    """Counts the reports; the cancel flag is set at report number ``at`` (the user presses
    Cancel while the build goes on), never with ``at`` None."""

    def __init__(self, at: int | None = None) -> None:
        self.at, self.reports, self.flag = at, [], False

    def report(self, done: int, total: int, message: str = "") -> None:
        self.reports.append(done)
        if len(self.reports) == self.at:
            self.flag = True

    def cancelled(self) -> bool:
        return self.flag


@pytest.mark.parametrize("moment", ["reading", "layout", "after layout"])
def test_cancel_leaves_no_file_and_no_edition(db, filled, tmp_path, monkeypatch, moment):
    # reports: the first at 0 before reading, the second after it, then one per laid out flowable
    progress = CancelAt({"reading": 1, "layout": 8, "after layout": None}[moment])
    if moment == "after layout":  # the PDF is complete, only the edition is left to record
        write = pdf_handbook.write_handbook_pdf

        def write_then_cancel(*args, **kwargs):
            pages = write(*args, **kwargs)
            progress.flag = True
            return pages

        monkeypatch.setattr(pdf_handbook, "write_handbook_pdf", write_then_cancel)
    target = tmp_path / "out" / "手册.pdf"
    target.parent.mkdir()
    target.write_bytes(EARLIER)
    with pytest.raises(Cancelled):
        build_handbook(db, HandbookOptions(today=TODAY, publish=True), target, progress)
    assert progress.flag
    if moment == "reading":
        assert progress.reports == [0]
    elif moment == "layout":
        assert len(progress.reports) == 8 and progress.reports[-1] >= READ_STEPS  # stopped where the flag was set
    else:
        assert len(progress.reports) > 10
    assert folder(target.parent) == ["手册.pdf"]  # no partial file beside it
    assert target.read_bytes() == EARLIER
    assert edition_rows(db) == []


def test_cancel_without_an_earlier_file_leaves_the_folder_empty(db, filled, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(Cancelled):
        build_handbook(db, HandbookOptions(today=TODAY), out / "h.pdf", CancelAt(5))
    assert folder(out) == []


def test_an_uncancelled_build_reports_from_0_to_100(db, filled, tmp_path):
    progress = CancelAt()
    build_handbook(db, HandbookOptions(today=TODAY), tmp_path / "h.pdf", progress)
    assert progress.reports[:2] == [0, READ_STEPS] and progress.reports[-1] == 100
    assert progress.reports == sorted(progress.reports) and len(progress.reports) > 20
