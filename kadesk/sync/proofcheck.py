"""Checking a package's provenance: every value it carries was signed by the device
its stamp names (or, for what predates the secured team, vouched for by the device
that secured it). Pure: the caller passes what its roster says (``Trust``).

Rows are fed in package order; a unit is checked as soon as all its rows have
been seen (a package lists a unit's rows close together), so memory holds only
the units still open. Any failure raises a SyncError naming the record, the
device its stamp claims, and why that claim is not trusted: before anything is
written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from kadesk.domain.errors import SyncError
from kadesk.domain.syncspec import GENESIS_DEVICE, RowState, Stamp, TableSpec
from kadesk.sync.crypto import verify
from kadesk.sync.provenance import (
    check_refs,
    derive_device,
    f_form,
    f_leaf,
    full_mask,
    g_leaf,
    group_hash,
    groups_of,
    line_without_refs,
    pack_members,
    root,
    statement,
    unit_id,
)


@dataclass(frozen=True)
class Trust:
    """What this replica's roster says about who may prove what."""

    founder: str | None  # the key that secured the team: it vouches for what came before
    members: frozenset[str]  # keys admitted and not revoked
    revoked: dict[str, int]  # key -> the stamp of its revocation
    legacy: dict[str, str]  # a device id from before derived ids -> the key it belongs to
    genesis: frozenset[str]  # ids of rows every replica seeds alike (built-in entries)
    names: dict[str, str]  # key -> the name the roster gives it


@dataclass(frozen=True)
class Verified:
    """A unit whose root and signature checked out: what the import keeps."""

    number: int
    uid: str
    unit: dict[str, Any]
    members: bytes  # pack_members, in position order


@dataclass
class _Open:
    present: list[tuple[tuple[int, str], bytes]] = field(default_factory=list)
    first: tuple[str, str, str] | None = None  # (table, id, origin device) for messages


class ProofChecker:
    def __init__(self, units: list[dict[str, Any]], specs: dict[str, TableSpec],
                 trust: Trust, *, where: str, sender: str, name_of: Callable[[str], str],
                 holds: Callable[[RowState, list[str]], bool]) -> None:
        """``holds(row, groups)``: this replica holds the row and, for each group, that
        very write or a newer one (its stamp within our known vector). A sender may
        leave such groups unproven: they can change nothing here."""
        self.units = units
        self.holds = holds
        self.specs = specs
        self.ranks = {t: i for i, t in enumerate(specs)}
        self.trust = trust
        self.where = where
        self.sender = sender  # who the package claims to come from, for messages
        self.name_of = name_of  # a device id as the user knows it
        self._open: dict[int, _Open] = {}
        self._done: list[Verified] = []
        self._seen: set[tuple[int, str]] = set()  # (unit, device) bound and trusted
        self._line = 0

    # -- one row -------------------------------------------------------------------
    def add(self, number: int, row: RowState, line: bytes, value: Any) -> None:
        spec = self.specs[row.table]
        self._line = number
        if self._whole(value, row, spec):  # most rows: one unit proves every group
            groups = list(spec.groups)
            self._trusted(value[0][0], row, groups)
            self._collect(value[0][0], row, line, mask=value[0][1], current=groups,
                          superseded=[], spec=spec)
            return
        try:
            refs = check_refs(value, spec)
        except ValueError as bad:
            raise SyncError("sync_bad_record", path=self.where, line=number,
                            detail=str(bad)) from bad
        genesis = [g for g, s in row.stamps.items() if s[1] == GENESIS_DEVICE]
        if genesis and row.id not in self.trust.genesis:
            raise self._refuse("sync_proof_builtin", row, genesis[0], GENESIS_DEVICE)
        covered: dict[str, int] = {}
        for unit, mask, superseded in refs:
            if unit >= len(self.units):
                raise SyncError("sync_bad_record", path=self.where, line=number,
                                detail="it names a unit of proof the package lacks")
            gone = {g for g, _s, _h in superseded}
            for group in groups_of(mask, spec):
                if group in gone:
                    continue
                if group in covered or row.stamps[group][1] == GENESIS_DEVICE:
                    raise SyncError("sync_bad_record", path=self.where, line=number,
                                    detail="a field group is proven twice")
                covered[group] = unit
        missing = [g for g, s in row.stamps.items()
                   if g not in covered and s[1] != GENESIS_DEVICE]
        if missing and not self.holds(row, missing):
            raise self._refuse("sync_proof_missing", row, missing[0], row.stamps[missing[0]][1])
        if len({u for g, u in covered.items() if row.stamps[g] == row.created}) > 1:
            raise SyncError("sync_bad_record", path=self.where, line=number,
                            detail="the groups of its creation are proven by several units")
        for unit, mask, superseded in refs:
            current = [g for g, u in covered.items() if u == unit]
            self._trusted(unit, row, current)
            self._collect(unit, row, line, mask=mask, current=current, superseded=superseded,
                          spec=spec)

    def _whole(self, value: Any, row: RowState, spec: TableSpec) -> bool:
        """``value`` names one unit of the package for every group, and no group holds
        the built-in stamp: what ``add``'s general checks would conclude, sooner."""
        return (type(value) is list and len(value) == 1 and type(value[0]) is list
                and len(value[0]) == 2 and type(value[0][0]) is int
                and 0 <= value[0][0] < len(self.units) and type(value[0][1]) is int
                and value[0][1] == full_mask(spec)
                and all(s[1] != GENESIS_DEVICE for s in row.stamps.values()))

    def _trusted(self, number: int, row: RowState, groups: list[str]) -> None:
        """Whoever signed the unit may prove these groups' stamps."""
        unit = self.units[number]
        key = unit["key"]
        stamps = {row.stamps[g]: g for g in reversed(groups)}  # each stamp once, first group
        for (hlc, device), group in stamps.items():
            if (number, device) not in self._seen:
                if unit["kind"] == "vouch":
                    if key != self.trust.founder:
                        raise self._refuse("sync_proof_vouch", row, group, device, unit)
                elif not self._bound(unit, device):
                    raise self._refuse("sync_proof_signer", row, group, device, unit)
                if key not in self.trust.members and key not in self.trust.revoked:
                    raise self._refuse("sync_proof_untrusted", row, group, device, unit)
                self._seen.add((number, device))
            revoked = self.trust.revoked.get(key)
            if revoked is not None and hlc > revoked:
                raise self._refuse("sync_proof_revoked", row, group, device, unit)

    def _collect(self, number: int, row: RowState, line: bytes, *, mask: int,
                 current: list[str], superseded: list[tuple[str, Stamp, bytes]],
                 spec: TableSpec) -> None:
        unit = self.units[number]
        if unit["route"] == "f":
            if superseded:
                raise SyncError("sync_bad_record", path=self.where, line=self._line,
                                detail="a unit checked whole has changed rows")
            form = line_without_refs(line) if mask == full_mask(spec) else f_form(
                row, [g for g in spec.groups if g in current], spec)
            leaf = f_leaf(form)
        else:
            old = {g: (s, h) for g, s, h in superseded}
            leaf = g_leaf(row, [
                (g, *old[g]) if g in old else (g, row.stamps[g], group_hash(row.values, cols))
                for g, cols in spec.groups.items() if g in old or g in current])
        found = self._open.setdefault(number, _Open())
        if found.first is None:
            origin = row.stamps[current[0]][1] if current else unit["key"]
            found.first = (row.table, row.id, origin)
        found.present.append(((self.ranks[row.table], row.id), leaf))
        if len(found.present) + len(unit["leaves"]) > unit["count"]:
            raise SyncError("sync_bad_record", path=self.where, line=self._line,
                            detail="a unit of proof has more rows than it signed")
        if len(found.present) + len(unit["leaves"]) == unit["count"]:
            self._finish_unit(number)

    # -- whole units ---------------------------------------------------------------
    def _finish_unit(self, number: int) -> None:
        unit = self.units[number]
        found = self._open.pop(number)
        present = sorted(found.present)
        if len({k for k, _ in present}) != len(present):
            raise SyncError("sync_bad_record", path=self.where, line=self._line,
                            detail="a row appears twice in a unit of proof")
        supplied = {p: bytes.fromhex(h) for p, h in unit["leaves"]}
        rest = iter(present)
        leaves: list[bytes] = []
        members: list[tuple[int, str] | bytes] = []
        for position in range(unit["count"]):
            if position in supplied:
                leaves.append(supplied[position])
                members.append(supplied[position])
            else:
                (rank, row_id), leaf = next(rest)
                leaves.append(leaf)
                members.append((rank, row_id))
        expected = bytes.fromhex(unit["f" if unit["route"] == "f" else "g"])
        signed = statement(unit["kind"], unit["key"], unit["count"], bytes.fromhex(unit["f"]),
                           bytes.fromhex(unit["g"]))
        if root(leaves) != expected or not verify(unit["key"], signed, unit["sig"]):
            raise self._mismatch(found, unit)
        self._done.append(Verified(number, unit_id(unit), unit, pack_members(members)))

    def finish(self) -> list[Verified]:
        """Every unit a row referred to checked out; SyncError if one lacks rows."""
        for number, found in sorted(self._open.items()):
            raise self._mismatch(found, self.units[number])
        return self._done

    # -- messages ------------------------------------------------------------------
    def _bound(self, unit: dict[str, Any], device: str) -> bool:
        """The unit's signer is the computer behind ``device``: the id derives from its
        key, or the roster bound that older id to it."""
        nonce = unit["ids"].get(device, "")
        return (self.trust.legacy.get(device) == unit["key"] if nonce is None
                else bool(nonce) and derive_device(unit["key"], nonce) == device)

    def _origin(self, device: str, unit: dict[str, Any] | None) -> str:
        """The computer a stamp names: by its roster name when a unit of the package binds
        the id to a member's key (``unit`` first), else by the name it sent us (else the
        id). Only on the way to a refusal: it may look at every unit."""
        if device == GENESIS_DEVICE:
            return device
        if unit is not None and device == unit["key"]:
            return self.trust.names.get(device) or device[:16]
        owner = next((u["key"] for u in ([unit] if unit else []) + self.units
                      if u["kind"] == "attest" and self._bound(u, device)), None)
        return self.trust.names.get(owner or "") or self.name_of(device)

    def _mismatch(self, found: _Open, unit: dict[str, Any]) -> SyncError:
        assert found.first is not None
        table, row_id, origin = found.first
        return SyncError("sync_proof_mismatch", path=self.where, sender=self.sender,
                         table=table, id=row_id, origin=self._origin(origin, unit))

    def _refuse(self, code: str, row: RowState, group: str, device: str,
                unit: dict[str, Any] | None = None) -> SyncError:
        params: dict[str, Any] = {"path": self.where, "sender": self.sender,
                                  "table": row.table, "id": row.id, "field": group,
                                  "origin": self._origin(device, unit)}
        if unit is not None:
            params["signer"] = self.trust.names.get(unit["key"]) or unit["key"][:16]
        return SyncError(code, **params)
