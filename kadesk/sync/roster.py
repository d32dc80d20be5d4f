"""The team roster: which installations belong to a team (issue 15, G8).

A log of signed entries, merged by union and read the same way everywhere:

- ``secure``: a device makes the team a secured one and is its first admin
  (of several concurrent ones, the earliest wins);
- ``admit``: an admin admits a device (its signing and box keys, its name, and
  the device ids it used before ids were derived from keys: its writes under
  them are its own), possibly as an admin too;
- ``revoke``: an admin revokes a device: its packages are refused from then on
  (what it wrote before and others already hold stays), it gets no new team
  key, and the team key changes.

Entries are read in (stamp, id) order; one counts only if its author is an
admin at that point and not revoked. Devices are named by their public signing
key (hex): device ids change when a database is restored (G7), keys do not.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from kadesk.sync import jsonstrict
from kadesk.sync.crypto import DeviceKeys, verify
from kadesk.sync.manifest import clean_name
from kadesk.sync.rows import DEVICE, is_uuid

KINDS = ("secure", "admit", "revoke")
_HEX64 = re.compile(r"[0-9a-f]{64}")
_FIELDS = ("kind", "team", "key", "box", "name", "admin", "legacy", "by", "at", "sig")
LEGACY_LIMIT = 16  # device ids one installation used before derived ids


@dataclass(frozen=True)
class Member:
    key: str
    box: str
    name: str
    admin: bool
    legacy: tuple[str, ...] = ()


def _signed_part(entry: dict[str, Any]) -> bytes:
    return jsonstrict.dumps({k: v for k, v in entry.items() if k != "sig"})


def entry_id(entry: dict[str, Any]) -> str:
    return hashlib.sha256(jsonstrict.dumps(entry)).hexdigest()


def make_entry(keys: DeviceKeys, kind: str, team: str, subject: Member, at: int
               ) -> dict[str, Any]:
    """An entry about ``subject`` signed by ``keys``, stamped ``at`` (an HLC value)."""
    entry: dict[str, Any] = {"kind": kind, "team": team, "key": subject.key,
                             "box": subject.box, "name": subject.name,
                             "admin": subject.admin, "legacy": list(subject.legacy),
                             "by": keys.key, "at": at}
    entry["sig"] = keys.signature(_signed_part(entry))
    return entry


def check_entry(value: Any) -> dict[str, Any]:
    """A roster entry as a package carries it: shape, then its author's signature.
    ValueError says what is wrong."""
    if not isinstance(value, dict) or tuple(sorted(value)) != tuple(sorted(_FIELDS)):
        raise ValueError("a roster entry is not one kadesk writes")
    if value["kind"] not in KINDS or not is_uuid(value["team"]):
        raise ValueError("a roster entry names no valid kind or team")
    for name in ("key", "box", "by"):
        if not isinstance(value[name], str) or not _HEX64.fullmatch(value[name]):
            raise ValueError("a roster entry names no valid key")
    legacy = value["legacy"]
    if not isinstance(legacy, list) or len(legacy) > LEGACY_LIMIT or not all(
            isinstance(d, str) and DEVICE.fullmatch(d) for d in legacy):
        raise ValueError("a roster entry names no valid device ids")
    if not isinstance(value["name"], str) or len(value["name"]) > 200 or not isinstance(
            value["admin"], bool) or type(value["at"]) is not int or value["at"] < 0:
        raise ValueError("a roster entry is not one kadesk writes")
    if not isinstance(value["sig"], str) or not verify(value["by"], _signed_part(value),
                                                       value["sig"]):
        raise ValueError("a roster entry's signature does not match its author")
    return value


@dataclass
class Roster:
    team: str | None = None
    founder: str | None = None
    members: dict[str, Member] = field(default_factory=dict)
    revoked: dict[str, tuple[str, int]] = field(default_factory=dict)  # key -> (by, at)
    names: dict[str, str] = field(default_factory=dict)  # every key ever admitted
    # Device ids from before derived ids -> the key whose admission named them (first wins).
    legacy: dict[str, str] = field(default_factory=dict)
    # The entries that made a team key, oldest first: the securing, then each revocation.
    key_entries: list[str] = field(default_factory=list)

    @property
    def secured(self) -> bool:
        return self.team is not None

    def name_of(self, key: str) -> str:
        return self.names.get(key, "")


def evaluate(entries: Iterable[dict[str, Any]], founder: str | None = None) -> Roster:
    """The roster the entries (checked, of one team) make, the same on every replica.
    ``founder``: the device that secured the team as this replica first learned it; a
    later 'secure' entry of someone else (backdated by a member) does not count."""
    roster = Roster()
    ordered = sorted(((e["at"], entry_id(e)), e) for e in entries)
    for (_at, found_id), e in ordered:
        if e["kind"] == "secure":
            if roster.team is None and e["key"] == e["by"] and founder in (None, e["key"]):
                roster.team, roster.founder = e["team"], e["key"]
                roster.members[e["key"]] = _member(e, admin=True)
                roster.names[e["key"]] = clean_name(e["name"])
                _bind(roster, e)
                roster.key_entries.append(found_id)
            continue
        author = roster.members.get(e["by"])
        if roster.team != e["team"] or author is None or not author.admin:
            continue
        if e["kind"] == "admit" and e["key"] not in roster.revoked:
            roster.members[e["key"]] = _member(e, admin=e["admin"])
            roster.names[e["key"]] = clean_name(e["name"])
            _bind(roster, e)
        elif e["kind"] == "revoke" and e["key"] in roster.members:
            del roster.members[e["key"]]
            roster.revoked[e["key"]] = (e["by"], e["at"])
            roster.key_entries.append(found_id)
    return roster


def _member(entry: dict[str, Any], *, admin: bool) -> Member:
    return Member(entry["key"], entry["box"], clean_name(entry["name"]), admin,
                  tuple(entry["legacy"]))


def _bind(roster: Roster, entry: dict[str, Any]) -> None:
    """An admin vouches, by admitting a device, for the old device ids it names."""
    for device in entry["legacy"]:
        roster.legacy.setdefault(device, entry["key"])
