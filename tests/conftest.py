"""Shared fixtures: a fresh migrated database per test, with an installation and operator."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from desktop_app.model import Installation
from desktop_app.storage.database import Database
from desktop_app.storage.open import open_database


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "test.sqlite"


@pytest.fixture(scope="session")
def template_db(tmp_path_factory) -> Path:
    """One database built by ``alembic upgrade head`` for the whole run, with installation
    测试供电所 and operator 测试员; each test gets a copy (migrating costs ten times copying)."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    database = open_database(path)
    with database.write() as s:
        s.add(Installation(name="测试供电所", operator_name="测试员", operator_unit="办公室"))
    database.dispose()
    assert not path.with_name(path.name + "-wal").exists()  # all of it is in the one file
    return path


@pytest.fixture
def db(db_path, template_db) -> Database:
    """A migrated database of the test's own, with installation 测试供电所, operator 测试员."""
    shutil.copyfile(template_db, db_path)
    database = open_database(db_path)
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
