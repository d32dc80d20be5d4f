"""imports of tables and vCards: the record of each import, for undo

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 16:40:00

Local tables only, never synced: the rows an import writes are ordinary synced
edits; these only remember which rows, and their values before, so the import
can be undone on this computer.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "import_run",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.Column("target", sa.String(length=16), nullable=False),
        sa.Column("policy", sa.String(length=16), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("counts", sa.Text(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_run")),
    )
    op.create_index(op.f("ix_import_run_imported_at"), "import_run", ["imported_at"])
    op.create_table(
        "import_item",
        sa.Column("import_id", sa.String(length=36), nullable=False),
        sa.Column("tbl", sa.String(length=32), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("action", sa.String(length=8), nullable=False),
        sa.Column("before", sa.Text(), nullable=False),
        sa.Column("after", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["import_id"], ["import_run.id"],
                                name=op.f("fk_import_item_import_id_import_run")),
        sa.PrimaryKeyConstraint("import_id", "tbl", "row_id", name=op.f("pk_import_item")),
    )


def downgrade() -> None:
    op.drop_table("import_item")
    op.drop_index(op.f("ix_import_run_imported_at"), table_name="import_run")
    op.drop_table("import_run")
