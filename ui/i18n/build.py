"""Collecting and compiling the translations.

``python -m ui.i18n.build`` compiles resources/translations/*.ts to .qm (run by the Makefile's
set-up, so a fresh clone gets them). ``--update`` first collects every tr() and
QT_TRANSLATE_NOOP string of desktop_app/ and ui/ into the .ts files (a developer's step,
followed by translating the new entries).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN",)


def _tool(name: str) -> str:
    local = Path(sys.executable).with_name(name)
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found; install PySide6-Essentials")
    return found


def sources() -> list[str]:
    files = sorted((ROOT / "desktop_app").rglob("*.py")) + sorted((ROOT / "ui").rglob("*.py"))
    return [str(f) for f in files if "migrations" not in f.parts]


def update(ts_file: Path) -> None:
    language = ts_file.stem.split("_", 1)[1]  # app_zh_CN.ts -> zh_CN (one plural form)
    subprocess.run([_tool("pyside6-lupdate"), *sources(), "-ts", str(ts_file), "-no-obsolete",
                    "-target-language", language,
                    "-locations", "none", "-silent"], check=True)


def release() -> list[Path]:
    out = []
    for ts in sorted(TS_DIR.glob("app_*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        out.append(qm)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--update", action="store_true", help="collect new strings into the .ts files first")
    args = parser.parse_args()
    if args.update:
        for lang in LANGUAGES:
            update(TS_DIR / f"app_{lang}.ts")
    for qm in release():
        print(qm.relative_to(ROOT))


if __name__ == "__main__":
    main()
