"""device keys, team roster and team keys (issue 15, G8)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07 19:30:00

Each installation gets an Ed25519 key (signing packages) and an X25519 key
(receiving the team key) when the database is next opened (store/db.py);
here only their columns. The roster (a log of signed entries: team secured,
device admitted, device revoked) and the team keys are local tables: the
roster travels inside every package, the team keys sealed in its header.
Synced tables are unchanged, so SYNC_SCHEMA stays.
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("local_state", sa.Column("sign_key", sa.LargeBinary(), nullable=True))
    op.add_column("local_state", sa.Column("box_key", sa.LargeBinary(), nullable=True))
    op.create_table(
        "sync_roster",
        sa.Column("entry_id", sa.String(64), primary_key=True),
        sa.Column("entry", sa.Text(), nullable=False),
    )
    op.create_table(
        "sync_team_key",
        sa.Column("key_id", sa.String(64), primary_key=True),
        sa.Column("secret", sa.LargeBinary(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("sync_team_key")
    op.drop_table("sync_roster")
    op.drop_column("local_state", "box_key")
    op.drop_column("local_state", "sign_key")
