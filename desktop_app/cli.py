"""The command line: starting the app and the commands that work without a window.

The GUI entry points are handed in by ``main.py`` (this package never imports Qt), as an object
with ``start_app(db_path)`` and ``screenshots(db_path, out_dir, language)``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from desktop_app import APP_TITLE, __version__
from desktop_app.handbook.chapters import CHAPTER_KEYS
from desktop_app.i18n import Translate, translator

if TYPE_CHECKING:
    from desktop_app.org.xlsx_import import ImportProblem


class Gui(Protocol):
    def start_app(self, db_path: Path | None) -> int: ...
    def screenshots(self, db_path: Path, out_dir: Path, language: str | None = None) -> list[Path]: ...


class UserError(Exception):
    """A mistake of the user's: printed to stderr without a traceback, exit status 2."""


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="internal-service",
        description=f"{APP_TITLE} — internal customer service system. Without a command, starts the app.",
    )
    p.add_argument("--version", action="version", version=__version__)
    p.add_argument("--db", type=Path, help="database file to open (default: the last one used)")
    p.add_argument("--demo", action="store_true", help="open the demo company (created on first use)")
    p.add_argument("--lang", default="zh_CN", choices=("zh_CN", "en"), help="language of command output")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo-db", help="create a database holding the fictional demo company")
    demo.add_argument("--db", type=Path, required=True)
    demo.add_argument("--scale", type=int, default=1, help="multiply the staff (10: ~6,000; 170: ~100,000)")
    demo.add_argument("--seed", type=int, default=2014)

    check = sub.add_parser("check", help="integrity check and summary; exit status 0 only for a sound database")
    check.add_argument("--db", type=Path, required=True)

    # one pair of commands per kind of workbook, each with the same arguments and exit statuses
    for what, command, help_ in (
        ("org", "import-xlsx", "import units, positions and staff from an Excel file (all or nothing)"),
        ("org", "export-xlsx", "export units, positions and staff to an Excel file"),
        ("relations", "import-relations-xlsx",
         "import service relations (sheets 组织客户, 岗位客户) from an Excel file (all or nothing)"),
        ("relations", "export-relations-xlsx", "export service relations (unit and post level) to an Excel file"),
        ("assignments", "import-assignments-xlsx",
         "import rotation and stationing assignments (sheet 轮岗安排) from an Excel file (all or nothing)"),
        ("assignments", "export-assignments-xlsx", "export rotation and stationing assignments to an Excel file"),
    ):
        cmd = sub.add_parser(command, help=help_)
        cmd.add_argument("--db", type=Path, required=True)
        cmd.add_argument("file", type=Path)
        cmd.set_defaults(what=what)

    minutes = sub.add_parser("minutes", help="write a meeting's minutes (会议纪要) to a PDF or Word (.docx) file")
    minutes.add_argument("--db", type=Path, required=True)
    minutes.add_argument("--meeting", required=True, metavar="ID|latest",
                         help="the meeting's id, or latest: the meeting held most recently")
    minutes.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf|FILE.docx")

    handbook = sub.add_parser("handbook", help="build the internal service handbook (内部服务手册) as a PDF")
    handbook.add_argument("--db", type=Path, required=True)
    handbook.add_argument("--unit", metavar="CODE", help="one unit's handbook (default: the whole company)")
    handbook.add_argument("--chapters", metavar="KEY,…",
                          help="the chapters to print (default: all that have data): " + ", ".join(CHAPTER_KEYS))
    handbook.add_argument("--publish", action="store_true",
                          help="publish it as the next edition (recorded, so the next one lists the changes)")
    handbook.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")

    shots = sub.add_parser("screenshots", help="render every page offscreen to PNG files")
    shots.add_argument("--db", type=Path, required=True)
    shots.add_argument("--out", type=Path, required=True)
    return p


def _open_existing(path: Path):
    from desktop_app.storage.open import open_database

    if not path.exists():
        raise UserError(f"{path}: no such database file")
    return open_database(path, create=False)


def cmd_demo_db(args: argparse.Namespace, out) -> int:
    from desktop_app.demo import build_demo
    from desktop_app.storage.open import open_database

    if args.db.exists() and args.db.stat().st_size > 0:
        raise UserError(f"{args.db} already exists; choose a new file name")
    if args.scale < 1:
        raise UserError("--scale must be 1 or more")
    db = open_database(args.db)
    try:
        summary = build_demo(db, seed=args.seed, scale=args.scale)
    finally:
        db.dispose()
    print(f"{args.db}: {summary}", file=out)
    return 0


def cmd_check(args: argparse.Namespace, out, lang: str) -> int:
    from desktop_app.storage.integrity import check_database

    report = check_database(args.db)
    t = translator(lang)
    for label, value in report.summary:
        print(f"{label.render(t)}: {value}", file=out)
    for problem in report.problems:
        print(problem.render(t), file=sys.stderr)
    return 0 if report.ok else 1


def _problem_line(problem: ImportProblem, file: Path, t: Translate) -> str:
    """"员工 / 3 / 入职日期: …"; a problem of a whole sheet has no column, one of the whole file
    (unreadable) is given under the file's name."""
    where = " / ".join(part for part in (problem.sheet, str(problem.row) if problem.row else "", problem.column) if part)
    return f"{where or file}: {problem.message.render(t)}"


def cmd_import(args: argparse.Namespace, out, lang: str) -> int:
    if args.what == "relations":
        from desktop_app.customer_map.xlsx import import_relations_xlsx as import_xlsx
    elif args.what == "assignments":
        from desktop_app.rotation.xlsx import import_assignments_xlsx as import_xlsx
    else:
        from desktop_app.org.xlsx_import import import_org_xlsx as import_xlsx

    if not args.file.exists():
        raise UserError(f"{args.file}: no such file")
    db = _open_existing(args.db)
    try:
        result = import_xlsx(db, args.file)
    finally:
        db.dispose()
    t = translator(lang)
    if not result.ok:
        for p in result.problems:
            print(_problem_line(p, args.file, t), file=sys.stderr)
        print(f"{len(result.problems)} problem(s); nothing was imported.", file=sys.stderr)
        return 1
    print(f"{args.file}: {result.summary().render(t)}", file=out)
    return 0


def cmd_export(args: argparse.Namespace, out, lang: str) -> int:
    if args.what == "relations":
        from desktop_app.customer_map.xlsx import export_relations_xlsx as export_xlsx
    elif args.what == "assignments":
        from desktop_app.rotation.xlsx import export_assignments_xlsx as export_xlsx
    else:
        from desktop_app.org.xlsx_export import export_org_xlsx as export_xlsx

    db = _open_existing(args.db)
    try:
        summary = export_xlsx(db, args.file)
    finally:
        db.dispose()
    print(f"{args.file}: {summary.message().render(translator(lang))}", file=out)
    return 0


def cmd_minutes(args: argparse.Namespace, out, lang: str) -> int:
    from desktop_app.meeting.minutes import MinutesError, latest_held_meeting, no_held_meeting
    from desktop_app.meeting.minutes_export import check_suffix, export_minutes
    from desktop_app.reports.fonts import FontMissingError

    t = translator(lang)
    try:
        check_suffix(args.output)  # before opening (and perhaps upgrading) the database
        db = _open_existing(args.db)
        try:
            meeting_id = args.meeting
            if meeting_id == "latest":
                with db.read() as s:
                    meeting_id = latest_held_meeting(s)
                if meeting_id is None:
                    raise no_held_meeting()
            done = export_minutes(db, meeting_id, args.output)
        finally:
            db.dispose()
    except (MinutesError, FontMissingError) as exc:
        raise UserError(exc.message.render(t)) from None
    print(done.render(t), file=out)
    return 0


def cmd_handbook(args: argparse.Namespace, out, lang: str) -> int:
    from desktop_app.handbook.build import HandbookOptions, build_handbook
    from desktop_app.handbook.content import ScopeError
    from desktop_app.handbook.editions import EditionConflict
    from desktop_app.reports.fonts import FontMissingError

    t = translator(lang)
    if args.output.suffix.lower() != ".pdf":
        raise UserError(f"{args.output.name}: the handbook is written as a .pdf file")
    chapters = CHAPTER_KEYS
    if args.chapters:
        chapters = tuple(k.strip() for k in args.chapters.split(",") if k.strip())
        unknown = [k for k in chapters if k not in CHAPTER_KEYS]
        if unknown:
            raise UserError(f"unknown chapter {', '.join(unknown)}; the chapters are {', '.join(CHAPTER_KEYS)}")
    db = _open_existing(args.db)
    try:
        done = build_handbook(db, HandbookOptions(unit_code=args.unit, chapters=chapters, publish=args.publish),
                              args.output)
    except (ScopeError, EditionConflict, FontMissingError) as exc:
        raise UserError(exc.message.render(t)) from None
    finally:
        db.dispose()
    print(done.message.render(t), file=out)
    return 0


def run(argv: list[str] | None, gui: Gui | None, out=None) -> int:
    from desktop_app.storage.migrate import MigrationFailedError, NewerDatabaseError
    from desktop_app.storage.open import DamagedDatabaseError

    out = out or sys.stdout
    args = build_parser().parse_args(argv)
    try:
        if args.command == "demo-db":
            return cmd_demo_db(args, out)
        if args.command == "check":
            return cmd_check(args, out, args.lang)
        if args.command in ("import-xlsx", "import-relations-xlsx", "import-assignments-xlsx"):
            return cmd_import(args, out, args.lang)
        if args.command in ("export-xlsx", "export-relations-xlsx", "export-assignments-xlsx"):
            return cmd_export(args, out, args.lang)
        if args.command == "minutes":
            return cmd_minutes(args, out, args.lang)
        if args.command == "handbook":
            return cmd_handbook(args, out, args.lang)
        if gui is None:
            raise UserError("this command needs the graphical interface (run main.py)")
        if args.command == "screenshots":
            if not args.db.exists():
                raise UserError(f"{args.db}: no such database file")
            for path in gui.screenshots(args.db, args.out, args.lang):
                print(path, file=out)
            return 0
        return gui.start_app(_start_path(args))
    except UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except DamagedDatabaseError as exc:
        print(f"error: {exc.path}: the file is damaged or not a database ({exc.reason}); it was not changed", file=sys.stderr)
        return 2
    except NewerDatabaseError:
        print("error: the database was written by a newer version of this program; it was not changed", file=sys.stderr)
        return 2
    except MigrationFailedError as exc:
        print(f"error: upgrading the database failed ({exc}); the file is unchanged and a backup "
              "was made beside it before the attempt", file=sys.stderr)
        return 2
    except OSError as exc:  # a missing folder, a file open in Excel, a full disk
        print(f"error: {exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
        return 2


def _start_path(args: argparse.Namespace) -> Any:
    if args.demo:
        from desktop_app.demo.demo_file import ensure_demo_database
        from desktop_app.settings import demo_database

        return ensure_demo_database(demo_database())
    return args.db


def main(gui: Gui | None = None) -> None:
    sys.exit(run(sys.argv[1:], gui))
