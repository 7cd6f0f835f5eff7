"""The one-folder build in ``dist/internal-service/`` (``make package``): its size, and how long
the built executable takes from launch to the first page rendered, beside the same measured
from source.

The app has no hook that reports its first paint from outside, and a frozen executable can't
run ``benchmarks.startup_probe``; so both sides run ``screenshots --db COPY --out DIR`` and the
time is taken when the first page's PNG appears (polled every 5 ms), then the process is ended.
That page is the overview, with its charts: more work than the plain main window the start-up
row measures, the same work on both sides. Without a build the rows say so instead of failing.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.report import Result, ms

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "dist" / "internal-service"
NOT_BUILT = "not built (run make package)"


def measure(db: Path, runs: int = 5) -> list[Result]:
    exe = BUILD / ("internal-service-cli.exe" if sys.platform == "win32" else "internal-service")
    size_row = "package: size of dist/internal-service (one-folder build)"
    launch_row = f"package: launch of the built executable to the first page's PNG, county demo (median of {runs})"
    if not exe.is_file():
        return [Result(size_row, NOT_BUILT, "—", None), Result(launch_row, NOT_BUILT, "—", None)]
    if _stale_schema():
        stale = "built before the newest migration (run make package)"
        return [Result(size_row, stale, "—", None), Result(launch_row, stale, "—", None)]
    files = [p for p in BUILD.rglob("*") if p.is_file() or p.is_symlink()]
    size = sum(p.lstat().st_size for p in files)
    archives = sorted((ROOT / "dist").glob("internal-service-*.tar.gz"))
    archive = f"archive {archives[-1].stat().st_size / 2**20:,.0f} MiB" if archives else "no archive"
    with tempfile.TemporaryDirectory(prefix="bench-package-") as tmp_name:
        tmp = Path(tmp_name)
        copy = tmp / db.name
        shutil.copy2(db, copy)  # the cached database stays as it is
        env = _env(tmp)
        subprocess.run([sys.executable, "-m", "compileall", "-q", "desktop_app", "ui", "main.py"],
                       cwd=ROOT, env=env, check=True)
        frozen = _median([str(exe)], copy, tmp / "frozen", env, runs)
        source = _median([sys.executable, str(ROOT / "main.py")], copy, tmp / "source", env, runs)
    return [
        Result(size_row, f"{size / 2**20:,.0f} MiB", f"{len(files):,} files; {archive}", None),
        Result(launch_row, ms(frozen), f"from source: {ms(source)}", None),
    ]


def _stale_schema() -> bool:
    """True when the build's migrations stop before the sources' (it would refuse the benchmark's
    database as one written by a newer version)."""
    from desktop_app.migrations import HEAD

    built = BUILD / "_internal" / "desktop_app" / "migrations" / "__init__.py"
    return built.is_file() and f'HEAD = "{HEAD}"' not in built.read_text(encoding="utf-8")


def _env(tmp: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: the source side keeps its .pyc files
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_CONFIG_HOME"] = str(tmp / "config")  # the user's own settings stay out of it
    return env


def _median(command: list[str], db: Path, out: Path, env: dict[str, str], runs: int) -> float:
    """Each run writes into a folder of its own: an existing PNG would stop the clock at once."""
    _first_page(command, db, out / "warm-up", env)  # the disk cache, as at any later start
    return statistics.median(_first_page(command, db, out / f"run-{n}", env) for n in range(runs))


def _first_page(command: list[str], db: Path, out: Path, env: dict[str, str]) -> float:
    """Seconds from starting ``command screenshots`` to the first page's PNG existing."""
    argv = [*command, "screenshots", "--db", str(db), "--out", str(out)]
    t0 = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        while not (out.is_dir() and any(out.glob("00-*.png"))):
            if proc.poll() is not None:
                raise RuntimeError(f"{' '.join(argv)} ended ({proc.returncode}) before writing a page:\n"
                                   f"{proc.stderr.read().decode(errors='replace')[-3000:]}")
            if time.perf_counter() - t0 > 120:
                raise RuntimeError(f"{' '.join(argv)} wrote no page in 120 s")
            time.sleep(0.005)
        return time.perf_counter() - t0
    finally:
        proc.kill()
        proc.wait()
        proc.stderr.close()
