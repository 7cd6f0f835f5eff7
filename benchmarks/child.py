"""Running one measurement in a fresh Python process and reading back its JSON answer.

Every measurement runs in its own process, started from the lean ``make bench`` process: the
numbers then don't depend on what ran before, and ``ru_maxrss`` (which a child inherits from
the process that spawned it) starts from a small parent.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
_NOISE = "This plugin does not support propagateSizeHints()"


def run_child(module: str, *args: str, timeout: float = 600) -> Any:
    """Runs ``python -m module args…``; returns the JSON on its last line of output.

    Its stderr is passed on once it ends, without the offscreen platform's notice that it can't
    pass on size hints (printed for every window shown). Raises RuntimeError when it fails, so
    ``make bench`` fails too.
    """
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    argv = [sys.executable, "-m", module, *args]
    out = subprocess.run(argv, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                         timeout=timeout)
    sys.stderr.writelines(line for line in out.stderr.splitlines(keepends=True) if _NOISE not in line)
    if out.returncode != 0:
        raise RuntimeError(f"{' '.join(argv[1:])} failed with exit status {out.returncode}")
    return json.loads(out.stdout.strip().splitlines()[-1])
