"""Every report kind, in both languages, read back from the PDF: no character printed
as a box, no line against the Chinese line-breaking rules, no number broken across
lines, and visit times in the rep's time zone."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Spacer

from kadesk.domain.enums import BuyingRole, ListKind
from kadesk.domain.queries import Period
from kadesk.domain.records import (
    AccountFields,
    ContactFields,
    ProposalFields,
    ProposalItemFields,
    VisitFields,
    VisitObjectionFields,
)
from kadesk.files import write_atomically
from kadesk.reports import brief, proposal, visit, week
from kadesk.reports.style import (
    FOOTER,
    HEADER,
    MARGIN,
    Letterhead,
    build_pdf,
    frame_width,
    section,
    styles,
)
from kadesk.services.app import Kadesk
from tests.reports.layout import broken_figures, kinsoku_faults, missing_glyphs, page_texts

# GB18030's planes as Chinese uses them: GBK (丂 齉), the four-byte BMP part (CJK
# Extension A: 㐀 䶮), plane 2 (Extension B: 𠮷 𪚥); Big5's traditional forms (龘 裡 髮
# 鏡); and emoji as phones type them (with selectors and joins).
EDGE = "𠮷田 𪚥 㐀 䶮 丂 齉 龘 裡 髮 鏡 😀 👍🏻 🚚 📦 ❤️ 👨‍👩‍👧 ☕"
# Punctuation placed where a careless breaker would start or end a line with it.
PROSE = ("客户（华南区）要求：每日两班，时效≤24小时；“准时率”不低于98.5%，"
         "货损率≤0.01%。Line-haul Shenzhen—Changsha, twice daily; ") * 6


def edge_data(app: Kadesk) -> dict[str, str]:
    app.letterhead.update(company_name=f"远航物流有限公司 {EDGE[:2]}")
    app.settings.set(rep_name="𠮷田 张伟", rep_phone="13800138000", time_zone="Asia/Shanghai")
    account = app.accounts.create(AccountFields(
        name=f"{EDGE[:5]}精密工业股份有限公司", short_name="𠮷田精密", unmet_needs=PROSE,
        special_operations=EDGE, competitors=PROSE)).record.id
    boss = app.contacts.create(ContactFields(
        account_id=account, name="𠮷田 龘", title=f"董事長 {EDGE[-12:]}",
        buying_role=BuyingRole.DECISION_MAKER, personal_notes=EDGE)).record.id
    objection = app.lists.update(  # a team's own words, drawn in the week's chart too
        app.lists.items(ListKind.OBJECTION)[0].id, label_zh=f"价格太高 {EDGE[:2]} 💰",
        label_en=f"Price too high {EDGE[:2]} 💰").record
    logged = app.visits.create(VisitFields(
        account_id=account, owner="𠮷田 张伟", contact_ids=(boss,),
        # 10:00 in Beijing: 02:00 UTC.
        occurred_at=datetime(2026, 3, 2, 2, tzinfo=UTC), purpose=PROSE, summary=EDGE + PROSE,
        outcome=PROSE, objections=(VisitObjectionFields(objection_id=objection.id,
                                                        details=PROSE, response=EDGE),),
        next_steps=PROSE, follow_up_date=date(2026, 3, 9))).record.id
    offer = app.proposals.create(ProposalFields(
        account_id=account, title=f"华南干线方案 {EDGE[:2]}", needs=PROSE, solution=EDGE + PROSE,
        terms=PROSE, addressee_id=boss, items=tuple(ProposalItemFields(
            description=f"{EDGE} 干线运输（深圳—长沙）第{n}段", quantity_milli=1_234_500,
            unit="车次", unit_price_cents=987_654_321_00, discount_bp=1250, tax_bp=900)
            for n in range(12)))).record.id
    return {"account": account, "visit": logged, "proposal": offer}


REPORTS: dict[str, Callable[[Kadesk, dict[str, str], str], Any]] = {
    "brief": lambda app, ids, lang: (brief, brief.gather(app, ids["account"], language=lang)),
    "visit": lambda app, ids, lang: (visit, visit.gather(app, ids["visit"], language=lang)),
    "week": lambda app, ids, lang: (week, week.gather(app, Period.week_of(date(2026, 3, 2)),
                                                      language=lang)),
    "proposal": lambda app, ids, _lang: (proposal, proposal.gather(app, ids["proposal"])),
}


@pytest.mark.parametrize("language", ["zh_CN", "en_US"])
@pytest.mark.parametrize("kind", list(REPORTS))
def test_every_report_prints_every_character_and_breaks_lines_by_the_rules(
        app: Kadesk, tmp_path: Path, kind: str, language: str) -> None:
    module, data = REPORTS[kind](app, edge_data(app), language)
    pdf = tmp_path / f"{kind}.pdf"
    write_atomically(pdf, lambda temp: module.render(data, temp, language=language))
    assert missing_glyphs(pdf) == []
    assert kinsoku_faults(pdf) == []
    assert broken_figures(pdf) == []
    text = "\n".join(page_texts(pdf))
    assert "𠮷田" in text  # copied and searched as itself, not as U+20BB
    if kind == "week":  # the objections chart's label, its rare character and emoji
        assert ("价格太高 𠮷田 💰" if language == "zh_CN" else "Price too high 𠮷田 💰") in text
    if kind in ("visit", "week"):
        assert "10:00" in text and "02:00" not in text  # the rep's zone, not the machine's


def test_a_heading_is_never_left_at_the_foot_of_a_page(tmp_path: Path) -> None:
    width = frame_width()
    rows = [["2026年3月2日", "上门拜访", PROSE[:120]], ["2026年3月3日", "电话", "短"]]
    for room in range(30, 140, 6):  # what is left of page 1 when the section starts
        story = [Spacer(1, A4[1] - 2 * MARGIN - HEADER - FOOTER - room),
                 *section("最近拜访", ["日期", "方式", "结果"], rows, [0, 0, 1], s=styles(),
                          empty="无", width=width)]
        pdf = tmp_path / f"room{room}.pdf"
        write_atomically(pdf, lambda temp, story=story: build_pdf(
            temp, story, title="t", letterhead=Letterhead(), language="zh_CN"))
        for page in page_texts(pdf):
            if "最近拜访" in page:
                assert "2026年3月2日" in page, f"{room} pt left: the heading stands alone"
