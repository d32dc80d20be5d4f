"""The team letterhead and the proposal's new fields travel by sync like every row:
set once on one laptop, printed the same on the others; concurrent edits merge by field."""

from __future__ import annotations

import base64
from datetime import date

from kadesk.domain.records import ProposalFields, ProposalItemFields
from tests.sync.conftest import Pair

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==")


def test_the_letterhead_reaches_a_colleague_and_edits_merge_by_field(pair: Pair) -> None:
    pair.a.letterhead.update(company_name="远航物流有限公司", colour="#0a5c36",
                             logo=base64.b64encode(PNG).decode(),
                             profile="成立于 2008 年。")
    pair.b.sync.import_package(pair.a.sync.export_full(pair.folder / "a1.kadesk-sync").path)
    head = pair.b.letterhead.get()
    assert (head.company_name, head.colour, head.profile) == (
        "远航物流有限公司", "#0a5c36", "成立于 2008 年。")
    assert base64.b64decode(head.logo) == PNG
    # Both edit other fields of the one row: each keeps the other's.
    pair.a.letterhead.update(address="深圳市南山区")
    pair.b.letterhead.update(bank_name="招商银行")
    pair.b.sync.import_package(pair.a.sync.export_full(pair.folder / "a2.kadesk-sync").path)
    pair.a.sync.import_package(pair.b.sync.export_full(pair.folder / "b1.kadesk-sync").path)
    for app in (pair.a, pair.b):
        merged = app.letterhead.get()
        assert (merged.address, merged.bank_name) == ("深圳市南山区", "招商银行")


def test_a_proposals_date_addressee_commitment_and_tax_rates_sync(pair: Pair) -> None:
    offer = pair.a.proposals.create(ProposalFields(
        account_id=pair.account_id, title="方案", issued_on=date(2026, 3, 2),
        addressee_id=pair.contact_id, sla_on_time_bp=9850, sla_claims="全额赔付",
        items=(ProposalItemFields(description="运输", unit_price_cents=100, tax_bp=900),
               ProposalItemFields(description="仓储", unit_price_cents=100, tax_bp=600)),
    )).record
    pair.b.sync.import_package(pair.a.sync.export_full(pair.folder / "a.kadesk-sync").path)
    there = pair.b.proposals.get(offer.id)
    assert (there.issued_on, there.addressee_id, there.sla_on_time_bp, there.sla_claims) == (
        date(2026, 3, 2), pair.contact_id, 9850, "全额赔付")
    assert [i.tax_bp for i in there.items] == [900, 600] and there.tax == offer.tax
