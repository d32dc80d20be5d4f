"""One consistent read of a database for an export: its own read transaction.

A plain sqlite3 connection in WAL mode: BEGIN then the first SELECT fixes a
snapshot that writers (the window, a background save) cannot change under
the export. Rows stream in batches, never the whole table.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kadesk.domain.syncspec import PLACEHOLDER_DEVICE, RowState, Stamp
from kadesk.store.provenance import ExportProofs, Slots
from kadesk.store.sync_schema import bool_columns, select_list, table_specs, to_package

BATCH = 2000


@dataclass(frozen=True)
class Identity:
    device_id: str
    database_id: str
    team_id: str
    hlc: int
    seq: int


class Snapshot:
    def __init__(self, path: Path) -> None:
        self._con = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self._con.execute("BEGIN")
        row = self._con.execute("SELECT device_id, database_id, team_id, hlc, seq "
                                "FROM local_state WHERE id = 1").fetchone()
        self.identity = Identity(*row)

    def close(self) -> None:
        self._con.execute("ROLLBACK")
        self._con.close()

    def __enter__(self) -> Snapshot:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def known(self) -> dict[str, int]:
        """Our known vector: every origin device we hold all of, and ourselves."""
        known = dict(self._con.execute("SELECT device, hlc FROM sync_known"))
        known[self.identity.device_id] = self.identity.hlc
        return known

    def acks(self) -> dict[str, int]:
        """Per peer, its highest seq we hold all of (the peer exports to us from there)."""
        return dict(self._con.execute(
            "SELECT device_id, received_seq FROM sync_peer WHERE received_seq > 0"))

    def count_since(self, seq: int) -> int:
        return sum(self._con.execute(
            f"SELECT count(*) FROM {table} WHERE row_seq > ?", (seq,)).fetchone()[0]
            for table in table_specs())

    def proofs(self) -> ExportProofs:
        return ExportProofs(self._con)

    def rows(self, since_seq: int, held: Mapping[str, int] | None = None,
             proofs: ExportProofs | None = None
             ) -> Iterator[tuple[RowState, list[Any] | None, int]]:
        """Every row changed after ``since_seq`` (0: all, tombstones included), parents
        first, with its proof references if ``proofs`` (None: no proof for it here)
        and its seq. Built-in entries never edited (seq 0) and placeholders stay out,
        and so do rows whose every stamp the peer's known vector ``held`` covers: the
        peer holds those values or newer ones (what it sent us, or got from others)."""
        covered = proofs is not None and self._con.execute(
            "SELECT 1 FROM sync_cover LIMIT 1").fetchone() is not None
        for table, spec in table_specs().items():
            columns = list(spec.columns)
            flags = bool_columns(spec)
            cursor = self._con.execute(
                f"SELECT id, row_hlc, row_device, row_seq, prov, {select_list(spec)} "
                f"FROM {table} WHERE row_seq > ? AND row_device != ?",
                (since_seq, PLACEHOLDER_DEVICE))
            while batch := cursor.fetchmany(BATCH):
                ids = [r[0] for r in batch]
                edited = self._clocks(table, ids)
                covers = proofs.covers(table, ids) if proofs is not None and covered else {}
                for row in batch:
                    created: Stamp = (row[1], row[2])
                    stamps = dict.fromkeys(spec.groups, created)
                    clocks = edited.get(row[0], {})
                    stamps.update({g: s for g, (s, _p) in clocks.items()})
                    if held and all(hlc <= held.get(device, -1)
                                    for hlc, device in (created, *stamps.values())):
                        continue
                    values = dict(zip(columns, row[5:], strict=True))
                    for flag in flags:  # only flags differ between stored and package form
                        values[flag] = to_package(flags, flag, values[flag])
                    state = RowState(table, row[0], created, stamps, values)
                    refs = None if proofs is None else proofs.refs(state, Slots(
                        row[4], {g: p for g, (_s, p) in clocks.items()},
                        covers.get(row[0], [])), held)
                    yield state, refs, row[3]

    def _clocks(self, table: str, ids: list[str]
                ) -> dict[str, dict[str, tuple[Stamp, int | None]]]:
        out: dict[str, dict[str, tuple[Stamp, int | None]]] = {}
        marks = ", ".join("?" * len(ids))
        for row_id, grp, hlc, device, prov in self._con.execute(
                f"SELECT row_id, grp, hlc, device, prov FROM field_clock "
                f"WHERE tbl = ? AND row_id IN ({marks})", (table, *ids)):
            out.setdefault(row_id, {})[grp] = ((hlc, device), prov)
        return out
