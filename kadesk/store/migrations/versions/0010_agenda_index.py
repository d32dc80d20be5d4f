"""index of open follow-ups by rep, for "my" agenda

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07 20:40:00

The agenda shows the rep's own follow-ups by default. With only the owner index,
SQLite read every visit of the rep (50,000 of 300,000) to find the few hundred
open ones; this partial index holds the open ones by rep and date. A local index:
the synced shape (SYNC_SCHEMA) does not change.
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_visit_open_follow_up_owner", "visit", ["owner", "follow_up_date"],
                    sqlite_where=sa.text("follow_up_done IS 0 AND deleted IS 0"))


def downgrade() -> None:
    op.drop_index("ix_visit_open_follow_up_owner", table_name="visit")
