"""The database half of an import: each parsed row matched against the accounts and
contacts already here and those earlier in the file, then all of it written in
one transaction, remembering what was written so the import can be undone.

Matching, and why (docs/import.md):
- An account is the same account when its folded name is the same (simplified or
  traditional, full- or half-width, case, spaces and punctuation aside). Only
  then does a duplicate policy apply. A name that only sounds the same (same
  pinyin: 华为 and 花为) is never updated: the row is created and the pair is
  listed under Sync conflicts as a possible duplicate, to merge by hand.
- Rows of one file naming the same account are one account: a sheet of contacts
  repeats the company on every row. Later rows fill what earlier ones left empty;
  a different value is a warning and the first is kept.
- A contact is the same person when, within the same account, their mobile or
  phone digits or their folded name are the same.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kadesk.domain.keys import SEP, pinyin_keys, pinyin_stem
from kadesk.domain.money import Money
from kadesk.domain.phones import phone_key
from kadesk.domain.records import AccountFields, ContactFields
from kadesk.domain.syncspec import ConflictKind
from kadesk.domain.text import compact, has_han
from kadesk.interchange.fields import Target
from kadesk.interchange.rows import ParsedRow, Problem, fields_of
from kadesk.services.base import to_columns
from kadesk.store import models as m
from kadesk.store.clock import insert_rows
from kadesk.store.types import utcnow


class Policy(StrEnum):
    """What to do with a row that matches a record already here."""

    SKIP = "skip"  # leave the record as it is
    FILL = "fill"  # fill its empty fields from the row
    UPDATE = "update"  # overwrite its fields with the row's values
    CREATE = "create"  # create a new record anyway


class Action(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    UNCHANGED = "unchanged"  # matched; the row changes nothing
    SKIP = "skip"  # matched; left alone by the policy
    SAME = "same"  # an account an earlier row of the file already brought
    REJECT = "reject"


@dataclass
class Counts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0


@dataclass
class RowOutcome:
    line: int
    account: Action | None = None
    contact: Action | None = None
    matched: str = ""  # the name of the existing record a row matched
    problems: list[Problem] = field(default_factory=list)


def name_key(search_key: str) -> str:
    """A stored search key's first segment: the folded name (models.search_key)."""
    return search_key.split(SEP, 2)[1] if search_key.startswith(SEP) else ""


def _empty(value: Any) -> bool:
    return value is None or value == ""


def _current(obj: Any, name: str) -> Any:
    if hasattr(obj, f"{name}_cents"):
        cents = getattr(obj, f"{name}_cents")
        return None if cents is None else Money(cents, getattr(obj, f"{name}_currency"))
    return getattr(obj, name)


def plain(value: Any) -> Any:
    """A column value as JSON keeps it (dates as ISO text, enums as their codes)."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, StrEnum):
        return value.value
    return value


class Batch:
    """One import's matching state, pending writes and outcomes."""

    def __init__(self, session: Session, target: Target, policy: Policy,
                 account_id: str | None) -> None:
        self.session = session
        self.target = target
        self.policy = policy
        self.fixed_account = account_id
        self.accounts: dict[str, str] = {}  # folded name -> id (live accounts)
        self.names: dict[str, str] = {}  # id -> name
        self.sounds: dict[str, str] = {}  # full pinyin of the name's stem -> id
        for row_id, name, key in session.execute(select(
                m.Account.id, m.Account.name, m.Account.search_key).where(
                m.Account.deleted.is_(False), m.Account.merged_into_id.is_(None))):
            segments = key.split(SEP)
            if len(segments) > 2:
                self.accounts.setdefault(segments[1], row_id)
                if has_han(pinyin_stem(name)):  # then the next segment is its pinyin
                    self.sounds.setdefault(segments[2], row_id)
            self.names[row_id] = name
        # account -> name or phone key -> contact id; an account's contacts are read when
        # a row first needs them (a file touches few of a large database's accounts).
        self.people: dict[str, dict[str, str]] = {}
        self.in_file: dict[str, tuple[str, int]] = {}  # folded account name -> (id, line)
        self.contact_lines: dict[str, int] = {}  # contact created by this file -> line
        self.new_accounts: dict[str, dict[str, Any]] = {}
        self.new_contacts: dict[str, dict[str, Any]] = {}
        self.changes: dict[tuple[str, str], dict[str, Any]] = {}  # (table, id) -> fields
        self.loaded: dict[tuple[str, str], Any] = {}
        self.sounds_like: list[tuple[str, str, str]] = []  # (table, new id, old id)
        self.matched: set[tuple[str, str]] = set()  # existing rows a row matched

    def _people(self, account_id: str) -> dict[str, str]:
        if account_id not in self.people:
            self.people[account_id] = {}
            if account_id not in self.new_accounts:
                for row_id, name, key, mobile, phone in self.session.execute(select(
                        m.Contact.id, m.Contact.name, m.Contact.search_key, m.Contact.mobile,
                        m.Contact.phone).where(
                        m.Contact.account_id == account_id, m.Contact.deleted.is_(False),
                        m.Contact.merged_into_id.is_(None))):
                    self._index_contact(account_id, row_id, name_key(key) or compact(name),
                                        mobile, phone)
                    self.names[row_id] = name
        return self.people[account_id]

    def _index_contact(self, account: str, row_id: str, key: str, *phones: str) -> None:
        index = self.people[account]
        if key:
            index.setdefault(f"n:{key}", row_id)
        for number in phones:
            if phone_key(number):
                index.setdefault(f"p:{phone_key(number)}", row_id)

    # -- planning ----------------------------------------------------------------
    def add(self, row: ParsedRow) -> RowOutcome:
        outcome = RowOutcome(row.line)
        if row.rejected:
            outcome.account = outcome.contact = Action.REJECT
        else:
            account_id = self._account(row, outcome)
            if account_id is not None and row.contact:
                self._contact(row, account_id, outcome)
        outcome.problems = list(row.problems)
        return outcome

    def _account(self, row: ParsedRow, outcome: RowOutcome) -> str | None:
        if self.target is Target.CONTACTS:
            return self._owner(row, outcome)
        name = row.account["name"]
        key = compact(name)
        if key in self.in_file:
            account_id, first = self.in_file[key]
            outcome.account = Action.SAME
            if account_id in self.new_accounts or self.policy is not Policy.SKIP:
                self._merge_repeat(row, ("account", account_id), first)
            return account_id
        existing = self.accounts.get(key)
        if existing is not None and self.policy is not Policy.CREATE:
            outcome.matched = self.names[existing]
            outcome.account = self._apply("account", existing, row.account)
            self.in_file[key] = (existing, row.line)
            return existing
        account_id = m.new_id()
        self.new_accounts[account_id] = dict(row.account)
        self.in_file[key] = (account_id, row.line)
        outcome.account = Action.CREATE
        # The stem's pinyin, as search_key() stores it: computed once (cached) for both.
        sound = pinyin_keys(pinyin_stem(name))
        twin = self.sounds.get(sound[0]) if sound else None
        if twin is not None and existing is None:
            self.sounds_like.append(("account", account_id, twin))
            row.problem("account.name", "row_sounds_like", name=self.names[twin])
        return account_id

    def _owner(self, row: ParsedRow, outcome: RowOutcome) -> str | None:
        """The existing account a contacts file's row belongs to."""
        if self.fixed_account is not None:
            return self.fixed_account
        name = row.account.get("name", "")
        found = self.accounts.get(compact(name)) if name else None
        if found is None:
            row.problem("account.name", "cell_no_account" if name else "required", value=name)
            outcome.account = outcome.contact = Action.REJECT
        return found

    def _merge_repeat(self, row: ParsedRow, where: tuple[str, str], first: int) -> None:
        """A later row of the same account: what an earlier row of the file set stays
        (a different value is a warning); the rest as for the first row."""
        table, row_id = where
        pending = self.new_accounts.get(row_id)
        written = pending if pending is not None else self.changes.setdefault(where, {})
        for name, value in row.account.items():
            if name == "name":
                continue
            if not _empty(written.get(name)):
                if written[name] != value:
                    row.problem(f"account.{name}", "cell_differs", row=first)
            elif pending is not None or (value != self._effective(table, row_id, name) and (
                    self.policy is Policy.UPDATE or _empty(self._effective(table, row_id, name)))):
                written[name] = value

    def _effective(self, table: str, row_id: str, name: str) -> Any:
        pending = self.changes.get((table, row_id), {})
        return pending[name] if name in pending else _current(self._load(table, row_id), name)

    def _load(self, table: str, row_id: str) -> Any:
        if (table, row_id) not in self.loaded:
            model = m.Account if table == "account" else m.Contact
            self.loaded[(table, row_id)] = self.session.get(model, row_id)
        return self.loaded[(table, row_id)]

    def _apply(self, table: str, row_id: str, values: dict[str, Any]) -> Action:
        """The policy on an existing record."""
        self.matched.add((table, row_id))
        if self.policy is Policy.SKIP:
            return Action.SKIP
        wanted = {name: value for name, value in values.items()
                  if name != "name" and value != self._effective(table, row_id, name)
                  and (self.policy is Policy.UPDATE
                       or _empty(self._effective(table, row_id, name)))}
        if not wanted:
            return Action.UNCHANGED
        self.changes.setdefault((table, row_id), {}).update(wanted)
        return Action.UPDATE

    def counts(self, table: str) -> Counts:
        """Records created, updated, matched and left unchanged, or skipped: each once."""
        created = len(self.new_accounts if table == "account" else self.new_contacts)
        updated = {k for k, v in self.changes.items() if k[0] == table and v}
        rest = len({k for k in self.matched if k[0] == table} - updated)
        skip = self.policy is Policy.SKIP
        return Counts(created=created, updated=len(updated), unchanged=0 if skip else rest,
                      skipped=rest if skip else 0)

    def _contact(self, row: ParsedRow, account_id: str, outcome: RowOutcome) -> None:
        values = row.contact
        index = self._people(account_id)
        keys = [f"p:{phone_key(values.get(n, ''))}" for n in ("mobile", "phone")
                if phone_key(values.get(n, ""))] + [f"n:{compact(values['name'])}"]
        existing = next((index[k] for k in keys if k in index), None)
        if existing in self.new_contacts:  # an earlier row of this file: one person
            row.problem("contact.name", "row_same_in_file", entity="contact",
                        row=self.contact_lines[existing])
            outcome.contact = self._repeat_contact(existing, values)
            return
        if existing is not None and self.policy is not Policy.CREATE:
            outcome.matched = outcome.matched or self.names.get(existing, "")
            outcome.contact = self._apply("contact", existing, values)
            return
        contact_id = m.new_id()
        self.new_contacts[contact_id] = {**values, "account_id": account_id}
        self.contact_lines[contact_id] = row.line
        self.names[contact_id] = values["name"]
        if existing is not None:  # created anyway: later rows find this one first
            index.update({k: contact_id for k in keys})
        self._index_contact(account_id, contact_id, compact(values["name"]),
                            values.get("mobile", ""), values.get("phone", ""))
        outcome.contact = Action.CREATE

    def _repeat_contact(self, contact_id: str, values: dict[str, Any]) -> Action:
        """A person an earlier row of this file created: fill what it left empty (as for
        an account, the first row's values are kept)."""
        pending = self.new_contacts[contact_id]
        wanted = {k: v for k, v in values.items() if _empty(pending.get(k))}
        pending.update(wanted)
        return Action.UPDATE if wanted else Action.SAME

    # -- writing -------------------------------------------------------------------
    def writes(self) -> bool:
        return bool(self.new_accounts or self.new_contacts or any(self.changes.values()))

    def write(self, import_id: str) -> list[dict[str, Any]]:
        """Write everything planned; return the import's items (what undo needs)."""
        items: list[dict[str, Any]] = []
        for table, model, cls, pending in (
                ("account", m.Account, AccountFields, self.new_accounts),
                ("contact", m.Contact, ContactFields, self.new_contacts)):
            rows = [{"id": row_id, **to_columns(model, fields_of(cls, values))}
                    for row_id, values in pending.items()]
            for start in range(0, len(rows), 5000):
                insert_rows(self.session, model, rows[start:start + 5000])
            items += [{"tbl": table, "row_id": row_id, "action": "created", "before": "{}",
                       "after": "{}"} for row_id in pending]
        for (table, row_id), values in self.changes.items():
            if not values:
                continue
            obj = self._load(table, row_id)
            model = m.Account if table == "account" else m.Contact
            columns = _columns(model, values)
            before = {c: plain(getattr(obj, c)) for c in columns}
            for column, value in columns.items():
                setattr(obj, column, value)
            items.append({"tbl": table, "row_id": row_id, "action": "updated",
                          "before": json.dumps(before, ensure_ascii=False),
                          "after": json.dumps({c: plain(v) for c, v in columns.items()},
                                              ensure_ascii=False)})
        self.session.flush()
        now = utcnow()
        for table, new_id, old_id in self.sounds_like:
            self.session.add(m.SyncConflict(
                package_id=import_id, logged_at=now, tbl=table, row_id=new_id, grp=old_id,
                kind=ConflictKind.POSSIBLE_DUPLICATE.value, resolution=None,
                mine=json.dumps({"id": old_id}), theirs=json.dumps({"id": new_id})))
        return items


def _columns(model: type, values: dict[str, Any]) -> dict[str, Any]:
    """Column values for some fields (a Money field is two columns)."""
    out: dict[str, Any] = {}
    for name, value in values.items():
        if hasattr(model, f"{name}_cents"):
            out[f"{name}_cents"] = value.cents if value else None
            out[f"{name}_currency"] = value.currency if value else None
        else:
            out[name] = value
    return out
