"""The proposal as the customer's purchasing director reads it: amounts whole on one
line however large, the totals together, and nothing in it but what was proposed."""

from __future__ import annotations

from pathlib import Path

import pytest

from kadesk.domain.records import AccountFields, ProposalFields, ProposalItemFields
from kadesk.files import write_atomically
from kadesk.reports import proposal
from kadesk.services.app import Kadesk
from tests.reports.layout import broken_figures, kinsoku_faults, missing_glyphs, page_texts

# Private notes kept on the account: none of them may reach a customer document.
NOTES = {"unmet_needs": "内部备注甲：采购总监难缠", "notes": "内部备注乙：关系一般",
         "special_operations": "内部备注丙", "financial_needs": "内部备注丁",
         "competitors": "内部备注戊：顺丰报价更低"}


def big_proposal(app: Kadesk, items: int, currency: str = "CNY", **extra: object) -> str:
    account = app.accounts.create(AccountFields(
        name="比亚迪股份有限公司", short_name="比亚迪", payment_terms_days=90, **NOTES,
    )).record.id
    lines = tuple(ProposalItemFields(
        description=f"干线运输 第{n + 1}段 深圳—长沙专线（每日两班），含装卸",
        quantity_milli=2_500_000, unit="车次",
        unit_price_cents=123_456_789_00 if n % 3 == 0 else 99_999_999,
        discount_bp=1500 if n == 0 else 0) for n in range(items))
    fields = {"title": "华南电池包干线运输方案", "terms": "月结，账期 30 天。", "items": lines,
              "currency": currency, **extra}
    return app.proposals.create(ProposalFields(account_id=account, **fields)  # type: ignore[arg-type]
                                ).record.id


def render(app: Kadesk, proposal_id: str, target: Path, language: str, page_size: str) -> Path:
    data = proposal.gather(app, proposal_id)
    write_atomically(target, lambda temp: proposal.render(data, temp, language=language,
                                                          page_size=page_size))
    return target


@pytest.mark.parametrize(("language", "page_size", "currency"), [
    ("zh_CN", "A4", "CNY"), ("en_US", "Letter", "CNY"), ("en_US", "A4", "USD"),
    ("zh_CN", "Letter", "HKD")])
def test_amounts_of_billions_print_whole_on_one_line(app: Kadesk, tmp_path: Path,
                                                     language: str, page_size: str,
                                                     currency: str) -> None:
    pdf = render(app, big_proposal(app, 14, currency), tmp_path / "p.pdf", language, page_size)
    assert broken_figures(pdf) == []
    assert kinsoku_faults(pdf) == []
    assert missing_glyphs(pdf) == []
    words = {word for page in page_texts(pdf) for word in page.split()}
    # 2,500 x 123,456,789.00 less 15%; the total of the 14 lines with 6% tax.
    symbol = {"CNY": "¥", "USD": "$", "HKD": "HK$"}[currency]
    for amount in ("262,345,676,625.00", "123,456,789.00", "1,519,413,566,400.00",
                   "1,610,578,380,384.00"):
        assert f"{symbol}{amount}" in words, amount
    assert ("Discount" if language == "en_US" else "折扣") in words


@pytest.mark.parametrize(("language", "page_size"), [("en_US", "Letter"), ("zh_CN", "A4")])
def test_the_totals_stay_together_with_a_line_above_them(app: Kadesk, tmp_path: Path,
                                                          language: str, page_size: str) -> None:
    labels = (("Subtotal", "Tax (6%)", "Total (incl. tax)") if language == "en_US"
              else ("小计", "税额（6%）", "总额（含税）"))
    for items in range(12, 36):  # the totals fall at every place of pages 2 and 3
        pdf = render(app, big_proposal(app, items), tmp_path / f"p{items}.pdf", language,
                     page_size)
        with_totals = [p for p in page_texts(pdf) if labels[-1] in p]
        assert len(with_totals) == 1, items
        assert all(label in with_totals[0] for label in labels), items
        assert f"干线运输 第{items}段" in with_totals[0], f"{items} lines: the last line moved"


def test_terms_are_the_proposals_own_and_a_reprint_is_the_same(app: Kadesk,
                                                               tmp_path: Path) -> None:
    proposal_id = big_proposal(app, 2)
    first = page_texts(render(app, proposal_id, tmp_path / "a.pdf", "zh_CN", "A4"))
    text = "\n".join(first)
    assert "月结，账期 30 天。" in text
    assert "90 天" not in text and "付款账期" not in text
    account = app.proposals.get(proposal_id).account_id
    app.accounts.update(account, payment_terms_days=120)
    again = page_texts(render(app, proposal_id, tmp_path / "b.pdf", "zh_CN", "A4"))
    assert again == first


@pytest.mark.parametrize("language", ["zh_CN", "en_US"])
def test_no_internal_note_reaches_the_customer(app: Kadesk, tmp_path: Path,
                                               language: str) -> None:
    bare = big_proposal(app, 1, needs="", solution="", value_added="", benefits="")
    text = "\n".join(page_texts(render(app, bare, tmp_path / "p.pdf", language, "A4")))
    for note in NOTES.values():
        assert note not in text
    assert "客户需求" not in text and "Your needs" not in text  # no section with nothing in it
