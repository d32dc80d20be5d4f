"""The manifest's fields and their checks: what a package says about itself.

Format name first, then version (a newer one asks to update kadesk rather
than listing fields this kadesk does not know), then every field by type.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from kadesk.domain.errors import SyncError
from kadesk.sync import jsonstrict
from kadesk.sync.jsonstrict import MAX_INT
from kadesk.sync.rows import DEVICE, is_uuid

KINDS = ("full", "incremental")
_SHA256 = re.compile(r"[0-9a-f]{64}")


def _count(value: Any) -> bool:
    return type(value) is int and 0 <= value <= MAX_INT


def _vector(value: Any) -> bool:
    return isinstance(value, dict) and all(
        DEVICE.fullmatch(k) and _count(v) for k, v in value.items())


def _text(limit: int) -> Any:
    return lambda v: isinstance(v, str) and len(v) <= limit


_FIELDS: dict[str, Any] = {
    "format": _text(64),
    "format_version": _count,
    "schema": _text(32),
    "package_id": is_uuid,
    "team_id": is_uuid,
    "database_id": is_uuid,
    "source_device": lambda v: isinstance(v, str) and DEVICE.fullmatch(v) is not None,
    "source_name": _text(200),
    "for_device": lambda v: v is None or (isinstance(v, str) and DEVICE.fullmatch(v)),
    "created_hlc": _count,
    "created_at": _text(40),
    "kind": lambda v: v in KINDS,
    "seq_from": _count,
    "seq_to": _count,
    "known": _vector,
    "acks": _vector,
    "counts": lambda v: isinstance(v, dict) and all(
        isinstance(k, str) and _count(n) for k, n in v.items()),
    "members": lambda v: isinstance(v, dict),
    "signature": lambda v: v is None,  # format 1: unsigned
}
_HEX = re.compile(r"[0-9a-f]+")
# Format 2 (sealed for a team, signed by its sender): who signs, the signature, the roster.
_SIGNED: dict[str, Any] = {
    **_FIELDS,
    "signer": lambda v: isinstance(v, str) and len(v) == 64 and _HEX.fullmatch(v),
    "signature": lambda v: isinstance(v, str) and len(v) == 128 and _HEX.fullmatch(v),
    "roster": lambda v: isinstance(v, list) and len(v) <= 10_000,
}


def signed_part(manifest: dict[str, Any]) -> bytes:
    """What the sender signs: the manifest without its signature (it names the size and
    hash of changes.jsonl, so the signature covers every row)."""
    return jsonstrict.dumps({**manifest, "signature": None})


_INVISIBLE = frozenset(("Cc", "Cf", "Zl", "Zp", "Cs", "Co"))


def clean_name(name: str) -> str:
    """A colleague's name as kadesk shows it: no control characters (terminal escapes),
    no format characters (U+202E turning text around) and no line breaks."""
    return "".join(c for c in name if unicodedata.category(c) not in _INVISIBLE).strip()


def check_manifest(value: Any, where: str, fmt: str, version: int, *, changes: str,
                   proofs: str) -> dict[str, Any]:
    def bad(detail: str) -> SyncError:
        return SyncError("sync_bad_manifest", path=where, detail=detail)

    if not isinstance(value, dict):
        raise bad("it is not a set of fields")
    if value.get("format") != fmt:
        raise SyncError("sync_not_kadesk", path=where)
    found: Any = value.get("format_version")
    if not _count(found):
        raise bad("format_version is not a number")
    if found > version:
        raise SyncError("sync_format_newer", path=where, found=found, supported=version)
    fields = _SIGNED if found >= 2 else _FIELDS
    for name, valid in fields.items():
        if name not in value:
            raise bad(f"{name} is missing")
        if not valid(value[name]):
            raise bad(f"{name} is not valid")
    unknown = sorted(set(value) - set(fields))
    if unknown:
        raise bad(f"unknown field '{unknown[0][:40]}'")
    if value["seq_from"] > value["seq_to"]:
        raise bad("seq_from is after seq_to")
    members = value["members"]
    if set(members) != ({changes, proofs} if found >= 2 else {changes}) or not all(
            isinstance(entry, dict) and set(entry) == {"size", "sha256"}
            and _count(entry["size"]) and isinstance(entry["sha256"], str)
            and _SHA256.fullmatch(entry["sha256"]) for entry in members.values()):
        raise bad("the member list is not valid")
    return value
