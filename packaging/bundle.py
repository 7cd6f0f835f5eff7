"""What goes into the one-folder build, and what is left out: used by ``internal-service.spec``
and the Qt hook in ``hooks/``, read by ``smoke_test.py`` and the tests in ``tests/packaging/``.

Everything here is data and functions of their arguments (elf_needed reads the file it is
given), so the choices can be tested without a build.
Paths inside the build are relative to its contents folder (``_internal/``, ``sys._MEIPASS``),
the same layout ``desktop_app/resources.py`` and ``desktop_app/storage/migrate.py`` expect from
source: ``resources/…`` and ``desktop_app/migrations/…``.
"""

from __future__ import annotations

import fnmatch
import mmap
import struct
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

APP_NAME = "internal-service"  # the same as desktop_app.APP_NAME (a test compares them)

# Every language the app offers (desktop_app.settings.LANGUAGES): Qt's own catalogues for any
# other language are left out (they were 7 MB).
LANGUAGES = ("zh_CN", "en")

# Python modules never to collect. Importing any of them from the app fails in the build.
EXCLUDED_MODULES = [
    # PyInstaller aborts when two Qt bindings are collected; pyqtgraph probes them all
    "PyQt5", "PyQt6", "PySide2",
    # Qt modules the app doesn't use. QtNetwork and QtDBus come in as hidden imports of every
    # PySide6 module (their libraries stay: QtGui and QtPdf link them); QtTest is optional to
    # pyqtgraph, which imports it in a try.
    "PySide6.QtNetwork", "PySide6.QtDBus", "PySide6.QtTest",
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtQuick3D",
    "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtWebEngineQuick",
    "PySide6.QtWebChannel", "PySide6.QtWebSockets",
    "PySide6.Qt3DCore", "PySide6.Qt3DRender", "PySide6.Qt3DExtras",
    "PySide6.QtMultimedia", "PySide6.QtMultimediaWidgets", "PySide6.QtSql",
    "PySide6.QtCharts", "PySide6.QtDataVisualization", "PySide6.QtGraphs",
    "PySide6.QtDesigner", "PySide6.QtUiTools", "PySide6.QtHelp",
    # pyqtgraph's optional parts: 3-D (PyOpenGL), notebooks, examples, other plotting stacks
    "pyqtgraph.opengl", "pyqtgraph.jupyter", "pyqtgraph.examples", "OpenGL",
    "matplotlib", "scipy", "IPython", "h5py", "cupy", "numba", "pandas", "colorcet",
    # lxml: python-docx and openpyxl use only lxml.etree (objectify alone is 2.8 MB)
    "lxml.objectify", "lxml.html", "lxml.isoschematron",
    # syntax highlighting (Mako's error pages fall back without it) and numpy's Fortran wrapper
    # generator: 5 MB of bytecode the app never runs
    "pygments", "numpy.f2py",
    # Tk and the test tools (pypdf is the smoke test's, not the app's)
    "tkinter", "_tkinter", "PIL.ImageTk", "PIL._imagingtk",
    "pytest", "_pytest", "pytestqt", "pypdf", "pluggy", "iniconfig",
    # Pillow is needed (reportlab imports PIL.Image) but the app opens no images: its AVIF
    # codec alone is 4.7 MB of libraries. Pillow reports the format unsupported without it.
    "PIL._avif",
    # The build tools themselves
    "PyInstaller", "setuptools", "pip", "wheel",
]

# Imported by name at run time, so PyInstaller can't see them: pyqtgraph imports
# f"{QT_LIB}.QtOpenGL" and f"{QT_LIB}.QtOpenGLWidgets" with importlib when it loads its curves
# (graphicsItems/PlotCurveItem.py, Qt/OpenGLHelpers.py), whether or not OpenGL is used.
HIDDEN_IMPORTS = ["PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets"]

# Modules whose source must also be on disk, not only in the archive: python-docx finds its
# templates (collected by its hook) as docx/parts/../templates/…, a path that only resolves
# when the folder docx/parts exists ("minutes … -o FILE.docx" failed without it).
MODULE_COLLECTION_MODE = {"docx.parts": "pyz+py"}

# Qt plugins the app never loads. Filtered inside the QtGui hook, before PyInstaller analyses
# the plugins' libraries: the GTK theme drags in GTK, cairo and pango; the virtual keyboard
# drags in QtQuick and QtQml; Wayland and EGLFS their own client libraries.
# On Wayland desktops Qt falls back to xcb (XWayland), which is why xcb stays.
DROPPED_PLUGIN_TYPES = {
    "egldeviceintegrations", "generic",
    "wayland-decoration-client", "wayland-graphics-integration-client", "wayland-shell-integration",
    "networkaccess", "networkinformation", "tls", "sqldrivers", "qmltooling",
}
DROPPED_PLUGINS = {
    "platforms": ("*wayland*", "*eglfs*", "*linuxfb*", "*minimal*", "*vnc*", "*vkkhrdisplay*", "*direct2d*"),
    "platformthemes": ("*gtk3*",),
    "platforminputcontexts": ("*virtualkeyboard*",),
    # PNG is built into Qt; SVG, ICO, JPEG and GIF cover icons and anything a style may load
    "imageformats": ("*tiff*", "*webp*", "*tga*", "*wbmp*", "*icns*", "*qpdf*"),
}

# Taken from the system at run time, not copied from the build machine: libcups must match the
# local CUPS set-up and brought 8 MB of its own dependencies (GnuTLS, Kerberos, Avahi…). Every
# desktop with a printer has it; without it Qt's print plugin doesn't load and there is nothing
# to print to anyway.
SYSTEM_LIBRARIES = ("libcups.so*",)

# Libraries that must never be in the build whatever pulled them in (smoke_test.py checks the
# folder for them too): a sign that an exclusion above stopped working.
FORBIDDEN_LIBRARIES = (
    "*Qt6WebEngine*", "*Qt6Quick*", "*Qt6Qml*", "*Qt63D*", "*Qt6Multimedia*", "*Qt6VirtualKeyboard*",
    "*Qt6Wayland*", "*Qt6Sql*", "*libgtk-3*", "*tcl8*", "*tk8*",
)


# Parts of the build that come from the Python interpreter on the build machine and may carry
# debug information (pyenv's libpython3.11 has 16 MB of it): build.py runs `strip --strip-debug`
# on them. Libraries from wheels are left alone: auditwheel rewrote their headers with
# patchelf, and strip has been known to corrupt such files.
INTERPRETER_BINARIES = ("_internal/libpython3*.so*", "_internal/python3*/lib-dynload/*.so")


def keep_qt_plugin(source: str, dest_dir: str) -> bool:
    """False for a Qt plugin file (``source``, collected into ``dest_dir``) the app never loads."""
    parts = _path(dest_dir).parts
    if "plugins" not in parts:
        return True
    plugin_type = "/".join(parts[parts.index("plugins") + 1:])
    if plugin_type in DROPPED_PLUGIN_TYPES:
        return False
    name = _path(source).name.lower()
    return not any(fnmatch.fnmatch(name, p) for p in DROPPED_PLUGINS.get(plugin_type, ()))


def keep_entry(dest_name: str) -> bool:
    """False for a collected file (by its path in the build) the app doesn't need."""
    dest = _path(dest_name)
    if "translations" in dest.parts and dest.suffix == ".qm" and dest.parts[:1] == ("PySide6",):
        # the app loads Qt's "qtbase" catalogue; "qt" is the meta-catalogue naming it
        return any(dest.stem in (f"qt_{lang}", f"qtbase_{lang}") for lang in LANGUAGES)
    if any(fnmatch.fnmatch(dest.name, p) for p in FORBIDDEN_LIBRARIES + SYSTEM_LIBRARIES):
        return False
    if "plugins" in dest.parts:
        return keep_qt_plugin(dest.name, str(dest.parent))
    return True


def trim_binaries(toc: Iterable[tuple], needs: Callable[[str], Iterable[str]]) -> list[tuple]:
    """A PyInstaller TOC of binaries (``(dest_name, source, typecode)``) without what keep_entry
    drops, nor the libraries that only the dropped ones linked to.

    ``needs(source)`` names the libraries a binary links to (DT_NEEDED, PE imports). A library
    that any kept binary links to stays, with everything it links to.
    """
    toc = list(toc)
    dropped = [e for e in toc if not keep_entry(e[0])]
    kept = [e for e in toc if keep_entry(e[0])]
    if not dropped:
        return kept
    by_name = {_path(e[0]).name: e for e in kept}
    suspects: set[str] = set()
    todo = [e[1] for e in dropped]
    while todo:  # everything the dropped ones pulled in, directly or through each other
        for name in needs(todo.pop()):
            if name in by_name and name not in suspects:
                suspects.add(name)
                todo.append(by_name[name][1])
    todo = [e[1] for name, e in by_name.items() if name not in suspects]
    while todo:  # …less what a kept binary links to
        for name in needs(todo.pop()):
            if name in suspects:
                suspects.discard(name)
                todo.append(by_name[name][1])
    return [e for e in kept if _path(e[0]).name not in suspects]


def trim_datas(toc: Iterable[tuple], binaries: Iterable[tuple]) -> list[tuple]:
    """A TOC of data files without what keep_entry drops, nor symbolic links (PyInstaller lists
    them here) to a file that is no longer collected."""
    kept = [e for e in toc if keep_entry(e[0])]
    present = {_path(e[0]) for e in kept} | {_path(e[0]) for e in binaries}
    return [e for e in kept if e[2] != "SYMLINK" or _resolve(_path(e[0]).parent, e[1]) in present]


def elf_needed(path: str | Path) -> set[str]:
    """The libraries an ELF file links to directly (its DT_NEEDED entries); empty for any other
    file. ldd, which PyInstaller uses, lists them transitively: a plugin would then seem to need
    everything its dropped library needs."""
    with open(path, "rb") as f:
        if f.read(4) != b"\x7fELF":
            return set()
        with mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as data:
            return _dynamic_needed(data)


def _dynamic_needed(data: mmap.mmap) -> set[str]:
    order = "<" if data[5] == 1 else ">"
    if data[4] == 2:  # 64-bit
        (shoff,) = struct.unpack_from(order + "Q", data, 0x28)
        shentsize, shnum = struct.unpack_from(order + "HH", data, 0x3A)
        section, dyn = order + "IIQQQQIIQQ", order + "qQ"
    else:
        (shoff,) = struct.unpack_from(order + "I", data, 0x20)
        shentsize, shnum = struct.unpack_from(order + "HH", data, 0x2E)
        section, dyn = order + "IIIIIIIIII", order + "iI"
    # section header fields: name, type, flags, addr, offset, size, link, …
    sections = [struct.unpack_from(section, data, shoff + i * shentsize) for i in range(shnum)]
    needed = set()
    for _name, kind, _flags, _addr, offset, size, link, *_ in sections:
        if kind != 6:  # SHT_DYNAMIC; its link is the string table (.dynstr)
            continue
        strings = sections[link][4]
        for at in range(offset, offset + size, struct.calcsize(dyn)):
            tag, value = struct.unpack_from(dyn, data, at)
            if tag == 0:  # DT_NULL ends the table
                break
            if tag == 1:  # DT_NEEDED
                start = strings + value
                needed.add(data[start:data.find(b"\0", start)].decode())
    return needed


def data_files(root: Path) -> list[tuple[str, str]]:
    """``(source, folder in the build)`` pairs: the files the app reads from disk.

    Raises SystemExit when the compiled translations are missing (``make translations``).
    """
    res = root / "resources"
    migrations = root / "desktop_app" / "migrations"
    groups = {
        # the font and its licence travel together (resources/fonts/README.md)
        "resources/fonts": [res / "fonts" / n for n in
                            ("wqy-microhei.ttc", "LICENSE-Apache-2.0.txt", "wqy-microhei-AUTHORS.txt", "README.md")],
        # .qm for the interface, .ts for the command line's messages (desktop_app/i18n.py reads it)
        "resources/translations": sorted((res / "translations").glob("app_*.qm"))
        + sorted((res / "translations").glob("app_*.ts")),
        "resources/icons": sorted(p for p in (res / "icons").glob("*") if p.suffix in (".svg", ".png", ".ico")),
        # Alembic reads env.py and the versions from disk (desktop_app/storage/migrate.py)
        "desktop_app/migrations": sorted(migrations.glob("*.py")) + [migrations / "script.py.mako"],
        "desktop_app/migrations/versions": sorted((migrations / "versions").glob("*.py")),
    }
    if not list((res / "translations").glob("app_*.qm")):
        raise SystemExit("no compiled translations in resources/translations: run `make translations` first")
    missing = [str(p) for files in groups.values() for p in files if not p.is_file()]
    if missing:
        raise SystemExit(f"files the build needs are missing: {', '.join(missing)}")
    return [(str(p), folder) for folder, files in groups.items() for p in files]


def hidden_imports(collect_submodules: Callable[..., list[str]]) -> list[str]:
    """Every module of ``ui`` (pages are imported by name when first shown: ui/pages/deferred.py)
    and of the core, less the migrations (loaded from disk by Alembic, not imported) and the
    translation build tool."""
    skip = ("desktop_app.migrations.", "ui.i18n.build")
    modules = collect_submodules("ui") + collect_submodules("desktop_app")
    return HIDDEN_IMPORTS + [m for m in modules if not m.startswith(skip)]


def _path(name: str) -> PurePosixPath:
    return PurePosixPath(name.replace("\\", "/"))


def _resolve(folder: PurePosixPath, target: str) -> PurePosixPath:
    parts: list[str] = list(folder.parts)
    for part in _path(target).parts:
        if part == "..":
            parts = parts[:-1]
        elif part != ".":
            parts.append(part)
    return PurePosixPath(*parts)
