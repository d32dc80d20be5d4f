"""The proposal (方案书): cover, needs, priced items with tax, terms; long tables
split across pages with the header repeated."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from kadesk.cli import main
from kadesk.domain.errors import NotFoundError
from kadesk.domain.records import AccountFields, ProposalFields, ProposalItemFields
from kadesk.files import write_atomically
from kadesk.paths import db_path
from kadesk.reports import proposal
from kadesk.services.app import Kadesk
from tests.reports.helpers import assert_sound, pdf_text


def make_proposal(app: Kadesk, items: int = 3, **extra: object) -> str:
    account = app.accounts.create(AccountFields(
        name="比亚迪股份有限公司", short_name="比亚迪", payment_terms_days=45,
        unmet_needs="电池包跨省运输需要危险品资质")).record.id
    app.letterhead.update(company_name="远航物流有限公司")
    app.settings.set(rep_name="张伟", rep_phone="13800138000")
    fields = {
        "title": "华南电池包干线运输方案", "number": "P20260302-A001", "version": 2,
        "tax_bp": 600, "solution": "深圳—长沙专线，每日两班",
        "value_added": "代收货款、退货取件", "benefits": "运输成本降低 12%",
        "terms": "按月对账，次月 10 日前付款",
        "items": tuple(ProposalItemFields(
            description=f"干线运输 第{n + 1}段 line-haul", quantity_milli=2_500,
            unit="车次", unit_price_cents=123_456, discount_bp=500 if n == 0 else 0)
            for n in range(items)),
        **extra,
    }
    return app.proposals.create(ProposalFields(account_id=account, **fields)).record.id  # type: ignore[arg-type]


def render(app: Kadesk, proposal_id: str, target: Path, language: str = "zh_CN") -> str:
    data = proposal.gather(app, proposal_id)
    write_atomically(target, lambda temp: proposal.render(data, temp, language=language))
    return pdf_text(target)


def test_the_proposal_holds_cover_items_and_totals(app: Kadesk, tmp_path: Path) -> None:
    pdf = tmp_path / "proposal.pdf"
    text = render(app, make_proposal(app), pdf)
    # 2.5 x ¥1,234.56 = ¥3,086.40; less 5% on the first: ¥2,932.08; subtotal ¥9,104.88;
    # tax 6% ¥546.29; total ¥9,651.17.
    for expected in ("方案书", "华南电池包干线运输方案", "致：比亚迪股份有限公司", "P20260302-A001",
                     "v2", "远航物流有限公司", "报价明细", "干线运输 第1段 line-haul", "2.5",
                     "¥1,234.56", "95折", "¥2,932.08", "¥3,086.40", "小计", "¥9,104.88",
                     "税额（6%）", "¥546.29", "总额（含税）", "¥9,651.17", "增值服务", "代收货款",
                     "预期收益", "商务条款", "按月对账", "未注明有效期"):
        assert expected in text, expected
    assert_sound(pdf)


def test_english_proposal(app: Kadesk, tmp_path: Path) -> None:
    text = render(app, make_proposal(app), tmp_path / "p.pdf", language="en_US")
    for expected in ("Proposal", "Prepared for: 比亚迪股份有限公司", "Pricing", "Subtotal",
                     "Tax (6%)", "Total (incl. tax)"):
        assert expected in text, expected


def test_a_long_table_splits_with_its_header_on_every_page(app: Kadesk, tmp_path: Path) -> None:
    pdf = tmp_path / "long.pdf"
    render(app, make_proposal(app, items=200), pdf)
    pages = [page.extract_text() for page in PdfReader(pdf).pages]
    assert len(pages) >= 6
    item_pages = [p for p in pages if "line-haul" in p]
    assert len(item_pages) >= 5
    assert all("单价" in p and "金额" in p for p in item_pages)  # the header, repeated
    assert "第200段" in pages[-1] or "第200段" in pages[-2]
    assert sum(p.count("line-haul") for p in pages) == 200


def test_no_items_and_no_texts_still_make_a_proposal(app: Kadesk, tmp_path: Path) -> None:
    bare = make_proposal(app, items=0, solution="", value_added="", benefits="", terms="")
    text = render(app, bare, tmp_path / "p.pdf")
    assert "尚未添加报价明细" in text and "华南电池包干线运输方案" in text


def test_an_unknown_proposal_is_refused(app: Kadesk) -> None:
    with pytest.raises(NotFoundError):
        proposal.gather(app, "no-such-proposal")


def test_cli_proposal_by_number_and_version(data_dir: Path, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    with Kadesk.open(db_path()) as app:
        first = make_proposal(app)
        app.proposals.new_version(first)  # v3, same number
    out = tmp_path / "p.pdf"
    assert main(["report", "proposal", "P20260302-A001", "-o", str(out)]) == 0
    assert "v3" in pdf_text(out)
    assert main(["report", "proposal", "P20260302-A001", "--version", "2", "-o", str(out)]) == 0
    assert "v2" in pdf_text(out)
    assert main(["report", "proposal", "P20260302-A001", "--version", "9", "-o", str(out)]) == 2
    assert "has no version 9 (it has v3, v2)" in capsys.readouterr().err
    assert main(["report", "proposal", "P-NOPE", "-o", str(tmp_path / "none.pdf")]) == 2
    assert "no proposal has the number or id 'P-NOPE'" in capsys.readouterr().err
    assert not (tmp_path / "none.pdf").exists()
    assert main(["report", "proposal", "P20260302-A001", "--version", "9", "-o", str(out)]) == 2
    assert "has no version 9 (it has v3, v2)" in capsys.readouterr().err


@pytest.mark.parametrize(("currency", "unit", "total"), [
    ("HKD", "HK$1,234.56", "HK$9,651.17"),
    ("USD", "$1,234.56", "$9,651.17"),
    ("GBP", "GBP 1,234.56", "GBP 9,651.17"),  # no common symbol: the code
])
def test_amounts_print_in_the_proposals_currency(app: Kadesk, tmp_path: Path, currency: str,
                                                unit: str, total: str) -> None:
    text = render(app, make_proposal(app, currency=currency), tmp_path / "p.pdf",
                  language="en_US")
    assert unit in text and total in text
    assert "¥" not in text
