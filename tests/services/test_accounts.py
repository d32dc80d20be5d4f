"""Accounts and sites through the services: records out, change sets, broadcasts."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from kadesk.domain.changes import Change, ChangeKind, ChangeSet
from kadesk.domain.enums import (
    AccountType,
    BusinessModel,
    BuyingStage,
    ListKind,
    Region,
    RelationshipStage,
    ServiceModel,
    SiteKind,
    Tier,
)
from kadesk.domain.errors import DeletedError, ValidationError
from kadesk.domain.money import Money
from kadesk.domain.records import Account, AccountFields, ListItemFields, SiteFields
from kadesk.services.app import Kadesk
from kadesk.store import models as m
from tests.helpers import snapshot
from tests.services.conftest import Scene

FULL = AccountFields(
    name="华为技术有限公司", short_name="华为", english_name="Huawei Technologies",
    hq_city="深圳", region=Region.SOUTH, account_type=AccountType.STRATEGIC, tier=Tier.A,
    relationship_stage=RelationshipStage.COOPERATIVE, buying_stage=BuyingStage.PROPOSALS,
    annual_revenue=Money(520_000_000, "CNY"), monthly_contribution=Money(4_300_000, "USD"),
    volume="日均300票", cooperation_start=date(2019, 5, 1), business_model=BusinessModel.B2B,
    purchases="文件、样品", special_operations="贵重物品专人派送", financial_needs="90天账期",
    payment_terms_days=90, unmet_needs="对账单显示门店编码", competitors="顺丰：时效稳定",
    owner="王经理", service_model=ServiceModel.RESIDENT, notes="年度框架协议5月续签",
)


def fields_of(record: Account) -> AccountFields:
    return AccountFields(**{f.name: getattr(record, f.name)
                            for f in dataclasses.fields(AccountFields)})


class Recorder:
    def __init__(self) -> None:
        self.calls: list[tuple[ChangeSet, object]] = []

    def __call__(self, changes: ChangeSet, initiator: object) -> None:
        self.calls.append((changes, initiator))


def test_create_round_trips_every_field(fixed_app: Kadesk) -> None:
    saved = fixed_app.accounts.create(FULL)
    record = saved.record
    assert fields_of(record) == FULL
    assert record.id and not record.deleted
    assert record.created_at == record.updated_at
    assert record.created_at.utcoffset() is not None
    assert record.last_visit_at is None and record.next_follow_up is None
    assert saved.changes.changes == (Change("account", record.id, ChangeKind.CREATED),)
    assert fixed_app.accounts.get(record.id) == record


def test_subscribers_hear_each_write_once(fixed_app: Kadesk) -> None:
    app = fixed_app
    heard = Recorder()
    app.subscribe(heard)
    created = app.accounts.create(AccountFields(name="中国银行"))
    updated = app.accounts.update(created.record.id, tier=Tier.A, notes="总行")
    deleted = app.accounts.delete(created.record.id)
    restored = app.accounts.restore(created.record.id)
    assert [c for c, _ in heard.calls] == [created.changes, updated.changes, deleted.changes,
                                           restored.changes]
    assert all(who is None for _, who in heard.calls)
    account = created.record.id
    assert updated.changes.changes == (
        Change("account", account, ChangeKind.UPDATED, frozenset({"tier", "notes"})),)
    assert deleted.changes.kinds("account", account) == {ChangeKind.DELETED}
    assert restored.changes.kinds("account", account) == {ChangeKind.RESTORED}

    # A write that changes nothing, and a refused one, are not broadcast.
    app.accounts.update(account, tier=Tier.A)
    with pytest.raises(ValidationError):
        app.accounts.update(account, name="")
    assert len(heard.calls) == 4
    app.unsubscribe(heard)
    app.accounts.update(account, notes="分行")
    assert len(heard.calls) == 4


def test_commit_passes_the_initiator(fixed_app: Kadesk) -> None:
    heard = Recorder()
    fixed_app.subscribe(heard)
    marker = object()
    fixed_app.commit(lambda s: s.add(m.Account(
        name="招商银行", account_type=AccountType.GROUP, tier=Tier.B,
        relationship_stage=RelationshipStage.BASIC)), initiator=marker)
    assert len(heard.calls) == 1 and heard.calls[0][1] is marker


def test_update_changes_only_what_was_asked(fixed_app: Kadesk) -> None:
    app = fixed_app
    record = app.accounts.create(FULL).record
    saved = app.accounts.update(record.id, annual_revenue=Money(600_000_000),
                                region=None, buying_stage=None)
    after = saved.record
    assert after.annual_revenue == Money(600_000_000)
    assert after.region is None and after.buying_stage is None
    assert fields_of(after) == dataclasses.replace(
        FULL, annual_revenue=Money(600_000_000), region=None, buying_stage=None)
    assert after.updated_at > record.updated_at
    assert after.created_at == record.created_at
    assert saved.changes.changes[0].fields == {"annual_revenue", "region", "buying_stage"}
    assert app.accounts.get(record.id) == after


def test_update_with_nothing_new_is_no_change(fixed_app: Kadesk) -> None:
    app = fixed_app
    record = app.accounts.create(FULL).record
    before = snapshot(app.db)
    saved = app.accounts.update(record.id, name=FULL.name, tier=FULL.tier)
    assert not saved.changes
    assert saved.record == record
    assert snapshot(app.db) == before


def test_trash_and_restore(fixed_app: Kadesk) -> None:
    app = fixed_app
    record = app.accounts.create(AccountFields(name="中国移动")).record
    trashed = app.accounts.delete(record.id).record
    assert trashed.deleted
    assert app.accounts.get(record.id).deleted, "a trashed account can still be read"
    with pytest.raises(DeletedError) as refused:
        app.accounts.update(record.id, notes="x")
    assert refused.value.code == "deleted"
    restored = app.accounts.restore(record.id).record
    assert not restored.deleted
    assert app.accounts.update(record.id, notes="恢复后可编辑").record.notes == "恢复后可编辑"


def test_industry_from_the_list(scene: Scene) -> None:
    app = scene.app
    custom = app.lists.create(ListItemFields(
        kind=ListKind.INDUSTRY, code="semiconductor", label_zh="半导体")).record.id
    record = app.accounts.update(scene.account, industry_id=custom).record
    assert record.industry_id == custom
    # A hidden entry stays valid on the accounts that use it.
    app.lists.update(custom, hidden=True)
    assert app.accounts.update(scene.account, notes="仍可编辑").record.industry_id == custom


def test_trashed_industry_does_not_block_editing(scene: Scene) -> None:
    """The account keeps its (now trashed) custom industry and stays editable."""
    app = scene.app
    custom = app.lists.create(ListItemFields(kind=ListKind.INDUSTRY, code="hydrogen",
                                             label_zh="氢能")).record.id
    app.accounts.update(scene.account, industry_id=custom)
    app.lists.delete(custom)
    saved = app.accounts.update(scene.account, name="华为技术有限公司（深圳）")
    assert saved.record.industry_id == custom
    # But choosing it anew is refused.
    with pytest.raises(ValidationError) as refused:
        app.accounts.update(scene.other_account, industry_id=custom)
    assert refused.value.codes() == {"industry_id": "unknown_list_item"}


def test_owners_lists_each_rep_once(fixed_app: Kadesk) -> None:
    app = fixed_app
    for name, owner in (("甲", "王经理"), ("乙", "李经理"), ("丙", "王经理"), ("丁", "")):
        app.accounts.create(AccountFields(name=name, owner=owner))
    assert app.accounts.owners() == sorted(["王经理", "李经理"])


def test_sites_of_an_account(scene: Scene) -> None:
    app = scene.app
    saved = app.sites.create(SiteFields(account_id=scene.account, name="东莞工厂",
                                        kind=SiteKind.FACTORY, city="东莞"))
    assert saved.changes.kinds("site", saved.record.id) == {ChangeKind.CREATED}
    names = {s.name for s in app.accounts.sites(scene.account)}
    assert names == {"深圳总部", "东莞工厂"}
    app.sites.delete(saved.record.id)
    assert {s.name for s in app.accounts.sites(scene.account)} == {"深圳总部"}
    assert app.sites.update(scene.site, city="深圳").record.city == "深圳"
    assert [s.name for s in app.accounts.sites(scene.other_account)] == ["南京研发"]
