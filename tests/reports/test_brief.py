"""The pre-visit brief as a PDF: the text is findable, the font embedded, the file
valid and renderable, and bad input gives a message or a sensible page, never a
traceback or a half-written file."""

from __future__ import annotations

import re
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from kadesk.cli import main
from kadesk.domain.enums import Attitude, BuyingRole, ListKind, ProposalStatus, Tier
from kadesk.domain.money import Money
from kadesk.domain.records import (
    AccountFields,
    ContactFields,
    ContactRelationFields,
    ProposalFields,
    ProposalItemFields,
    VisitFields,
    VisitObjectionFields,
)
from kadesk.paths import db_path
from kadesk.reports import brief
from kadesk.reports.output import default_name, write_atomically
from kadesk.services.app import Kadesk


def make_account(app: Kadesk, name: str = "鴻海精密工業股份有限公司", *,
                 unmet_needs: str = "希望提供 API 实时轨迹推送") -> str:
    account = app.accounts.create(AccountFields(
        name=name, short_name=name[:4], english_name="Hon Hai Precision Industry Co., Ltd.",
        tier=Tier.A, annual_revenue=Money(1_234_567_89), payment_terms_days=60,
        special_operations="危险品运输 dangerous goods, 冷链", unmet_needs=unmet_needs,
        competitors="顺丰 SF Express")).record.id
    boss = app.contacts.create(ContactFields(
        account_id=account, name="郭台銘", title="董事長", buying_role=BuyingRole.DECISION_MAKER,
        attitude=Attitude.SUPPORTER)).record.id
    buyer = app.contacts.create(ContactFields(
        account_id=account, name="Alice Wong", title="Procurement Manager", reports_to_id=boss,
        buying_role=BuyingRole.PURCHASER)).record.id
    app.relations.create(ContactRelationFields(account_id=account, from_contact_id=buyer,
                                               to_contact_id=boss))
    objection = app.lists.items(ListKind.OBJECTION)[0]
    app.visits.create(VisitFields(
        account_id=account, occurred_at=datetime(2026, 3, 2, 6, tzinfo=UTC),
        contact_ids=(boss, buyer), purpose="季度业务回顾", outcome="同意试点华南线路",
        objections=(VisitObjectionFields(objection_id=objection.id, details="价格偏高 too high"),),
        next_steps="寄送报价单", follow_up_date=date(2026, 3, 9)))
    app.proposals.create(ProposalFields(
        account_id=account, title="华南仓配一体化方案", status=ProposalStatus.SENT,
        items=(ProposalItemFields(description="干线运输", unit_price_cents=500_000),)))
    app.settings.set(company_name="远航物流有限公司", rep_name="张伟", rep_phone="13800138000",
                     rep_email="zhang.wei@example.com")
    return account


def render(app: Kadesk, account: str, target: Path, language: str = "zh_CN",
           page_size: str = "A4") -> str:
    data = brief.gather(app, account, language=language)
    write_atomically(target, lambda temp: brief.render(data, temp, language=language,
                                                       page_size=page_size))
    return "\n".join(page.extract_text() for page in PdfReader(target).pages)


def test_the_chinese_brief_holds_names_and_headings(app: Kadesk, tmp_path: Path) -> None:
    pdf = tmp_path / "brief.pdf"
    text = render(app, make_account(app), pdf)
    for expected in ("鴻海精密工業股份有限公司", "郭台銘", "Alice Wong", "客户概况", "关系图",
                     "最近拜访", "未解决的异议", "待跟进事项", "进行中的方案", "远航物流有限公司",
                     "13800138000", "¥1,234,567.89", "华南仓配一体化方案", "第 1 页"):
        assert expected in text, expected
    assert 1 <= len(PdfReader(pdf).pages) <= 2


def test_fonts_are_embedded_and_the_file_is_valid(app: Kadesk, tmp_path: Path) -> None:
    pdf = tmp_path / "brief.pdf"
    render(app, make_account(app), pdf)
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    assert fonts and all(re.search(r"\byes\s+yes\b", line) for line in fonts), fonts
    assert any("NotoSansSC-Bold" in line for line in fonts)  # a real bold weight
    subprocess.run(["qpdf", "--check", str(pdf)], capture_output=True, check=True)
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(pdf),
                    str(tmp_path / "page")], check=True)
    assert (tmp_path / "page-1.png").stat().st_size > 0


def test_english_brief_on_letter(app: Kadesk, tmp_path: Path) -> None:
    pdf = tmp_path / "brief.pdf"
    text = render(app, make_account(app), pdf, language="en_US", page_size="Letter")
    for expected in ("Account profile", "Contact map", "Recent visits", "Open proposals",
                     "Hon Hai Precision Industry", "Page 1 of"):
        assert expected in text, expected
    assert round(float(PdfReader(pdf).pages[0].mediabox.width)) == 612


def test_a_missing_logo_is_left_out(app: Kadesk, tmp_path: Path) -> None:
    account = make_account(app)
    (tmp_path / "broken.png").write_bytes(b"not an image")
    for logo in (tmp_path / "missing.png", tmp_path / "broken.png"):
        app.settings.set(company_logo=str(logo))
        assert "远航物流有限公司" in render(app, account, tmp_path / "brief.pdf")


def test_a_very_long_field_makes_more_pages(app: Kadesk, tmp_path: Path) -> None:
    long = "客户需要全国范围的冷链配送 cold-chain delivery across China，" * 300
    pdf = tmp_path / "brief.pdf"
    render(app, make_account(app, unmet_needs=long), pdf)
    assert len(PdfReader(pdf).pages) > 2


def test_an_account_with_nothing_yet(app: Kadesk, tmp_path: Path) -> None:
    account = app.accounts.create(AccountFields(name="新客户")).record.id
    text = render(app, account, tmp_path / "brief.pdf")
    assert "尚未录入联系人" in text and "无" in text


def test_a_failed_render_leaves_the_old_file(app: Kadesk, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "out").mkdir()
    pdf = tmp_path / "out" / "brief.pdf"
    pdf.write_bytes(b"the previous brief")

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("layout failed")

    monkeypatch.setattr(brief, "build_pdf", broken)
    with pytest.raises(RuntimeError):
        render(app, make_account(app), pdf)
    assert pdf.read_bytes() == b"the previous brief"
    assert list(pdf.parent.iterdir()) == [pdf]


def test_default_names_are_legal() -> None:
    assert default_name("华为", "拜访前简报", date(2026, 3, 16)) == "华为-拜访前简报-2026-03-16.pdf"
    assert default_name('A/B:C*"', "brief", date(2026, 3, 16)) == "A_B_C__-brief-2026-03-16.pdf"


def test_cli_brief_by_name(data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                           capsys: pytest.CaptureFixture[str]) -> None:
    with Kadesk.open(db_path()) as app:
        make_account(app)
        app.settings.set(language="zh_CN")  # the rep's choice is the report's default
    monkeypatch.chdir(tmp_path)
    assert main(["report", "brief", "鴻海精密工業股份有限公司"]) == 0
    written = list(tmp_path.glob("鴻海精密-拜访前简报-*.pdf"))
    assert len(written) == 1, capsys.readouterr()
    out = tmp_path / "en.pdf"
    assert main(["report", "brief", "鴻海", "--lang", "en_US", "-o", str(out)]) == 0
    assert "Pre-visit brief" in PdfReader(out).pages[0].extract_text()
    with Kadesk.open(db_path()) as app:
        app.settings.set(language="en_US")
    assert main(["report", "brief", "鴻海"]) == 0
    assert len(list(tmp_path.glob("鴻海精密-brief-*.pdf"))) == 1


def test_cli_unknown_and_ambiguous_accounts(data_dir: Path, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    with Kadesk.open(db_path()) as app:
        make_account(app, "华为技术有限公司")
        make_account(app, "华为终端有限公司")
    out = tmp_path / "brief.pdf"
    assert main(["report", "brief", "不存在的客户", "-o", str(out)]) == 2
    assert "no account matches" in capsys.readouterr().err
    assert main(["report", "brief", "华为", "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "several accounts" in err and "华为技术有限公司" in err and "华为终端有限公司" in err
    assert not out.exists()
