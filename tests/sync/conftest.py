"""Two databases of one team: 甲 (A) exports, 乙 (B) imports."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from kadesk.domain.records import AccountFields, ContactFields, VisitFields
from kadesk.services.app import Kadesk
from tests.helpers import snapshot
from tests.sync.helpers import read_package


@dataclass
class Pair:
    a: Kadesk
    b: Kadesk
    folder: Path
    account_id: str
    contact_id: str
    base: Path  # a full package of A, already imported into B

    def manifest_and_rows(self) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        return read_package(self.base)


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    with Kadesk.open(tmp_path / "甲" / "kadesk.db") as a, \
            Kadesk.open(tmp_path / "乙" / "kadesk.db") as b:
        account = a.accounts.create(AccountFields(name="华为技术有限公司")).record
        contact = a.contacts.create(ContactFields(account_id=account.id, name="张伟")).record
        a.visits.create(VisitFields(account_id=account.id,
                                    occurred_at=datetime(2026, 3, 2, 9, tzinfo=UTC)))
        base = a.sync.export_full(tmp_path / "base.kadesk-sync").path
        b.sync.set_up_from(base)
        yield Pair(a, b, tmp_path, account.id, contact.id, base)


def unchanged(app: Kadesk, before: dict[str, Any]) -> bool:
    return snapshot(app.db) == before
