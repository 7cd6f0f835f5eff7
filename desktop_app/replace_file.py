"""Writing a file so that it is either complete or not there: written beside the target under a
private name and moved into place (a move within one folder is atomic), so a failure or a
cancel leaves any earlier file untouched and no partial file."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from pathlib import Path

__all__ = ["part_path", "write_replacing"]


def part_path(path: Path) -> Path:
    """The private name a file is written under before it moves to ``path``."""
    return path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.part")


def write_replacing(path: Path, write: Callable[[Path], object]) -> None:
    """Calls ``write(tmp)`` and moves ``tmp`` to ``path``; on any exception removes ``tmp``."""
    tmp = part_path(path)
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
