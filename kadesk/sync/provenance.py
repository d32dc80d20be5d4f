"""Who wrote each value, provable however many hands a package passed through
(issue 15, G8): the leaves, units and statements of per-origin provenance.

A device *attests* the field groups it wrote: it groups up to ``UNIT`` rows into
a unit and signs two roots over them. Each member row contributes, for the
groups the unit covers (its slots: groups and the stamps they carry):

- an F leaf: SHA-256 of the row's line restricted to those groups (for a row the
  unit covers whole, exactly the line a package carries, so a receiver hashes
  the bytes it read);
- a G leaf: SHA-256 over each covered group's own hash, so a unit still proves
  the groups of a row that a later edit left alone (the edited group's old
  hash stands in for its value, which is gone).

A package names, per row, which unit covers which of its groups. A unit whose
members all travel unchanged is checked by its F root (one hash per row, of
bytes already read); otherwise by its G root, with the G leaves of the members
left out supplied by the sender. One Ed25519 signature per unit of up to 64
rows: a set-up of 1.2 million rows verifies ~18,500 signatures.

A device id is derived from the device's public key and a nonce, so a unit
claiming another device's stamps fails whoever signs it (ids from before this
scheme are bound to their key by the roster entry that admitted it).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any

from kadesk.domain.syncspec import RowState, Stamp, TableSpec
from kadesk.sync import jsonstrict, rows
from kadesk.sync.jsonstrict import MAX_INT
from kadesk.sync.rows import DEVICE

UNIT = 64  # rows per signed unit
KINDS = ("attest", "vouch")  # by the devices that wrote, or by the team's founder
ROUTES = ("f", "g")
_HEX64 = re.compile(r"[0-9a-f]{64}")
_NONCE = re.compile(r"[0-9a-f]{16}")
_STATEMENT = b"kadesk provenance unit 1\n"
_LEAF = 0xFF  # a members-blob entry that is a G leaf, not a row


def derive_device(key: str, nonce: str) -> str:
    """The device id a key speaks as with ``nonce`` (16 hex digits, like every id)."""
    digest = hashlib.sha256(b"kadesk device\0" + bytes.fromhex(key) + bytes.fromhex(nonce))
    return digest.hexdigest()[:16].upper()


def group_hash(values: dict[str, Any], columns: tuple[str, ...]) -> bytes:
    return hashlib.sha256(jsonstrict.dumps([values[c] for c in columns])).digest()


def f_form(row: RowState, covered: Iterable[str], spec: TableSpec) -> bytes:
    """The line of ``row`` holding only the ``covered`` groups: what an F leaf hashes."""
    groups = list(covered)
    return jsonstrict.dumps(rows.encode(RowState(
        row.table, row.id, row.created, {g: row.stamps[g] for g in groups},
        {c: row.values[c] for g in groups for c in spec.groups[g]})))


def f_leaf(form: bytes) -> bytes:
    return hashlib.sha256(form).digest()


def g_leaf(row: RowState, covered: Iterable[tuple[str, Stamp, bytes]]) -> bytes:
    """``covered``: (group, stamp, group hash) in the table's group order."""
    return hashlib.sha256(jsonstrict.dumps([row.table, row.id, list(row.created), [
        [g, list(s), h.hex()] for g, s, h in covered]])).digest()


def current_g_leaf(row: RowState, covered: Iterable[str], spec: TableSpec) -> bytes:
    """The G leaf of groups ``row`` holds as the unit saw them."""
    return g_leaf(row, ((g, row.stamps[g], group_hash(row.values, spec.groups[g]))
                        for g in covered))


def root(leaves: Iterable[bytes]) -> bytes:
    return hashlib.sha256(b"".join(leaves)).digest()


def statement(kind: str, key: str, count: int, root_f: bytes, root_g: bytes) -> bytes:
    """What the signer signs: its key, how many rows, both roots."""
    return _STATEMENT + jsonstrict.dumps({"kind": kind, "key": key, "count": count,
                                          "f": root_f.hex(), "g": root_g.hex()})


def unit_id(unit: dict[str, Any]) -> str:
    """One name for a unit wherever it travels: its statement and signature."""
    return hashlib.sha256(statement(unit["kind"], unit["key"], unit["count"],
                                    bytes.fromhex(unit["f"]), bytes.fromhex(unit["g"]))
                          + bytes.fromhex(unit["sig"])).hexdigest()


# -- masks: which of a table's groups a unit covers in one row ----------------------

def mask_of(groups: Iterable[str], spec: TableSpec) -> int:
    bits = _bits(spec.name, tuple(spec.groups))
    return sum(bits[g] for g in groups)


@cache
def _bits(_table: str, order: tuple[str, ...]) -> dict[str, int]:
    return {g: 1 << i for i, g in enumerate(order)}


def groups_of(mask: int, spec: TableSpec) -> tuple[str, ...]:
    return _groups(mask, tuple(spec.groups))


@cache
def _groups(mask: int, order: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(g for i, g in enumerate(order) if mask >> i & 1)


def full_mask(spec: TableSpec) -> int:
    return (1 << len(spec.groups)) - 1


# -- the members of a unit, as a replica keeps them ---------------------------------

def pack_members(members: Iterable[tuple[int, str] | bytes]) -> bytes:
    """Members in position order: (table rank, row id) for a row this replica holds,
    else its G leaf (32 bytes) as a sender supplied it."""
    out = bytearray()
    for member in members:
        if isinstance(member, bytes):
            out += bytes((_LEAF,)) + member
        else:
            rank, row_id = member
            out += bytes((rank,)) + bytes.fromhex(row_id.replace("-", ""))
    return bytes(out)


def unpack_members(blob: bytes) -> Iterator[tuple[int, str] | bytes]:
    at = 0
    while at < len(blob):
        tag = blob[at]
        if tag == _LEAF:
            yield blob[at + 1:at + 33]
            at += 33
        else:
            raw = blob[at + 1:at + 17].hex()
            yield tag, f"{raw[:8]}-{raw[8:12]}-{raw[12:16]}-{raw[16:20]}-{raw[20:]}"
            at += 17


# -- a unit and a row's references as a package carries them -------------------------

def check_unit(value: Any, number: int) -> dict[str, Any]:
    """A line of proofs.jsonl; ValueError says what is wrong."""
    fields = {"n", "kind", "key", "ids", "count", "f", "g", "sig", "route", "leaves"}
    if not isinstance(value, dict) or set(value) != fields:
        raise ValueError("a unit of proof is not one kadesk writes")
    if value["n"] != number or value["kind"] not in KINDS or value["route"] not in ROUTES:
        raise ValueError("a unit of proof is out of order or of an unknown kind")
    count = value["count"]
    if type(count) is not int or not 0 < count <= UNIT:
        raise ValueError("a unit of proof has an impossible number of rows")
    if not all(isinstance(value[k], str) and _HEX64.fullmatch(value[k])
               for k in ("key", "f", "g")):
        raise ValueError("a unit of proof names no valid key or root")
    if not isinstance(value["sig"], str) or not re.fullmatch(r"[0-9a-f]{128}", value["sig"]):
        raise ValueError("a unit of proof carries no valid signature")
    ids = value["ids"]
    if not isinstance(ids, dict) or len(ids) > UNIT * 32 or not all(
            DEVICE.fullmatch(d) and (n is None or (isinstance(n, str) and _NONCE.fullmatch(n)))
            for d, n in ids.items()):
        raise ValueError("a unit of proof names no valid devices")
    leaves = value["leaves"]
    if not isinstance(leaves, list) or len(leaves) >= count or not all(
            isinstance(p, list) and len(p) == 2 and type(p[0]) is int and 0 <= p[0] < count
            and isinstance(p[1], str) and _HEX64.fullmatch(p[1]) for p in leaves):
        raise ValueError("a unit of proof supplies invalid leaves")
    if value["route"] == "f" and leaves:
        raise ValueError("a unit of proof by its F root supplies leaves")
    return value


def check_refs(value: Any, spec: TableSpec) -> list[tuple[int, int, list[tuple[str, Stamp,
                                                                                bytes]]]]:
    """A row's "z": [[unit, mask, superseded?], ...]; superseded: [[group index, hlc,
    device, group hash], ...] for groups the unit covered that the row no longer
    holds. Returns (unit, mask, [(group, stamp, hash)]); ValueError if malformed."""
    if not isinstance(value, list) or len(value) > len(spec.groups):
        raise ValueError("its proof references are not a list")
    order = list(spec.groups)
    out = []
    for ref in value:
        if not isinstance(ref, list) or len(ref) not in (2, 3) or type(ref[0]) is not int \
                or type(ref[1]) is not int or not 0 <= ref[0] <= MAX_INT \
                or not 0 < ref[1] <= full_mask(spec):
            raise ValueError("a proof reference is not valid")
        superseded = []
        for entry in ref[2] if len(ref) == 3 else []:
            if not isinstance(entry, list) or len(entry) != 4 or type(entry[0]) is not int \
                    or not 0 <= entry[0] < len(order) or not ref[1] >> entry[0] & 1 \
                    or not isinstance(entry[3], str) or not _HEX64.fullmatch(entry[3]):
                raise ValueError("a superseded group of a proof reference is not valid")
            stamp = rows.stamp([entry[1], entry[2]], "a superseded group's stamp")
            superseded.append((order[entry[0]], stamp, bytes.fromhex(entry[3])))
        out.append((ref[0], ref[1], superseded))
    return out


def encode_refs(refs: Iterable[tuple[int, int, list[tuple[str, Stamp, bytes]]]],
                spec: TableSpec) -> list[Any]:
    order = list(spec.groups)
    out: list[Any] = []
    for number, mask, superseded in refs:
        if superseded:
            out.append([number, mask, [[order.index(g), s[0], s[1], h.hex()]
                                       for g, s, h in superseded]])
        else:
            out.append([number, mask])
    return out


def line_without_refs(line: bytes) -> bytes:
    """The line as its row alone encodes: "z" is its last key (sorted) and holds no
    text a row's values could contain after it."""
    at = line.rfind(b',"z":[')
    return line[:at] + b"}" if at >= 0 else line
