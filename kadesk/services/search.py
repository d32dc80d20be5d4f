"""The search box: accounts and contacts by name (Chinese, traditional, pinyin, initials,
mixed), contacts by phone number, proposals by number; best first."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kadesk.domain.matching import EXACT, FTS_MIN, INSIDE, START, Rank, query
from kadesk.domain.phones import phone_digits
from kadesk.domain.records import SearchHit
from kadesk.store import queries

if TYPE_CHECKING:
    from kadesk.services.app import Kadesk
    from kadesk.store.models import Contact

# Fewer digits than this are part of a name or a number, not a phone number to look up.
PHONE_MIN_DIGITS = 4
_SPACE = re.compile(r"\s+")
# China's country code before a number: stored numbers of China are national.
_CHINA = re.compile(r"^(?:\+|00)86(?=\d{4})")


def number_rank(found: str, wanted: str) -> Rank:
    """A number found by ``wanted``: the whole of it, its start, or inside it."""
    where = EXACT if found == wanted else START if found.startswith(wanted) else INSIDE
    return (0, where, 0, 0, 0.0)


def _phone_hit(contact: Contact, digits: str) -> tuple[Rank, str]:
    """How well ``digits`` match one of ``contact``'s numbers, and the field it is in."""
    return min(((number_rank(word, digits), field) for field in (contact.mobile, contact.phone)
                for word in phone_digits(field).split() if digits in word),
               default=(number_rank("", digits), contact.mobile))


class SearchService:
    def __init__(self, app: Kadesk) -> None:
        self.app = app

    def __call__(self, text: str, limit: int = 20) -> list[SearchHit]:
        """The ``limit`` best hits of every kind together, best first (a contact's whole
        name before the start of an account's); accounts first among equals."""
        q = query(text)
        if q is None:
            return []
        number = _SPACE.sub("", text).casefold()  # numbers match as typed, hyphens too
        digits = _CHINA.sub("", re.sub(r"[\s()-]", "", text))
        found: list[tuple[Rank, int, SearchHit]] = []
        with self.app.db.read() as session:
            for r, a in queries.search_accounts(session, q, self.app.today(), limit):
                found.append((r, 0, SearchHit(kind="account", id=a.id, account_id=a.id,
                                              title=a.name, title_en=a.english_name,
                                              detail=a.short_name)))
            contacts = [(r, c, c.title) for r, c in queries.search_contacts(session, q, limit)]
            if digits.isdigit() and len(digits) >= PHONE_MIN_DIGITS:
                for c in queries.contacts_by_phone(session, digits, limit):
                    rank, field = _phone_hit(c, digits)
                    contacts.append((rank, c, field))
            proposals = (queries.proposals_by_number(session, number, limit)
                         if len(number) >= FTS_MIN and any(ch.isdigit() for ch in number)
                         else [])
            names = queries.account_names(
                session, {c.account_id for _, c, _ in contacts} | {p.account_id
                                                                   for p in proposals})
            for r, c, detail in contacts:
                name, english = names[c.account_id]
                found.append((r, 1, SearchHit(kind="contact", id=c.id, account_id=c.account_id,
                                              title=c.name, detail=detail, account=name,
                                              account_en=english)))
            for p in proposals:
                name, english = names[p.account_id]
                found.append((number_rank(p.number.casefold(), number), 2, SearchHit(
                    kind="proposal", id=p.id, account_id=p.account_id, title=p.number,
                    detail=p.title, account=name, account_en=english)))
        found.sort(key=lambda f: (f[0], f[1]))
        hits: dict[tuple[str, str], SearchHit] = {}
        for _, _, hit in found:
            hits.setdefault((hit.kind, hit.id), hit)
        return list(hits.values())[:limit]
