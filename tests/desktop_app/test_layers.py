"""The core never loads Qt, pyqtgraph or the ui package (checked in a clean interpreter)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FORBIDDEN = ("PySide6", "shiboken6", "pyqtgraph", "ui")

SCRIPT = """
import importlib, json, pkgutil, sys, tempfile
from pathlib import Path

import desktop_app

# env.py only runs inside Alembic; it and the revisions run through a real upgrade below
SKIP = {"desktop_app.migrations.env"}
imported = []
for info in pkgutil.walk_packages(desktop_app.__path__, "desktop_app."):
    if info.name not in SKIP:
        importlib.import_module(info.name)
        imported.append(info.name)

from desktop_app.storage.open import open_database

with tempfile.TemporaryDirectory() as folder:
    open_database(Path(folder) / "layers.sqlite").dispose()

forbidden = set(sys.argv[1:])
loaded = sorted(name for name in sys.modules if name.split(".")[0] in forbidden)
print(json.dumps({"imported": imported, "loaded": loaded}))
"""


def run_check(*forbidden: str) -> dict:
    # -E: no PYTHON* variables (e.g. a PYTHONSTARTUP that imports Qt) leak into the check
    result = subprocess.run([sys.executable, "-E", "-c", SCRIPT, *forbidden], cwd=ROOT,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


def test_core_does_not_load_qt_or_ui():
    found = run_check(*FORBIDDEN)
    assert "desktop_app.storage.integrity" in found["imported"]
    assert "desktop_app.cli" in found["imported"]
    assert len(found["imported"]) > 30
    assert found["loaded"] == []


def test_the_check_sees_what_the_core_loads():
    """Guards the guard: a module the core does load is reported."""
    assert "sqlalchemy" in run_check("sqlalchemy")["loaded"]
