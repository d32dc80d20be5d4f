"""Integrity checks and online backups of the SQLite file."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlalchemy import text

from kadesk.store.db import Database

FTS_TABLES = ("account_fts", "contact_fts", "contact_phone_fts", "proposal_number_fts")


def integrity_problems(db: Database) -> list[str]:
    """Everything SQLite finds wrong with the file, its foreign keys and search indexes."""
    problems: list[str] = []
    with db.engine.connect() as connection:
        for (line,) in connection.execute(text("PRAGMA integrity_check")):
            if line != "ok":
                problems.append(f"integrity: {line}")
        for table, rowid, parent, _ in connection.execute(text("PRAGMA foreign_key_check")):
            problems.append(f"foreign key: {table} row {rowid} points to a missing {parent}")
        for fts in FTS_TABLES:
            try:
                connection.execute(text(f"INSERT INTO {fts}({fts}) VALUES ('integrity-check')"))
            except Exception as error:  # SQLite reports a corrupt index as an error
                problems.append(f"search index {fts}: {error}")
        connection.rollback()
    return problems


def backup_to(db: Database, target: Path, check: str = "integrity_check") -> None:
    """Copy the live database with SQLite's backup API, then move it into place.

    The copy is written beside the target and renamed, so the target is either
    the old file or a complete backup, never half of one. ``check`` is the PRAGMA
    the copy must pass: "quick_check" (page and b-tree structure, not index
    contents) costs a sixth of a full integrity check on a large file.
    """
    if check not in ("integrity_check", "quick_check"):
        raise ValueError(check)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)
    source = sqlite3.connect(db.path)
    try:
        copy = sqlite3.connect(partial)
        try:
            source.backup(copy)
            copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
            # A restored backup must not speak as this device: its clock is behind
            # stamps already sent, so opening it mints a new device id.
            copy.execute("UPDATE local_state SET fingerprint = 'backup'")
            copy.commit()
            (status,) = copy.execute(f"PRAGMA {check}").fetchone()
            if status != "ok":
                raise sqlite3.DatabaseError(f"the backup copy failed its check: {status}")
        finally:
            copy.close()
        with open(partial, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, target)
    finally:
        source.close()
        partial.unlink(missing_ok=True)
