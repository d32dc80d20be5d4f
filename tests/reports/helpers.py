"""What the report tests share: an account with something of everything, and the
checks every PDF must pass."""

from __future__ import annotations

import re
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

from pypdf import PdfReader

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
    app.letterhead.update(company_name="远航物流有限公司")
    app.settings.set(rep_name="张伟", rep_phone="13800138000",
                     rep_email="zhang.wei@example.com")
    return account


def pdf_text(pdf: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(pdf).pages)


def assert_sound(pdf: Path) -> None:
    """Every font embedded (a real bold among them), qpdf finds no fault, page 1 renders."""
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    assert fonts and all(re.search(r"\byes\s+yes\b", line) for line in fonts), fonts
    assert any("NotoSansSC-Bold" in line for line in fonts)
    subprocess.run(["qpdf", "--check", str(pdf)], capture_output=True, check=True)
    stem = pdf.with_suffix("")
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(pdf), str(stem)],
                   check=True)
    assert Path(f"{stem}-1.png").stat().st_size > 0
