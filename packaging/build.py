"""``make package``: the one-folder build in ``dist/internal-service/`` from
``packaging/internal-service.spec``, then (on Linux) the desktop entry beside the executable
and the archive ``dist/internal-service-<version>-linux-x86_64.tar.gz``.

Prints the build's size, its largest parts and the time taken. Needs PyInstaller (the
``package`` extra) and the compiled translations (``make translations``); the Makefile sees to both.
"""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
sys.path[:0] = [str(PACKAGING), str(ROOT)]

from bundle import APP_NAME, INTERPRETER_BINARIES  # noqa: E402
from desktop_app import __version__  # noqa: E402

LINUX_FILES = (PACKAGING / "linux" / f"{APP_NAME}.desktop", PACKAGING / "linux" / "install-desktop-entry.sh")


def folder_size(path: Path) -> int:
    """Bytes of the files under ``path``, symbolic links not followed (as the archive holds them)."""
    if path.is_symlink() or path.is_file():
        return path.lstat().st_size
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() or p.is_symlink())


def mib(n: int) -> str:
    return f"{n / 2**20:,.1f} MiB"


def archive_name() -> str:
    machine = platform.machine().lower().replace("amd64", "x86_64")
    return f"{APP_NAME}-{__version__}-linux-{machine}.tar.gz"


def _normalised(info: tarfile.TarInfo) -> tarfile.TarInfo:
    # the builder's user and group mean nothing on the machine that unpacks it
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    return info


def write_archive(folder: Path, target: Path) -> None:
    """``folder`` as ``internal-service-<version>/`` in a gzip tarball; links stay links."""
    partial = target.with_name(target.name + ".partial")
    with tarfile.open(partial, "w:gz", compresslevel=6) as tar:
        tar.add(folder, arcname=f"{APP_NAME}-{__version__}", filter=_normalised)
    partial.replace(target)


def strip_interpreter(folder: Path) -> None:
    """Debug information out of the interpreter's own libraries (bundle.INTERPRETER_BINARIES)."""
    files = sorted({p for pattern in INTERPRETER_BINARIES for p in folder.glob(pattern) if p.is_file()})
    strip = shutil.which("strip")
    if not files or not strip:
        print("strip: not found; the interpreter's libraries keep their debug information" if files else
              "strip: nothing to strip")
        return
    before = sum(p.stat().st_size for p in files)
    subprocess.run([strip, "--strip-debug", *map(str, files)], check=True)
    after = sum(p.stat().st_size for p in files)
    print(f"strip --strip-debug: {len(files)} interpreter files, {mib(before)} -> {mib(after)}")


def print_sizes(folder: Path) -> None:
    contents = folder / "_internal"
    items = [(folder_size(p), p) for p in folder.iterdir() if p != contents]
    items += [(folder_size(p), p) for p in contents.iterdir()] if contents.is_dir() else []
    items.sort(key=lambda item: -item[0])
    print(f"{folder.relative_to(ROOT)}: {mib(folder_size(folder))} in "
          f"{sum(1 for p in folder.rglob('*') if p.is_file()):,} files; the largest parts:")
    for size, path in items[:15]:
        print(f"  {mib(size):>10}  {path.relative_to(folder)}")


def main() -> int:
    started = time.perf_counter()
    folder = DIST / APP_NAME
    spec = PACKAGING / f"{APP_NAME}.spec"
    argv = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
            "--distpath", str(DIST), "--workpath", str(WORK), str(spec)]
    print("building:", " ".join(argv[2:]), flush=True)
    subprocess.run(argv, cwd=ROOT, check=True)
    built = time.perf_counter()
    print(f"PyInstaller: {built - started:.0f} s", flush=True)
    if sys.platform.startswith("linux"):
        strip_interpreter(folder)
        for source in LINUX_FILES:
            shutil.copy2(source, folder / source.name)
        os.chmod(folder / "install-desktop-entry.sh", 0o755)
        target = DIST / archive_name()
        write_archive(folder, target)
        print(f"{target.relative_to(ROOT)}: {mib(target.stat().st_size)} "
              f"({time.perf_counter() - built:.0f} s)")
    print_sizes(folder)
    print(f"make package: {time.perf_counter() - started:.0f} s in all")
    return 0


if __name__ == "__main__":
    sys.exit(main())
