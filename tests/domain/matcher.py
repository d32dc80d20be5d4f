"""The store's matching, without a database file: a key in an in-memory trigram index
(as migration 0001 makes them) and the units ranked (as store/queries.ranked does)."""

from __future__ import annotations

import sqlite3

from kadesk.domain.keys import search_units
from kadesk.domain.matching import query

_UNITS: dict[str, str] = {}


def remember(key: str, units: str) -> str:
    _UNITS[key] = units
    return key


def finds(key: str, text: str) -> bool:
    """Whether the search box finds the row with stored ``key`` by ``text``: its FTS
    expression selects the key (or there is none and rows are scanned), and the rank
    of the row's units is not None."""
    q = query(text)
    if q is None or key not in _UNITS:
        return False
    expression = q.fts()
    if expression is not None:
        with sqlite3.connect(":memory:") as db:
            db.execute("CREATE VIRTUAL TABLE k USING fts5(search_key, tokenize='trigram')")
            db.execute("INSERT INTO k VALUES (?)", (key,))
            if not db.execute("SELECT count(*) FROM k WHERE k MATCH ?",
                              (expression,)).fetchone()[0]:
                return False
    return q.rank(_UNITS[key]) is not None


def keyed(*texts: str, person: bool = False) -> str:
    """search_key of ``texts``, its units remembered for finds()."""
    from kadesk.domain.keys import search_key

    return remember(search_key(*texts, person=person), search_units(*texts, person=person))
