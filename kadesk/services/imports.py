"""Importing accounts and contacts from .xlsx, .csv and vCard files, and undoing an
import. One pipeline: read the file (kadesk/interchange), map columns to fields, parse
and check each cell, match rows to what is here (import_plan.py), then write
everything in one transaction, or nothing.

Undo (persistent: import_run/import_item are local tables): records the import
created go to the trash, fields it updated get their earlier values back, each
as an ordinary synced edit. What was changed after the import (here, or by a
colleague's package) is kept: a created record edited since, or an account that
gained contacts, visits, sites or proposals of its own, stays live; an updated
field holding another value than the import wrote keeps it. The undo summary
counts what was kept.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from kadesk.domain.enums import ListKind
from kadesk.domain.errors import DeletedError, ImportFileError, KadeskError
from kadesk.domain.syncspec import ConflictKind
from kadesk.interchange import cells
from kadesk.interchange.fields import BY_KEY, Target, allowed, suggest
from kadesk.interchange.rows import Problem, RowReader, column_label
from kadesk.interchange.table_reader import VCARD_SUFFIXES, Table, read_table
from kadesk.interchange.vcard_reader import MAPPING as VCARD_MAPPING
from kadesk.interchange.vcard_reader import read_vcard
from kadesk.services.base import CHUNK
from kadesk.services.import_plan import Action, Batch, Counts, Policy, RowOutcome
from kadesk.store import models as m
from kadesk.store.sync_state import settle
from kadesk.store.types import utcnow

if TYPE_CHECKING:
    from kadesk.services.app import Kadesk

Progress = Callable[[str, int, int], None]
Cancel = Callable[[], bool]
_STEP = 500  # rows between progress reports and cancel checks


@dataclass(frozen=True)
class ImportRequest:
    """What to import and how. ``mapping`` (column index -> field key, e.g.
    "account.name") defaults to the suggested one."""

    path: Path
    target: Target = Target.ACCOUNTS
    sheet: str | None = None
    encoding: str | None = None
    mapping: dict[int, str] | None = None
    policy: Policy = Policy.SKIP
    account_id: str | None = None  # contacts: every row goes to this account

    @property
    def is_vcard(self) -> bool:
        return self.path.suffix.lower() in VCARD_SUFFIXES

    @property
    def kind(self) -> Target:
        """What the rows are: a vCard holds contacts, whatever was asked."""
        return Target.CONTACTS if self.is_vcard else self.target


@dataclass(frozen=True)
class TableInfo:
    """A file as the wizard's first pages show it."""

    path: Path
    sheets: list[str]
    sheet: str | None
    encoding: str | None
    headers: list[str]
    suggested: list[str | None]
    sample: list[tuple[int, tuple[str, ...]]]  # the first rows, as text
    rows: int


@dataclass(frozen=True)
class ImportSummary:
    file_name: str
    rows: int
    accounts: Counts
    contacts: Counts
    rejected: tuple[Problem, ...]  # the messages of the rows left out
    warnings: tuple[Problem, ...]  # values left out of rows that were imported
    rejected_rows: int
    outcomes: tuple[RowOutcome, ...] = ()  # per row (a preview's first rows only)
    sample: tuple[tuple[int, tuple[str, ...]], ...] = ()  # a preview's rows, as text
    import_id: str | None = None
    dry_run: bool = False
    cancelled: bool = False


@dataclass(frozen=True)
class ImportRecord:
    id: str
    imported_at: datetime
    file_name: str
    target: Target
    policy: Policy
    counts: dict[str, Any]
    undone_at: datetime | None


@dataclass(frozen=True)
class UndoSummary:
    import_id: str
    file_name: str
    trashed: int  # records the import created, now in the trash
    restored: int  # records whose imported fields got their earlier values back
    kept: int  # records changed since the import, left as they are
    kept_ids: tuple[str, ...] = field(default=())


class _CancelledError(Exception):
    pass


class _DryRunError(Exception):
    def __init__(self, summary: ImportSummary) -> None:
        super().__init__("dry run")
        self.summary = summary


class ImportService:
    def __init__(self, app: Kadesk) -> None:
        self.app = app
        # The last file read: the wizard's pages and the import read it once.
        self._last: tuple[tuple[Any, ...], Table] | None = None

    # -- reading -------------------------------------------------------------------
    def read(self, request: ImportRequest) -> Table:
        stat = request.path.stat()
        key = (request.path, stat.st_mtime_ns, stat.st_size, request.sheet, request.encoding)
        if self._last is not None and self._last[0] == key:
            table = self._last[1]
        else:
            table = read_vcard(request.path) if request.is_vcard else read_table(
                request.path, sheet=request.sheet, encoding=request.encoding)
            self._last = (key, table)
        return replace(table, rows=list(table.rows))

    def inspect(self, request: ImportRequest, sample: int = 20) -> TableInfo:
        """Sheets, detected encoding, headers, suggested mapping and the first rows."""
        table = self.read(request)
        suggested: list[str | None] = (
            [VCARD_MAPPING.get(i) for i in range(len(table.headers))] if request.is_vcard
            else suggest(table.headers, request.kind))
        return TableInfo(request.path, table.sheets, table.sheet, table.encoding,
                         table.headers, suggested,
                         [(n, tuple(cells.text(c) if not cells.is_blank(c) else "" for c in row))
                          for n, row in table.rows[:sample]], len(table.rows))

    def mapping_of(self, request: ImportRequest, headers: list[str]) -> dict[int, str]:
        """The mapping to use, checked: known fields, each from one column, and a
        column for the name every row needs."""
        if request.is_vcard:
            mapping = dict(VCARD_MAPPING)
        elif request.mapping is None:
            mapping = {i: k for i, k in enumerate(suggest(headers, request.kind)) if k}
        else:
            mapping = dict(request.mapping)
        fields = {f.key for f in allowed(request.kind)}
        for key in mapping.values():
            if key not in fields:
                raise ImportFileError("import_unknown_target", field=key,
                                      fields=", ".join(sorted(fields)))
        by_field: dict[str, list[str]] = {}
        for index, key in mapping.items():
            by_field.setdefault(key, []).append(column_label(headers, index))
        for key, columns in by_field.items():
            if len(columns) > 1:
                raise ImportFileError("import_mapped_twice", field=BY_KEY[key].en,
                                      field_key=key, columns=", ".join(columns))
        needed = ["account.name"] if request.kind is Target.ACCOUNTS else ["contact.name"]
        if any(k.startswith("contact.") for k in by_field):
            needed.append("contact.name")  # contact details without whose they are
        for key in needed:
            if key not in by_field:
                raise ImportFileError("import_no_name_column", field=BY_KEY[key].en,
                                      field_key=key)
        if request.kind is Target.CONTACTS and request.account_id is None \
                and "account.name" not in by_field:
            raise ImportFileError("import_no_account")
        return mapping

    def _industries(self) -> dict[str, str]:
        items = self.app.lists.items(ListKind.INDUSTRY, hidden=True)
        return cells.industry_index([(i.id, i.code, i.label_zh, i.label_en) for i in items])

    # -- preview and import --------------------------------------------------------
    def preview(self, request: ImportRequest, limit: int = 200) -> ImportSummary:
        """The first ``limit`` rows as they would import (matches, messages); writes
        nothing. Counts cover those rows only; a dry run counts them all."""
        table = self.read(request)
        table.rows = table.rows[:limit]
        with self.app.db.read() as session:
            summary = self._plan(session, request, table, None, None, keep_outcomes=True)[0]
        return replace(summary, sample=tuple(
            (n, tuple("" if cells.is_blank(c) else cells.text(c) for c in row))
            for n, row in table.rows))

    def run(self, request: ImportRequest, progress: Progress | None = None,
            cancel: Cancel | None = None, *, dry_run: bool = False) -> ImportSummary:
        """Import the whole file in one transaction. Rows with an error are left out
        and reported; a problem with the file imports nothing. ``dry_run`` does all
        of it and rolls back."""
        table = self.read(request)
        self._check_account(request)

        def work(session: Session) -> ImportSummary:
            summary, batch = self._plan(session, request, table, progress, cancel,
                                        keep_outcomes=False)
            if dry_run:
                raise _DryRunError(summary)
            if not batch.writes():
                return summary  # nothing to undo: no import record
            run = m.ImportRun(imported_at=utcnow(), file_name=request.path.name,
                              target=request.kind.value, policy=request.policy.value,
                              seq=0, counts="{}")
            session.add(run)
            session.flush()
            if progress:
                progress("writing", 0, 1)
            items = batch.write(run.id)
            session.flush()
            if cancel and cancel():
                raise _CancelledError
            run.seq = self.app.db.clock.seq
            run.counts = json.dumps(_counts_json(summary), ensure_ascii=False)
            if items:
                session.connection().execute(insert(m.ImportItem),
                                             [{"import_id": run.id, **i} for i in items])
            if progress:
                progress("writing", 1, 1)
            return replace(summary, import_id=run.id)

        try:
            return self.app.commit(work).record
        except _DryRunError as dry:
            return replace(dry.summary, dry_run=True)
        except _CancelledError:
            return ImportSummary(request.path.name, len(table.rows), Counts(), Counts(),
                                 (), (), 0, cancelled=True)

    def _check_account(self, request: ImportRequest) -> None:
        if request.account_id is not None and self.app.accounts.get(request.account_id).deleted:
            raise DeletedError("account", request.account_id)

    def _plan(self, session: Session, request: ImportRequest, table: Table,
              progress: Progress | None, cancel: Cancel | None, *, keep_outcomes: bool
              ) -> tuple[ImportSummary, Batch]:
        mapping = self.mapping_of(request, table.headers)
        reader = RowReader(table.headers, mapping, request.kind,
                           industries=self._industries(), today=self.app.today(),
                           formulas=table.formulas, refused=table.refused)
        batch = Batch(session, request.kind, request.policy, request.account_id)
        rejected: list[Problem] = []
        warnings: list[Problem] = []
        outcomes: list[RowOutcome] = []
        rejected_rows = 0
        total = len(table.rows)
        for done, (line, values) in enumerate(table.rows):
            if done % _STEP == 0:
                if cancel and cancel():
                    raise _CancelledError
                if progress:
                    progress("checking", done, total)
            outcome = batch.add(reader.read(line, values))
            if Action.REJECT in (outcome.account, outcome.contact):
                rejected_rows += 1
                rejected += outcome.problems
            else:
                warnings += outcome.problems
            if keep_outcomes:
                outcomes.append(outcome)
        if progress:
            progress("checking", total, total)
        summary = ImportSummary(request.path.name, total, batch.counts("account"),
                                batch.counts("contact"), tuple(rejected), tuple(warnings),
                                rejected_rows, tuple(outcomes))
        return summary, batch

    # -- history and undo ----------------------------------------------------------
    def history(self, limit: int = 50) -> list[ImportRecord]:
        with self.app.db.read() as session:
            runs = session.scalars(select(m.ImportRun).order_by(
                m.ImportRun.imported_at.desc()).limit(limit))
            return [_record(r) for r in runs]

    def undo(self, import_id: str | None = None) -> UndoSummary:
        """Undo an import (default: the latest not yet undone), in one transaction."""
        def work(session: Session) -> UndoSummary:
            run = self._run(session, import_id)
            items = list(session.scalars(select(m.ImportItem).where(
                m.ImportItem.import_id == run.id)))
            created = {i.row_id for i in items if i.action == "created"}
            trashed = restored = 0
            kept: list[str] = []
            # One flush at the end: one stamp for the whole undo, not one per row.
            with session.no_autoflush:
                rows = _load(session, items)
                adopted = _adopted(session, [i.row_id for i in items if i.tbl == "account"
                                             and i.action == "created"], created, run.seq)
                for item in items:
                    obj = rows.get(item.row_id)
                    if obj is None or obj.deleted:
                        continue
                    if item.action == "created":
                        if obj.row_seq > run.seq or obj.id in adopted:
                            kept.append(obj.id)
                        else:
                            obj.deleted = True
                            trashed += 1
                        continue
                    after, before = json.loads(item.after), json.loads(item.before)
                    same = [c for c in after if _stored(obj, c) == after[c]]
                    for column in same:
                        setattr(obj, column, _restored(type(obj), column, before[column]))
                    restored += bool(same)
                    if len(same) < len(after):
                        kept.append(obj.id)
            session.flush()
            for conflict in session.scalars(select(m.SyncConflict).where(
                    m.SyncConflict.package_id == run.id,
                    m.SyncConflict.kind == ConflictKind.POSSIBLE_DUPLICATE.value,
                    m.SyncConflict.resolution.is_(None))):
                settle(session, conflict, "dismissed")
            run.undone_at = utcnow()
            session.flush()
            return UndoSummary(run.id, run.file_name, trashed, restored, len(kept),
                               tuple(kept))

        return self.app.commit(work).record

    def _run(self, session: Session, import_id: str | None) -> m.ImportRun:
        if import_id is None:
            run = session.scalars(select(m.ImportRun).where(m.ImportRun.undone_at.is_(None))
                                  .order_by(m.ImportRun.imported_at.desc()).limit(1)).first()
            if run is None:
                raise KadeskError("import_nothing_to_undo")
            return run
        found = session.get(m.ImportRun, import_id) or session.scalars(select(m.ImportRun).where(
            m.ImportRun.id.startswith(import_id)).limit(2)).one_or_none()
        if found is None:
            raise KadeskError("import_not_found", id=import_id)
        if found.undone_at is not None:
            raise KadeskError("import_already_undone", file=found.file_name,
                              when=_local(found.imported_at), undone=_local(found.undone_at))
        return found


def _load(session: Session, items: list[m.ImportItem]) -> dict[str, Any]:
    """The rows an import wrote, by id, loaded a chunk at a time."""
    found: dict[str, Any] = {}
    models: tuple[tuple[str, Any], ...] = (("account", m.Account), ("contact", m.Contact))
    for table, model in models:
        ids = [i.row_id for i in items if i.tbl == table]
        for start in range(0, len(ids), CHUNK):
            found.update((o.id, o) for o in session.scalars(select(model).where(
                model.id.in_(ids[start:start + CHUNK]))))
    return found


def _adopted(session: Session, accounts: list[str], created: set[str], seq: int) -> set[str]:
    """Accounts the rep has worked on since the import: with a live child the import
    did not create, or one it created that was edited since."""
    found: set[str] = set()
    children: tuple[Any, ...] = (m.Contact, m.Visit, m.Site, m.Proposal)
    for child in children:
        for start in range(0, len(accounts), CHUNK):
            for account_id, row_id, row_seq in session.execute(select(
                    child.account_id, child.id, child.row_seq).where(
                    child.account_id.in_(accounts[start:start + CHUNK]),
                    child.deleted.is_(False))):
                if row_id not in created or row_seq > seq:
                    found.add(account_id)
    return found


def _stored(obj: Any, column: str) -> Any:
    value = getattr(obj, column)
    return value.isoformat() if isinstance(value, date) else getattr(value, "value", value)


def _restored(model: Any, column: str, value: Any) -> Any:
    if value is not None and column in ("cooperation_start", "birthday"):
        return date.fromisoformat(value)
    enum = getattr(model.__table__.c[column].type, "enum", None)
    return enum(value) if enum is not None and value is not None else value


def _local(when: datetime | None) -> str:
    return when.astimezone().strftime("%Y-%m-%d %H:%M") if when else ""


def _counts_json(summary: ImportSummary) -> dict[str, Any]:
    return {"rows": summary.rows, "rejected": summary.rejected_rows,
            "accounts": vars(summary.accounts), "contacts": vars(summary.contacts)}


def _record(run: m.ImportRun) -> ImportRecord:
    return ImportRecord(run.id, run.imported_at, run.file_name, Target(run.target),
                        Policy(run.policy), json.loads(run.counts), run.undone_at)


__all__ = ["Action", "Counts", "ImportRecord", "ImportRequest", "ImportService",
           "ImportSummary", "Policy", "TableInfo", "Target", "UndoSummary"]
