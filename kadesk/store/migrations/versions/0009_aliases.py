"""aliases, search units, number indexes: other names an account goes by; keys rebuilt

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07 19:30:00

``account.aliases`` is synced (招行, CMB, a former name). ``search_units`` (local,
derived) holds each name's units and readings, which search ranks by. Every stored
key is rebuilt with the functions the write path uses: search keys now hold the
whole name's pinyin with units marked, surname and place readings are corrected
(单 shan, 朝阳 chaoyang), and sort keys follow. Plain ADD COLUMN: a batch rebuild
of account or contact would drop the FTS triggers of 0001; the key updates go
through those triggers, so the FTS indexes follow.

Two more trigram indexes (external content, kept by triggers like 0001's) let the
search box find a contact by any run of digits of a phone number and a proposal by
its number, without scanning 100,000 rows.
"""

import sqlalchemy as sa
from alembic import op

from kadesk.store.models import Account, Contact

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

BATCH = 5000
# Trigram indexes over columns the search box matches as they are: (table, index, columns).
NUMBER_INDEXES = (("contact", "contact_phone_fts", ("mobile", "phone")),
                  ("proposal", "proposal_number_fts", ("number",)))


def _number_index(table: str, fts: str, columns: tuple[str, ...]) -> list[str]:
    names = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    changed = " OR ".join(f"old.{c} IS NOT new.{c}" for c in columns)
    return [
        f"CREATE VIRTUAL TABLE {fts} USING fts5({names}, content='{table}', "
        "content_rowid='rowid', tokenize='trigram')",
        f"CREATE TRIGGER {fts}_insert AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO {fts}(rowid, {names}) VALUES (new.rowid, {new}); END",
        f"CREATE TRIGGER {fts}_delete AFTER DELETE ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {names}) VALUES ('delete', old.rowid, {old}); END",
        f"CREATE TRIGGER {fts}_update AFTER UPDATE OF {names} ON {table} WHEN {changed} "
        f"BEGIN INSERT INTO {fts}({fts}, rowid, {names}) VALUES ('delete', old.rowid, {old}); "
        f"INSERT INTO {fts}(rowid, {names}) VALUES (new.rowid, {new}); END",
        f"INSERT INTO {fts}({fts}) VALUES ('rebuild')",
    ]


def _rebuild(model: type[Account] | type[Contact], columns: tuple[str, ...]) -> None:
    bind = op.get_bind()
    table = model.__tablename__
    rows = bind.execute(sa.text(f"SELECT id, {', '.join(columns)} FROM {table}")).all()
    for start in range(0, len(rows), BATCH):
        bind.execute(
            sa.text(f"UPDATE {table} SET search_key = :search_key, "
                    "search_units = :search_units, sort_key = :sort_key WHERE id = :id"),
            [{"id": row[0], **model.derive(dict(zip(columns, row[1:], strict=True)))}
             for row in rows[start:start + BATCH]])


def upgrade() -> None:
    op.add_column("account", sa.Column("aliases", sa.Text(), nullable=False, server_default=""))
    for table in ("account", "contact"):
        op.add_column(table, sa.Column("search_units", sa.Text(), nullable=False,
                                       server_default=""))
    _rebuild(Account, ("name", "short_name", "english_name", "aliases"))
    _rebuild(Contact, ("name",))
    for table, fts, columns in NUMBER_INDEXES:
        for statement in _number_index(table, fts, columns):
            op.execute(statement)


def downgrade() -> None:
    for _, fts, _ in NUMBER_INDEXES:
        for event in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER {fts}_{event}")
        op.execute(f"DROP TABLE {fts}")
    for table in ("account", "contact"):
        op.drop_column(table, "search_units")
    op.drop_column("account", "aliases")
