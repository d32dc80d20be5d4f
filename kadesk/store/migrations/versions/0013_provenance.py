"""per-origin provenance: signed units, which unit proves each slot, derived device ids

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07 22:30:00

- ``prov`` on every synced table (the unit proving the groups a row still holds
  at its creation stamp) and on ``field_clock`` (the unit proving that edited
  group): local bookkeeping, never synced, so SYNC_SCHEMA stays.
- ``sync_unit``: the signed units this database holds (its own, and those
  packages brought), with their members.
- ``sync_cover``: a group a unit covers that the row no longer holds under
  that unit (edited since, or proven by another unit here): its stamp and
  hash, so the unit still proves the rest.
- ``sync_own_id``: every device id this installation has spoken as, with the
  nonce it is derived from (none for an id from before derived ids), and
  ``local_state.attested_seq``: its changes up to there are attested.
Plain ADD COLUMN: no table rebuild. The current device id is recorded as this
installation's own (a legacy id) when the database is next opened.
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

SYNCED = ("list_item", "account", "site", "contact", "contact_relation", "visit",
          "visit_contact", "visit_objection", "proposal", "proposal_item", "letterhead")


def upgrade() -> None:
    for table in (*SYNCED, "field_clock"):
        op.add_column(table, sa.Column("prov", sa.Integer(), nullable=True))
    op.add_column("local_state", sa.Column("attested_seq", sa.Integer(), nullable=False,
                                           server_default="0"))
    op.create_table(
        "sync_unit",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("uid", sa.String(64), nullable=False, unique=True),
        sa.Column("unit", sa.Text(), nullable=False),
        sa.Column("members", sa.LargeBinary(), nullable=False),
    )
    op.create_table(
        "sync_cover",
        sa.Column("tbl", sa.String(32), primary_key=True),
        sa.Column("row_id", sa.String(36), primary_key=True),
        sa.Column("grp", sa.String(64), primary_key=True),
        sa.Column("unit", sa.Integer(), primary_key=True),
        sa.Column("hlc", sa.Integer(), nullable=False),
        sa.Column("device", sa.String(32), nullable=False),
        sa.Column("hash", sa.LargeBinary(), nullable=False),
    )
    op.create_table(
        "sync_own_id",
        sa.Column("device_id", sa.String(32), primary_key=True),
        sa.Column("nonce", sa.String(16), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("sync_own_id")
    op.drop_table("sync_cover")
    op.drop_table("sync_unit")
    op.drop_column("local_state", "attested_seq")
    for table in (*SYNCED, "field_clock"):
        op.drop_column(table, "prov")
