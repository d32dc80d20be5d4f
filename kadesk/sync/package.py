"""The package file: one zip holding exactly manifest.json and changes.jsonl, and for a
secured team (format 2) proofs.jsonl: the signed units of provenance its rows name.

Written row by row to a temporary file beside the target, fsynced, renamed,
then read back and checked. Read member by member, by name, never extracted:
every byte counted against the size the manifest states and hashed while it
streams, so a package never sits whole in memory and a lying header or a zip
bomb is caught after at most the stated size.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import orjson

from kadesk.domain.errors import SyncError
from kadesk.domain.syncspec import RowState, TableSpec
from kadesk.files import fsync_dir
from kadesk.sync import jsonstrict, rows
from kadesk.sync.manifest import check_manifest, signed_part
from kadesk.sync.provenance import check_unit

FORMAT = "kadesk-sync"
# 2: sealed for the team (sealed.py), signed by its sender, each value proven by its
# origin (proofs.jsonl); 1: plain, still read and written by open teams.
FORMAT_VERSION = 2
EXTENSION = ".kadesk-sync"
MANIFEST = "manifest.json"
CHANGES = "changes.jsonl"
PROOFS = "proofs.jsonl"
MEMBERS = (CHANGES, MANIFEST, PROOFS)
MANIFEST_LIMIT = 1 << 20
CHANGES_LIMIT = 16 << 30
PROOFS_LIMIT = 4 << 30
LINE_LIMIT = 8 << 20  # one row: ten 1M-character notes in UTF-8 fit
# Deflate rarely beats 20:1 on rows; far beyond it, and large, is a bomb whatever sizes
# it claims. Small members may compress far better: notes of one repeated character
# (20,000 characters in 100 bytes) are valid, and reading 32 MB costs little.
RATIO_LIMIT = 200
BOMB_FLOOR = 32 << 20
_CHUNK = 1 << 20


class _Member:
    """One member being written: buffered, hashed and counted as it streams."""

    def __init__(self, archive: zipfile.ZipFile, name: str) -> None:
        self._stream: IO[bytes] = archive.open(name, "w", force_zip64=True)
        self._hash = hashlib.sha256()
        self.size = 0
        self._buffer: list[bytes] = []
        self._buffered = 0

    def write(self, line: bytes) -> None:
        self._buffer.append(line)
        self._buffered += len(line)
        if self._buffered >= _CHUNK:
            self._flush()

    def _flush(self) -> None:
        data = b"".join(self._buffer)
        self._buffer, self._buffered = [], 0
        self._hash.update(data)
        self.size += len(data)
        self._stream.write(data)

    def close(self) -> dict[str, Any]:
        self._flush()
        self._stream.close()
        return {"size": self.size, "sha256": self._hash.hexdigest()}


class PackageWriter:
    """Writes rows to a new package; ``finish`` makes it appear at ``target`` complete."""

    def __init__(self, target: Path) -> None:
        self.target = target
        self.partial = target.with_name(f".{target.name}.partial")
        self._file = open(self.partial, "wb")  # noqa: SIM115 - closed by finish/abort
        self._zip = zipfile.ZipFile(self._file, "w", compression=zipfile.ZIP_DEFLATED,
                                    compresslevel=1)
        self._changes = _Member(self._zip, CHANGES)
        self.counts: Counter[str] = Counter()

    def add(self, row: RowState, refs: list[Any] | None = None) -> None:
        """One row, with its proof references ("z", format 2) if any."""
        line = rows.encode(row)
        if refs is not None:
            line["z"] = refs
        self.counts[row.table] += 1
        self._changes.write(jsonstrict.dumps(line) + b"\n")

    def finish(self, manifest: dict[str, Any], sign: Callable[[bytes], str] | None = None,
               units: Iterable[dict[str, Any]] = ()) -> dict[str, Any]:
        """Close the package with ``manifest`` (counts and hashes added); format 2, with
        ``units`` as proofs.jsonl, when signed with ``sign``, else format 1. Returns it."""
        members = {CHANGES: self._changes.close()}
        if sign is not None:
            proofs = _Member(self._zip, PROOFS)
            for unit in units:
                proofs.write(jsonstrict.dumps(unit) + b"\n")
            members[PROOFS] = proofs.close()
        manifest = {**manifest, "format": FORMAT, "format_version": 2 if sign else 1,
                    "counts": dict(sorted(self.counts.items())), "members": members,
                    "signature": None}
        if sign is not None:
            manifest["signature"] = sign(signed_part(manifest))
        self._zip.writestr(MANIFEST, jsonstrict.dumps(manifest))
        self._zip.close()
        self._file.flush()
        os.fsync(self._file.fileno())
        self._file.close()
        os.replace(self.partial, self.target)
        fsync_dir(self.target.parent)
        return manifest

    def abort(self) -> None:
        for closing in (self._changes.close, self._zip.close, self._file.close):
            with contextlib.suppress(OSError, ValueError):  # broken already: the file goes
                closing()
        self.partial.unlink(missing_ok=True)


class Package:
    """An open package whose zip structure and manifest passed their checks."""

    def __init__(self, path: Path, where: Path | None = None) -> None:
        self.path = where or path  # a sealed package is read from its decrypted copy
        self._where = str(self.path)
        try:
            if path.stat().st_size == 0:
                raise SyncError("sync_empty", path=self._where)
            self._zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as bad:
            raise SyncError("sync_not_a_package", path=self._where) from bad
        try:
            self._infos = self._check_members()
            self.manifest = check_manifest(self._read_manifest(), self._where,
                                           FORMAT, FORMAT_VERSION, changes=CHANGES,
                                           proofs=PROOFS)
            for name, entry in self.manifest["members"].items():
                if name not in self._infos:
                    raise SyncError("sync_missing_member", path=self._where, name=name)
                if self._infos[name].file_size != entry["size"]:
                    raise SyncError("sync_size_mismatch", path=self._where, name=name,
                                    expected=entry["size"])
            if set(self._infos) - {MANIFEST} != set(self.manifest["members"]):
                raise SyncError("sync_bad_member", path=self._where, name=PROOFS,
                                why="a plain package holds no proofs")
        except BaseException:
            self._zip.close()
            raise

    def close(self) -> None:
        self._zip.close()

    def __enter__(self) -> Package:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _check_members(self) -> dict[str, zipfile.ZipInfo]:
        found: dict[str, zipfile.ZipInfo] = {}
        for info in self._zip.infolist():
            name = info.filename
            if name not in MEMBERS:
                raise SyncError("sync_bad_member", path=self._where, name=name[:80],
                                why="only manifest.json and changes.jsonl belong there")
            if name in found:
                raise SyncError("sync_duplicate_member", path=self._where, name=name)
            why = _member_problem(info)
            if why:
                raise SyncError("sync_bad_member", path=self._where, name=name, why=why)
            limit = {MANIFEST: MANIFEST_LIMIT, CHANGES: CHANGES_LIMIT, PROOFS: PROOFS_LIMIT}[name]
            if info.file_size > limit or info.file_size > max(
                    RATIO_LIMIT * info.compress_size, BOMB_FLOOR):
                raise SyncError("sync_too_big", path=self._where, name=name, limit=limit)
            found[name] = info
        for name in (CHANGES, MANIFEST):
            if name not in found:
                raise SyncError("sync_missing_member", path=self._where, name=name)
        return found

    def _read_manifest(self) -> Any:
        data = b"".join(self._stream(MANIFEST, MANIFEST_LIMIT))
        try:
            return jsonstrict.loads(data)
        except ValueError as bad:
            raise SyncError("sync_bad_manifest", path=self._where, detail=str(bad)) from bad

    def _stream(self, name: str, limit: int) -> Iterator[bytes]:
        """The member's bytes in chunks, never more than ``limit`` of them."""
        info = self._infos[name]
        size = 0
        try:
            with self._zip.open(info) as member:
                while chunk := member.read(min(_CHUNK, limit + 1 - size)):
                    size += len(chunk)
                    if size > limit:
                        raise SyncError("sync_too_big", path=self._where, name=name,
                                        limit=limit)
                    yield chunk
        except (zipfile.BadZipFile, EOFError, OSError, ValueError, zlib.error) as bad:
            # zipfile's CRC and length checks, and deflate's own (a flipped bit in the
            # compressed stream): a member damaged or cut short.
            raise SyncError("sync_hash_mismatch", path=self._where, name=name) from bad

    @property
    def proven(self) -> bool:
        """Format 2: every row names the units of proofs.jsonl that prove it."""
        return PROOFS in self.manifest["members"]

    def _checked(self, name: str) -> Iterator[bytes]:
        """A member in chunks; its size and hash checked after the last one."""
        expected = self.manifest["members"][name]
        digest = hashlib.sha256()
        size = 0
        for chunk in self._stream(name, expected["size"]):
            digest.update(chunk)
            size += len(chunk)
            yield chunk
        if size != expected["size"]:
            raise SyncError("sync_size_mismatch", path=self._where, name=name,
                            expected=expected["size"])
        if digest.hexdigest() != expected["sha256"]:
            raise SyncError("sync_hash_mismatch", path=self._where, name=name)

    def lines(self, name: str = CHANGES) -> Iterator[tuple[int, bytes]]:
        """A member line by line (numbered from 1), checked as ``_checked`` does."""
        rest = b""
        number = 0
        for chunk in self._checked(name):
            parts = (rest + chunk).split(b"\n")
            rest = parts.pop()
            if len(rest) > LINE_LIMIT:
                raise SyncError("sync_bad_record", path=self._where, line=number + 1,
                                detail="a change is larger than kadesk ever writes")
            for part in parts:
                number += 1
                yield number, part
        if rest:
            raise SyncError("sync_size_mismatch", path=self._where, name=name,
                            expected=self.manifest["members"][name]["size"])

    def rows(self, specs: dict[str, TableSpec]) -> Iterator[tuple[int, RowState, bytes, Any]]:
        """Every row, checked against ``specs``, with its line and its proof references
        (None in format 1); SyncError names the first bad line."""
        proven = self.proven
        for number, line in self.lines():
            try:
                obj = jsonstrict.loads(line)
                refs = obj.pop("z", None) if proven and type(obj) is dict else None
                if proven and refs is None:
                    raise rows.RowError("it names no proof of its values")
                yield number, rows.decode(obj, specs), line, refs
            except ValueError as bad:  # RowError and strict-JSON errors
                raise SyncError("sync_bad_record", path=self._where, line=number,
                                detail=str(bad)) from bad

    def rows_again(self, specs: dict[str, TableSpec]
                   ) -> Iterator[tuple[int, RowState, list[Any] | None]]:
        """Every row once more, with its proof references, after ``rows`` went through
        all of them: not checked again (half of a large import's reading). The hash,
        checked after the last line, proves these are the bytes ``rows`` checked; a
        caller writing them in a transaction rolls it back when it fails."""
        for number, line in self.lines():
            obj = orjson.loads(line)
            yield number, rows.trusted(obj, specs), obj.get("z")

    def units(self) -> list[dict[str, Any]]:
        """proofs.jsonl: the units of provenance, each checked for shape."""
        found: list[dict[str, Any]] = []
        for number, line in self.lines(PROOFS):
            try:
                found.append(check_unit(jsonstrict.loads(line), number - 1))
            except ValueError as bad:
                raise SyncError("sync_bad_record", path=self._where, line=number,
                                detail=str(bad)) from bad
        return found

    def verify(self) -> None:
        """Read every member through once: size and checksum as the manifest states."""
        for name in self.manifest["members"]:
            for _ in self._checked(name):
                pass


def _member_problem(info: zipfile.ZipInfo) -> str | None:
    if info.flag_bits & 0x1:
        return "it is encrypted"
    if info.is_dir():
        return "it is a folder"
    if stat.S_ISLNK(info.external_attr >> 16):
        return "it is a symbolic link"
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        return "it uses an unknown compression"
    return None
