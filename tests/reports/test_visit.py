"""The visit summary (拜访纪要): one visit, all of it, in either language."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from kadesk.cli import main
from kadesk.domain.errors import NotFoundError
from kadesk.files import write_atomically
from kadesk.paths import db_path
from kadesk.reports import visit
from kadesk.services.app import Kadesk
from tests.reports.helpers import assert_sound, make_account, pdf_text


def render(app: Kadesk, visit_id: str, target: Path, language: str = "zh_CN") -> str:
    data = visit.gather(app, visit_id, language=language)
    write_atomically(target, lambda temp: visit.render(data, temp, language=language))
    return pdf_text(target)


def test_the_summary_holds_the_whole_visit(app: Kadesk, tmp_path: Path) -> None:
    account = make_account(app)
    [logged] = app.visits.of_account(account)
    pdf = tmp_path / "visit.pdf"
    text = render(app, logged.id, pdf)
    for expected in ("拜访纪要", "鴻海精密工業股份有限公司", "2026年3月2日", "会见人员", "郭台銘",
                     "董事長", "决策者", "Alice Wong", "季度业务回顾", "同意试点华南线路",
                     "客户异议", "价格偏高 too high", "寄送报价单", "跟进日期：2026年3月9日"):
        assert expected in text, expected
    assert_sound(pdf)


def test_english_summary(app: Kadesk, tmp_path: Path) -> None:
    [logged] = app.visits.of_account(make_account(app))
    text = render(app, logged.id, tmp_path / "visit.pdf", language="en_US")
    for expected in ("Visit summary", "People met", "Decision maker", "Objections raised",
                     "Follow-up: Mar 9, 2026", "satisfaction"):  # English wraps between words
        assert expected in text, expected


def test_a_trashed_contact_is_still_named(app: Kadesk, tmp_path: Path) -> None:
    [logged] = app.visits.of_account(make_account(app))
    app.contacts.delete(logged.contact_ids[1])
    assert "Alice Wong" in render(app, logged.id, tmp_path / "visit.pdf")


def test_an_unknown_visit_is_refused(app: Kadesk) -> None:
    with pytest.raises(NotFoundError):
        visit.gather(app, "no-such-visit")


def test_cli_visit_by_account_and_day(data_dir: Path, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    with Kadesk.open(db_path()) as app:
        make_account(app)
    out = tmp_path / "v.pdf"
    assert main(["report", "visit", "--account", "鴻海", "--on", "2026-03-02", "-o", str(out),
                 "--lang", "zh_CN"]) == 0
    assert "同意试点华南线路" in pdf_text(out)
    assert main(["report", "visit", "--account", "鴻海", "--on", "2026-03-03",
                 "-o", str(tmp_path / "none.pdf")]) == 2
    assert "no visit on 2026-03-03" in capsys.readouterr().err
    assert main(["report", "visit", "nope", "-o", str(tmp_path / "none.pdf")]) == 2
    assert "No visit with id 'nope'" in capsys.readouterr().err
    assert main(["report", "visit", "-o", str(tmp_path / "none.pdf")]) == 2
    assert "--account" in capsys.readouterr().err
    assert not (tmp_path / "none.pdf").exists()


def test_very_long_texts_flow_over_pages(app: Kadesk, tmp_path: Path) -> None:
    [logged] = app.visits.of_account(make_account(app))
    long = "客户详细介绍了华南区域的仓储布局和未来三年的扩张计划 warehouse plans, " * 120
    objection = logged.objections[0]
    app.visits.update(logged.id, summary=long, objections=(
        type(objection)(objection_id=objection.objection_id, details=long, id=objection.id),))
    pdf = tmp_path / "visit.pdf"
    text = render(app, logged.id, pdf)
    assert len(PdfReader(pdf).pages) >= 4
    assert text.count("扩张计划") >= 200  # both long texts, whole
