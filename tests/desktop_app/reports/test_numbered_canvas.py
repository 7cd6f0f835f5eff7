"""The page-counting canvas: every page prints "page N of M" with the true total, and a
bookmark leads to the page it was made on although pages are written only at the end."""

from __future__ import annotations

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from desktop_app.reports.numbered_canvas import numbered_canvas


def test_footers_count_every_page_and_bookmarks_keep_their_page(tmp_path):
    path = tmp_path / "numbered.pdf"
    finished = []
    canvas_class = numbered_canvas(lambda c, n, total: c.drawString(50, 30, f"page {n} of {total}"),
                                   finish=lambda c: finished.append(len(c._pages)))
    canvas: Canvas = canvas_class(str(path), pagesize=A4)
    for number in range(1, 5):
        canvas.drawString(50, 800, f"body {number}")
        if number in (2, 4):
            canvas.bookmarkPage(f"b{number}", fit="XYZ", left=0, top=800, zoom=0)
            canvas.addOutlineEntry(f"Bookmark {number}", f"b{number}", level=0)
        canvas.showPage()
    canvas.save()

    reader = PdfReader(path)
    assert finished == [4]  # the finish hook runs once, with every page held
    assert [p.extract_text().strip().split("\n")[-1] for p in reader.pages] == [f"page {n} of 4" for n in range(1, 5)]
    assert [(o.title, reader.get_destination_page_number(o) + 1) for o in reader.outline] == [
        ("Bookmark 2", 2), ("Bookmark 4", 4)]
