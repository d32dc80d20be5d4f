"""A process killed (SIGKILL) while it imports a package: the database opens, passes
SQLite's integrity check, and holds either all of the package or none of it.

The kills land at stratified random points across one measured import (opening the
package, checking every row, the full copy before joining a team, the merge
transaction with its undo journal, the commit). Undo works exactly when the
import committed, and puts the database back.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from kadesk.domain.errors import SyncError
from kadesk.domain.records import AccountFields
from kadesk.services.app import Kadesk
from kadesk.services.demo import DemoSize, generate
from kadesk.store import maintenance
from kadesk.store.sync_schema import table_specs

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")

KILLS = 4

# Prints "ready" once the database is open, then imports; the parent kills it.
CHILD = textwrap.dedent("""
    import sys
    from pathlib import Path
    from kadesk.services.app import Kadesk
    with Kadesk.open(Path(sys.argv[1])) as app:
        print("ready", flush=True)
        app.sync.import_package(Path(sys.argv[2]), join_team=True)
    print("done", flush=True)
""")


def digest(db: Path) -> str:
    """The synced content (ids and synced columns of every table) and the list of
    imported packages: equal before and after a kill, or equal to a whole import."""
    con = sqlite3.connect(db)
    try:
        hashed = hashlib.sha256()
        for table, spec in table_specs().items():
            for row in con.execute(f"SELECT id, {', '.join(spec.columns)} FROM {table} "
                                   "ORDER BY id"):
                hashed.update(repr(row).encode())
        for row in con.execute("SELECT package_id FROM sync_package ORDER BY package_id"):
            hashed.update(repr(row).encode())
        hashed.update(repr(con.execute("SELECT team_id FROM local_state").fetchone()).encode())
        return hashed.hexdigest()
    finally:
        con.close()


def spawn(db: Path, package: Path) -> subprocess.Popen[str]:
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(db), str(package)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             cwd=Path(__file__).parents[2])
    assert child.stdout is not None
    first = child.stdout.readline().strip()
    assert first == "ready", child.stderr.read() if child.stderr else first
    return child


def copy_db(source: Path, target: Path) -> Path:
    target.mkdir(parents=True)
    shutil.copy2(source, target / source.name)
    return target / source.name


def test_kill_during_import_leaves_all_or_nothing(tmp_path: Path) -> None:
    # Another team's data set, big enough that an import takes a second or two.
    with Kadesk.open(tmp_path / "总部" / "kadesk.db") as office:
        generate(office, DemoSize(accounts=60, contacts=900, visits=1800), seed=6)
        package = office.sync.export_full(tmp_path / "总部.kadesk-sync").path
    with Kadesk.open(tmp_path / "张伟" / "kadesk.db") as rep:
        rep.accounts.create(AccountFields(name="张伟自己的客户有限公司"))
        template = rep.db.path
    before = digest(template)

    # One whole import, timed from "ready": the window the kills are spread over.
    whole = copy_db(template, tmp_path / "whole")
    child = spawn(whole, package)
    start = time.monotonic()
    _, errors = child.communicate(timeout=60)
    span = time.monotonic() - start
    assert child.returncode == 0, errors
    after = digest(whole)
    assert after != before

    rng = random.Random()
    outcomes = []
    for n in range(KILLS):
        db = copy_db(template, tmp_path / f"kill-{n}")
        delay = span * (0.05 + 0.9 * (n + rng.random()) / KILLS)
        child = spawn(db, package)
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=30)
        where = f"killed {delay:.2f} s into a {span:.2f} s import"
        with Kadesk.open(db) as app:  # opens: the lock and the WAL recover
            assert maintenance.integrity_problems(app.db) == [], where
        state = digest(db)
        assert state in (before, after), f"{where}: the database holds part of the package"
        outcomes.append("none" if state == before else "all")
        with Kadesk.open(db) as app:  # an undo journal exactly when the import committed
            if state == after:
                assert app.sync.undo_import().journal.name.startswith("before-import-"), where
            else:
                with pytest.raises(SyncError):
                    app.sync.undo_import()
        assert digest(db) == before, where
        if state == before and outcomes.count("none") == 1:  # and it still imports
            with Kadesk.open(db) as app:
                assert app.sync.import_package(package, join_team=True).changed, where
            assert digest(db) == after, where
    assert "none" in outcomes, f"no kill landed before the commit ({outcomes}, {span:.2f} s)"
