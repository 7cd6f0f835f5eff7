"""Backups: SQLite online backups kept in a folder beside the database, and restoring one."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

KEEP_DAILY = 14


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime  # local time, from the file name
    reason: str
    size: int


def backup_dir(db_path: Path) -> Path:
    return db_path.with_name(db_path.stem + "-backups")


def copy_database(source: Path, dest: Path) -> None:
    """A consistent copy of ``source`` even while another connection writes to it."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_suffix(dest.suffix + ".part")
    tmp.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    tmp.replace(dest)


def make_backup(db_path: Path, reason: str = "manual", now: datetime | None = None) -> BackupFile:
    now = now or datetime.now()
    stamp = now.strftime("%Y%m%d-%H%M%S")
    dest = backup_dir(db_path) / f"{db_path.stem}-{stamp}-{reason}.sqlite"
    n = 1
    while dest.exists():
        n += 1
        dest = backup_dir(db_path) / f"{db_path.stem}-{stamp}-{reason}-{n}.sqlite"
    copy_database(db_path, dest)
    return _describe(dest, db_path.stem)


def _describe(path: Path, stem: str) -> BackupFile | None:
    rest = path.stem[len(stem) + 1 :]
    parts = rest.split("-")
    try:
        taken = datetime.strptime("-".join(parts[:2]), "%Y%m%d-%H%M%S")
    except ValueError:
        return None
    reason = parts[2] if len(parts) > 2 else ""
    return BackupFile(path, taken, reason, path.stat().st_size)


def list_backups(db_path: Path) -> list[BackupFile]:
    """Newest first."""
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    found = (_describe(p, db_path.stem) for p in folder.glob(f"{db_path.stem}-*.sqlite"))
    return sorted((b for b in found if b), key=lambda b: (b.taken_at, b.path.name), reverse=True)


def daily_backup(db_path: Path, now: datetime | None = None) -> BackupFile | None:
    """The first start of each day keeps a copy; only the newest KEEP_DAILY daily copies stay."""
    now = now or datetime.now()
    daily = [b for b in list_backups(db_path) if b.reason == "daily"]
    made = None
    if not any(b.taken_at.date() == now.date() for b in daily):
        made = make_backup(db_path, "daily", now)
        daily.insert(0, made)
    for old in daily[KEEP_DAILY:]:
        old.path.unlink(missing_ok=True)
    return made


def restore_backup(backup: Path, db_path: Path) -> BackupFile | None:
    """Replaces the database with ``backup``, first keeping the current file as a backup.

    The caller must have closed every connection to ``db_path``.
    """
    kept = None
    if db_path.exists() and is_sqlite_file(db_path):
        kept = make_backup(db_path, "before-restore")
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    copy_database(backup, db_path)
    return kept


SQLITE_HEADER = b"SQLite format 3\x00"


def is_sqlite_file(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(16) == SQLITE_HEADER
    except OSError:
        return False


