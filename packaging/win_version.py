"""The Windows version resource of the executables (Properties → Details in Explorer), written
by ``internal-service.spec`` as a PyInstaller version file from ``desktop_app.__version__``.

PyInstaller reads the file back with ``eval()`` (PyInstaller/utils/win32/versioninfo.py), so it
is the text form of a ``VSVersionInfo``; ``tests/packaging`` parses it back on any platform.
"""

from __future__ import annotations

import re
from pathlib import Path

# Simplified Chinese (0x0804), Unicode code page (1200): the string table's key and translation
LANGUAGE_ID = 0x0804
CODE_PAGE = 1200


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """"0.1.0" → (0, 1, 0, 0); "1.2.dev3" → (1, 2, 0, 0): Windows wants four numbers."""
    numbers = [int(n) for n in re.findall(r"\d+", version.split("+")[0].split(".dev")[0])][:4]
    return tuple(numbers + [0] * (4 - len(numbers)))  # type: ignore[return-value]


def version_file_text(version: str, app_name: str, title: str, executable: str) -> str:
    numbers = version_tuple(version)
    strings = {
        "FileDescription": title,
        "FileVersion": version,
        "InternalName": app_name,
        "OriginalFilename": executable,
        "ProductName": title,
        "ProductVersion": version,
    }
    table = ",\n          ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""# -*- coding: utf-8 -*-
# Written by packaging/win_version.py for {app_name} {version}; do not edit.
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers},
    prodvers={numbers},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '{LANGUAGE_ID:04X}{CODE_PAGE:04X}',
        [{table}])
    ]),
    VarFileInfo([VarStruct('Translation', [{LANGUAGE_ID}, {CODE_PAGE}])])
  ]
)
"""


def write_version_file(path: Path, version: str, app_name: str, title: str, executable: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(version_file_text(version, app_name, title, executable), encoding="utf-8")
    return path
