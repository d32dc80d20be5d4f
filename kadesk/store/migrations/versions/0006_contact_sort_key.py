"""contact sort key: the pinyin of each contact's name, stored

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 19:10:00

Contact lists were sorted by pinyin computed at read time, which loaded
pypinyin's dictionaries (~0.4 s) the first time any list was read. Local,
derived like the account's sort key; filled here for existing contacts with
the same function the write path uses. Plain ADD COLUMN: a batch rebuild of
contact would drop the FTS triggers of 0001.
"""

import sqlalchemy as sa
from alembic import op

from kadesk.domain.keys import sort_key

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("contact", sa.Column("sort_key", sa.Text(), nullable=False, server_default=""))
    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT id, name FROM contact")).all()
    if rows:
        bind.execute(sa.text("UPDATE contact SET sort_key = :key WHERE id = :id"),
                     [{"id": row_id, "key": sort_key(name)} for row_id, name in rows])


def downgrade() -> None:
    op.drop_column("contact", "sort_key")
