"""Every report kind in both languages, as PDFs and PNG pages, to look at (docs/images
holds a chosen few).

    .venv/bin/python scripts/report_images.py OUT_DIR [--accounts 120] [--dpi 60]

Makes demo data (seed 1) in OUT_DIR, a team letterhead and a proposal with everything a
buyer expects (dated, addressed, a service commitment, 9% and 6% lines, a discount);
then writes brief, visit summary, weekly report and that proposal, zh_CN and en_US, A4,
and renders each page with pdftoppm (poppler-utils).
"""

from __future__ import annotations

import argparse
import subprocess
from datetime import timedelta
from pathlib import Path

from kadesk.domain.enums import ProposalStatus
from kadesk.domain.queries import AccountFilter, Period
from kadesk.domain.records import ProposalFields, ProposalItemFields
from kadesk.files import write_atomically
from kadesk.reports import brief, proposal, visit, week
from kadesk.services.app import Kadesk
from kadesk.services.demo import DemoSize, generate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--accounts", type=int, default=120)
    parser.add_argument("--dpi", type=int, default=60)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    database = args.out / "kadesk.db"
    database.unlink(missing_ok=True)
    with Kadesk.open(database) as app:
        generate(app, DemoSize(accounts=args.accounts), seed=1)
        app.settings.set(rep_name="张伟", rep_phone="138 0013 8000",
                         rep_email="zhang.wei@example.com", time_zone="Asia/Shanghai")
        app.letterhead.update(
            company_name="远航物流有限公司", company_name_en="Yuanhang Logistics Co., Ltd.",
            address="深圳市南山区科技园科苑路 15 号", phone="0755-8888 6666",
            credit_code="91350100M000100Y43", bank_name="招商银行深圳分行",
            bank_account="7559 0000 1234 5678",
            profile="远航物流成立于 2008 年，专注华南及全国的合同物流、快递与仓配一体化服务。",
            network="全国 31 个省级行政区，1,200 个网点，8 个区域分拨中心，自有车辆 3,000 台。",
            qualifications="道路运输经营许可证；危险货物运输资质；ISO 9001；AAAA 级物流企业。",
            closing="感谢贵司的信任，期待与贵司携手合作。")
        accounts = app.accounts.page(AccountFilter(), limit=args.accounts)
        account = max(accounts, key=lambda a: len(app.contacts.of_account(a.id)))
        people = app.contacts.of_account(account.id)
        today = app.today()
        offer = app.proposals.create(ProposalFields(
            account_id=account.id, title="华南仓配一体化方案", status=ProposalStatus.SENT,
            issued_on=today, valid_until=today + timedelta(days=60),
            addressee_id=people[0].id if people else None,
            needs="门店补货需 24 小时内送达；旺季日均出库 3,000 单；需按成本中心对账。",
            solution="广州、深圳两仓联动，干线每日两班，末端同城配送当日达。",
            value_added="代收货款、退货取件、签单返还、销售数据反馈", terms="月结，账期 60 天。",
            benefits="物流总成本预计降低 12%；门店缺货率减半。",
            sla_on_time_bp=9850, sla_damage_bp=1, sla_claim_days=7,
            sla_claims="按申报价值全额赔付", sla_response_hours=2,
            items=(ProposalItemFields(description="干线运输（广州—深圳，每日两班）",
                                      quantity_milli=720_000, unit="车次",
                                      unit_price_cents=1_850_00, discount_bp=1500,
                                      tax_bp=900),
                   ProposalItemFields(description="仓储租赁（恒温库）", quantity_milli=1_200_000,
                                      unit="平方米·月", unit_price_cents=45_00, tax_bp=600),
                   ProposalItemFields(description="拣货包装", quantity_milli=1_080_000_000,
                                      unit="单", unit_price_cents=2_20, discount_bp=500,
                                      tax_bp=600)))).record.id
        [latest] = app.visits.of_account(account.id, limit=1) or [None]
        week_of = Period.week_of(latest.occurred_at.date() if latest else today)
        reports = {"brief": (brief, lambda lang: brief.gather(app, account.id, language=lang)),
                   "week": (week, lambda lang: week.gather(app, week_of, language=lang)),
                   "proposal": (proposal, lambda _lang: proposal.gather(app, offer))}
        if latest is not None:
            reports["visit"] = (visit, lambda lang: visit.gather(app, latest.id, language=lang))
        for kind, (module, gather) in reports.items():
            for language in ("zh_CN", "en_US"):
                data = gather(language)
                pdf = args.out / f"{kind}-{language}.pdf"
                write_atomically(pdf, lambda temp, m=module, d=data, lang=language: m.render(
                    d, temp, language=lang))
                subprocess.run(["pdftoppm", "-r", str(args.dpi), "-png", str(pdf),
                                str(pdf.with_suffix(""))], check=True)
                print(pdf)


if __name__ == "__main__":
    main()
