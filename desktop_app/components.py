"""The open-source components the app is built from, with their licences, for the About dialog
(and anyone asking what ships inside an installation)."""

from __future__ import annotations

import platform
from dataclasses import dataclass
from importlib import metadata

__all__ = ["COMPONENTS", "Component", "installed_version"]


@dataclass(frozen=True)
class Component:
    name: str
    distribution: str  # its package name, for the installed version; "" when it has none
    licence: str
    url: str


COMPONENTS = (
    Component("Python", "", "PSF License", "https://www.python.org"),
    Component("Qt for Python (PySide6)", "PySide6-Essentials", "LGPL-3.0", "https://www.qt.io/qt-for-python"),
    Component("Qt", "PySide6-Essentials", "LGPL-3.0", "https://www.qt.io"),
    Component("SQLAlchemy", "SQLAlchemy", "MIT", "https://www.sqlalchemy.org"),
    Component("Alembic", "alembic", "MIT", "https://alembic.sqlalchemy.org"),
    Component("SQLite", "", "Public domain", "https://sqlite.org"),
    Component("ReportLab", "reportlab", "BSD-3-Clause", "https://www.reportlab.com"),
    Component("pyqtgraph", "pyqtgraph", "MIT", "https://www.pyqtgraph.org"),
    Component("NumPy", "numpy", "BSD-3-Clause", "https://numpy.org"),
    Component("openpyxl", "openpyxl", "MIT", "https://openpyxl.readthedocs.io"),
    Component("python-docx", "python-docx", "MIT", "https://github.com/python-openxml/python-docx"),
    Component("platformdirs", "platformdirs", "MIT", "https://github.com/tox-dev/platformdirs"),
    Component("pypinyin", "pypinyin", "MIT", "https://github.com/mozillazg/python-pinyin"),
    Component("文泉驿微米黑 WenQuanYi Micro Hei", "", "Apache-2.0", "http://wenq.org"),
)


def installed_version(component: Component) -> str:
    """The version in use, or "" when it can't be told."""
    if component.name == "Python":
        return platform.python_version()
    if component.name == "SQLite":
        import sqlite3

        return sqlite3.sqlite_version
    if not component.distribution:
        return ""
    try:
        return metadata.version(component.distribution)
    except metadata.PackageNotFoundError:  # a frozen build may carry no metadata
        return ""
