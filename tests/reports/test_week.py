"""The period report (周报): counts, charts and the visits of a week or a chosen period."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from kadesk.cli import main
from kadesk.domain.enums import ListKind
from kadesk.domain.errors import KadeskError
from kadesk.domain.queries import AccountFilter, Period
from kadesk.domain.records import AccountFields, VisitFields, VisitObjectionFields
from kadesk.files import write_atomically
from kadesk.paths import db_path
from kadesk.reports import week
from kadesk.services.app import Kadesk
from tests.reports.helpers import assert_sound, pdf_text

MONDAY = date(2026, 3, 2)


def log_week(app: Kadesk, visits: int = 6) -> None:
    """Visits by two reps over the week of MONDAY, one the week before, objections of two kinds."""
    objections = app.lists.items(ListKind.OBJECTION)
    accounts = [app.accounts.create(AccountFields(name=name)).record.id
                for name in ("招商银行股份有限公司", "比亚迪股份有限公司", "中国平安保险（集团）")]
    for n in range(visits):
        app.visits.create(VisitFields(
            account_id=accounts[n % 3], owner="张伟" if n % 2 else "李娜",
            occurred_at=datetime(2026, 3, 2 + n % 5, 2, tzinfo=UTC),
            outcome=f"第{n + 1}次拜访的结果",
            objections=(VisitObjectionFields(objection_id=objections[n % 2].id),),
            next_steps="准备报价" if n == 0 else "", follow_up_date=date(2026, 3, 20) if n == 0
            else None))
    app.visits.create(VisitFields(account_id=accounts[0], owner="张伟",
                                  occurred_at=datetime(2026, 2, 24, 2, tzinfo=UTC)))


def render(app: Kadesk, target: Path, period: Period | None = None, rep: str = "",
           language: str = "zh_CN") -> str:
    data = week.gather(app, period, rep, language=language)
    write_atomically(target, lambda temp: week.render(data, temp, language=language))
    return pdf_text(target)


def test_a_week_for_the_team(app: Kadesk, tmp_path: Path) -> None:
    log_week(app)
    pdf = tmp_path / "week.pdf"
    text = render(app, pdf, Period.week_of(MONDAY + timedelta(days=3)))
    for expected in ("周报", "2026年3月2日 至 2026年3月8日", "全体销售", "概览", "拜访次数",
                     "覆盖客户", "每周拜访次数", "异议类型分布", "每日拜访", "招商银行股份有限公司",
                     "比亚迪股份有限公司", "第6次拜访的结果", "准备报价", "2026年3月2日 周一"):
        assert expected in text, expected
    assert "第7次" not in text
    assert_sound(pdf)


def test_one_rep_and_the_counts(app: Kadesk) -> None:
    log_week(app)
    data = week.gather(app, Period.week_of(MONDAY), "张伟")
    assert len(data.visits) == 3 and {v.owner for v in data.visits} == {"张伟"}
    # The trend ends with this week and counts the week before, for the same rep.
    assert data.weekly[-1] == (MONDAY, 3)
    assert data.weekly[-2] == (MONDAY - timedelta(weeks=1), 1)
    assert len(data.weekly) == week.TREND_WEEKS


def test_an_empty_week_is_a_proper_page(app: Kadesk, tmp_path: Path) -> None:
    pdf = tmp_path / "week.pdf"
    text = render(app, pdf, language="en_US")  # this week: nothing logged
    for expected in ("Weekly report", "All reps", "No visits in this period.",
                     "No objections met in this period.", "Page 1 of 1"):
        assert expected in text, expected
    assert len(PdfReader(pdf).pages) == 1
    assert_sound(pdf)


def test_impossible_periods_are_refused(app: Kadesk) -> None:
    with pytest.raises(KadeskError) as reversed_:
        week.gather(app, Period(start=MONDAY, end=MONDAY - timedelta(days=1)))
    assert "swap the dates" in reversed_.value.message()
    with pytest.raises(KadeskError) as too_long:
        week.gather(app, Period(start=MONDAY, end=MONDAY + timedelta(days=200)))
    assert "at most 92 days" in too_long.value.message()


def test_a_long_list_is_capped_but_counted(app: Kadesk, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    log_week(app, visits=9)
    monkeypatch.setattr(week, "LISTED", 4)
    text = render(app, tmp_path / "week.pdf", Period.week_of(MONDAY))
    assert "以上列出前 4 次拜访，共 9 次" in text
    assert "第9次拜访的结果" not in text  # not listed, yet in the counts
    assert "9" in text


def test_a_row_split_over_pages_begins_with_its_date_and_account(app: Kadesk,
                                                                   tmp_path: Path) -> None:
    """A visit whose outcome fills pages: the page where its row begins shows when and
    where it was (they were drawn at the row's middle, pages later, leaving it blank)."""
    log_week(app)
    account = app.accounts.create(AccountFields(name="宁德时代新能源科技")).record.id
    app.visits.create(VisitFields(
        account_id=account, owner="张伟", occurred_at=datetime(2026, 3, 7, 2, tzinfo=UTC),
        outcome="开头：" + "客户要求下周提供冷链方案的详细报价和时效承诺。" * 120))
    pdf = tmp_path / "week.pdf"
    render(app, pdf, Period.week_of(MONDAY))
    pages = [page.extract_text() for page in PdfReader(pdf).pages]
    begins = next(i for i, page in enumerate(pages) if "开头：" in page)
    assert any("详细报价" in page for page in pages[begins + 2:]), "the row spans 3 pages"
    assert "2026年3月7日" in pages[begins]  # a Saturday: no other visit that day
    assert "宁德时代新能源科技" in pages[begins]
    assert_sound(pdf)


def test_cli_week_defaults_and_periods(data_dir: Path, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    with Kadesk.open(db_path()) as app:
        log_week(app)
    monkeypatch.chdir(tmp_path)
    assert main(["report", "week", "--lang", "zh_CN"]) == 0  # this week, every rep
    [default] = tmp_path.glob("全体销售-周报-*.pdf")
    assert "本期没有拜访记录" in pdf_text(default)
    out = tmp_path / "li.pdf"
    assert main(["report", "week", "--week", "2026-03-04", "--rep", "李娜", "-o", str(out),
                 "--lang", "en_US"]) == 0
    assert "Rep: 李娜" in pdf_text(out)
    assert main(["report", "week", "--rep", "王五", "-o", str(tmp_path / "nobody.pdf")]) == 2
    assert "No rep named '王五' has logged a visit" in capsys.readouterr().err
    assert not (tmp_path / "nobody.pdf").exists()
    assert main(["report", "week", "--from", "2026-03-01", "--to", "2026-03-31",
                 "-o", str(tmp_path / "march.pdf")]) == 0
    assert "Visit report" in pdf_text(tmp_path / "march.pdf")
    assert main(["report", "week", "--from", "2026-03-09", "--to", "2026-03-01",
                 "-o", str(tmp_path / "bad.pdf")]) == 2
    assert "swap the dates" in capsys.readouterr().err
    assert main(["report", "week", "--week", "2026-03-04", "--from", "2026-03-01",
                 "-o", str(tmp_path / "bad.pdf")]) == 2
    assert not (tmp_path / "bad.pdf").exists()
    with pytest.raises(SystemExit):
        main(["report", "week", "--week", "next tuesday"])
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_every_report_word_exists_in_both_languages() -> None:
    from kadesk.reports.strings import TEXT

    assert TEXT["zh_CN"].keys() == TEXT["en_US"].keys()
    assert all(TEXT["zh_CN"][k] and TEXT["en_US"][k] for k in TEXT["zh_CN"])


def test_what_the_manager_reads_beyond_the_visits(tmp_path: Path) -> None:
    """Per rep, against the week before, overdue follow-ups, the open pipeline."""
    from kadesk.domain.enums import ProposalStatus
    from kadesk.domain.records import ProposalFields, ProposalItemFields

    with Kadesk.open(tmp_path / "k.db", today=lambda: date(2026, 3, 12)) as app:
        log_week(app)
        [bank, *_] = [a.id for a in app.accounts.page(AccountFilter(), limit=3)
                      if a.name == "招商银行股份有限公司"]
        app.accounts.update(bank, owner="张伟")
        app.visits.create(VisitFields(account_id=bank, owner="张伟", next_steps="寄样品",
                                      occurred_at=datetime(2026, 2, 20, 2, tzinfo=UTC),
                                      follow_up_date=date(2026, 3, 1)))
        app.proposals.create(ProposalFields(
            account_id=bank, title="总行票据方案", status=ProposalStatus.SENT,
            valid_until=date(2026, 6, 30),
            items=(ProposalItemFields(description="票据配送", unit_price_cents=123_456_789_00),)))
        app.proposals.create(ProposalFields(
            account_id=bank, title="已过期方案", status=ProposalStatus.SENT,
            issued_on=date(2026, 2, 1), valid_until=date(2026, 3, 1),
            items=(ProposalItemFields(description="x", unit_price_cents=100),)))
        data = week.gather(app, Period.week_of(MONDAY))
        assert [len(data.visits), len(data.previous)] == [6, 1]
        assert [v.next_steps for v in data.overdue] == ["寄样品"]
        assert [p.title for p in data.pipeline] == ["总行票据方案"]
        pdf = tmp_path / "week.pdf"
        write_atomically(pdf, lambda temp: week.render(data, temp))
        text = pdf_text(pdf)
        for expected in ("各销售拜访情况", "李娜", "上期 1（+5）", "逾期未跟进", "寄样品", "11 天",
                         "进行中的方案（商机）", "总行票据方案",
                         "共 1 份进行中的方案，合计 ¥1.31亿"):
            assert expected in text, expected
        assert "已过期方案" not in text
        only = week.gather(app, Period.week_of(MONDAY), "李娜")
        assert only.overdue == () and only.pipeline == ()  # 张伟's follow-up and account


def test_a_quarter_charts_every_week_and_an_unknown_rep_is_refused(app: Kadesk) -> None:
    log_week(app)
    quarter = week.gather(app, Period(start=date(2026, 1, 1), end=date(2026, 3, 31)))
    assert len(quarter.weekly) == 14  # the weeks of Jan 1 (a Thursday) to Mar 31
    assert quarter.weekly[0][0] == date(2025, 12, 29)
    with pytest.raises(KadeskError) as unknown:
        week.gather(app, Period.week_of(MONDAY), "王五")
    assert "No rep named '王五'" in unknown.value.message() and "张伟" in unknown.value.message()


@pytest.fixture
def utc_laptop(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.usefixtures("utc_laptop")
def test_the_week_begins_at_midnight_where_the_rep_is(app: Kadesk) -> None:
    """A laptop left on UTC: a visit on Monday 07:30 in Beijing (Sunday 23:30 UTC) belongs
    to the rep's Monday once Preferences says Asia/Shanghai, in the list and the chart."""
    account = app.accounts.create(AccountFields(name="招商银行股份有限公司")).record.id
    app.visits.create(VisitFields(account_id=account, owner="张伟", outcome="周一早会",
                                  occurred_at=datetime(2026, 3, 1, 23, 30, tzinfo=UTC)))
    this_week = Period.week_of(MONDAY)
    assert not week.gather(app, this_week).visits  # on the laptop's clock it was Sunday
    app.settings.set(time_zone="Asia/Shanghai")
    data = week.gather(app, this_week)
    assert [v.outcome for v in data.visits] == ["周一早会"]
    assert dict(data.weekly)[MONDAY] == 1 and not data.previous
