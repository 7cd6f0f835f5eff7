"""The command line as a user meets it: --help, demo-db, check, Excel in and out, errors."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    """The demo company written by ``demo-db`` once for the tests of this module that only
    need some demo database to work on; each copies it."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    assert run("demo-db", "--db", str(path)).returncode == 0
    return path


def run(*args: str, env_extra: dict | None = None) -> subprocess.CompletedProcess:
    import os

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **(env_extra or {}))
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=300)


def test_help_lists_every_command():
    out = run("--help")
    assert out.returncode == 0
    for word in ("--db", "--demo", "demo-db", "check", "import-xlsx", "export-xlsx", "screenshots"):
        assert word in out.stdout


def test_demo_check_export_import_round_trip(tmp_path):
    db = tmp_path / "demo.sqlite"
    made = run("demo-db", "--db", str(db))
    assert made.returncode == 0, made.stderr
    checked = run("--lang", "en", "check", "--db", str(db))
    assert checked.returncode == 0, checked.stderr
    assert "Staff" in checked.stdout

    xlsx = tmp_path / "org.xlsx"
    exported = run("export-xlsx", "--db", str(db), str(xlsx))
    assert exported.returncode == 0, exported.stderr
    assert openpyxl.load_workbook(xlsx).sheetnames[:3] == ["单位", "岗位", "员工"]

    fresh = tmp_path / "fresh.sqlite"
    assert run("demo-db", "--db", str(fresh), "--seed", "7").returncode == 0
    second = tmp_path / "empty.sqlite"
    subprocess.run([sys.executable, "-c", f"from desktop_app.storage.open import open_database; open_database(r'{second}')"],
                   cwd=ROOT, check=True)
    imported = run("import-xlsx", "--db", str(second), str(xlsx))
    assert imported.returncode == 0, imported.stderr
    assert run("check", "--db", str(second)).returncode == 0


def test_import_of_a_bad_file_reports_rows_and_writes_nothing(tmp_path, demo_file):
    db = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, db)
    xlsx = tmp_path / "bad.xlsx"
    assert run("export-xlsx", "--db", str(db), str(xlsx)).returncode == 0
    wb = openpyxl.load_workbook(xlsx)
    wb["员工"]["G3"] = "2024-02-30"  # impossible 入职日期 in the staff sheet, third row
    wb["员工"]["A4"] = None  # missing employee number
    wb.save(xlsx)
    before = db.read_bytes()
    result = run("--lang", "en", "import-xlsx", "--db", str(db), str(xlsx))
    assert result.returncode == 1
    assert "员工 / 3" in result.stderr and "员工 / 4" in result.stderr
    assert "Traceback" not in result.stderr
    assert run("check", "--db", str(db)).returncode == 0
    del before


def test_user_mistakes_get_a_message_and_no_traceback(tmp_path):
    missing = run("check", "--db", str(tmp_path / "nope.sqlite"))
    assert missing.returncode != 0 and "Traceback" not in missing.stderr
    junk = tmp_path / "junk.sqlite"
    junk.write_text("this is not a database")
    for args in (("check", "--db", str(junk)), ("export-xlsx", "--db", str(junk), str(tmp_path / "x.xlsx"))):
        result = run(*args)
        assert result.returncode != 0 and "Traceback" not in result.stderr
        assert result.stderr.strip()
    assert junk.read_text() == "this is not a database"
    exists = run("demo-db", "--db", str(junk))
    assert exists.returncode == 2 and "already exists" in exists.stderr


def test_help_lists_the_relations_commands():
    out = run("--help")
    assert "import-relations-xlsx" in out.stdout and "export-relations-xlsx" in out.stdout
    sub = run("import-relations-xlsx", "--help")
    assert sub.returncode == 0 and "--db" in sub.stdout and "file" in sub.stdout


def history_and_relations(db: Path) -> tuple[int, int]:
    import sqlite3

    con = sqlite3.connect(db)
    try:
        return (con.execute("select count(*) from change_log").fetchone()[0],
                con.execute("select count(*) from unit_relation where deleted_at is null").fetchone()[0])
    finally:
        con.close()


def test_relations_export_and_import_round_trip(tmp_path, demo_file):
    db = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, db)
    xlsx = tmp_path / "relations.xlsx"
    exported = run("--lang", "en", "export-relations-xlsx", "--db", str(db), str(xlsx))
    assert exported.returncode == 0, exported.stderr
    assert "150 unit relations and 300 post relations exported." in exported.stdout
    assert openpyxl.load_workbook(xlsx).sheetnames[:2] == ["组织客户", "岗位客户"]

    same = run("--lang", "en", "import-relations-xlsx", "--db", str(db), str(xlsx))
    assert same.returncode == 0, same.stderr
    assert "Unit relations: 0 added, 0 changed. Post relations: 0 added, 0 changed." in same.stdout

    wb = openpyxl.load_workbook(xlsx)
    assert wb["组织客户"]["I1"].value == "服务承诺"
    wb["组织客户"]["I2"] = "两个工作日内答复"
    wb.save(xlsx)
    changed = run("--lang", "en", "import-relations-xlsx", "--db", str(db), str(xlsx))
    assert changed.returncode == 0, changed.stderr
    assert "Unit relations: 0 added, 1 changed." in changed.stdout
    assert run("check", "--db", str(db)).returncode == 0


def test_relations_import_with_problems_reports_every_one_and_writes_nothing(tmp_path, demo_file):
    db = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, db)
    xlsx = tmp_path / "relations.xlsx"
    assert run("export-relations-xlsx", "--db", str(db), str(xlsx)).returncode == 0
    wb = openpyxl.load_workbook(xlsx)
    units = wb["组织客户"]
    assert [units.cell(1, c).value for c in (1, 3, 11)] == ["提供单位编码", "客户单位编码", "状态"]
    units["I2"] = "改了但不该写入"  # a good change in a bad file
    units["C3"] = units["A3"].value  # a unit as its own customer
    units["A4"] = "NO-SUCH-UNIT"
    units["K5"] = "不存在的状态"
    wb["岗位客户"]["A2"] = units["A6"].value  # a unit code in the post sheet
    wb.save(xlsx)
    before = history_and_relations(db)
    result = run("--lang", "en", "import-relations-xlsx", "--db", str(db), str(xlsx))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    for where in ("组织客户 / 3 / ", "组织客户 / 4 / 提供单位编码: ", "组织客户 / 5 / 状态: ",
                  "岗位客户 / 2 / 提供岗位编码: "):
        assert any(line.startswith(where) for line in lines), (where, lines)
    assert lines[-1] == f"{len(lines) - 1} problem(s); nothing was imported."
    assert history_and_relations(db) == before
    assert run("check", "--db", str(db)).returncode == 0


def test_relations_import_of_a_file_that_is_no_workbook(tmp_path, demo_file):
    db = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, db)
    junk = tmp_path / "junk.xlsx"
    junk.write_text("not a workbook")
    result = run("--lang", "en", "import-relations-xlsx", "--db", str(db), str(junk))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith(f"{junk}: ")
    missing = run("import-relations-xlsx", "--db", str(db), str(tmp_path / "nope.xlsx"))
    assert missing.returncode == 2 and "no such file" in missing.stderr


def test_help_lists_the_assignments_commands():
    out = run("--help")
    assert "import-assignments-xlsx" in out.stdout and "export-assignments-xlsx" in out.stdout
    sub = run("export-assignments-xlsx", "--help")
    assert sub.returncode == 0 and "--db" in sub.stdout and "file" in sub.stdout


def history_and_assignments(db: Path) -> tuple[int, list]:
    import sqlite3

    con = sqlite3.connect(db)
    try:
        return (con.execute("select count(*) from change_log").fetchone()[0],
                con.execute("select id, start, end, status, score from rotation_assignment order by id").fetchall())
    finally:
        con.close()


def test_assignments_export_and_import_round_trip(tmp_path, demo_file):
    db = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, db)
    xlsx = tmp_path / "assignments.xlsx"
    exported = run("--lang", "en", "export-assignments-xlsx", "--db", str(db), str(xlsx))
    assert exported.returncode == 0, exported.stderr
    assert "500 assignments exported." in exported.stdout
    assert openpyxl.load_workbook(xlsx).sheetnames == ["轮岗安排"]

    before = history_and_assignments(db)
    same = run("--lang", "en", "import-assignments-xlsx", "--db", str(db), str(xlsx))
    assert same.returncode == 0, same.stderr
    assert "Assignments: 0 added, 0 changed." in same.stdout
    assert history_and_assignments(db) == before

    wb = openpyxl.load_workbook(xlsx)
    ws = wb["轮岗安排"]
    assert ws["N1"].value == "评价得分"
    ws["N2"] = 100 if ws["N2"].value != 100 else 99
    wb.save(xlsx)
    changed = run("--lang", "en", "import-assignments-xlsx", "--db", str(db), str(xlsx))
    assert changed.returncode == 0, changed.stderr
    assert "Assignments: 0 added, 1 changed." in changed.stdout
    assert run("check", "--db", str(db)).returncode == 0


def test_assignments_import_with_problems_reports_every_one_and_writes_nothing(tmp_path, demo_file):
    db = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, db)
    xlsx = tmp_path / "assignments.xlsx"
    assert run("export-assignments-xlsx", "--db", str(db), str(xlsx)).returncode == 0
    wb = openpyxl.load_workbook(xlsx)
    ws = wb["轮岗安排"]
    assert [ws.cell(1, c).value for c in (3, 11, 14)] == ["工号", "开始日期", "评价得分"]
    ws["O2"] = "改了但不该写入"  # a good change in a bad file
    ws["K3"] = "2026-02-30"
    ws["C4"] = "NO-SUCH-PERSON"
    ws["N5"] = 120
    wb.save(xlsx)
    before = history_and_assignments(db)
    result = run("--lang", "en", "import-assignments-xlsx", "--db", str(db), str(xlsx))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert lines[:3] == [
        "轮岗安排 / 3 / 开始日期: 开始日期: \u201c2026-02-30\u201d is not a valid date (e.g. 2024-03-05).",
        "轮岗安排 / 4 / 工号: No staff member has the employee no. \u201cNO-SUCH-PERSON\u201d.",
        "轮岗安排 / 5 / 评价得分: 评价得分 must be between 0 and 100.",
    ]
    assert lines[-1] == "3 problem(s); nothing was imported."
    assert history_and_assignments(db) == before

    junk = tmp_path / "junk.xlsx"
    junk.write_text("not a workbook")
    result = run("--lang", "en", "import-assignments-xlsx", "--db", str(db), str(junk))
    assert result.returncode == 1 and result.stderr.startswith(f"{junk}: ") and "Traceback" not in result.stderr
    missing = run("import-assignments-xlsx", "--db", str(db), str(tmp_path / "nope.xlsx"))
    assert missing.returncode == 2 and "no such file" in missing.stderr
