"""Property tests of sync: convergence, idempotence, order independence, causality,
no silent loss, atomicity, an acyclic displayed hierarchy and round trip
(replicas.py), with packages read by any replica and files restored from older
copies or cloned to new laptops (G6, G7), and proof that they catch a broken
merge rule.

`make test` runs 100 examples of up to 25 steps each, new ones every run (no
example database, not derandomized); they take about a third of the suite's
time. For thousands:

    KADESK_SYNC_EXAMPLES=3000 .venv/bin/python -m pytest tests/sync/test_properties.py
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis.stateful import run_state_machine_as_test

from kadesk.domain import merge
from kadesk.services.app import Kadesk
from kadesk.services.sync import SyncService
from kadesk.store import db
from kadesk.sync.crypto import DeviceKeys
from tests.sync.replicas import Ids, Replicas

EXAMPLES = int(os.environ.get("KADESK_SYNC_EXAMPLES", "100"))
# Since files are copied, restored and cloned (issue 15) a run does more: 868 s for 200
# examples on a machine loaded 4x (2 cores, load 8), where the suite's 300 s limit
# would stop it half-way.
PROPERTY_TIMEOUT = 1800


class Checked(Replicas):
    def teardown(self) -> None:
        try:
            if self.replicas:
                self.check_converged()
        finally:
            super().teardown()


@pytest.fixture(autouse=True)
def no_backups(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Undo journals and full copies are tested elsewhere; here they only cost time."""
    monkeypatch.setattr(SyncService, "_journal", lambda self, package_id: None)
    monkeypatch.setattr(SyncService, "_backup", lambda self, package_id: tmp_path)


@pytest.fixture(autouse=True)
def replayable_ids(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(uuid, "uuid4", Ids.uuid4)
    monkeypatch.setattr(db, "new_nonce", Ids.nonce)
    monkeypatch.setattr(DeviceKeys, "new", staticmethod(Ids.keys))


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("template") / "kadesk.db"
    Kadesk.open(path).close()
    yield path


def _run(template: Path, folder: Path, examples: int, phases: tuple[Phase, ...],
         derandomize: bool = False) -> None:
    Checked.template, Checked.folder = template, folder
    run_state_machine_as_test(Checked, settings=settings(
        max_examples=examples, stateful_step_count=25, deadline=None, phases=phases,
        suppress_health_check=list(HealthCheck), database=None, derandomize=derandomize,
        report_multiple_bugs=False))


@pytest.mark.timeout(PROPERTY_TIMEOUT)
def test_replicas_converge_and_lose_nothing(template: Path, tmp_path: Path) -> None:
    _run(template, tmp_path, EXAMPLES, (Phase.generate, Phase.shrink))


@pytest.mark.slow
@pytest.mark.timeout(PROPERTY_TIMEOUT)
def test_a_broken_merge_rule_is_caught(template: Path, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """The mutant: the lowest stamp wins. Replicas still agree with each other, but an
    edit no longer beats what its author had seen: the causality check must fail."""
    monkeypatch.setattr(merge, "wins", lambda theirs, mine: theirs < mine)
    with pytest.raises(AssertionError):
        # Fixed examples: the catch must not depend on luck (it stops at the first failure).
        # Up to 1,000: alone it is caught at the 120th example (PYTHONHASHSEED 0 and 1
        # alike), but once, in a full run of another branch, not within 500 (cause not
        # found). The bound costs nothing when the catch comes.
        _run(template, tmp_path, 1000, (Phase.generate,), derandomize=True)
