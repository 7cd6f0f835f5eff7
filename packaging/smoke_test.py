"""``make package-test``: runs the built app the way a user's machine would, and checks it works.

The build in ``dist/internal-service/`` is copied to a temporary folder whose path has a space
and Chinese characters (where users install things), then its executable runs with a clean
environment: no venv on PATH, no PYTHONPATH, HOME and the XDG folders in the temporary folder,
no locale variables, ``QT_QPA_PLATFORM=offscreen``. Steps: the folder's contents, ``--version``,
``demo-db`` (a new database, so every migration runs from the bundled scripts), ``check`` in
both languages, ``handbook`` (a PDF of many pages), minutes as PDF and Word, an Excel export,
``screenshots`` (every page rendered offscreen), the GUI itself for a few seconds, offscreen and,
where Xvfb is installed, on an X server through the xcb plugin, and where the machine allows it
(root, ``unshare``) the handbook and screenshots again with the system's fonts hidden, so only
the bundled font can serve.

This checker runs in the venv (pypdf, openpyxl); the app under test never sees it. Each step
prints one line; a failing step prints the command, its exit status and its output, and the
script exits with status 1.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import struct
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
sys.path[:0] = [str(PACKAGING), str(ROOT)]

from bundle import APP_NAME, FORBIDDEN_LIBRARIES  # noqa: E402

from desktop_app import __version__  # noqa: E402
from desktop_app.migrations import HEAD  # noqa: E402

BUILD = ROOT / "dist" / APP_NAME
WINDOWS = sys.platform == "win32"
MIN_HANDBOOK_PAGES = 100  # the county demo's full handbook has ~290
PROBLEMS = re.compile(r"Traceback|No module named|Could not (load|find) the Qt platform plugin|"
                      r"Cannot load library|qt\.qpa\.plugin|QFont::|Fontconfig error", re.IGNORECASE)


class StepFailed(Exception):
    pass


class Run:
    """One run of the built executable and what it printed."""

    def __init__(self, argv: list[str], out: subprocess.CompletedProcess[str]) -> None:
        self.argv, self.code, self.stdout, self.stderr = argv, out.returncode, out.stdout, out.stderr

    def fail(self, why: str) -> StepFailed:
        return StepFailed(f"{why}\n  command: {' '.join(self.argv)}\n  exit status: {self.code}\n"
                          f"--- stdout ---\n{self.stdout[-4000:]}\n--- stderr ---\n{self.stderr[-6000:]}")


class Smoke:
    def __init__(self, tmp: Path, exe: Path, gui_exe: Path) -> None:
        self.tmp, self.exe, self.gui_exe = tmp, exe, gui_exe
        self.work = tmp / "work"
        self.work.mkdir()
        self.env = clean_environment(tmp)
        self.db = self.work / "演示 demo.sqlite"

    def run(self, *args: str, timeout: float = 300, wrapper: tuple[str, ...] = ()) -> Run:
        argv = [*wrapper, str(self.exe), *args]
        try:
            out = subprocess.run(argv, cwd=self.work, env=self.env, capture_output=True, text=True,
                                 encoding="utf-8", errors="replace", timeout=timeout, stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired as exc:
            partial = subprocess.CompletedProcess(argv, -1, _decoded(exc.stdout), _decoded(exc.stderr))
            raise Run(argv, partial).fail(f"no answer after {timeout:.0f} s") from None
        run = Run(argv, out)
        if run.code != 0:
            raise run.fail("unexpected exit status")
        if PROBLEMS.search(run.stderr):
            raise run.fail("the app reported a problem on stderr")
        return run

    # the steps, in order; each returns a short summary
    def contents(self) -> str:
        internal = self.exe.parent / "_internal"
        expected = [
            "resources/fonts/wqy-microhei.ttc", "resources/fonts/LICENSE-Apache-2.0.txt",
            "resources/fonts/wqy-microhei-AUTHORS.txt", "resources/fonts/README.md",
            "resources/translations/app_zh_CN.qm", "resources/translations/app_zh_CN.ts",
            "resources/icons/internal-service.png", "resources/icons/internal-service.svg",
            "desktop_app/migrations/env.py", "desktop_app/migrations/script.py.mako",
        ]
        versions = sorted(p.name for p in (ROOT / "desktop_app" / "migrations" / "versions").glob("*.py"))
        expected += [f"desktop_app/migrations/versions/{name}" for name in versions]
        plugins = "PySide6/plugins" if WINDOWS else "PySide6/Qt/plugins"
        platform_plugins = ("qwindows.dll", "qoffscreen.dll") if WINDOWS else ("libqxcb.so", "libqoffscreen.so")
        expected += [f"{plugins}/platforms/{name}" for name in platform_plugins]
        if not WINDOWS:
            expected += ["../internal-service.desktop", "../install-desktop-entry.sh"]
        missing = [name for name in expected if not (internal / name).exists()]
        for kind in ("imageformats", "printsupport", "iconengines"):
            if not any((internal / plugins / kind).glob("*")):
                missing.append(f"{plugins}/{kind}/*")
        if missing:
            raise StepFailed("missing from the build:\n  " + "\n  ".join(missing))
        files = [p for p in self.exe.parent.rglob("*") if p.is_file() or p.is_symlink()]
        forbidden = [str(p.relative_to(self.exe.parent)) for p in files
                     if any(p.match(pattern) for pattern in FORBIDDEN_LIBRARIES)]
        if forbidden:
            raise StepFailed("libraries that must not be in the build:\n  " + "\n  ".join(forbidden))
        size = sum(p.lstat().st_size for p in files)
        return f"{len(files)} files, {size / 2**20:.0f} MiB, {len(versions)} migrations, fonts, translations, icons"

    def version(self) -> str:
        printed = self.run("--version").stdout.strip()
        if printed != __version__:
            raise StepFailed(f"--version printed {printed!r}, the source says {__version__!r}")
        return printed

    def demo_db(self) -> str:
        self.run("demo-db", "--db", str(self.db))
        with sqlite3.connect(self.db) as con:
            (revision,) = con.execute("SELECT version_num FROM alembic_version").fetchone()
            units = con.execute("SELECT count(*) FROM unit").fetchone()[0]
        if revision != HEAD:
            raise StepFailed(f"the new database is at revision {revision}, not {HEAD}")
        return f"migrated to {revision}, {units} units, {self.db.stat().st_size / 2**20:.1f} MiB"

    def check(self) -> str:
        zh = self.run("check", "--db", str(self.db)).stdout
        en = self.run("--lang", "en", "check", "--db", str(self.db)).stdout
        # the Chinese labels come from resources/translations/app_zh_CN.ts inside the build
        if not re.search(r"[\u4e00-\u9fff]+:", zh) or "Units:" not in en:
            raise StepFailed(f"check printed no translated labels:\n{zh[:800]}\n---\n{en[:800]}")
        return f"{len(zh.splitlines())} lines, Chinese and English labels"

    def handbook(self, wrapper: tuple[str, ...] = (), name: str = "handbook.pdf") -> str:
        pdf = self.work / name
        self.run("handbook", "--db", str(self.db), "-o", str(pdf), wrapper=wrapper)
        pages, fonts = read_pdf(pdf)
        if pages < MIN_HANDBOOK_PAGES:
            raise StepFailed(f"{pdf.name} has {pages} pages, fewer than {MIN_HANDBOOK_PAGES}")
        if not any("WenQuanYi" in font for font in fonts):
            raise StepFailed(f"{pdf.name} doesn't embed the Chinese font; its fonts: {sorted(fonts)}")
        return f"{pages} pages, {pdf.stat().st_size / 2**20:.1f} MiB, font {sorted(f for f in fonts if 'WenQuanYi' in f)[0]}"

    def minutes(self) -> str:
        sizes = []
        for suffix in (".pdf", ".docx"):
            out = self.work / f"minutes{suffix}"
            self.run("minutes", "--db", str(self.db), "--meeting", "latest", "-o", str(out))
            if suffix == ".docx":
                with zipfile.ZipFile(out) as z:
                    if "word/document.xml" not in z.namelist():
                        raise StepFailed(f"{out.name} is not a Word document")
            sizes.append(f"{out.name} {out.stat().st_size / 1024:.0f} KiB")
        return ", ".join(sizes)

    def excel(self) -> str:
        out = self.work / "org.xlsx"
        self.run("export-xlsx", "--db", str(self.db), str(out))
        from openpyxl import load_workbook

        sheets = load_workbook(out, read_only=True).sheetnames
        if not {"单位", "岗位", "员工"} <= set(sheets):
            raise StepFailed(f"{out.name} has the sheets {sheets}")
        return f"{out.name}: sheets {', '.join(sheets)}"

    def screenshots(self, wrapper: tuple[str, ...] = (), folder: str = "shots") -> str:
        out = self.work / folder
        run = self.run("screenshots", "--db", str(self.db), "--out", str(out), wrapper=wrapper)
        listed = [Path(line) for line in run.stdout.splitlines() if line.strip()]
        pngs = sorted(out.glob("*.png"))
        if not pngs or len(pngs) != len(listed):
            raise run.fail(f"{len(listed)} pages listed, {len(pngs)} PNG files in {out}")
        for png in pngs:
            width, height = png_size(png)
            if width < 800 or height < 600 or png.stat().st_size < 10_000:
                raise run.fail(f"{png.name} looks empty: {width}×{height}, {png.stat().st_size} bytes")
        return f"{len(pngs)} pages, {png_size(pngs[0])[0]}×{png_size(pngs[0])[1]}: {', '.join(p.stem for p in pngs)}"

    def gui(self, seconds: float = 5, env: dict[str, str] | None = None,
            while_running: Callable[[], str] | None = None) -> str:
        """The real start-up path, kept running: opening the database, the daily backup, the
        settings (the last database is saved just before the main window is built), the window."""
        argv = [str(self.gui_exe), "--db", str(self.db)]
        env = env or self.env
        conf = Path(env.get("XDG_CONFIG_HOME", self.tmp)) / APP_NAME / f"{APP_NAME}.conf"
        conf.unlink(missing_ok=True)
        t0 = time.monotonic()
        proc = subprocess.Popen(argv, cwd=self.work, env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, encoding="utf-8", errors="replace",
                                stdin=subprocess.DEVNULL)
        while time.monotonic() - t0 < 60 and proc.poll() is None and "last_database" not in read_text(conf):
            time.sleep(0.05)
        started = time.monotonic() - t0
        time.sleep(seconds)  # the window is being built and painted; it must still be running after
        alive = proc.poll() is None
        seen = ""
        try:
            seen = while_running() if alive and while_running else ""
        except StepFailed as exc:
            seen = f"FAILED: {exc}"
        if alive:
            proc.terminate()
        stdout, stderr = proc.communicate(timeout=30)
        run = Run(argv, subprocess.CompletedProcess(argv, proc.returncode, stdout, stderr))
        if not alive:
            raise run.fail("the app exited by itself instead of showing its window")
        if "last_database" not in read_text(conf):
            raise run.fail(f"the app never got as far as saving the last database to {conf}")
        if PROBLEMS.search(stderr):
            raise run.fail("the app reported a problem on stderr")
        if seen.startswith("FAILED"):
            raise run.fail(seen)
        return f"database opened and remembered after {started:.1f} s, still running {seconds:.0f} s later" + \
            (f"; {seen}" if seen else "")

    def gui_x11(self) -> str:
        """The GUI on a real X server (Xvfb) through the xcb plugin and the libraries bundled for it."""
        xvfb, xwininfo = shutil.which("Xvfb"), shutil.which("xwininfo")
        if WINDOWS or not xvfb or not xwininfo:
            return "skipped (needs Xvfb and xwininfo: apt-get install xvfb x11-utils)"
        read_end, write_end = os.pipe()
        server = subprocess.Popen([xvfb, "-displayfd", str(write_end), "-screen", "0", "1366x800x24",
                                   "-nolisten", "tcp"], pass_fds=(write_end,),
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write_end)
        try:
            display = ":" + os.read(read_end, 32).decode().strip()
            env = {k: v for k, v in self.env.items() if k != "QT_QPA_PLATFORM"} | {"DISPLAY": display}

            def main_window() -> str:
                tree = subprocess.run([xwininfo, "-display", display, "-root", "-tree"],
                                      capture_output=True, text=True).stdout
                # Qt names the window class after the executable: ("internal-service" "Internal-service")
                mapped = [line for line in tree.splitlines() if f'("{APP_NAME}"' in line
                          and (m := re.search(r"(\d+)x(\d+)\+", line)) and int(m[1]) >= 800 and int(m[2]) >= 500]
                if not mapped:
                    raise StepFailed(f"no main window of {APP_NAME} on {display}:\n{tree[-3000:]}")
                size = re.search(r"(\d+x\d+)\+", mapped[0])
                return f"main window {size[1] if size else ''} on X display {display}"

            return self.gui(env=env, while_running=main_window)
        finally:
            os.close(read_end)
            server.terminate()
            server.wait(timeout=30)

    def bundled_font_only(self) -> str:
        """The handbook and the pages again, with /usr/share/fonts hidden in a private mount namespace."""
        wrapper = hide_system_fonts()
        if wrapper is None:
            return "skipped (needs root and unshare, to hide the system's fonts)"
        return f"handbook {self.handbook(wrapper, 'handbook-bundled-font.pdf')}; " \
               f"screenshots {self.screenshots(wrapper, 'shots-bundled-font').split(':')[0]}"


def clean_environment(tmp: Path) -> dict[str, str]:
    """What a desktop session would give a freshly installed app, and nothing of this build's:
    no venv, no PYTHONPATH, no locale variables, home and XDG folders of its own."""
    home = tmp / "home"
    env = {
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
        "XDG_RUNTIME_DIR": str(tmp / "runtime"),
        "TMPDIR": str(tmp / "tmp"),
        "QT_QPA_PLATFORM": "offscreen",
        "PATH": os.pathsep.join(p for p in ("/usr/local/bin", "/usr/bin", "/bin") if Path(p).is_dir()),
    }
    if WINDOWS:  # Windows can't start a process without these
        keep = ("SYSTEMROOT", "WINDIR", "COMSPEC", "PATHEXT", "SYSTEMDRIVE", "PROGRAMDATA")
        env |= {k: os.environ[k] for k in keep if k in os.environ}
        env |= {"USERPROFILE": str(home), "APPDATA": str(home / "AppData" / "Roaming"),
                "LOCALAPPDATA": str(home / "AppData" / "Local"), "TEMP": str(tmp / "tmp"),
                "TMP": str(tmp / "tmp"), "PATH": env["SYSTEMROOT"] + r"\System32" if "SYSTEMROOT" in env else ""}
    for key in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "TMPDIR"):
        Path(env[key]).mkdir(parents=True, exist_ok=True)
    runtime = Path(env["XDG_RUNTIME_DIR"])
    runtime.mkdir(mode=0o700, exist_ok=True)
    return env


def hide_system_fonts() -> tuple[str, ...] | None:
    """A command prefix that runs a program with an empty tmpfs over /usr/share/fonts, or None
    when this machine can't (not Linux, not root, no unshare)."""
    unshare = shutil.which("unshare")
    if WINDOWS or not unshare or os.geteuid() != 0 or not Path("/usr/share/fonts").is_dir():
        return None
    probe = subprocess.run([unshare, "--mount", "sh", "-c", "mount -t tmpfs none /usr/share/fonts"],
                           capture_output=True)
    if probe.returncode != 0:
        return None
    return (unshare, "--mount", "sh", "-c", 'mount -t tmpfs none /usr/share/fonts && exec "$0" "$@"')


def read_pdf(path: Path) -> tuple[int, set[str]]:
    from pypdf import PdfReader

    reader = PdfReader(path)
    fonts = set()
    for page in reader.pages[:10]:
        for font in (page["/Resources"].get("/Font") or {}).values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    return len(reader.pages), fonts


def _decoded(output: bytes | str | None) -> str:
    """What a timed-out run had printed (bytes, even in text mode)."""
    return output.decode("utf-8", "replace") if isinstance(output, bytes) else output or ""


def read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def png_size(path: Path) -> tuple[int, int]:
    with open(path, "rb") as f:
        header = f.read(24)
    if header[:8] != b"\x89PNG\r\n\x1a\n":
        raise StepFailed(f"{path.name} is not a PNG file")
    return struct.unpack(">II", header[16:24])


def main(argv: list[str]) -> int:
    keep = "--keep" in argv  # leave the temporary folder (PDFs, PNGs, the database) to look at
    exe = BUILD / (f"{APP_NAME}-cli.exe" if WINDOWS else APP_NAME)
    if not exe.is_file():
        print(f"package-test: no build at {exe.relative_to(ROOT)}: run `make package` first", file=sys.stderr)
        return 1
    started = time.perf_counter()
    tmp = Path(tempfile.mkdtemp(prefix=f"{APP_NAME}-smoke-"))
    try:
        installed = tmp / "安装 目录" / APP_NAME
        shutil.copytree(BUILD, installed, symlinks=True)
        print(f"package-test: {BUILD.relative_to(ROOT)} copied to {installed} "
              f"({time.perf_counter() - started:.1f} s)", flush=True)
        smoke = Smoke(tmp, installed / exe.name, installed / (f"{APP_NAME}.exe" if WINDOWS else APP_NAME))
        steps: list[tuple[str, Callable[[], str]]] = [
            ("contents of the folder", smoke.contents),
            ("--version", smoke.version),
            ("demo-db (new database, migrations)", smoke.demo_db),
            ("check", smoke.check),
            ("handbook", smoke.handbook),
            ("minutes (PDF, Word)", smoke.minutes),
            ("export-xlsx", smoke.excel),
            ("screenshots (every page, offscreen)", smoke.screenshots),
            ("GUI start (offscreen)", smoke.gui),
            ("GUI start on X11 (xcb)", smoke.gui_x11),
            ("bundled font only", smoke.bundled_font_only),
        ]
        for n, (name, step) in enumerate(steps, 1):
            t0 = time.perf_counter()
            print(f"[{n}/{len(steps)}] {name} … ", end="", flush=True)
            try:
                summary = step()
            except StepFailed as exc:
                print("FAILED", flush=True)
                print(exc, file=sys.stderr)
                return 1
            print(f"ok ({time.perf_counter() - t0:.1f} s): {summary}", flush=True)
    finally:
        if keep:
            print(f"package-test: kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    print(f"package-test: all {len(steps)} steps passed in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
