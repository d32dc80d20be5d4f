"""Quick search across accounts and contacts: Chinese, traditional, pinyin, initials."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kadesk.domain.queries import AccountFilter
from kadesk.domain.records import SearchHit
from kadesk.store import queries

if TYPE_CHECKING:
    from kadesk.services.app import Kadesk


class SearchService:
    def __init__(self, app: Kadesk) -> None:
        self.app = app

    def __call__(self, text: str, limit: int = 20) -> list[SearchHit]:
        """Accounts first, then contacts; within each, prefix matches first."""
        if not text.strip():
            return []
        today = self.app.today()
        with self.app.db.read() as session:
            ids = queries.account_ids(session, AccountFilter(text=text), today, limit=limit)
            hits = [
                SearchHit(kind="account", id=a.id, account_id=a.id, title=a.name,
                          subtitle=a.short_name)
                for a in queries.account_summaries(session, ids, today)
            ]
            contacts = queries.search_contacts(session, text, limit)
            names = dict(zip(
                (c.account_id for c in contacts),
                (a.name for a in queries.account_summaries(
                    session, [c.account_id for c in contacts], today)),
                strict=False))
            hits += [
                SearchHit(kind="contact", id=c.id, account_id=c.account_id, title=c.name,
                          subtitle=" · ".join(p for p in (c.title, names.get(c.account_id, ""))
                                              if p))
                for c in contacts
            ]
        return hits
