"""The ``handbook`` command on a small database file: it writes the PDF; an unknown unit
fails with the message on stderr and writes nothing."""

from __future__ import annotations

from tests.desktop_app.handbook.helpers import folder, read_pdf
from tests.desktop_app.test_cli import run


def test_handbook_command(db, db_path, filled, tmp_path):
    db.dispose()  # the command opens the file itself
    out = tmp_path / "out"
    out.mkdir()
    made = run("--lang", "en", "handbook", "--db", str(db_path), "-o", str(out / "手册.pdf"))
    assert made.returncode == 0, made.stderr
    printed = read_pdf(out / "手册.pdf")
    assert made.stdout.strip() == f"Draft of edition 1: {len(printed.pages)} pages written to 手册.pdf."
    assert printed.titles(0)[0] == "第一章 内部服务的五大思维"

    refused = run("--lang", "en", "handbook", "--db", str(db_path), "--unit", "NOPE", "-o", str(out / "nope.pdf"))
    assert refused.returncode == 2
    assert refused.stderr.strip() == "error: There is no unit with code \u201cNOPE\u201d."
    assert folder(out) == ["手册.pdf"]
