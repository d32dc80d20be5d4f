"""Follow-ups and planned visits as an iCalendar file (RFC 5545) for the rep's calendar.

Everything is a VEVENT: Google Calendar, Outlook, Apple Calendar and phone
calendars import events, while VTODOs are dropped by most of them (they land
in a separate task list at best). A follow-up is an all-day, free (transparent)
event on its date; a planned visit is a timed event.

Each entry's UID comes from its row, and SEQUENCE, LAST-MODIFIED and DTSTAMP
from the row's last change, so importing a newer export updates the events it
already made instead of adding copies, and an export of unchanged data is
byte-for-byte the same. Times are written in UTC ("Z"), which every calendar
reads and shows in the device's own zone, with no VTIMEZONE to get wrong.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from kadesk import __version__

# SEQUENCE counts seconds from here: it grows with every change and stays far below
# 2**31 (Outlook keeps it in 32 bits) until 2088.
SEQUENCE_EPOCH = datetime(2020, 1, 1, tzinfo=UTC)


@dataclass(frozen=True, kw_only=True)
class CalendarEntry:
    uid: str
    summary: str
    start: date | datetime  # a date: an all-day entry; a datetime: aware
    end: date | datetime  # exclusive, as iCalendar counts
    modified: datetime  # aware: the row's last change
    description: str = ""
    location: str = ""
    cancelled: bool = False  # done or deleted: calendars that imported it drop or strike it
    busy: bool = True


def sequence(modified: datetime) -> int:
    return max(0, int((modified - SEQUENCE_EPOCH).total_seconds()))


def _moment(value: date | datetime) -> date | datetime:
    return value.astimezone(UTC) if isinstance(value, datetime) else value


def calendar(entries: Sequence[CalendarEntry], name: str) -> bytes:
    """The .ics text of ``entries`` (UTF-8, lines folded at 75 octets by icalendar)."""
    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", f"-//kadesk//kadesk {__version__}//ZH")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    # PUBLISH: a copy of our events for the reader's own calendar, not an invitation.
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    for entry in entries:
        event = Event()
        modified = entry.modified.astimezone(UTC).replace(microsecond=0)
        event.add("uid", entry.uid)
        event.add("dtstamp", modified)
        event.add("last-modified", modified)
        event.add("sequence", sequence(modified))
        event.add("dtstart", _moment(entry.start))
        event.add("dtend", _moment(entry.end))
        event.add("summary", entry.summary)
        if entry.description:
            event.add("description", entry.description)
        if entry.location:
            event.add("location", entry.location)
        event.add("status", "CANCELLED" if entry.cancelled else "CONFIRMED")
        event.add("transp", "OPAQUE" if entry.busy else "TRANSPARENT")
        event.add("categories", ["kadesk"])
        cal.add_component(event)
    return bytes(cal.to_ical())


def all_day(day: date) -> tuple[date, date]:
    """Start and (exclusive) end of an all-day entry on ``day``."""
    return day, day + timedelta(days=1)
