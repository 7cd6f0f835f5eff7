"""What the one-folder build takes and leaves out (packaging/bundle.py), checked without a build:
``make package-test`` checks the build itself."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import bundle
import desktop_app
from desktop_app import resources
from desktop_app.storage import migrate

ROOT = Path(__file__).resolve().parents[2]


def test_the_app_name_is_the_core_s():
    assert bundle.APP_NAME == desktop_app.APP_NAME


def test_languages_are_the_app_s():
    from desktop_app.settings import LANGUAGES

    assert set(bundle.LANGUAGES) == set(LANGUAGES)


def _imports(folder: Path) -> set[str]:
    names = set()
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names |= {a.name for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names.add(node.module)
                names |= {f"{node.module}.{a.name}" for a in node.names}
    return names


def test_nothing_the_app_imports_is_excluded_from_the_build():
    """Importing an excluded module fails only in the build: add the module here first."""
    imported = _imports(ROOT / "desktop_app") | _imports(ROOT / "ui")
    excluded = [m for m in imported for x in bundle.EXCLUDED_MODULES if m == x or m.startswith(x + ".")]
    assert not excluded, f"packaging/bundle.py excludes modules the app imports: {sorted(excluded)}"


def test_data_files_land_where_the_code_looks_for_them_from_source():
    """Every file sits at the same path under the build's _internal/ (sys._MEIPASS) as under the
    repository, so resources.py and migrate.py need no frozen-only path."""
    files = bundle.data_files(ROOT)
    for source, folder in files:
        assert Path(source).resolve().parent.relative_to(ROOT).as_posix() == folder
    destinations = {f"{folder}/{Path(source).name}" for source, folder in files}
    rel = lambda p: p.resolve().relative_to(ROOT).as_posix()  # noqa: E731
    assert rel(resources.SHIPPED_FONT) in destinations
    assert {rel(resources.FONTS_DIR / n) for n in ("LICENSE-Apache-2.0.txt", "wqy-microhei-AUTHORS.txt")} <= destinations
    for qm in (ROOT / "resources" / "translations").glob("*.qm"):
        assert rel(qm) in destinations
    for ts in (ROOT / "resources" / "translations").glob("*.ts"):  # the command line reads these
        assert rel(ts) in destinations
    assert {rel(p) for p in (ROOT / "resources" / "icons").glob("*")} <= destinations
    migrations = migrate.MIGRATIONS_DIR
    assert rel(migrations / "env.py") in destinations
    for version in (migrations / "versions").glob("*.py"):
        assert rel(version) in destinations


def test_data_files_refuse_a_tree_without_compiled_translations(tmp_path):
    (tmp_path / "resources" / "translations").mkdir(parents=True)
    with pytest.raises(SystemExit, match="make translations"):
        bundle.data_files(tmp_path)


@pytest.mark.parametrize(("plugin", "kept"), [
    ("platforms/libqxcb.so", True),
    ("platforms/libqoffscreen.so", True),
    ("platforms/qwindows.dll", True),
    ("platforms/libqwayland.so", False),
    ("platforms/libqeglfs.so", False),
    ("platforms/libqminimal.so", False),
    ("platforms/libqvnc.so", False),
    ("platformthemes/libqxdgdesktopportal.so", True),
    ("platformthemes/libqgtk3.so", False),
    ("platforminputcontexts/libibusplatforminputcontextplugin.so", True),
    ("platforminputcontexts/libcomposeplatforminputcontextplugin.so", True),
    ("platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
    ("imageformats/libqsvg.so", True),
    ("imageformats/libqjpeg.so", True),
    ("imageformats/libqtiff.so", False),
    ("printsupport/libcupsprintersupport.so", True),
    ("xcbglintegrations/libqxcb-glx-integration.so", True),
    ("iconengines/libqsvgicon.so", True),
    ("egldeviceintegrations/libqeglfs-kms-integration.so", False),
    ("generic/libqevdevkeyboardplugin.so", False),
    ("wayland-shell-integration/libxdg-shell.so", False),
    ("tls/libqopensslbackend.so", False),
])
def test_qt_plugins(plugin, kept):
    kind, name = plugin.split("/")
    source = f"/venv/PySide6/Qt/plugins/{kind}/{name}"
    assert bundle.keep_qt_plugin(source, f"PySide6/Qt/plugins/{kind}") is kept
    assert bundle.keep_entry(f"PySide6/Qt/plugins/{kind}/{name}") is kept


@pytest.mark.parametrize(("dest", "kept"), [
    ("PySide6/Qt/translations/qtbase_zh_CN.qm", True),
    ("PySide6/Qt/translations/qt_zh_CN.qm", True),
    ("PySide6/Qt/translations/qtbase_en.qm", True),
    ("PySide6/Qt/translations/qtbase_de.qm", False),
    ("PySide6/Qt/translations/qt_help_zh_CN.qm", False),
    ("resources/translations/app_zh_CN.qm", True),
    ("PySide6/Qt/lib/libQt6Quick.so.6", False),
    ("PySide6/Qt/lib/libQt6WebEngineCore.so.6", False),
    ("libcups.so.2", False),
    ("PySide6/Qt/lib/libQt6Pdf.so.6", True),
    ("PySide6/Qt/lib/libicudata.so.73", True),
    ("libpython3.11.so.1.0", True),
])
def test_collected_files(dest, kept):
    assert bundle.keep_entry(dest) is kept


def test_trim_binaries_drops_what_only_dropped_libraries_needed():
    needs = {
        "/src/libqcups.so": {"libcups.so.2", "libQt6Gui.so.6"},
        "/src/libcups.so.2": {"libgnutls.so.30", "libavahi-client.so.3"},
        "/src/libgnutls.so.30": {"libnettle.so.8"},
        "/src/libavahi-client.so.3": set(),
        "/src/libnettle.so.8": set(),
        "/src/libQt6Gui.so.6": {"libz.so.1"},
        "/src/libz.so.1": set(),
        "/src/_hashlib.so": {"libnettle.so.8"},  # a kept binary still needs nettle
    }
    toc = [
        ("PySide6/Qt/plugins/printsupport/libqcups.so", "/src/libqcups.so", "BINARY"),
        ("libcups.so.2", "/src/libcups.so.2", "BINARY"),
        ("libgnutls.so.30", "/src/libgnutls.so.30", "BINARY"),
        ("libavahi-client.so.3", "/src/libavahi-client.so.3", "BINARY"),
        ("libnettle.so.8", "/src/libnettle.so.8", "BINARY"),
        ("libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
        ("libz.so.1", "/src/libz.so.1", "BINARY"),
        ("lib-dynload/_hashlib.so", "/src/_hashlib.so", "EXTENSION"),
    ]
    kept = [dest for dest, _src, _kind in bundle.trim_binaries(toc, lambda s: needs[s])]
    assert kept == ["PySide6/Qt/plugins/printsupport/libqcups.so", "libnettle.so.8", "libQt6Gui.so.6",
                    "libz.so.1", "lib-dynload/_hashlib.so"]


def test_trim_datas_drops_links_to_files_no_longer_collected():
    binaries = [("PySide6/Qt/lib/libQt6Core.so.6", "/src/libQt6Core.so.6", "BINARY")]
    datas = [
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6Quick.so.6", "PySide6/Qt/lib/libQt6Quick.so.6", "SYMLINK"),
        # a target relative to the link's own folder
        ("PySide6/Qt/lib/README.md", "../../../resources/fonts/README.md", "SYMLINK"),
        ("PySide6/Qt/lib/gone.md", "../../../resources/fonts/gone.md", "SYMLINK"),
        ("resources/fonts/README.md", "/src/README.md", "DATA"),
    ]
    kept = [dest for dest, _src, _kind in bundle.trim_datas(datas, binaries)]
    assert kept == ["libQt6Core.so.6", "PySide6/Qt/lib/README.md", "resources/fonts/README.md"]


def test_hidden_imports_take_every_page_but_not_the_migrations():
    def collect(package):
        return {"ui": ["ui", "ui.pages.handbook_page", "ui.i18n.build"],
                "desktop_app": ["desktop_app", "desktop_app.migrations", "desktop_app.migrations.env",
                                "desktop_app.migrations.versions.0001_initial"]}[package]

    hidden = bundle.hidden_imports(collect)
    assert "ui.pages.handbook_page" in hidden and "desktop_app.migrations" in hidden
    assert not {"ui.i18n.build", "desktop_app.migrations.env"} & set(hidden)
    assert set(bundle.HIDDEN_IMPORTS) <= set(hidden)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF files")
def test_elf_needed_lists_direct_links_only():
    import _ctypes

    path = _ctypes.__file__
    needed = bundle.elf_needed(path)
    readelf = shutil.which("readelf")
    if readelf:
        out = subprocess.run([readelf, "-d", path], capture_output=True, text=True, check=True).stdout
        expected = {line.split("[", 1)[1].rstrip("]") for line in out.splitlines() if "(NEEDED)" in line}
        assert needed == expected
    assert bundle.elf_needed(Path(bundle.__file__)) == set()  # not an ELF file


def test_interpreter_binaries_are_only_the_interpreter_s():
    for pattern in bundle.INTERPRETER_BINARIES:
        assert pattern.startswith("_internal/") and ".libs" not in pattern
