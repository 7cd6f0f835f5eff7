"""Backups: SQLite online backups kept in a folder beside the database, and restoring one."""

from __future__ import annotations

import glob
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop_app.storage.engine import connect_read_only

KEEP_DAILY = 14
SQLITE_HEADER = b"SQLite format 3\x00"
_REASON = re.compile(r"[a-z]+(-[a-z]+)*")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime  # local time, from the file name
    reason: str
    size: int


def backup_dir(db_path: Path) -> Path:
    return db_path.with_name(db_path.stem + "-backups")


def _fsync_dir(folder: Path) -> None:
    """Makes a rename in ``folder`` survive a power cut (POSIX; Windows has no directory fsync)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def copy_database(source: Path, dest: Path) -> None:
    """A consistent copy of ``source`` even while another connection writes to it.

    One backup step under one read transaction: the copy holds exactly the last committed
    state (a writer's open transaction is not in it). ``source`` is opened read-only.
    ``dest`` appears complete or not at all (written aside, synced, then renamed).
    Raises sqlite3.DatabaseError when ``source`` is not a readable database.
    """
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    tmp.unlink(missing_ok=True)
    try:
        src = connect_read_only(source)
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)  # pages=-1: all in one step, so one consistent snapshot
            finally:
                dst.close()
        finally:
            src.close()
        tmp.replace(dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(dest.parent)


def _new_backup_path(db_path: Path, reason: str, now: datetime | None) -> Path:
    if not _REASON.fullmatch(reason):
        raise ValueError(f"backup reason must be lower-case words joined by '-': {reason!r}")
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    dest = backup_dir(db_path) / f"{db_path.stem}-{stamp}-{reason}.sqlite"
    n = 1
    while dest.exists():
        n += 1
        dest = backup_dir(db_path) / f"{db_path.stem}-{stamp}-{reason}-{n}.sqlite"
    return dest


def make_backup(db_path: Path, reason: str = "manual", now: datetime | None = None) -> BackupFile:
    """Copies the database into ``backup_dir(db_path)``; never overwrites an earlier backup.

    ``reason`` is lower-case words joined by '-' (e.g. "daily", "before-upgrade").
    """
    dest = _new_backup_path(db_path, reason, now)
    copy_database(db_path, dest)
    described = _describe(dest, db_path.stem)
    assert described is not None
    return described


def _parse(path: Path, stem: str) -> tuple[BackupFile, int] | None:
    """The backup a file name describes, and its counter within the same second (1, 2, …)."""
    rest = path.stem[len(stem) + 1 :]
    parts = rest.split("-")
    try:
        taken = datetime.strptime("-".join(parts[:2]), "%Y%m%d-%H%M%S")
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    tail, n = parts[2:], 1
    if len(tail) > 1 and tail[-1].isdigit():  # a second backup within one second
        tail, n = tail[:-1], int(tail[-1])
    return BackupFile(path, taken, "-".join(tail), size), n


def _describe(path: Path, stem: str) -> BackupFile | None:
    parsed = _parse(path, stem)
    return parsed[0] if parsed else None


def list_backups(db_path: Path) -> list[BackupFile]:
    """Newest first."""
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    found = (_parse(p, db_path.stem) for p in folder.glob(f"{glob.escape(db_path.stem)}-*.sqlite"))
    ordered = sorted(
        (f for f in found if f), key=lambda f: (f[0].taken_at, f[1], f[0].path.name), reverse=True
    )
    return [b for b, _n in ordered]


def daily_backup(db_path: Path, now: datetime | None = None) -> BackupFile | None:
    """The first start of each day keeps a copy; only the newest KEEP_DAILY daily copies stay.

    Backups taken for other reasons (manual, before-upgrade, before-restore) are never pruned.
    """
    now = now or datetime.now()
    daily = [b for b in list_backups(db_path) if b.reason == "daily"]
    made = None
    if not any(b.taken_at.date() == now.date() for b in daily):
        made = make_backup(db_path, "daily", now)
        daily.insert(0, made)
    for old in daily[KEEP_DAILY:]:
        old.path.unlink(missing_ok=True)
    return made


def _keep_current(db_path: Path) -> BackupFile | None:
    """Keeps the file about to be replaced: an online backup, or its raw bytes if it is damaged."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    if is_sqlite_file(db_path):
        try:
            return make_backup(db_path, "before-restore")
        except sqlite3.DatabaseError:
            pass
    dest = _new_backup_path(db_path, "before-restore", None)
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(db_path, dest)
    wal = Path(str(db_path) + "-wal")
    if wal.exists():  # beside the copy under the matching name, SQLite reads it as its WAL
        shutil.copyfile(wal, Path(str(dest) + "-wal"))
    _fsync_dir(dest.parent)
    return _describe(dest, db_path.stem)


def restore_backup(backup: Path, db_path: Path) -> BackupFile | None:
    """Replaces the database with ``backup``, first keeping the current file as a backup.

    The backup is copied and checked before anything of the current database is touched, so
    a damaged backup raises sqlite3.DatabaseError and leaves everything as it was. Returns
    the kept copy of the current file (None if there was none).
    The caller must have closed every connection to ``db_path``.
    """
    staged = db_path.with_name(db_path.name + ".restoring")
    copy_database(backup, staged)
    try:
        con = connect_read_only(staged)
        try:
            result = con.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            con.close()
        if result != "ok":
            raise sqlite3.DatabaseError(f"{backup}: {result}")
        kept = _keep_current(db_path)
        # a WAL left beside the new file would be replayed onto it: remove it first
        for suffix in ("-wal", "-shm"):
            Path(str(db_path) + suffix).unlink(missing_ok=True)
        staged.replace(db_path)
    finally:
        for leftover in (staged, Path(str(staged) + "-wal"), Path(str(staged) + "-shm")):
            leftover.unlink(missing_ok=True)
    _fsync_dir(db_path.parent)
    return kept


def is_sqlite_file(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(16) == SQLITE_HEADER
    except OSError:
        return False
