"""Opening a database: one instance at a time, device identity, clocks that persist."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kadesk.domain.builtins import builtin_items
from kadesk.domain.errors import DatabaseLockedError, NotADatabaseError
from kadesk.domain.hlc import from_ms
from kadesk.domain.records import AccountFields
from kadesk.services.app import Kadesk
from kadesk.store import models as m
from kadesk.store.db import Database

ROOT = Path(__file__).resolve().parents[2]


def run_python(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code), *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120, check=False)


TRY_OPEN = """
    import sys
    from pathlib import Path
    from kadesk.domain.errors import DatabaseLockedError
    from kadesk.store.db import Database
    try:
        Database(Path(sys.argv[1])).close()
    except DatabaseLockedError as error:
        print("LOCKED", error)
        sys.exit(3)
    print("OPENED")
"""


def test_second_instance_in_the_same_process_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "kadesk.db"
    first = Database(path)
    try:
        with pytest.raises(DatabaseLockedError) as refused:
            Database(path)
        assert refused.value.code == "locked"
        assert str(path) in str(refused.value)
        # The first one is unharmed.
        with Kadesk(first) as app:
            assert app.accounts.create(AccountFields(name="华为")).record.name == "华为"
    finally:
        first.close()
    Database(path).close()  # released on close


def test_second_process_is_refused_while_the_first_holds_it(tmp_path: Path) -> None:
    path = tmp_path / "kadesk.db"
    with Database(path):
        result = run_python(TRY_OPEN, str(path))
        assert result.returncode == 3, result.stderr
        assert "LOCKED" in result.stdout and str(path) in result.stdout
    result = run_python(TRY_OPEN, str(path))
    assert result.returncode == 0, result.stderr
    assert "OPENED" in result.stdout


def test_lock_is_released_when_the_holder_dies(tmp_path: Path) -> None:
    path = tmp_path / "kadesk.db"
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent("""
            import sys, time
            from pathlib import Path
            from kadesk.store.db import Database
            db = Database(Path(sys.argv[1]))
            print("HOLDING", flush=True)
            time.sleep(120)
        """), str(path)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "HOLDING"
        with pytest.raises(DatabaseLockedError):
            Database(path)
        holder.kill()  # no close(), no clean-up: the OS must drop the lock
        holder.wait(timeout=30)
        Database(path).close()
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait(timeout=30)


def test_reopening_keeps_the_device_and_the_clocks(tmp_path: Path) -> None:
    path = tmp_path / "kadesk.db"
    with Kadesk.open(path) as app:
        device, database = app.db.device_id, app.db.database_id()
        first = app.accounts.create(AccountFields(name="甲")).record.id
        # A peer's clock ran far ahead; we saw its stamp. It must survive a restart.
        ahead = from_ms(2 ** 44)
        app.db.clock.clock.observe(ahead)
        app.accounts.update(first, notes="见过远方时钟")
        with app.db.read() as session:
            old_hlc = session.scalar(select(func.max(m.FieldClock.hlc)))
            old_seq = session.scalar(select(m.LocalState.seq))
        assert old_hlc is not None and old_hlc > ahead
    with Kadesk.open(path) as app:
        assert app.db.device_id == device
        assert app.db.database_id() == database
        second = app.accounts.create(AccountFields(name="乙")).record.id
        with app.db.read() as session:
            row = session.get(m.Account, second)
            assert row is not None
            assert row.row_hlc > old_hlc
            assert row.row_seq > old_seq  # type: ignore[operator]
            assert row.row_device == device


def test_copied_file_speaks_as_a_new_device(tmp_path: Path) -> None:
    original = tmp_path / "laptop" / "kadesk.db"
    with Kadesk.open(original) as app:
        device, database = app.db.device_id, app.db.database_id()
        account = app.accounts.create(AccountFields(name="重庆银行")).record
        with app.db.read() as session:
            old_seq = session.scalar(select(m.LocalState.seq))
    copy = tmp_path / "usb-stick" / "kadesk.db"
    copy.parent.mkdir()
    for suffix in ("", "-wal", "-shm"):
        source = original.with_name(original.name + suffix)
        if source.exists():
            shutil.copyfile(source, copy.with_name(copy.name + suffix))
    with Kadesk.open(copy) as app:
        assert app.db.device_id != device
        assert app.db.database_id() == database
        assert app.accounts.get(account.id) == account
        saved = app.accounts.update(account.id, notes="副本上的修改")
        with app.db.read() as session:
            clock = session.get(m.FieldClock, ("account", account.id, "notes"))
            assert clock is not None and clock.device == app.db.device_id
            assert clock.seq > old_seq  # type: ignore[operator]
        assert saved.record.notes == "副本上的修改"
        copy_device = app.db.device_id
    # The copy keeps its new identity; the original keeps its old one.
    with Kadesk.open(copy) as app:
        assert app.db.device_id == copy_device
    with Kadesk.open(original) as app:
        assert app.db.device_id == device


def test_builtins_seeded_once_with_the_same_ids_everywhere(tmp_path: Path) -> None:
    expected = {item_id for item_id, _ in builtin_items()}
    seen = []
    for name in ("a", "b"):
        path = tmp_path / name / "kadesk.db"
        for _ in range(2):  # reopening must not add them again
            with Database(path) as db, db.read() as session:
                rows = list(session.scalars(select(m.ListItem)))
                assert len(rows) == len(expected)
                assert all(r.row_hlc == 0 and r.row_seq == 0 for r in rows), "genesis stamp"
                seen.append({(r.id, r.code, r.label_zh) for r in rows})
    assert {i for i, _, _ in seen[0]} == expected
    assert seen[0] == seen[1] == seen[2] == seen[3]


def test_data_dir_comes_from_the_environment(data_dir: Path) -> None:
    from kadesk.paths import db_path

    assert db_path() == data_dir.resolve() / "kadesk.db"
    assert db_path(data_dir.parent / "elsewhere") == (data_dir.parent / "elsewhere").resolve(
        ) / "kadesk.db"


@pytest.mark.parametrize("content", [b"not a database " * 400,
                                     b"SQLite format 3\x00" + b"\xff" * 4080])
def test_a_file_that_is_not_a_database_is_named_and_left_alone(tmp_path: Path,
                                                              content: bytes) -> None:
    path = tmp_path / "kadesk.db"
    path.write_bytes(content)
    for _ in range(2):  # the failed open let go of the lock: the second says the same
        with pytest.raises(NotADatabaseError) as refused:
            Database(path)
        assert refused.value.code == "not_a_database"
        assert str(path) in refused.value.message()
    assert path.read_bytes() == content
