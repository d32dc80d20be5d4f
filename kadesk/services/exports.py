"""Data out of kadesk: the account list and the visit log as spreadsheets, contacts as
vCards, follow-ups and planned visits as a calendar.

Each export gathers read objects into plain values (kadesk/interchange writes
them) and refuses an empty selection with a message rather than writing an
empty file. Files are written whole or not at all.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from kadesk.domain.enums import ListKind, VisitKind
from kadesk.domain.errors import KadeskError
from kadesk.domain.queries import AccountFilter, AccountSort, Period, day_start
from kadesk.domain.records import Contact, Site
from kadesk.files import default_name, legal_name, write_atomically
from kadesk.interchange import calendar as ical
from kadesk.interchange import vcard_writer
from kadesk.interchange.table_writer import Column, Kind, Table, write_table
from kadesk.interchange.words import texts
from kadesk.services.base import CHUNK
from kadesk.store import models as m

if TYPE_CHECKING:
    from kadesk.services.app import Kadesk

# Follow-ups dated this many days back still go into a calendar export: the recent
# overdue ones stay visible, and marking one done cancels its event on re-import.
CALENDAR_PAST_DAYS = 30
PLANNED_VISIT_MINUTES = 60  # a planned visit without a duration


@dataclass(frozen=True)
class Exported:
    path: Path
    count: int  # rows, cards or calendar entries written


class ExportService:
    def __init__(self, app: Kadesk) -> None:
        self.app = app

    # -- account list ----------------------------------------------------------------
    def account_table(self, f: AccountFilter = AccountFilter(),
                      sort: AccountSort = AccountSort.NAME, descending: bool = False, *,
                      language: str = "zh_CN") -> Table:
        """The accounts the list shows with these filters, in its order."""
        ids = self.app.accounts.ids(f, sort, descending)
        if not ids:
            raise KadeskError("export_no_accounts")
        t = texts(language)
        industries = {i.id: i.label(language)
                      for i in self.app.lists.items(ListKind.INDUSTRY, hidden=True)}
        columns = (Column(t["name"]), Column(t["short_name"]), Column(t["tier"]),
                   Column(t["type"]), Column(t["region"]), Column(t["industry"]),
                   Column(t["city"]), Column(t["stage"]), Column(t["owner"]),
                   Column(t["revenue"], Kind.MONEY), Column(t["last_visit"], Kind.DATE),
                   Column(t["next_follow_up"], Kind.DATE), Column(t["overdue"]))
        rows = []
        for start in range(0, len(ids), CHUNK):
            for a in self.app.accounts.summaries(ids[start:start + CHUNK]):
                rows.append((
                    a.name, a.short_name, a.tier.value, a.account_type.label(language),
                    a.region.label(language) if a.region else "",
                    industries.get(a.industry_id or "", ""), a.hq_city,
                    a.relationship_stage.label(language), a.owner, a.annual_revenue,
                    a.last_visit_at.astimezone().date() if a.last_visit_at else None,
                    a.next_follow_up, t["yes"] if a.overdue else t["no"]))
        return Table(t["accounts"], columns, rows)

    def export_accounts(self, path: Path, f: AccountFilter = AccountFilter(),
                        sort: AccountSort = AccountSort.NAME, descending: bool = False, *,
                        language: str = "zh_CN", encoding: str = "utf-8") -> Exported:
        table = self.account_table(f, sort, descending, language=language)
        return Exported(write_table(table, path, encoding=encoding), len(table.rows))

    def accounts_file_name(self, language: str, suffix: str = ".xlsx") -> str:
        return f"{texts(language)['accounts']}-{self.app.today().isoformat()}{suffix}"

    # -- visit log -------------------------------------------------------------------
    def visit_table(self, period: Period, owner: str | None = None, *,
                    kind: VisitKind | None = None, account_text: str = "",
                    language: str = "zh_CN") -> Table:
        """Every visit of the period (any length), oldest first, as the visit log lists
        them: a rep, a kind and account search text narrow it the same way."""
        if period.end < period.start:
            raise KadeskError("period_reversed", start=period.start.isoformat(),
                              end=period.end.isoformat())
        visits = self.app.visits.in_period(period, owner, kind=kind, account_text=account_text)
        if not visits:
            raise KadeskError("export_no_visits", start=period.start.isoformat(),
                              end=period.end.isoformat())
        t = texts(language)
        sep = t["list_sep"]
        accounts = self.app.accounts.names(list({v.account_id for v in visits}))
        sites = self.app.sites.names(list({v.site_id for v in visits if v.site_id}))
        people = self.app.contacts.names(list({c for v in visits for c in v.contact_ids}))
        objections = {i.id: i.label(language)
                      for i in self.app.lists.items(ListKind.OBJECTION, hidden=True)}
        columns = (Column(t["when"], Kind.DATETIME), Column(t["account"]), Column(t["kind"]),
                   Column(t["rep"]), Column(t["site"]), Column(t["met"]),
                   Column(t["colleagues"]), Column(t["duration"], Kind.INTEGER),
                   Column(t["purpose"]), Column(t["summary"]), Column(t["outcome"]),
                   Column(t["satisfaction"], Kind.INTEGER), Column(t["objections"]),
                   Column(t["next_steps"]), Column(t["follow_up"], Kind.DATE),
                   Column(t["follow_up_done"]))
        rows = [(
            v.occurred_at, accounts.get(v.account_id, ""), v.kind.label(language), v.owner,
            sites.get(v.site_id or "", ""),
            sep.join(people[c] for c in v.contact_ids if c in people), v.colleagues,
            v.duration_minutes, v.purpose, v.summary, v.outcome, v.satisfaction,
            sep.join(objections.get(o.objection_id, "") for o in v.objections),
            v.next_steps, v.follow_up_date,
            (t["yes"] if v.follow_up_done else t["no"]) if v.follow_up_date else "",
        ) for v in visits]
        return Table(t["visits"], columns, rows)

    def export_visits(self, path: Path, period: Period, owner: str | None = None, *,
                      kind: VisitKind | None = None, account_text: str = "",
                      language: str = "zh_CN", encoding: str = "utf-8") -> Exported:
        table = self.visit_table(period, owner, kind=kind, account_text=account_text,
                                 language=language)
        return Exported(write_table(table, path, encoding=encoding), len(table.rows))

    @staticmethod
    def visits_file_name(period: Period, language: str, suffix: str = ".xlsx") -> str:
        span = f"{period.start.isoformat()}_{period.end.isoformat()}"
        return f"{texts(language)['visits']}-{span}{suffix}"

    # -- contacts --------------------------------------------------------------------
    def contact_cards(self, *, account_id: str | None = None, contact_ids: tuple[str, ...] = (),
                      language: str = "zh_CN") -> list[vcard_writer.ContactCard]:
        """An account's live contacts, or the contacts named (in the order given;
        those in the trash are left out), or with neither every live contact."""
        if account_id is not None:
            self.app.accounts.get(account_id)  # a clear error for an unknown id
            contacts = self.app.contacts.of_account(account_id)
        elif not contact_ids:
            contacts = self.app.contacts.every()
        else:
            contacts = [c for c in (self.app.contacts.get(i) for i in dict.fromkeys(contact_ids))
                        if not c.deleted]
        if not contacts:
            raise KadeskError("export_no_contacts")
        accounts = self.app.accounts.names(list({c.account_id for c in contacts}))
        sites = {i: self.app.sites.get(i) for i in {c.site_id for c in contacts if c.site_id}}
        t = texts(language)
        return [self._card(c, accounts.get(c.account_id, ""), sites.get(c.site_id or ""), t)
                for c in contacts]

    @staticmethod
    def _card(c: Contact, account: str, site: Site | None, t: dict[str, str]
              ) -> vcard_writer.ContactCard:
        # No address book has a WeChat field that survives an import: it goes in the note.
        wechat = t["line"].format(label=t["wechat"], value=c.wechat) if c.wechat else ""
        note = "\n".join(part for part in (wechat, c.personal_notes) if part)
        return vcard_writer.ContactCard(
            uid=f"urn:uuid:{c.id}", name=c.name, organisation=account, department=c.department,
            title=c.title, mobiles=(c.mobile,) if c.mobile else (),
            phones=(c.phone,) if c.phone else (), emails=(c.email,) if c.email else (),
            birthday=c.birthday, street=site.address if site else "",
            city=site.city if site else "", note=note, revised=c.updated_at)

    def export_contacts(self, path: Path, *, account_id: str | None = None,
                        contact_ids: tuple[str, ...] = (), version: str = "3.0",
                        language: str = "zh_CN") -> Exported:
        found = self.contact_cards(account_id=account_id, contact_ids=contact_ids,
                                   language=language)
        text = vcard_writer.cards(found, version)
        data = text.encode("utf-8")
        return Exported(write_atomically(path, lambda temp: _write_bytes(temp, data)),
                        len(found))

    def contacts_file_name(self, *, account_id: str | None = None,
                           contact_ids: tuple[str, ...] = (), language: str = "zh_CN") -> str:
        if account_id is not None:
            name = self.app.accounts.get(account_id).name
            return default_name(name, texts(language)["contacts"], self.app.today(), ".vcf")
        if len(contact_ids) == 1:
            contact = self.app.contacts.get(contact_ids[0])
            return default_name(contact.name, texts(language)["contacts"], self.app.today(),
                                ".vcf")
        return f"{texts(language)['contacts']}-{self.app.today().isoformat()}.vcf"

    # -- calendar --------------------------------------------------------------------
    def calendar_entries(self, *, account_id: str | None = None,
                         language: str = "zh_CN") -> list[ical.CalendarEntry]:
        """Follow-ups dated from CALENDAR_PAST_DAYS ago on (all-day), and visits from
        today on (timed). Done or trashed ones come as cancelled: a calendar that
        imported them before drops them on the next import."""
        today = self.app.today()
        since, planned_from = today - timedelta(days=CALENDAR_PAST_DAYS), day_start(today)
        if account_id is not None:
            self.app.accounts.get(account_id)
        v, a = m.Visit, m.Account
        # Contacts met change as rows of their own: their last change moves the event too.
        met_changed = (select(func.max(m.VisitContact.updated_at))
                       .where(m.VisitContact.visit_id == v.id).scalar_subquery())
        query = (select(v.id, v.account_id, v.occurred_at, v.duration_minutes, v.kind,
                        v.purpose, v.next_steps, v.follow_up_date, v.follow_up_done, v.owner,
                        v.deleted, v.updated_at, a.name, a.deleted, a.updated_at,
                        m.Site.name, m.Site.address, met_changed)
                 .join(a, a.id == v.account_id).outerjoin(m.Site, m.Site.id == v.site_id)
                 .where(or_(v.follow_up_date >= since, v.occurred_at >= planned_from))
                 .order_by(v.id))
        if account_id is not None:
            query = query.where(v.account_id == account_id)
        with self.app.db.read() as session:
            rows = session.execute(query).all()
            planned = [r[0] for r in rows if r.occurred_at >= planned_from]
            met = self._met(session, planned)
        t = texts(language)
        entries: list[ical.CalendarEntry] = []
        for (visit_id, _account_id, when, minutes, kind, purpose, next_steps, due, done, owner,
             deleted, changed, account, account_deleted, account_changed, site, address,
             met_at) in rows:
            gone = bool(deleted or account_deleted)
            modified = max(x for x in (changed, account_changed, met_at) if x is not None)
            if due is not None and due >= since:
                start, end = ical.all_day(due)
                lines = [(t["next_steps"], next_steps), (t["purpose"], purpose),
                         (t["visited"], f"{when.astimezone():%Y-%m-%d}"), (t["rep"], owner)]
                entries.append(ical.CalendarEntry(
                    uid=f"{visit_id}-followup@kadesk", modified=modified,
                    summary=t["follow_up_title"].format(account=account),
                    start=start, end=end, description=_lines(t, lines),
                    cancelled=gone or done, busy=False))
            if when >= planned_from:
                lines = [(t["purpose"], purpose),
                         (t["to_meet"], t["list_sep"].join(met.get(visit_id, []))),
                         (t["rep"], owner)]
                entries.append(ical.CalendarEntry(
                    uid=f"{visit_id}-visit@kadesk", modified=modified,
                    summary=t["visit_title"].format(account=account, kind=kind.label(language)),
                    start=when,
                    end=when + timedelta(minutes=minutes or PLANNED_VISIT_MINUTES),
                    description=_lines(t, lines),
                    location=" ".join(x for x in (site, address) if x), cancelled=gone))
        if not entries:
            raise KadeskError("export_no_events", since=since.isoformat())
        entries.sort(key=lambda e: (_sortable(e.start), e.uid))
        return entries

    @staticmethod
    def _met(session: Session, visit_ids: list[str]) -> dict[str, list[str]]:
        """Names of the live contacts ticked on each visit."""
        names: dict[str, list[str]] = defaultdict(list)
        for start in range(0, len(visit_ids), CHUNK):
            for visit_id, name in session.execute(
                    select(m.VisitContact.visit_id, m.Contact.name)
                    .join(m.Contact, m.Contact.id == m.VisitContact.contact_id)
                    .where(m.VisitContact.visit_id.in_(visit_ids[start:start + CHUNK]),
                           m.VisitContact.deleted.is_(False), m.Contact.deleted.is_(False))
                    .order_by(m.Contact.sort_key, m.Contact.id)):
                names[visit_id].append(name)
        return names

    def export_calendar(self, path: Path, *, account_id: str | None = None,
                        language: str = "zh_CN") -> Exported:
        entries = self.calendar_entries(account_id=account_id, language=language)
        data = ical.calendar(entries, self.calendar_name(account_id, language))
        return Exported(write_atomically(path, lambda temp: _write_bytes(temp, data)),
                        len(entries))

    def calendar_name(self, account_id: str | None, language: str) -> str:
        who = self.app.accounts.get(account_id).name if account_id else "kadesk"
        return f"{who} · {texts(language)['calendar']}"

    def calendar_file_name(self, account_id: str | None, language: str) -> str:
        # No date in it: exporting again replaces the same file, as the UIDs intend.
        who = self.app.accounts.get(account_id).name if account_id else "kadesk"
        return legal_name(f"{who}-{texts(language)['calendar']}", "kadesk") + ".ics"


def _write_bytes(path: Path, data: bytes) -> None:
    path.write_bytes(data)


def _lines(t: dict[str, str], pairs: list[tuple[str, str]]) -> str:
    return "\n".join(t["line"].format(label=label, value=value) for label, value in pairs
                     if value)


def _sortable(value: date | datetime) -> datetime:
    return value if isinstance(value, datetime) else day_start(value)
