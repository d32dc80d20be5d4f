"""Sync bookkeeping in the local tables: team, known vector, peers, imported packages,
conflicts; and the one way a settled conflict becomes a new local (clocked) edit."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, attributes

from kadesk.domain.syncspec import Kind
from kadesk.store import models as m
from kadesk.store.sync_schema import MODELS, table_specs
from kadesk.store.types import utcnow
from kadesk.sync.crypto import DeviceKeys
from kadesk.sync.roster import entry_id


def local_state(session: Session) -> m.LocalState:
    return session.scalars(select(m.LocalState)).one()


def set_team(session: Session, team_id: str) -> None:
    local_state(session).team_id = team_id


def known(session: Session) -> dict[str, int]:
    return {r.device: r.hlc for r in session.scalars(select(m.SyncKnown))}


def raise_known(session: Session, vector: dict[str, int], own_device: str) -> None:
    """Pointwise max with ``vector`` (our own entry is our clock, not stored)."""
    for device, hlc in vector.items():
        if device == own_device:
            continue
        row = session.get(m.SyncKnown, device)
        if row is None:
            session.add(m.SyncKnown(device=device, hlc=hlc))
        elif hlc > row.hlc:
            row.hlc = hlc


def is_fresh(session: Session) -> bool:
    """No data of its own (built-in entries aside) and nothing imported yet."""
    if session.scalar(select(func.count()).select_from(m.SyncPackage)):
        return False
    return not any(session.scalar(select(model.id).where(model.row_seq > 0).limit(1))
                   for model in m.SYNCED_MODELS)


def peer(session: Session, device_id: str) -> m.SyncPeer:
    row = session.get(m.SyncPeer, device_id)
    if row is None:
        row = m.SyncPeer(device_id=device_id, name="", acked_seq=0, sent_seq=0,
                         received_seq=0, known="{}")
        session.add(row)
    return row


def find_peer(session: Session, name_or_device: str) -> m.SyncPeer | None:
    row = session.get(m.SyncPeer, name_or_device.upper())
    if row is not None:
        return row
    return session.scalars(select(m.SyncPeer).where(
        func.lower(m.SyncPeer.name) == name_or_device.casefold())
        .order_by(m.SyncPeer.last_import_at.desc())).first()


def peers(session: Session) -> list[m.SyncPeer]:
    return list(session.scalars(select(m.SyncPeer).order_by(m.SyncPeer.name,
                                                            m.SyncPeer.device_id)))


@dataclass(frozen=True)
class Received:
    device: str
    name: str
    kind: str
    seq_from: int
    seq_to: int
    known: dict[str, int]
    acks: dict[str, int]
    for_device: str | None = None  # the addressee of an incremental package


def record_received(session: Session, got: Received, own_device: str) -> bool:
    """Peer state after importing ``got``; True if it held the sender's whole state:
    a full package, or an incremental one made for us that starts where what we held
    of the sender ended. An incremental package leaves out what its addressee holds
    (by the addressee's known vector), so read anywhere else it proves nothing about
    the sender's state: its rows are merged, but no claim is taken from it."""
    row = peer(session, got.device)
    row.name = got.name or row.name
    row.last_import_at = utcnow()
    whole = got.kind == "full" or (got.for_device == own_device
                                   and got.seq_from <= row.received_seq)
    if whole:
        row.received_seq = max(row.received_seq, got.seq_to)
        theirs = {**json.loads(row.known), **got.known}
        row.known = json.dumps(dict(sorted(theirs.items())))
    row.acked_seq = max(row.acked_seq, got.acks.get(own_device, 0))
    return whole


def record_sent(session: Session, device_id: str, seq: int) -> None:
    row = peer(session, device_id)
    row.sent_seq = max(row.sent_seq, seq)
    row.last_export_at = utcnow()


def imported(session: Session, package_id: str) -> m.SyncPackage | None:
    return session.get(m.SyncPackage, package_id)


def record_package(session: Session, package_id: str, got: Received,
                   counts: dict[str, Any]) -> None:
    session.add(m.SyncPackage(package_id=package_id, imported_at=utcnow(),
                              source_device=got.device, source_name=got.name, kind=got.kind,
                              seq_from=got.seq_from, seq_to=got.seq_to,
                              counts=json.dumps(counts, ensure_ascii=False, sort_keys=True)))


def hold_write_lock(session: Session) -> None:
    """Take the database's write lock now, with a write that changes nothing: nothing
    can change between this transaction's checks and its writes."""
    session.connection().exec_driver_sql("UPDATE local_state SET seq = seq")


def forget_package(session: Session, package_id: str) -> None:
    """Drop the record of an imported package and the conflicts it logged: its import
    was undone, so it can be imported again."""
    session.execute(delete(m.SyncConflict).where(m.SyncConflict.package_id == package_id))
    session.execute(delete(m.SyncPackage).where(m.SyncPackage.package_id == package_id))


def conflicts(session: Session, open_only: bool) -> list[m.SyncConflict]:
    query = select(m.SyncConflict).order_by(m.SyncConflict.id)
    if open_only:
        query = query.where(m.SyncConflict.resolution.is_(None))
    return list(session.scalars(query))


def count_open(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(m.SyncConflict)
                          .where(m.SyncConflict.resolution.is_(None))) or 0


def settle(session: Session, conflict: m.SyncConflict, resolution: str) -> None:
    conflict.resolution, conflict.resolved_at = resolution, utcnow()


def _python(table: str, column: str, value: Any) -> Any:
    """A package (JSON) value as the ORM attribute takes it."""
    if value is None:
        return None
    kind = table_specs()[table].columns[column].kind
    if kind is Kind.DATE:
        return date.fromisoformat(value)
    if kind is Kind.DATETIME:
        return datetime.fromisoformat(value).replace(tzinfo=UTC)
    if kind is Kind.ENUM:
        enum = MODELS[table].__table__.c[column].type.enum  # type: ignore[attr-defined]
        return enum(value)
    return value


def write_values(session: Session, table: str, row_id: str, values: dict[str, Any]) -> bool:
    """Set columns of one row through the ORM, so clock.py stamps it as a new local
    edit that syncs; False if the row is gone. Stamped even where the value is the one
    already held: a settled conflict must beat both sides everywhere, and reach replicas
    that hold the beaten value."""
    obj = session.get(MODELS[table], row_id)
    if obj is None:
        return False
    for column, value in values.items():
        setattr(obj, column, _python(table, column, value))
        attributes.flag_modified(obj, column)
    session.flush()
    return True


def reports_to_links(session: Session, account_id: str
                     ) -> dict[str, tuple[str | None, tuple[int, str]]]:
    """Each contact of the account: (manager id, stamp of the reports-to link)."""
    clock = select(m.FieldClock.row_id, m.FieldClock.hlc, m.FieldClock.device).where(
        m.FieldClock.tbl == "contact", m.FieldClock.grp == "reports_to_id").subquery()
    rows = session.execute(
        select(m.Contact.id, m.Contact.reports_to_id,
               func.coalesce(clock.c.hlc, m.Contact.row_hlc),
               func.coalesce(clock.c.device, m.Contact.row_device))
        .outerjoin(clock, clock.c.row_id == m.Contact.id)
        .where(m.Contact.account_id == account_id))
    return {r[0]: (r[1], (r[2], r[3])) for r in rows}


# -- keys and roster (issue 15, G8) ----------------------------------------------------

def device_keys(session: Session) -> DeviceKeys:
    state = local_state(session)
    assert state.sign_key is not None and state.box_key is not None  # made at open
    return DeviceKeys(state.sign_key, state.box_key)


def own_ids(session: Session) -> dict[str, str | None]:
    """Every device id this installation spoke as -> the nonce deriving it from our key
    (None: an id from before derived ids)."""
    return {r.device_id: r.nonce for r in session.scalars(select(m.SyncOwnId))}


def roster_entries(session: Session) -> list[dict[str, Any]]:
    return [json.loads(r.entry) for r in session.scalars(select(m.SyncRosterEntry))]


def add_roster_entries(session: Session, entries: list[dict[str, Any]]) -> None:
    held = {r for r in session.scalars(select(m.SyncRosterEntry.entry_id))}
    for entry in entries:
        found = entry_id(entry)
        if found not in held:
            held.add(found)
            session.add(m.SyncRosterEntry(entry_id=found, entry=json.dumps(
                entry, ensure_ascii=False, sort_keys=True)))


def team_secret(session: Session, key_id: str) -> bytes | None:
    row = session.get(m.SyncTeamKey, key_id)
    return row.secret if row else None


def keep_team_secret(session: Session, key_id: str, secret: bytes) -> None:
    if session.get(m.SyncTeamKey, key_id) is None:
        session.add(m.SyncTeamKey(key_id=key_id, secret=secret))
