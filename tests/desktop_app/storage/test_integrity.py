"""The read-only check: sound databases pass with the right counts; damaged files, broken
references and schemas that aren't this app's head are reported; the file is never changed."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import func, select

from desktop_app.i18n import msg, translator
from desktop_app.model import ChangeLog, Unit, utcnow
from desktop_app.storage import integrity
from desktop_app.storage.integrity import SchemaStatus, check_database, register_summary
from tests.factories import make_org


def summary_of(report) -> dict[str, int | str]:
    return {label.render(): value for label, value in report.summary}


def texts(report) -> str:
    return "\n".join(p.render() for p in report.problems)


def files_of(path) -> dict[str, bytes]:
    """The database and its WAL (the -shm index is shared memory that readers update too)."""
    return {p.name: p.read_bytes() for p in (path, path.with_name(path.name + "-wal")) if p.exists()}


def test_good_database(db, db_path):
    org = make_org(db, staff=5)
    with db.write() as s:
        s.get(Unit, org.dept).deleted_at = utcnow()  # deleted units aren't counted
        s.add(Unit(code="T2", name="营业班", kind="team", parent_id=org.station))
    before = files_of(db_path)

    report = check_database(db_path)

    assert report.ok and report.problems == [] and report.schema is SchemaStatus.UP_TO_DATE
    summary = summary_of(report)
    assert summary["Installation"] == "测试供电所"
    assert summary["Units"] == 5
    assert [summary[f"Units ({k})"] for k in ("Company", "Business line", "Department",
                                            "Supply station", "Team")] == [1, 1, 0, 1, 2]
    assert summary["Positions"] == 3 and summary["Staff"] == 5
    with db.read() as s:
        assert summary["Change log entries"] == s.scalar(select(func.count()).select_from(ChangeLog)) > 0
    assert [label.render() for label, _ in report.summary][:3] == ["Installation", "Schema revision", "Units"]
    assert files_of(db_path) == before


def test_summary_is_translatable(db, db_path):
    zh = translator("zh_CN")
    labels = [label.render(zh) for label, _ in check_database(db_path).summary]
    assert "安装点" in labels  # an existing Core translation, reused


@pytest.mark.parametrize("content", [b"", b"not a database at all", bytes(range(256)) * 64])
def test_file_that_is_not_a_database(tmp_path, content):
    path = tmp_path / "x.sqlite"
    path.write_bytes(content)
    report = check_database(path)
    assert not report.ok and report.problems and report.summary == []
    assert path.read_bytes() == content


def test_missing_file(tmp_path):
    report = check_database(tmp_path / "nope.sqlite")
    assert not report.ok and "no such file" in texts(report)
    assert not (tmp_path / "nope.sqlite").exists()


def test_truncated_database(db, db_path, tmp_path):
    make_org(db)
    db.dispose()
    damaged = tmp_path / "damaged.sqlite"
    damaged.write_bytes(db_path.read_bytes()[:8192])
    report = check_database(damaged)
    assert not report.ok and "cannot be read" in texts(report)
    assert report.schema is SchemaStatus.UNKNOWN


def test_corrupted_index_page(db, db_path):
    make_org(db, staff=40)
    db.dispose()  # checkpointed: every page is in the main file
    con = sqlite3.connect(db_path)
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'ix_staff_name'").fetchone()[0]
    con.close()
    data = bytearray(db_path.read_bytes())
    start = (root - 1) * page_size
    data[start + 8 : start + page_size] = b"\xa5" * (page_size - 8)  # keep the page header
    db_path.write_bytes(bytes(data))
    report = check_database(db_path)
    assert not report.ok
    assert "Integrity check" in texts(report) or "cannot be read" in texts(report)


def test_broken_reference(db, db_path):
    make_org(db)
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA foreign_keys = OFF")
    con.execute("INSERT INTO position (id, unit_id, code, name, category, quota, notes, created_at,"
                " updated_at, updated_by, version) VALUES ('p-orphan', 'no-such-unit', 'PX', '孤岗',"
                " 'general', 1, '', '2026-01-01', '2026-01-01', '', 1)")
    con.commit()
    con.close()
    report = check_database(db_path)
    assert not report.ok
    assert texts(report) == "1 rows of position refer to missing rows of unit."
    assert summary_of(report)["Positions"] == 4  # the summary is still given


def test_newer_database(db, db_path):
    con = sqlite3.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num = 'ffff9999'")
    con.commit()
    con.close()
    before = files_of(db_path)
    report = check_database(db_path)
    assert not report.ok and report.schema is SchemaStatus.NEWER and "newer version" in texts(report)
    assert summary_of(report)["Schema revision"] == "ffff9999"
    assert files_of(db_path) == before


def test_pending_migration_is_reported_and_not_run(db, db_path, next_migrations):
    db.dispose()
    head = next_migrations()
    report = check_database(db_path)
    assert not report.ok and report.schema is SchemaStatus.PENDING
    assert head in texts(report)
    con = sqlite3.connect(db_path)
    assert "extra" not in [r[1] for r in con.execute("PRAGMA table_info(unit)")]
    con.close()


def test_sqlite_file_of_another_program(tmp_path):
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    report = check_database(path)
    assert not report.ok and report.schema is SchemaStatus.NOT_INITIALISED
    assert "another program" in texts(report)


def test_modules_add_summary_lines(db, db_path, monkeypatch):
    monkeypatch.setattr(integrity, "SUMMARY_SOURCES", list(integrity.SUMMARY_SOURCES))

    @register_summary
    def meetings(con: sqlite3.Connection):
        return [(msg("Meetings"), con.execute("SELECT 7").fetchone()[0])]

    register_summary(meetings)  # once only
    summary = check_database(db_path).summary
    assert [label.render() for label, _ in summary].count("Meetings") == 1
    assert summary[-1] == (msg("Meetings"), 7)
    assert integrity.SUMMARY_SOURCES[0] is integrity.org_summary


def test_failing_summary_source_is_a_problem_not_a_crash(db, db_path, monkeypatch):
    monkeypatch.setattr(integrity, "SUMMARY_SOURCES", list(integrity.SUMMARY_SOURCES))
    register_summary(lambda con: con.execute("SELECT * FROM no_such_table").fetchall())
    report = check_database(db_path)
    assert not report.ok and "no_such_table" in texts(report)
    assert summary_of(report)["Staff"] == 0
