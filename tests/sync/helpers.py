"""Helpers for the sync tests: content snapshots and hand-made packages."""

from __future__ import annotations

import contextlib
import hashlib
import json
import uuid
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from kadesk.domain.errors import SyncError
from kadesk.services.app import Kadesk
from kadesk.sync import jsonstrict

SYNC_TABLES = ("list_item", "account", "site", "contact", "contact_relation", "visit",
               "visit_contact", "visit_objection", "proposal", "proposal_item")


def integrity_ok(app: Kadesk) -> bool:
    with app.db.engine.connect() as connection:
        return connection.execute(text("PRAGMA integrity_check")).scalar() == "ok" and not \
            connection.execute(text("PRAGMA foreign_key_check")).all()


def file_state(app: Kadesk) -> str:
    """The database's bytes, main file and write-ahead log."""
    digest = hashlib.sha256()
    for suffix in ("", "-wal"):
        path = app.db.path.with_name(app.db.path.name + suffix)
        if path.exists():
            digest.update(path.read_bytes())
    return digest.hexdigest()


def refused(app: Kadesk, path: Path, code: str, *words: str) -> SyncError:
    """Importing ``path`` into ``app`` fails with ``code``, its message holds ``words``,
    and the database file is byte for byte as it was."""
    before = file_state(app)
    with pytest.raises(SyncError) as caught:
        app.sync.import_package(path)
    assert caught.value.code == code, caught.value.message()
    for word in words:
        assert word in caught.value.message()
    assert file_state(app) == before
    return caught.value


def read_package(path: Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    with zipfile.ZipFile(path) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        rows = [json.loads(line) for line in zf.read("changes.jsonl").splitlines()]
    return manifest, rows


def package_content(app: Kadesk, path: Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """A package's manifest and rows, a sealed one opened with ``app``'s team key."""
    with app.team.opened(path, path.with_name(f".{path.name}.open")) as (package, _opened):
        return package.manifest, [json.loads(line) for _n, line in package.lines()]


def write_package(path: Path, manifest: dict[str, Any], lines: list[bytes], *,
                  fix: bool = True, members: list[tuple[str, bytes]] | None = None) -> Path:
    """A package with these change lines; ``fix`` recomputes size, hash and counts
    (and gives it a new id) so only what the test breaks is broken."""
    data = b"".join(line + b"\n" for line in lines)
    manifest = dict(manifest)
    if fix:
        counts: Counter[str] = Counter()
        for line in lines:
            with contextlib.suppress(ValueError, KeyError, TypeError):
                counts[json.loads(line)["t"]] += 1
        manifest["counts"] = dict(counts)
        manifest["members"] = {"changes.jsonl": {"size": len(data),
                                                 "sha256": hashlib.sha256(data).hexdigest()}}
        manifest["package_id"] = str(uuid.uuid4())
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, content in members if members is not None else [
                ("changes.jsonl", data),
                ("manifest.json", jsonstrict.dumps(manifest))]:
            zf.writestr(name, content)
    return path


def line(row: dict[str, Any]) -> bytes:
    return jsonstrict.dumps(row)


class Numbered:
    """Package file names in the order a test writes them: ``01-a-hq.kadesk-sync``."""

    folder: Path
    n: int = 0

    def path(self, name: str) -> Path:
        self.n += 1
        return self.folder / f"{self.n:02}-{name}.kadesk-sync"
