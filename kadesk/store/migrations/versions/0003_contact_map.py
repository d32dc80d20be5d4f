"""contact map: positions placed by hand, and relations other than reports-to

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24 10:00:00

Plain ADD COLUMN, not a batch rebuild of contact: rebuilding would drop the
FTS triggers that 0001 put on it. NULL positions mean "automatic layout".
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("contact", sa.Column("map_x", sa.Float(), nullable=True))
    op.add_column("contact", sa.Column("map_y", sa.Float(), nullable=True))
    op.create_table(
        "contact_relation",
        sa.Column("account_id", sa.String(length=36), nullable=False),
        sa.Column("from_contact_id", sa.String(length=36), nullable=False),
        sa.Column("to_contact_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("row_hlc", sa.Integer(), nullable=False),
        sa.Column("row_device", sa.String(length=32), nullable=False),
        sa.Column("row_seq", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["account_id"], ["account.id"],
                                name=op.f("fk_contact_relation_account_id_account")),
        sa.ForeignKeyConstraint(["from_contact_id"], ["contact.id"],
                                name=op.f("fk_contact_relation_from_contact_id_contact")),
        sa.ForeignKeyConstraint(["to_contact_id"], ["contact.id"],
                                name=op.f("fk_contact_relation_to_contact_id_contact")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_relation")),
    )
    op.create_index(op.f("ix_contact_relation_account_id"), "contact_relation", ["account_id"])
    op.create_index(op.f("ix_contact_relation_row_seq"), "contact_relation", ["row_seq"])


def downgrade() -> None:
    op.drop_index(op.f("ix_contact_relation_row_seq"), table_name="contact_relation")
    op.drop_index(op.f("ix_contact_relation_account_id"), table_name="contact_relation")
    op.drop_table("contact_relation")
    op.drop_column("contact", "map_y")
    op.drop_column("contact", "map_x")
