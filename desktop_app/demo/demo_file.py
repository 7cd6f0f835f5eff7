"""The demo company's database file: built on first use, in a private file moved into place
when complete, so an interrupted build never leaves half a demo behind."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

from desktop_app.progress import NullProgress, Progress

__all__ = ["ensure_demo_database"]


def ensure_demo_database(path: Path, progress: Progress = NullProgress()) -> Path:
    """``path``, holding the demo company; built there when the file does not exist."""
    if path.exists():
        return path
    from desktop_app.demo import build_demo
    from desktop_app.storage.open import open_database

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.stem}.{uuid.uuid4().hex[:8]}.sqlite")
    try:
        db = open_database(tmp)
        try:
            build_demo(db, progress=progress)
        finally:
            db.dispose()  # the last connection closing folds the WAL into the file
        for suffix in ("-wal", "-shm"):  # should it stay, it goes along under the matching name
            if Path(f"{tmp}{suffix}").exists():
                os.replace(f"{tmp}{suffix}", f"{path}{suffix}")
        os.replace(tmp, path)
    finally:
        for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            leftover.unlink(missing_ok=True)
    return path
