"""The Windows version resource written from desktop_app.__version__ (packaging/win_version.py)."""

from __future__ import annotations

import sys
import types

import pytest

import win_version
from desktop_app import APP_NAME, APP_TITLE, __version__


@pytest.mark.parametrize(("version", "numbers"), [
    ("0.1.0", (0, 1, 0, 0)), ("1.2", (1, 2, 0, 0)), ("2.0.1.dev3", (2, 0, 1, 0)),
    ("1.2.3.4.5", (1, 2, 3, 4)), ("1.0.0+local7", (1, 0, 0, 0)),
])
def test_version_tuple(version, numbers):
    assert win_version.version_tuple(version) == numbers


def test_pyinstaller_reads_the_version_file(tmp_path, monkeypatch):
    pytest.importorskip("PyInstaller")  # the `package` extra
    # versioninfo imports Windows-only modules at the top; reading a text file needs neither
    monkeypatch.setitem(sys.modules, "pefile", types.ModuleType("pefile"))
    import PyInstaller.compat

    monkeypatch.setattr(PyInstaller.compat, "win32api", None, raising=False)
    monkeypatch.delitem(sys.modules, "PyInstaller.utils.win32.versioninfo", raising=False)
    from PyInstaller.utils.win32 import versioninfo

    path = win_version.write_version_file(tmp_path / "v.txt", __version__, APP_NAME, APP_TITLE, f"{APP_NAME}.exe")
    info = versioninfo.load_version_info_from_text_file(str(path))
    major, minor, patch, build = win_version.version_tuple(__version__)
    assert (info.ffi.fileVersionMS, info.ffi.fileVersionLS) == ((major << 16) | minor, (patch << 16) | build)
    strings = {s.name: s.val for s in info.kids[0].kids[0].kids}
    assert strings["ProductVersion"] == __version__
    assert strings["ProductName"] == APP_TITLE
    assert strings["OriginalFilename"] == f"{APP_NAME}.exe"
    assert info.toRaw()  # serialises to the binary resource
