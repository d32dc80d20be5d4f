"""proposals as printed: date, addressee, service commitment, tax per line; the team letterhead

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07 19:00:00

A proposal gets its own date (it printed the print day), the customer's contact named
on the cover, and a service-commitment table; each line gets its own VAT rate (transport
9% and services 6% in one quote), filled from the proposal's single rate. The new
``letterhead`` table is synced: one row for the team, seeded on open like the built-in
lists (store/builtins.py). Plain ADD COLUMN: no table rebuild.
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

PROPOSAL_COLUMNS = ("issued_on", "addressee_id", "sla_on_time_bp", "sla_damage_bp",
                    "sla_claim_days", "sla_response_hours", "sla_claims")


def upgrade() -> None:
    # The date a proposal was written: its creation day (UTC, as stored).
    op.add_column("proposal", sa.Column("issued_on", sa.Date(), nullable=False,
                                        server_default="2000-01-01"))
    op.execute("UPDATE proposal SET issued_on = substr(created_at, 1, 10)")
    # SQLite adds a column with a foreign key only in its own words (Alembic would
    # rebuild the table).
    op.execute("ALTER TABLE proposal ADD COLUMN addressee_id VARCHAR(36) "
               "CONSTRAINT fk_proposal_addressee_id_contact REFERENCES contact (id)")
    for name in ("sla_on_time_bp", "sla_damage_bp", "sla_claim_days", "sla_response_hours"):
        op.add_column("proposal", sa.Column(name, sa.Integer(), nullable=True))
    op.add_column("proposal", sa.Column("sla_claims", sa.Text(), nullable=False,
                                        server_default=""))
    op.add_column("proposal_item", sa.Column("tax_bp", sa.Integer(), nullable=False,
                                             server_default="600"))
    op.execute("UPDATE proposal_item SET tax_bp = "
               "(SELECT tax_bp FROM proposal WHERE proposal.id = proposal_item.proposal_id)")
    op.create_table(
        "letterhead",
        *(sa.Column(name, sa.Text(), nullable=False) for name in (
            "company_name", "company_name_en", "address", "phone", "website", "bank_name",
            "bank_account", "profile", "network", "qualifications", "closing")),
        sa.Column("credit_code", sa.String(length=18), nullable=False),
        sa.Column("colour", sa.String(length=7), nullable=False),
        sa.Column("accent", sa.String(length=7), nullable=False),
        sa.Column("cover_style", sa.String(length=32), nullable=False),
        sa.Column("logo", sa.String(length=350000), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("row_hlc", sa.Integer(), nullable=False),
        sa.Column("row_device", sa.String(length=32), nullable=False),
        sa.Column("row_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letterhead")),
    )
    op.create_index(op.f("ix_letterhead_row_seq"), "letterhead", ["row_seq"])


def downgrade() -> None:
    op.drop_index(op.f("ix_letterhead_row_seq"), table_name="letterhead")
    op.drop_table("letterhead")
    op.drop_column("proposal_item", "tax_bp")
    for name in reversed(PROPOSAL_COLUMNS):
        op.drop_column("proposal", name)
