"""Follow-ups and planned visits out as iCalendar, read back with the icalendar package."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import icalendar
import pytest

from kadesk.domain.errors import KadeskError
from tests.interchange.conftest import Book


def events(path: Path) -> dict[str, Any]:
    """UID -> VEVENT of the file, which must parse."""
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def test_follow_ups_and_planned_visits(book: Book, tmp_path: Path) -> None:
    target = tmp_path / book.exports.calendar_file_name(None, "zh_CN")
    assert target.name == "kadesk-跟进与拜访.ics"
    done = book.exports.export_calendar(target, language="zh_CN")
    found = events(target)
    assert done.count == len(found)
    # January's follow-up is older than the window; the trashed account's planned
    # visit comes as cancelled (it may be in a calendar already).
    assert set(found) == {f"{book.logged}-followup@kadesk", f"{book.done}-followup@kadesk",
                          f"{book.gone}-followup@kadesk", f"{book.planned}-visit@kadesk",
                          f"{book.orphan}-visit@kadesk"}
    follow_up = found[f"{book.logged}-followup@kadesk"]
    assert str(follow_up["SUMMARY"]) == "跟进：华为技术有限公司"
    assert follow_up["DTSTART"].dt == date(2026, 3, 20)  # all day
    assert follow_up["DTEND"].dt == date(2026, 3, 21)
    assert str(follow_up["TRANSP"]) == "TRANSPARENT" and str(follow_up["STATUS"]) == "CONFIRMED"
    assert "下一步：发送报价" in str(follow_up["DESCRIPTION"])
    visit = found[f"{book.planned}-visit@kadesk"]
    assert str(visit["SUMMARY"]) == "拜访：华为技术有限公司（上门拜访）"
    assert visit["DTSTART"].dt == datetime(2026, 3, 25, 2, tzinfo=UTC)
    assert visit["DTEND"].dt == datetime(2026, 3, 25, 3, 30, tzinfo=UTC)
    assert str(visit["LOCATION"]) == "坂田基地 龙岗区坂田华为基地"
    assert "拟会见：欧阳娜娜" in str(visit["DESCRIPTION"])
    cancelled = {uid for uid, e in found.items() if str(e["STATUS"]) == "CANCELLED"}
    assert cancelled == {f"{book.done}-followup@kadesk", f"{book.gone}-followup@kadesk",
                         f"{book.orphan}-visit@kadesk"}


def test_english_titles(book: Book, tmp_path: Path) -> None:
    book.exports.export_calendar(tmp_path / "c.ics", language="en_US")
    found = events(tmp_path / "c.ics")
    assert str(found[f"{book.logged}-followup@kadesk"]["SUMMARY"]) == (
        "Follow up: 华为技术有限公司")
    assert str(found[f"{book.planned}-visit@kadesk"]["SUMMARY"]) == (
        "Visit: 华为技术有限公司 (On-site visit)")


def test_one_account(book: Book, tmp_path: Path) -> None:
    book.exports.export_calendar(tmp_path / "c.ics", account_id=book.bank)
    assert list(events(tmp_path / "c.ics")) == [f"{book.done}-followup@kadesk"]
    calendar = icalendar.Calendar.from_ical((tmp_path / "c.ics").read_bytes())
    assert str(calendar["X-WR-CALNAME"]) == "招商银行股份有限公司 · 跟进与拜访"


def test_exporting_again_updates_the_same_events(book: Book, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    book.exports.export_calendar(tmp_path / "1.ics")
    book.exports.export_calendar(tmp_path / "1-again.ics")
    # Nothing changed: the same bytes, so a calendar sees nothing new.
    assert (tmp_path / "1.ics").read_bytes() == (tmp_path / "1-again.ics").read_bytes()
    first = events(tmp_path / "1.ics")

    # The edits come a minute later (stamps have one-second resolution in the file).
    later = datetime.now(UTC) + timedelta(minutes=1)
    monkeypatch.setattr("kadesk.store.clock.utcnow", lambda: later)
    book.app.visits.update(book.logged, follow_up_date=date(2026, 3, 23))
    book.app.visits.update(book.planned, purpose="签署三年合同")
    book.app.visits.update(book.logged, follow_up_done=True)
    book.exports.export_calendar(tmp_path / "2.ics")
    second = events(tmp_path / "2.ics")
    assert set(second) == set(first)
    assert "签署三年合同" in str(second[f"{book.planned}-visit@kadesk"]["DESCRIPTION"])
    moved = second[f"{book.logged}-followup@kadesk"]
    assert moved["DTSTART"].dt == date(2026, 3, 23)
    assert str(moved["STATUS"]) == "CANCELLED"  # marked done: the calendar drops it
    for uid in (f"{book.logged}-followup@kadesk", f"{book.planned}-visit@kadesk"):
        assert second[uid]["SEQUENCE"] > first[uid]["SEQUENCE"]
        assert second[uid]["LAST-MODIFIED"].dt > first[uid]["LAST-MODIFIED"].dt
    untouched = f"{book.done}-followup@kadesk"
    assert second[untouched]["SEQUENCE"] == first[untouched]["SEQUENCE"]


def test_trashing_a_planned_visit_cancels_it(book: Book, tmp_path: Path) -> None:
    book.app.visits.delete(book.planned)
    book.exports.export_calendar(tmp_path / "c.ics")
    assert str(events(tmp_path / "c.ics")[f"{book.planned}-visit@kadesk"]["STATUS"]) == (
        "CANCELLED")


def test_nothing_ahead_is_refused(book: Book, tmp_path: Path) -> None:
    book.app.today = lambda: date(2027, 1, 1)
    with pytest.raises(KadeskError) as refused:
        book.exports.export_calendar(tmp_path / "c.ics")
    assert refused.value.code == "export_no_events"
    assert (date(2027, 1, 1) - timedelta(days=30)).isoformat() in refused.value.message()
    assert not (tmp_path / "c.ics").exists()
