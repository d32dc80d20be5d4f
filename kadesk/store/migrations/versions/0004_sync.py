"""sync by file: team identity, peers, imported packages, conflict log, merged-into

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 09:00:00

Local tables only, never synced, except ``merged_into_id`` on account and
contact: a duplicate merge is a synced edit. Plain ADD COLUMN, not a batch
rebuild: rebuilding account or contact would drop the FTS triggers of 0001.
An existing database becomes a team of its own (team id = database id).
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("local_state", sa.Column("team_id", sa.String(length=36), nullable=False,
                                           server_default=""))
    op.execute("UPDATE local_state SET team_id = database_id")
    op.add_column("account", sa.Column("merged_into_id", sa.String(length=36), nullable=True))
    op.add_column("contact", sa.Column("merged_into_id", sa.String(length=36), nullable=True))
    op.create_table(
        "sync_peer",
        sa.Column("device_id", sa.String(length=32), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("acked_seq", sa.Integer(), nullable=False),
        sa.Column("sent_seq", sa.Integer(), nullable=False),
        sa.Column("received_seq", sa.Integer(), nullable=False),
        sa.Column("known", sa.Text(), nullable=False),
        sa.Column("last_import_at", sa.DateTime(), nullable=True),
        sa.Column("last_export_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("device_id", name=op.f("pk_sync_peer")),
    )
    op.create_table(
        "sync_known",
        sa.Column("device", sa.String(length=32), nullable=False),
        sa.Column("hlc", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("device", name=op.f("pk_sync_known")),
    )
    op.create_table(
        "sync_package",
        sa.Column("package_id", sa.String(length=36), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("source_device", sa.String(length=32), nullable=False),
        sa.Column("source_name", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("seq_from", sa.Integer(), nullable=False),
        sa.Column("seq_to", sa.Integer(), nullable=False),
        sa.Column("counts", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("package_id", name=op.f("pk_sync_package")),
    )
    op.create_table(
        "sync_placeholder",
        sa.Column("tbl", sa.String(length=32), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("tbl", "row_id", name=op.f("pk_sync_placeholder")),
    )
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("package_id", sa.String(length=36), nullable=False),
        sa.Column("logged_at", sa.DateTime(), nullable=False),
        sa.Column("tbl", sa.String(length=32), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("grp", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("mine", sa.Text(), nullable=False),
        sa.Column("theirs", sa.Text(), nullable=False),
        sa.Column("resolution", sa.String(length=16), nullable=True),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
    )
    op.create_index(op.f("ix_sync_conflict_package_id"), "sync_conflict", ["package_id"])
    op.create_index(op.f("ix_sync_conflict_kind"), "sync_conflict", ["kind"])
    op.create_index(op.f("ix_sync_conflict_resolution"), "sync_conflict", ["resolution"])


def downgrade() -> None:
    op.drop_index(op.f("ix_sync_conflict_resolution"), table_name="sync_conflict")
    op.drop_index(op.f("ix_sync_conflict_kind"), table_name="sync_conflict")
    op.drop_index(op.f("ix_sync_conflict_package_id"), table_name="sync_conflict")
    op.drop_table("sync_conflict")
    op.drop_table("sync_placeholder")
    op.drop_table("sync_package")
    op.drop_table("sync_known")
    op.drop_table("sync_peer")
    op.drop_column("contact", "merged_into_id")
    op.drop_column("account", "merged_into_id")
    op.drop_column("local_state", "team_id")
