"""A package sealed for a team (format 2): nothing readable but a header of random ids.

    magic | header length (4 bytes) | header (canonical JSON) | encrypted zip

The header holds the format, the team id (a random UUID), which team key
encrypts the rest, the nonce prefix, and that key sealed for each device of the
team (labelled by a hash of its box key). The encrypted part is the package
zip of format 1 (manifest.json and changes.jsonl), its manifest signed by the
sender; member names, rep names and every value are inside it. Written beside
the target and renamed into place; read into a temporary file on local disk.
"""

from __future__ import annotations

import struct
from pathlib import Path
from typing import Any

from kadesk.domain.errors import SyncError
from kadesk.files import write_atomically
from kadesk.sync import jsonstrict
from kadesk.sync.crypto import CryptoError, decrypt, encrypt

MAGIC = b"KADESK-SEALED/2\n"
HEADER_LIMIT = 1 << 20


def write_sealed(plain: Path, target: Path, header: dict[str, Any], secret: bytes,
                 prefix: bytes) -> None:
    """Encrypt the package zip ``plain`` into ``target``: whole or not at all."""
    data = jsonstrict.dumps(header)

    def render(temp: Path) -> None:
        with open(plain, "rb") as source, open(temp, "wb") as out:
            out.write(MAGIC + struct.pack(">I", len(data)) + data)
            encrypt(source, out, secret, prefix, data)

    write_atomically(target, render)


def read_header(path: Path) -> tuple[dict[str, Any], bytes] | None:
    """The header of a sealed package and its bytes; None if ``path`` is not sealed."""
    where = str(path)
    with open(path, "rb") as handle:
        if handle.read(len(MAGIC)) != MAGIC:
            return None
        size = handle.read(4)
        if len(size) != 4 or struct.unpack(">I", size)[0] > HEADER_LIMIT:
            raise SyncError("sync_not_a_package", path=where)
        data = handle.read(struct.unpack(">I", size)[0])
    try:
        header = jsonstrict.loads(data)
    except ValueError as bad:
        raise SyncError("sync_not_a_package", path=where) from bad
    if not isinstance(header, dict) or not isinstance(header.get("keys"), dict) or not all(
            isinstance(header.get(k), str) for k in ("team", "key_id", "nonce")):
        raise SyncError("sync_not_a_package", path=where)
    return header, data


def open_sealed(path: Path, header: bytes, secret: bytes, prefix: bytes, into: Path) -> None:
    """Decrypt the package at ``path`` into ``into``; SyncError if a byte was changed."""
    try:
        with open(path, "rb") as source, open(into, "wb") as out:
            source.seek(len(MAGIC) + 4 + len(header))
            for chunk in decrypt(source, secret, prefix, header):
                out.write(chunk)
    except CryptoError as bad:
        into.unlink(missing_ok=True)
        raise SyncError("sync_tampered", path=str(path)) from bad
