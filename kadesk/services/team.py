"""Who belongs to the team, and packages only they can read (issue 15, G8).

A team starts open: packages are plain and unsigned (format 1), as kadesk
always wrote them, so colleagues on an older kadesk keep syncing. Head office
(or any member) secures it once: it becomes the roster's first admin and makes
the team key. From then on its packages are sealed for the team and signed
(format 2). Each colleague sends an admission request (public keys and name,
no customer data); an admin admits it, and the admin's next package carries
that colleague's copy of the team key and the roster. A device that holds a
roster takes only signed packages of members; a revoked one is refused, and
the team key changes with each revocation.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kadesk.domain.errors import SyncError
from kadesk.domain.hlc import from_ms
from kadesk.domain.syncspec import GENESIS_DEVICE
from kadesk.files import write_atomically
from kadesk.store import sync_state
from kadesk.store.builtins import genesis_ids
from kadesk.store.provenance import attest
from kadesk.sync import jsonstrict
from kadesk.sync.crypto import (
    CryptoError,
    DeviceKeys,
    fingerprint,
    new_prefix,
    new_secret,
    unseal,
    verify,
)
from kadesk.sync.crypto import seal as seal_for
from kadesk.sync.manifest import clean_name, signed_part
from kadesk.sync.package import Package
from kadesk.sync.proofcheck import Trust
from kadesk.sync.roster import (
    LEGACY_LIMIT,
    Member,
    Roster,
    check_entry,
    entry_id,
    evaluate,
    make_entry,
)
from kadesk.sync.rows import DEVICE
from kadesk.sync.sealed import open_sealed, read_header, write_sealed

if TYPE_CHECKING:
    from kadesk.services.app import Kadesk

REQUEST = "kadesk-admission"


@dataclass(frozen=True)
class Sealing:
    """What an export of a secured team needs: our keys, the roster, the team key."""

    keys: DeviceKeys
    roster: Roster
    entries: list[dict[str, Any]]
    key_id: str
    secret: bytes


@dataclass(frozen=True)
class Opened:
    """A sealed package as read: its team key (kept by the import) and header."""

    key_id: str
    secret: bytes
    team: str


@dataclass(frozen=True)
class RosterInfo:
    team_secured: bool
    members: list[Member]
    revoked: list[tuple[str, str, str]]  # (name, key, revoked by)
    me: str  # our key


class TeamService:
    def __init__(self, app: Kadesk) -> None:
        self.app = app

    # -- the roster, as this database holds it ---------------------------------------
    def _state(self) -> tuple[DeviceKeys, str, list[dict[str, Any]]]:
        with self.app.db.read() as session:
            team = sync_state.local_state(session).team_id
            entries = [e for e in sync_state.roster_entries(session) if e["team"] == team]
            return sync_state.device_keys(session), team, entries

    def _now(self, entries: list[dict[str, Any]]) -> int:
        """A stamp for a new roster entry: after every entry we hold, so it is read after
        what its author had seen (two entries within one millisecond, an admission
        right after securing, kept their order only by chance)."""
        return max(from_ms(self.app.db.clock.clock.now_ms()),
                   max((e["at"] + 1 for e in entries), default=0))

    def roster(self) -> RosterInfo:
        keys, _team, entries = self._state()
        roster = evaluate(entries)
        revoked = [(roster.name_of(k), k, roster.name_of(by))
                   for k, (by, _at) in sorted(roster.revoked.items())]
        return RosterInfo(roster.secured, sorted(roster.members.values(), key=lambda m: m.name),
                          revoked, keys.key)

    def secure(self) -> int:
        """Make this open team a secured one, with this computer as its first admin. It
        vouches (signs) for every value it holds now: what the team wrote before it was
        secured. Returns how many records it vouched for."""
        keys, team, entries = self._state()
        if evaluate(entries).secured:
            raise SyncError("sync_team_secured")
        me = Member(keys.key, keys.box_public, self.app.sync.own_name(), admin=True,
                    legacy=self._legacy())
        entry = make_entry(keys, "secure", team, me, self._now(entries))
        secret = new_secret()

        def work(session: Any) -> int:
            sync_state.add_roster_entries(session, [entry])
            sync_state.keep_team_secret(session, entry_id(entry), secret)
            state = sync_state.local_state(session)
            vouched = attest(session.connection(), keys, "vouch", 0,
                             eligible=lambda device: device != GENESIS_DEVICE, nonces={})
            state.attested_seq = state.seq
            return vouched

        return self.app.db.apply(work)[0]

    def _legacy(self) -> tuple[str, ...]:
        """Our device ids from before ids were derived from keys: the roster binds them to
        our key when we are admitted, so our changes made under them stay provable."""
        with self.app.db.read() as session:
            return tuple(d for d, n in sorted(sync_state.own_ids(session).items())
                         if n is None)[:LEGACY_LIMIT]

    def attest_own(self) -> int:
        """Sign units over our changes no unit proves yet (before a secured export): what
        we wrote since the last export, or everything ours when we first joined."""
        keys, _team, entries = self._state()
        roster = evaluate(entries)

        def work(session: Any) -> int:
            state = sync_state.local_state(session)
            nonces = sync_state.own_ids(session)

            def ours(device: str) -> bool:
                return device in nonces and (nonces[device] is not None
                                             or roster.legacy.get(device) == keys.key)

            made = attest(session.connection(), keys, "attest", state.attested_seq,
                          eligible=ours, nonces=nonces)
            state.attested_seq = state.seq
            return made

        return self.app.db.apply(work)[0]

    @staticmethod
    def trust(roster: Roster) -> Trust:
        """What ``roster`` says about who may prove which values (sync/proofcheck.py)."""
        return Trust(roster.founder, frozenset(roster.members),
                     {k: at for k, (_by, at) in roster.revoked.items()}, dict(roster.legacy),
                     genesis_ids(), dict(roster.names))

    def write_request(self, target: Path) -> Path:
        """An admission request: this computer's public keys and name, signed. It holds
        no customer data; send it to an admin (head office)."""
        keys, _team, _entries = self._state()
        request: dict[str, Any] = {"format": REQUEST, "key": keys.key,
                                   "box": keys.box_public, "name": self.app.sync.own_name(),
                                   "legacy": list(self._legacy())}
        request["sig"] = keys.signature(jsonstrict.dumps(request))

        def render(temp: Path) -> None:
            temp.write_bytes(jsonstrict.dumps(request))

        return write_atomically(target, render)

    def admit(self, path: Path, *, admin: bool = False) -> str:
        """Admit the device of an admission request; returns its name."""
        where = str(path)
        try:
            request = jsonstrict.loads(Path(path).read_bytes()[:1 << 16])
            signed = {k: v for k, v in request.items() if k != "sig"}
            ok = (request.get("format") == REQUEST and isinstance(request.get("sig"), str)
                  and verify(request["key"], jsonstrict.dumps(signed), request["sig"]))
        except (ValueError, AttributeError, TypeError, KeyError):
            ok = False
        if not ok:
            raise SyncError("sync_bad_request", path=where)
        keys, team, entries = self._state()
        roster = evaluate(entries)
        self._must_be_admin(roster, keys)
        if request["key"] in roster.revoked:
            raise SyncError("sync_revoked_request", path=where,
                            name=roster.name_of(request["key"]))
        name = clean_name(str(request["name"]))[:200]
        legacy = request.get("legacy", [])
        if not isinstance(legacy, list) or not all(
                isinstance(d, str) and DEVICE.fullmatch(d) for d in legacy):
            raise SyncError("sync_bad_request", path=where)
        # An old device id is a member's by its admission; a second claim to it would let
        # the claimant sign changes in that member's name.
        taken = [d for d in legacy if roster.legacy.get(d, request["key"]) != request["key"]]
        if taken:
            raise SyncError("sync_request_claims", path=where, device=taken[0],
                            name=roster.name_of(roster.legacy[taken[0]]))
        try:
            entry = make_entry(keys, "admit", team, Member(
                request["key"], request["box"], name, admin, tuple(legacy[:LEGACY_LIMIT])),
                self._now(entries))
            check_entry(entry)
        except ValueError as bad:
            raise SyncError("sync_bad_request", path=where) from bad
        self.app.db.apply(lambda session: sync_state.add_roster_entries(session, [entry]))
        return name

    def revoke(self, who: str) -> str:
        """Revoke a member (name, or the start of its key); returns its name. Its later
        packages are refused everywhere the revocation arrives; the team key changes."""
        keys, team, entries = self._state()
        roster = evaluate(entries)
        self._must_be_admin(roster, keys)
        found = [m for m in roster.members.values()
                 if m.name.casefold() == who.casefold() or (len(who) >= 8
                                                            and m.key.startswith(who.lower()))]
        if len(found) != 1 or found[0].key == keys.key:
            raise SyncError("sync_unknown_member", who=who,
                            known=", ".join(m.name for m in roster.members.values()))
        member = found[0]
        entry = make_entry(keys, "revoke", team, member, self._now(entries))
        secret = new_secret()

        def work(session: Any) -> None:
            sync_state.add_roster_entries(session, [entry])
            sync_state.keep_team_secret(session, entry_id(entry), secret)

        self.app.db.apply(work)
        return member.name

    @staticmethod
    def _must_be_admin(roster: Roster, keys: DeviceKeys) -> None:
        member = roster.members.get(keys.key)
        if not roster.secured:
            raise SyncError("sync_team_open")
        if member is None or not member.admin:
            raise SyncError("sync_not_admin")

    # -- sealing packages -------------------------------------------------------------
    def sealing(self) -> Sealing | None:
        """None for an open team (packages stay format 1)."""
        keys, _team, entries = self._state()
        roster = evaluate(entries)
        if not roster.secured:
            return None
        with self.app.db.read() as session:
            for key_id in reversed(roster.key_entries):  # the newest team key we hold
                secret = sync_state.team_secret(session, key_id)
                if secret is not None:
                    return Sealing(keys, roster, entries, key_id, secret)
        raise SyncError("sync_no_team_key")

    @staticmethod
    def seal(sealing: Sealing, plain: Path, target: Path, team: str) -> None:
        prefix = new_prefix()
        header = {"format": "kadesk-sync", "format_version": 2, "team": team,
                  "key_id": sealing.key_id, "nonce": prefix.hex(),
                  "keys": {fingerprint(m.box): seal_for(sealing.secret, m.box)
                           for m in sealing.roster.members.values()}}
        write_sealed(plain, target, header, sealing.secret, prefix)

    @contextlib.contextmanager
    def opened(self, path: Path, work: Path) -> Iterator[tuple[Package, Opened | None]]:
        """The package at ``path``, decrypted into ``work`` if sealed (removed after)."""
        found = read_header(path)
        if found is None:
            with Package(path) as package:
                yield package, None
            return
        header, raw = found
        keys, team, entries = self._state()
        with self.app.db.read() as session:
            secret = sync_state.team_secret(session, header["key_id"])
        sealed = header["keys"].get(fingerprint(keys.box_public))
        if secret is None and isinstance(sealed, str):
            with contextlib.suppress(CryptoError):
                secret = unseal(sealed, keys)
        if secret is None:
            if header["team"] != team:
                raise SyncError("sync_other_team_sealed", path=str(path))
            # A key the roster replaced before this computer joined (or since it was
            # revoked): only a member of that time, or a revoked one, still seals with it.
            raise SyncError("sync_old_team_key" if header["key_id"] in evaluate(
                entries).key_entries[:-1] else "sync_not_admitted", path=str(path))
        work.parent.mkdir(parents=True, exist_ok=True)
        try:
            open_sealed(path, raw, secret, bytes.fromhex(header["nonce"]), work)
            with Package(work, where=path) as package:
                yield package, Opened(header["key_id"], secret, header["team"])
        finally:
            work.unlink(missing_ok=True)

    def check_sender(self, man: dict[str, Any], opened: Opened | None, where: str
                     ) -> tuple[list[dict[str, Any]], Roster]:
        """Refuse a package this team must not take: unsigned once the team is secured,
        a signature that does not match, a sender not admitted or revoked. Returns the
        roster entries it brings (checked), for the import to keep, and the roster they
        make with ours."""
        claimed = clean_name(man["source_name"]) or man["source_device"]
        _keys, team, entries = self._state()
        here = evaluate(entries)
        if opened is None:
            if here.secured and man["team_id"] == team:
                raise SyncError("sync_unsigned", path=where, sender=claimed)
            if man["format_version"] >= 2:  # signed and proven, yet not sealed: not ours
                raise SyncError("sync_bad_signature", path=where, sender=claimed)
            return [], here
        if not verify(man["signer"], signed_part(man), man["signature"]):
            raise SyncError("sync_bad_signature", path=where, sender=claimed)
        try:
            incoming = [check_entry(e) for e in man["roster"]]
        except ValueError as bad:
            raise SyncError("sync_bad_signature", path=where, sender=claimed) from bad
        ours = man["team_id"] == team
        theirs = [e for e in incoming if e["team"] == man["team_id"]]
        roster = evaluate([*entries, *theirs] if ours else theirs,
                          here.founder if ours else None)
        if roster.team != man["team_id"] or opened.team != man["team_id"]:
            raise SyncError("sync_bad_signature", path=where, sender=claimed)
        if man["signer"] in roster.revoked:
            by, _at = roster.revoked[man["signer"]]
            raise SyncError("sync_revoked", path=where,
                            sender=roster.name_of(man["signer"]) or claimed,
                            by=roster.name_of(by))
        if man["signer"] not in roster.members:
            raise SyncError("sync_not_member", path=where, sender=claimed)
        return theirs, roster

    @staticmethod
    def keep(session: Any, incoming: list[dict[str, Any]], opened: Opened | None) -> None:
        """In the import's transaction: the roster entries and team key it brought."""
        sync_state.add_roster_entries(session, incoming)
        if opened is not None:
            sync_state.keep_team_secret(session, opened.key_id, opened.secret)

