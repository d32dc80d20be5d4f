"""Opening a database: lock, pragmas, migrations, device identity, sessions."""

from __future__ import annotations

import hashlib
import json
import platform
import secrets
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import filelock
from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session, sessionmaker

from kadesk.domain.changes import ChangeSet
from kadesk.domain.errors import DatabaseLockedError, NotADatabaseError
from kadesk.domain.hlc import HybridClock
from kadesk.files import write_atomically
from kadesk.store import migrate
from kadesk.store.builtins import seed_builtins
from kadesk.store.clock import ClockState
from kadesk.store.models import LocalState, SyncKnown, SyncOwnId
from kadesk.sync.crypto import DeviceKeys
from kadesk.sync.provenance import derive_device

T = TypeVar("T")


def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    # FULL: a committed visit report survives a power cut, not only a crash.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _keys_on(dbapi_connection: Any, _record: Any) -> None:
    """A set-up checks foreign keys once at its end (store/merge.py); no connection goes
    back to the pool without them."""
    if dbapi_connection is not None:
        dbapi_connection.execute("PRAGMA foreign_keys=ON")


def make_engine(path: Path) -> Engine:
    # Background workers (backup, checks) borrow pooled connections on other threads;
    # the pool hands each connection to one thread at a time.
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _set_pragmas)
    event.listen(engine, "checkin", _keys_on)
    return engine


def _machine_id() -> str:
    for candidate in ("/etc/machine-id", "/var/lib/dbus/machine-id"):
        try:
            return Path(candidate).read_text().strip()
        except OSError:
            continue
    return f"{platform.node()}-{uuid.getnode()}"


def fingerprint(path: Path) -> str:
    """Which machine and which file: a copied or restored database gets a new one."""
    seed = f"{_machine_id()}\0{path.resolve()}"
    return hashlib.sha256(seed.encode()).hexdigest()[:32]


def new_nonce() -> str:
    return secrets.token_hex(8)


def new_device_id(session: Session, key: str) -> str:
    """A fresh device id derived from our public key (``key``), recorded as our own: no
    other key can sign changes stamped with it (kadesk/sync/provenance.py)."""
    nonce = new_nonce()
    device = derive_device(key, nonce)
    session.add(SyncOwnId(device_id=device, nonce=nonce))
    return device


def exported_mark(path: Path) -> Path:
    """Beside the database, outside it: the highest change counter and clock this device
    has told colleagues about (in a package). A copy of kadesk.db restored over a newer
    one leaves it behind, and is then behind it."""
    return path.with_name(path.name + ".exported")


def _read_mark(path: Path) -> dict[str, object]:
    try:
        found = json.loads(exported_mark(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


def _rolled_back(path: Path, state: LocalState) -> bool:
    mark = _read_mark(path)
    if mark.get("device_id") != state.device_id:
        return False
    seq, hlc = mark.get("seq"), mark.get("hlc")
    return (isinstance(seq, int) and seq > state.seq) or (isinstance(hlc, int)
                                                           and hlc > state.hlc)


def _renew(session: Session, state: LocalState, *, claim: bool) -> None:
    if claim:
        old = session.get(SyncKnown, state.device_id)
        if old is None:
            session.add(SyncKnown(device=state.device_id, hlc=state.hlc))
        else:
            old.hlc = max(old.hlc, state.hlc)
    state.device_id = new_device_id(session, _keys(state).key)


def _keys(state: LocalState) -> DeviceKeys:
    if state.sign_key is None or state.box_key is None:  # new, or from before 0008
        keys = DeviceKeys.new()
        state.sign_key, state.box_key = keys.sign, keys.box
    return DeviceKeys(state.sign_key, state.box_key)


class Database:
    """One open kadesk database. Holds the lock until ``close()``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = filelock.FileLock(f"{path}.lock", timeout=0)
        try:
            self._lock.acquire()
        except filelock.Timeout as held:
            raise DatabaseLockedError(str(path)) from held
        self.engine = make_engine(path)
        try:
            with self.engine.begin() as connection:
                migrate.upgrade(connection)
            self._sessions = sessionmaker(self.engine, expire_on_commit=False)
            self.clock = self._load_identity()
            with self.write() as session:
                seed_builtins(session)
        except sa_exc.DatabaseError as error:
            self._abandon()
            # Plain sqlite3.DatabaseError: not SQLite, or damaged. Its subclasses (locked,
            # I/O, full disk) are other troubles and keep their own message.
            if type(error.orig) is sqlite3.DatabaseError:
                raise NotADatabaseError(str(path)) from error
            raise
        except BaseException:
            self._abandon()
            raise

    def _abandon(self) -> None:
        """Undo a failed open: no pooled connection or lock left behind."""
        self.engine.dispose()
        self._lock.release()

    def _load_identity(self) -> ClockState:
        mark = fingerprint(self.path)
        with self._sessions.begin() as session:
            state = session.get(LocalState, 1)
            if state is None:
                database_id = str(uuid.uuid4())
                state = LocalState(id=1, fingerprint=mark, database_id=database_id,
                                   team_id=database_id, hlc=0, seq=0)
                state.device_id = new_device_id(session, _keys(state).key)
                session.add(state)
            elif session.get(SyncOwnId, state.device_id) is None:
                # An id from before derived ids (migration 0013): ours, bound to our key
                # by the roster entry that admits us.
                session.add(SyncOwnId(device_id=state.device_id, nonce=None))
            if state.fingerprint != mark or _rolled_back(self.path, state):
                # A copy, or a backup restored over a database that had told colleagues
                # more (G7), must not speak as the original device: its counter would
                # issue (device, seq) pairs again. It holds every write of that device up
                # to its clock: known, so an export for a peer leaves out what the peer
                # has had from it, and sends it what the peer holds beyond.
                _renew(session, state, claim=True)
                state.fingerprint = mark
            _keys(state)
            return ClockState(state.device_id, HybridClock(state.hlc), state.seq)

    def renew_identity(self) -> str:
        """Continue as a new device: a package showed that colleagues hold more of this
        device than this database does (a disk image restored, a cloned disk). Claims
        nothing for the old identity: what colleagues hold of it comes back. Returns the
        new device id."""
        with self._sessions.begin() as session:
            state = session.get(LocalState, 1)
            assert state is not None
            _renew(session, state, claim=False)
            self.clock.device_id = state.device_id
            return state.device_id

    def note_exported(self, device_id: str, seq: int, hlc: int) -> None:
        """Record, outside the database and before a package leaves, how far colleagues
        may know this device (see ``exported_mark``)."""
        mark = {"device_id": device_id, "seq": seq, "hlc": hlc}

        def render(temp: Path) -> None:
            temp.write_text(json.dumps(mark), encoding="utf-8")

        write_atomically(exported_mark(self.path), render)

    @property
    def device_id(self) -> str:
        return self.clock.device_id

    def database_id(self) -> str:
        with self.read() as session:
            return session.scalars(select(LocalState.database_id)).one()

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._sessions() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction; commits on success, rolls back on any error."""
        with self._sessions() as session, session.begin():
            session.info["clock"] = self.clock
            yield session
            session.flush()

    def apply(self, work: Callable[[Session], T]) -> tuple[T, ChangeSet]:
        """Run ``work`` in one write transaction; return its result and what changed."""
        with self.write() as session:
            result = work(session)
            session.flush()
            changes = ChangeSet(tuple(session.info.get("changes", ())))
        return result, changes

    def close(self) -> None:
        self.engine.dispose()
        self._lock.release()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
