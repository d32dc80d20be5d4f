"""The kadesk command, headless: version, database check and backup, refusals."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kadesk import __version__
from kadesk.cli import main
from kadesk.domain.records import AccountFields
from kadesk.paths import db_path
from kadesk.services.app import Kadesk


def run(*args: str) -> int:
    return main(list(args))


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        run("--version")
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"kadesk {__version__}"


def test_module_entry_point_runs(data_dir: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "kadesk", "db", "check"],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert "ok" in result.stdout
    assert (data_dir / "kadesk.db").exists()


def test_data_dir_option_beats_environment(tmp_path: Path, data_dir: Path) -> None:
    other = tmp_path / "elsewhere"
    assert run("--data-dir", str(other), "db", "check") == 0
    assert (other / "kadesk.db").exists()
    assert not (data_dir / "kadesk.db").exists()


@pytest.mark.parametrize("where", ["before", "after", "nested"])
def test_data_dir_before_or_after_the_command(tmp_path: Path, data_dir: Path,
                                              where: str) -> None:
    other = str(tmp_path / "elsewhere")
    args = {"before": ["--data-dir", other, "db", "check"],
            "after": ["db", "check", "--data-dir", other],
            "nested": ["--data-dir", str(tmp_path / "ignored"), "db", "--data-dir", other,
                       "check"]}[where]
    assert run(*args) == 0
    assert (tmp_path / "elsewhere" / "kadesk.db").exists()
    assert not (data_dir / "kadesk.db").exists()
    assert not (tmp_path / "ignored" / "kadesk.db").exists()  # the later one counts


def test_demo_takes_data_dir_after_the_command(tmp_path: Path) -> None:
    assert run("demo", "--data-dir", str(tmp_path / "演示"), "--accounts", "3",
               "--contacts", "3", "--visits", "3", "--quiet") == 0
    with Kadesk.open(tmp_path / "演示" / "kadesk.db") as app:
        assert app.accounts.count() == 3


def test_check_reports_counts(capsys: pytest.CaptureFixture[str]) -> None:
    with Kadesk.open(db_path()) as app:
        app.accounts.create(AccountFields(name="华为技术有限公司"))
    assert run("db", "check") == 0
    assert "1 accounts" in capsys.readouterr().out


def test_backup_is_a_complete_database(tmp_path: Path) -> None:
    with Kadesk.open(db_path()) as app:
        app.accounts.create(AccountFields(name="招商银行股份有限公司"))
    target = tmp_path / "备份" / "kadesk-backup.db"
    assert run("db", "backup", str(target)) == 0
    copy = sqlite3.connect(target)
    assert copy.execute("select name from account").fetchall() == [("招商银行股份有限公司",)]
    assert copy.execute("pragma integrity_check").fetchone() == ("ok",)
    copy.close()
    assert not list(target.parent.glob(".*partial"))


def test_backup_refuses_to_overwrite_without_force(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "old.db"
    target.write_bytes(b"keep me")
    assert run("db", "backup", str(target)) == 2
    assert "--force" in capsys.readouterr().err
    assert target.read_bytes() == b"keep me"
    assert run("db", "backup", str(target), "--force") == 0
    assert target.read_bytes().startswith(b"SQLite format 3")


def test_backup_refuses_the_database_itself(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("db", "check") == 0
    before = db_path().read_bytes()
    assert run("db", "backup", str(db_path()), "--force") == 2
    assert "cannot overwrite" in capsys.readouterr().err
    assert db_path().read_bytes() == before


def test_second_instance_is_refused_with_a_clear_message(
        capsys: pytest.CaptureFixture[str]) -> None:
    with Kadesk.open(db_path()):
        assert run("db", "check") == 2
    err = capsys.readouterr().err
    assert "already open" in err
    assert str(db_path()) in err


def test_demo_refuses_negative_counts(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        run("demo", "--accounts", "-5")
    assert done.value.code == 2
    assert "'-5' is not a whole number" in capsys.readouterr().err


def test_backup_to_an_unwritable_place_says_so(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    assert run("db", "backup", str(blocker / "backup.db")) == 2
    err = capsys.readouterr().err
    assert "Nothing was changed" in err
    assert blocker.read_text() == "not a folder"
