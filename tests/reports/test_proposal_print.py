"""The proposal as the customer's purchasing director reads it: amounts whole on one
line however large, the totals together, and nothing in it but what was proposed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from kadesk.domain.enums import ProposalStatus
from kadesk.domain.records import (
    AccountFields,
    ContactFields,
    ProposalFields,
    ProposalItemFields,
)
from kadesk.files import write_atomically
from kadesk.reports import proposal
from kadesk.services.app import Kadesk
from tests.reports.layout import broken_figures, kinsoku_faults, missing_glyphs, page_texts

# Private notes kept on the account: none of them may reach a customer document.
NOTES = {"unmet_needs": "内部备注甲：采购总监难缠", "notes": "内部备注乙：关系一般",
         "special_operations": "内部备注丙", "financial_needs": "内部备注丁",
         "competitors": "内部备注戊：顺丰报价更低"}


def big_proposal(app: Kadesk, count: int, currency: str = "CNY", **extra: object) -> str:
    account = app.accounts.create(AccountFields(
        name="比亚迪股份有限公司", short_name="比亚迪", payment_terms_days=90, **NOTES,
    )).record.id
    lines = tuple(ProposalItemFields(
        description=f"干线运输 第{n + 1}段 深圳—长沙专线（每日两班），含装卸",
        quantity_milli=2_500_000, unit="车次",
        unit_price_cents=123_456_789_00 if n % 3 == 0 else 99_999_999,
        discount_bp=1500 if n == 0 else 0) for n in range(count))
    fields = {"title": "华南电池包干线运输方案", "terms": "月结，账期 30 天。", "items": lines,
              "currency": currency, "status": ProposalStatus.SENT, **extra}
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


def test_a_dated_proposal_with_everything_a_buyer_expects(app: Kadesk, tmp_path: Path) -> None:
    app.letterhead.update(company_name="远航物流有限公司", credit_code="91350100M000100Y43",
                          bank_name="招商银行深圳分行", bank_account="7559 0000 1234 5678",
                          profile="成立于 2008 年的合同物流企业。", closing="期待合作。")
    proposal_id = big_proposal(app, 0, status=ProposalStatus.SENT,
                               issued_on=date(2026, 3, 2), valid_until=date(2099, 4, 30),
                               sla_on_time_bp=9850, sla_damage_bp=1, sla_claim_days=7,
                               sla_response_hours=2, items=(
        ProposalItemFields(description="干线运输", unit_price_cents=100_000, discount_bp=1500,
                           tax_bp=900),
        ProposalItemFields(description="仓储服务", unit_price_cents=50_000, tax_bp=600)))
    account = app.proposals.get(proposal_id).account_id
    buyer = app.contacts.create(ContactFields(account_id=account, name="𠮷田 王建国",
                                              title="采购总监")).record.id
    app.proposals.update(proposal_id, addressee_id=buyer)
    pdf = render(app, proposal_id, tmp_path / "p.pdf", "zh_CN", "A4")
    text = "\n".join(page_texts(pdf))
    # 850.00 at 9% (76.50) and 500.00 at 6% (30.00): 1,456.50 in all.
    for expected in ("日期", "2026年3月2日", "联系人：𠮷田 王建国（采购总监）", "85折", "税率",
                     "9%", "税额（9%）", "¥76.50", "税额（6%）", "¥30.00", "¥1,456.50",
                     "合计人民币（大写）：壹仟肆佰伍拾陆元伍角", "服务承诺", "不低于 98.5%",
                     "不高于 0.01%", "7 个工作日内结案", "2 小时内响应", "公司简介",
                     "91350100M000100Y43", "招商银行深圳分行", "双方确认", "甲方（客户）",
                     "授权代表签字", "盖章", "期待合作。"):
        assert expected in text, expected
    assert "2026年12月" not in text  # not the print day
    assert "草稿" not in text and "已过期" not in text
    assert missing_glyphs(pdf) == [] and kinsoku_faults(pdf) == []
    english = "\n".join(page_texts(render(app, proposal_id, tmp_path / "e.pdf", "en_US", "A4")))
    assert "Mar 2, 2026" in english and "15% off" in english and "Attention" in english


@pytest.mark.parametrize(("status", "valid_until", "mark"), [
    (ProposalStatus.DRAFT, None, "草稿"), (ProposalStatus.REJECTED, None, "已拒绝"),
    (ProposalStatus.SENT, date(2026, 1, 31), "已过期"), (ProposalStatus.EXPIRED, None, "已过期")])
def test_a_proposal_the_customer_cannot_take_says_so_on_every_page(
        app: Kadesk, tmp_path: Path, status: ProposalStatus, valid_until: date | None,
        mark: str) -> None:
    proposal_id = big_proposal(app, 30, status=status, issued_on=date(2026, 1, 2),
                               valid_until=valid_until)
    pdf = render(app, proposal_id, tmp_path / "p.pdf", "zh_CN", "A4")
    # The watermark is drawn aslant: read in drawing order, not by poppler's lines.
    texts = [page.extract_text() for page in PdfReader(pdf).pages]
    assert len(texts) >= 3 and all(mark in page for page in texts)
