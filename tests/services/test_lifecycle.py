"""The life of a record in every entity service: create, update, trash, restore, each
returning the record and a change set that is broadcast once."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest

from kadesk.domain.changes import Change, ChangeKind, ChangeSet
from kadesk.domain.enums import ListKind
from kadesk.domain.errors import DeletedError
from kadesk.domain.records import (
    AccountFields,
    ContactFields,
    ListItemFields,
    ProposalFields,
    SiteFields,
    VisitFields,
)
from tests.services.conftest import Scene

# service name, table, new fields, (field, value) for an update
ENTITIES: list[tuple[str, str, Callable[[Scene], Any], tuple[str, Any]]] = [
    ("accounts", "account", lambda s: AccountFields(name="比亚迪"), ("hq_city", "深圳")),
    ("sites", "site", lambda s: SiteFields(account_id=s.account, name="东莞工厂"),
     ("address", "松山湖")),
    ("contacts", "contact", lambda s: ContactFields(account_id=s.account, name="赵敏"),
     ("title", "财务总监")),
    ("visits", "visit", lambda s: VisitFields(
        account_id=s.account, occurred_at=datetime(2026, 3, 11, 6, tzinfo=UTC)),
     ("outcome", "同意试单")),
    ("proposals", "proposal", lambda s: ProposalFields(account_id=s.account, title="仓储方案"),
     ("terms", "月结30天")),
    ("lists", "list_item", lambda s: ListItemFields(kind=ListKind.INDUSTRY, code="chips",
                                                    label_zh="芯片"), ("label_en", "Chips")),
]


@pytest.mark.parametrize(("service", "table", "make", "edit"), ENTITIES,
                         ids=[e[0] for e in ENTITIES])
def test_create_update_trash_restore(
    scene: Scene, service: str, table: str, make: Callable[[Scene], Any],
    edit: tuple[str, Any],
) -> None:
    app = scene.app
    entity = getattr(app, service)
    heard: list[ChangeSet] = []
    app.subscribe(lambda changes, _who: heard.append(changes))

    created = entity.create(make(scene))
    row_id = created.record.id
    assert created.record.deleted is False
    assert Change(table, row_id, ChangeKind.CREATED) in created.changes.changes
    assert entity.get(row_id) == created.record

    field, value = edit
    updated = entity.update(row_id, **{field: value})
    assert getattr(updated.record, field) == value
    # Visits clock their write-up as one group; the change names the group.
    group = "report" if (table, field) == ("visit", "outcome") else field
    assert updated.changes.changes == (
        Change(table, row_id, ChangeKind.UPDATED, frozenset({group})),)

    deleted = entity.delete(row_id)
    assert deleted.record.deleted is True
    assert deleted.changes.changes == (
        Change(table, row_id, ChangeKind.DELETED, frozenset({"deleted"})),)
    with pytest.raises(DeletedError):
        entity.update(row_id, **{field: value})

    restored = entity.restore(row_id)
    assert restored.record.deleted is False
    assert restored.changes.changes == (
        Change(table, row_id, ChangeKind.RESTORED, frozenset({"deleted"})),)
    assert restored.record == entity.get(row_id)
    assert {k: v for k, v in vars(restored.record).items() if k != "updated_at"} == {
        k: v for k, v in vars(updated.record).items() if k != "updated_at"}

    assert heard == [created.changes, updated.changes, deleted.changes, restored.changes]
