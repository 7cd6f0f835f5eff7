"""Shared fixtures: a fresh migrated database per test, with an installation and operator."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from desktop_app.model import Installation
from desktop_app.storage.database import Database
from desktop_app.storage.open import open_database


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "test.sqlite"


@pytest.fixture
def db(db_path) -> Database:
    """A database built by ``alembic upgrade head``, with installation 测试供电所, operator 测试员."""
    database = open_database(db_path)
    with database.write() as s:
        s.add(Installation(name="测试供电所", operator_name="测试员", operator_unit="办公室"))
    database.reload_identity()
    yield database
    database.dispose()


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch):
    """QSettings and the app-data folder point into the test's own directory."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    try:
        from PySide6.QtCore import QSettings
    except ImportError:  # core-only environments
        return
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "config"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "config"))
