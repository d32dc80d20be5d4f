"""Shared fixtures. Every test runs against its own temporary data folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from kadesk.paths import ENV_DATA_DIR, db_path
from kadesk.services.app import Kadesk


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point kadesk's data folder at a temp dir so no test touches a real database."""
    folder = tmp_path / "data"
    monkeypatch.setenv(ENV_DATA_DIR, str(folder))
    return folder


@pytest.fixture(autouse=True)
def qsettings(tmp_path: Path) -> Path:
    """Window layout and other QSettings go to a temp folder, not the user's config."""
    from PySide6.QtCore import QSettings

    folder = tmp_path / "qsettings"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture
def app(data_dir: Path) -> Iterator[Kadesk]:
    """A fresh, empty kadesk database (built-in lists seeded), closed after the test."""
    with Kadesk.open(db_path()) as opened:
        yield opened
