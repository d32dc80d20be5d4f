"""The pre-visit brief as a PDF: the text is findable, the font embedded, the file
valid and renderable, and bad input gives a message or a sensible page, never a
traceback or a half-written file."""

from __future__ import annotations

import base64
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from kadesk.cli import main
from kadesk.domain.records import AccountFields
from kadesk.files import default_name, write_atomically
from kadesk.paths import db_path
from kadesk.reports import brief
from kadesk.services.app import Kadesk
from kadesk.store import models as m
from tests.reports.helpers import assert_sound, make_account, pdf_text


def render(app: Kadesk, account: str, target: Path, language: str = "zh_CN",
           page_size: str = "A4") -> str:
    data = brief.gather(app, account, language=language)
    write_atomically(target, lambda temp: brief.render(data, temp, language=language,
                                                       page_size=page_size))
    return pdf_text(target)


def test_the_chinese_brief_holds_names_and_headings(app: Kadesk, tmp_path: Path) -> None:
    pdf = tmp_path / "brief.pdf"
    text = render(app, make_account(app), pdf)
    for expected in ("鴻海精密工業股份有限公司", "郭台銘", "Alice Wong", "客户概况", "关系图",
                     "最近拜访", "未解决的异议", "待跟进事项", "进行中的方案", "远航物流有限公司",
                     "13800138000", "¥123.46万", "华南仓配一体化方案", "第 1 页"):
        assert expected in text, expected
    assert 1 <= len(PdfReader(pdf).pages) <= 2


def test_fonts_are_embedded_and_the_file_is_valid(app: Kadesk, tmp_path: Path) -> None:
    pdf = tmp_path / "brief.pdf"
    render(app, make_account(app), pdf)
    assert_sound(pdf)


def test_english_brief_on_letter(app: Kadesk, tmp_path: Path) -> None:
    pdf = tmp_path / "brief.pdf"
    text = render(app, make_account(app), pdf, language="en_US", page_size="Letter")
    for expected in ("Account profile", "Contact map", "Recent visits", "Open proposals",
                     "Hon Hai Precision Industry", "Page 1 of"):
        assert expected in text, expected
    assert round(float(PdfReader(pdf).pages[0].mediabox.width)) == 612


def test_a_broken_logo_is_left_out(app: Kadesk, tmp_path: Path) -> None:
    # What validation refuses can still arrive in a hostile sync package.
    account = make_account(app)
    broken = base64.b64encode(b"\x89PNG\r\n\x1a\n but not an image").decode()
    with app.db.write() as session:
        session.get(m.Letterhead, m.LETTERHEAD_ID).logo = broken  # type: ignore[union-attr]
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
    assert len(list(tmp_path.glob("鴻海精密-Pre-visit brief-*.pdf"))) == 1


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


def test_cli_names_a_folder_it_cannot_write_to(data_dir: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    with Kadesk.open(db_path()) as app:
        make_account(app)
    out = tmp_path / "no such folder" / "brief.pdf"
    assert main(["report", "brief", "鴻海", "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert f"No such file or directory ({out})" in err and "Nothing was changed" in err
    assert not out.parent.exists()
