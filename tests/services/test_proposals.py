"""Proposals: line items as rows, totals from integer cents, numbers and versions."""

from __future__ import annotations

import dataclasses
import re

import pytest
from sqlalchemy import select

from kadesk.domain.changes import ChangeKind
from kadesk.domain.enums import ProposalStatus
from kadesk.domain.errors import ValidationError
from kadesk.domain.money import Money
from kadesk.domain.records import ProposalFields, ProposalItemFields
from kadesk.services.app import Kadesk
from kadesk.store import models as m
from tests.helpers import snapshot
from tests.services.conftest import TODAY, Scene

ITEMS = (
    ProposalItemFields(description="省际配送", quantity_milli=1500, unit="吨",
                       unit_price_cents=333),
    ProposalItemFields(description="仓储", quantity_milli=2000, unit="月",
                       unit_price_cents=10_050, discount_bp=500),
    ProposalItemFields(description="包装", quantity_milli=125, unit_price_cents=100),
)


def item_rows(app: Kadesk, proposal_id: str) -> dict[str, tuple[str, bool]]:
    with app.db.read() as session:
        rows = session.scalars(
            select(m.ProposalItem).where(m.ProposalItem.proposal_id == proposal_id))
        return {r.id: (r.description, r.deleted) for r in rows}


def test_totals_with_tax_from_integer_cents(scene: Scene) -> None:
    saved = scene.app.proposals.create(ProposalFields(
        account_id=scene.account, title="物流一体化方案", tax_bp=600, items=ITEMS))
    proposal = saved.record
    assert [i.amount_cents for i in proposal.items] == [500, 19_095, 13]
    assert proposal.subtotal == Money(19_608)
    assert proposal.tax == Money(1_176)  # 6% of 196.08 = 11.7648
    assert proposal.total == Money(20_784)
    assert [i.description for i in proposal.items] == ["省际配送", "仓储", "包装"]
    assert all(i.id for i in proposal.items)
    assert saved.changes.kinds("proposal", proposal.id) == {ChangeKind.CREATED}
    assert saved.changes.ids("proposal_item") == {i.id for i in proposal.items}
    assert scene.app.proposals.get(proposal.id) == proposal


def test_currency_follows_the_proposal(scene: Scene) -> None:
    # A line carries its own tax rate (an export quote: none).
    proposal = scene.app.proposals.create(ProposalFields(
        account_id=scene.account, title="USD quote", currency="USD",
        items=(dataclasses.replace(ITEMS[0], tax_bp=0),))).record
    assert proposal.total == Money(500, "USD")


def test_automatic_numbers_are_unique_and_dated(scene: Scene) -> None:
    app = scene.app
    numbers = [app.proposals.create(ProposalFields(account_id=scene.account, title=f"方案{i}")
                                    ).record.number for i in range(5)]
    assert len(set(numbers)) == 5
    for number in numbers:
        assert re.fullmatch(rf"P{TODAY:%Y%m%d}-\w+", number), number
    given = app.proposals.create(ProposalFields(account_id=scene.account, title="指定编号",
                                                number="HW-2026-001")).record
    assert given.number == "HW-2026-001"


def test_new_version_copies_and_keeps_the_old(scene: Scene) -> None:
    app = scene.app
    old = app.proposals.create(ProposalFields(
        account_id=scene.account, title="仓配方案", status=ProposalStatus.SENT,
        solution="华南仓", items=ITEMS)).record
    old_rows = item_rows(app, old.id)
    saved = app.proposals.new_version(old.id)
    new = saved.record
    assert new.id != old.id
    assert new.version == old.version + 1
    assert new.previous_version_id == old.id
    assert new.status == ProposalStatus.DRAFT
    assert (new.number, new.title, new.solution, new.tax_bp) == (
        old.number, old.title, old.solution, old.tax_bp)
    strip = [dataclasses.replace(i, id=None) for i in new.items]
    assert strip == [dataclasses.replace(i, id=None) for i in old.items]
    assert not {i.id for i in new.items} & {i.id for i in old.items}, "items are new rows"
    assert new.total == old.total
    assert app.proposals.get(old.id) == old, "the old version is unchanged"
    assert item_rows(app, old.id) == old_rows
    assert saved.changes.kinds("proposal", new.id) == {ChangeKind.CREATED}
    assert old.id not in saved.changes.ids("proposal")

    third = app.proposals.new_version(new.id).record
    assert (third.version, third.previous_version_id) == (3, new.id)


def test_editing_items_keeps_ids_and_tombstones_removed(scene: Scene) -> None:
    app = scene.app
    proposal = app.proposals.create(ProposalFields(
        account_id=scene.account, title="方案", items=ITEMS)).record
    first, second, third = proposal.items
    cheaper = dataclasses.replace(second, unit_price_cents=9_000)
    added = ProposalItemFields(description="代收货款", unit_price_cents=2_000)
    saved = app.proposals.update(proposal.id, items=(third, cheaper, added))
    items = saved.record.items
    assert [i.description for i in items] == ["包装", "仓储", "代收货款"], "in the given order"
    assert [items[0].id, items[1].id] == [third.id, second.id]
    assert items[2].id not in {first.id, second.id, third.id}
    assert items[1].unit_price_cents == 9_000
    rows = item_rows(app, proposal.id)
    assert rows[first.id] == ("省际配送", True), "removed item is a tombstone"
    assert len(rows) == 4
    assert saved.changes.kinds("proposal_item", first.id) == {ChangeKind.DELETED}
    assert saved.changes.kinds("proposal_item", second.id) == {ChangeKind.UPDATED}
    assert saved.record.subtotal == Money(sum(i.amount_cents for i in items))


def test_status_change_only_touches_the_proposal(scene: Scene) -> None:
    app = scene.app
    before = app.proposals.get(scene.proposal)
    saved = app.proposals.update(scene.proposal, status=ProposalStatus.ACCEPTED)
    assert saved.record.status == ProposalStatus.ACCEPTED
    assert saved.record.items == before.items
    assert not saved.changes.touches("proposal_item")


def test_of_account_newest_first_without_trash(scene: Scene) -> None:
    app = scene.app
    second = app.proposals.create(ProposalFields(account_id=scene.account, title="二")).record
    third = app.proposals.create(ProposalFields(account_id=scene.account, title="三")).record
    app.proposals.create(ProposalFields(account_id=scene.other_account, title="别家"))
    gone = app.proposals.create(ProposalFields(account_id=scene.account, title="删")).record
    app.proposals.delete(gone.id)
    assert [p.id for p in app.proposals.of_account(scene.account)] == [
        third.id, second.id, scene.proposal]


def test_refused_item_edit_changes_nothing(scene: Scene) -> None:
    app = scene.app
    before = snapshot(app.db)
    current = app.proposals.get(scene.proposal)
    bad = dataclasses.replace(current.items[0], unit_price_cents=-1)
    with pytest.raises(ValidationError) as refused:
        app.proposals.update(scene.proposal, items=(bad,), title="新标题")
    assert refused.value.codes() == {"items[0].unit_price": "negative"}
    assert snapshot(app.db) == before
