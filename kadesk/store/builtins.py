"""Seeding the built-in list entries, and the team's empty letterhead, with a genesis
stamp.

Every replica inserts the same rows with the same ids and the same stamp
(hlc 0, device "builtin"), so they are identical everywhere without sync;
later edits by users are clocked like any other edit.
"""

from __future__ import annotations

from dataclasses import asdict
from functools import cache

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from kadesk.domain.builtins import builtin_items
from kadesk.domain.records import LetterheadFields
from kadesk.store.models import LETTERHEAD_ID, Letterhead, ListItem
from kadesk.store.types import utcnow

GENESIS_DEVICE = "builtin"


@cache
def genesis_ids() -> frozenset[str]:
    """The rows every replica seeds alike: the only ones whose fields may carry the
    genesis stamp without anyone's signature."""
    return frozenset([*(item_id for item_id, _fields in builtin_items()), LETTERHEAD_ID])


def seed_builtins(session: Session) -> int:
    """Insert the built-in entries this database lacks; returns how many were added."""
    have = set(session.scalars(select(ListItem.id).where(ListItem.builtin)))
    epoch = utcnow().replace(year=2000, month=1, day=1, hour=0, minute=0, second=0, microsecond=0)
    genesis = {"deleted": False, "created_at": epoch, "updated_at": epoch, "row_hlc": 0,
               "row_device": GENESIS_DEVICE, "row_seq": 0}
    rows = [{**asdict(fields), "id": item_id, "builtin": True, **genesis}
            for item_id, fields in builtin_items() if item_id not in have]
    if rows:
        session.connection().execute(sqlite_insert(ListItem).on_conflict_do_nothing(),
                                     rows)
    if session.get(Letterhead, LETTERHEAD_ID) is None:
        session.connection().execute(sqlite_insert(Letterhead).on_conflict_do_nothing(), [
            {**asdict(LetterheadFields()), "id": LETTERHEAD_ID, **genesis}])
    return len(rows)
