"""phone numbers searched by their digits, however they are spaced

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07 22:50:00

0009 indexed the mobile and phone fields as written. Since numbers are stored as
business cards print them (138 1234 5678, 0755 2665 6677), typing 13812 found
nobody. ``contact.phone_digits`` (local, derived like the search keys) holds each
number as digits alone, and contact_phone_fts indexes that instead. The synced shape
does not change.
"""

import sqlalchemy as sa
from alembic import op

from kadesk.domain.phones import phone_digits

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

FTS = "contact_phone_fts"


def _index(columns: tuple[str, ...]) -> None:
    """contact_phone_fts over ``columns`` of contact, kept by triggers (as 0009 made it)."""
    names = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    changed = " OR ".join(f"old.{c} IS NOT new.{c}" for c in columns)
    for statement in (
        f"CREATE VIRTUAL TABLE {FTS} USING fts5({names}, content='contact', "
        "content_rowid='rowid', tokenize='trigram')",
        f"CREATE TRIGGER {FTS}_insert AFTER INSERT ON contact BEGIN "
        f"INSERT INTO {FTS}(rowid, {names}) VALUES (new.rowid, {new}); END",
        f"CREATE TRIGGER {FTS}_delete AFTER DELETE ON contact BEGIN "
        f"INSERT INTO {FTS}({FTS}, rowid, {names}) VALUES ('delete', old.rowid, {old}); END",
        f"CREATE TRIGGER {FTS}_update AFTER UPDATE OF {names} ON contact WHEN {changed} "
        f"BEGIN INSERT INTO {FTS}({FTS}, rowid, {names}) VALUES ('delete', old.rowid, {old}); "
        f"INSERT INTO {FTS}(rowid, {names}) VALUES (new.rowid, {new}); END",
        f"INSERT INTO {FTS}({FTS}) VALUES ('rebuild')",
    ):
        op.execute(statement)


def _drop_index() -> None:
    for event in ("insert", "delete", "update"):
        op.execute(f"DROP TRIGGER {FTS}_{event}")
    op.execute(f"DROP TABLE {FTS}")


def upgrade() -> None:
    op.add_column("contact", sa.Column("phone_digits", sa.Text(), nullable=False,
                                       server_default=""))
    bind = op.get_bind()
    rows = bind.execute(sa.text(
        "SELECT id, mobile, phone FROM contact WHERE mobile != '' OR phone != ''")).all()
    if rows:
        bind.execute(sa.text("UPDATE contact SET phone_digits = :digits WHERE id = :id"),
                     [{"id": r.id, "digits": phone_digits(r.mobile, r.phone)} for r in rows])
    _drop_index()
    _index(("phone_digits",))


def downgrade() -> None:
    _drop_index()
    _index(("mobile", "phone"))
    op.drop_column("contact", "phone_digits")
