"""A process killed in the middle of its work loses nothing it reported as saved, and leaves a
sound database behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

from sqlalchemy import select

from desktop_app.model import Unit
from desktop_app.storage.integrity import check_database
from desktop_app.storage.open import open_database

ROOT = Path(__file__).resolve().parents[3]
REPORTED = 200
KILL = getattr(signal, "SIGKILL", signal.SIGTERM)  # Windows: SIGTERM is TerminateProcess

WRITER = """
import sys
from desktop_app.model import Unit
from desktop_app.storage.open import open_database

db = open_database(sys.argv[1])
n = 0
while True:
    with db.write() as s:
        s.add(Unit(code=f"U{n:06d}", name=f"单位{n}", kind="team"))
    n += 1
    print(n, flush=True)  # only after write() returned, i.e. after COMMIT
"""


def test_killed_writer_keeps_every_reported_commit(db_path):
    open_database(db_path).dispose()
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(db_path)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    watchdog = threading.Timer(120, proc.kill)  # a hung writer fails the test, not the run
    watchdog.start()
    reported = 0
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            reported = int(line)
            if reported >= REPORTED:
                break
        os.kill(proc.pid, KILL)
        rest, err = proc.communicate()
    finally:
        watchdog.cancel()
    assert reported >= REPORTED, err
    assert proc.returncode != 0
    assert Path(f"{db_path}-wal").stat().st_size > 0  # recovery has work to do
    reported = max([reported, *(int(x) for x in rest.split())])

    report = check_database(db_path)  # read-only, before anything reopens the file
    assert report.ok, [str(p) for p in report.problems]

    db = open_database(db_path)
    try:
        with db.read() as s:
            codes = set(s.scalars(select(Unit.code)))
    finally:
        db.dispose()
    assert {f"U{n:06d}" for n in range(reported)} <= codes
    assert len(codes) <= reported + 1  # at most the commit the kill interrupted before printing
