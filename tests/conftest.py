"""Shared fixtures. Every test runs against its own temporary data folder."""

from __future__ import annotations

import os
import shutil
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from kadesk.paths import ENV_DATA_DIR, db_path
from kadesk.services.app import Kadesk
from kadesk.store import db as store_db
from kadesk.store import migrate
from kadesk.store.builtins import seed_builtins


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The slow tests first: xdist hands tests out in this order, and a two-minute test
    started last kept one worker busy while the other had long finished (the run took
    316 s where its 554 s of tests fit in ~280)."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Seconds spent per test folder (set-up, call and teardown, summed over workers): the
    figures docs/benchmarks.md keeps for the suite."""
    spent: Counter[str] = Counter()
    for reports in terminalreporter.stats.values():
        for report in reports:
            if isinstance(report, pytest.TestReport):
                folder = report.nodeid.split("::")[0].rsplit("/", 1)[0]
                spent[folder if folder.startswith("tests/") else "tests"] += report.duration
    if spent:
        terminalreporter.section("seconds per folder")
        for folder, seconds in sorted(spent.items(), key=lambda item: -item[1]):
            terminalreporter.write_line(f"{seconds:8.1f}  {folder}")
        terminalreporter.write_line(f"{sum(spent.values()):8.1f}  in all")


@pytest.fixture(scope="session")
def new_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """What opening a new file makes before it has an identity: the schema migrated and the
    built-in lists seeded. Built once; Alembic and seeding cost 0.3–0.45 s a database."""
    path = tmp_path_factory.mktemp("new-database") / "kadesk.db"
    engine = store_db.make_engine(path)
    with engine.begin() as connection:
        migrate.upgrade(connection)
    with Session(engine) as session, session.begin():
        seed_builtins(session)
    engine.dispose()  # the last connection checkpoints the WAL into the file
    return path


@pytest.fixture(autouse=True)
def new_databases_copied(new_database: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every database a test opens that does not exist yet starts as a copy of
    ``new_database``; it takes its device identity when opened, as a new file does.
    (tests/store/test_migrations.py runs Alembic on new files for real, as do the tests
    that start kadesk in a process of its own.)"""
    make_engine = store_db.make_engine

    def from_copy(path: Path) -> Engine:
        if not path.exists():
            shutil.copyfile(new_database, path)
        return make_engine(path)

    monkeypatch.setattr(store_db, "make_engine", from_copy)


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
