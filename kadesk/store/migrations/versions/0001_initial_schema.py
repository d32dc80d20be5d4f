"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-23 09:24:01.130098
"""

import re

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# Derived data kept by SQLite itself, so no writer can forget it: trigram
# full-text indexes over the search keys (external content on rowid; any
# later migration that rebuilds account or contact must recreate these and
# run 'rebuild'), and each account's last visit and next open follow-up.
_FTS = """
CREATE VIRTUAL TABLE {t}_fts USING fts5(
    search_key, content='{t}', content_rowid='rowid', tokenize='trigram');
CREATE TRIGGER {t}_fts_insert AFTER INSERT ON {t} BEGIN
    INSERT INTO {t}_fts(rowid, search_key) VALUES (new.rowid, new.search_key);
END;
CREATE TRIGGER {t}_fts_delete AFTER DELETE ON {t} BEGIN
    INSERT INTO {t}_fts({t}_fts, rowid, search_key) VALUES ('delete', old.rowid, old.search_key);
END;
CREATE TRIGGER {t}_fts_update AFTER UPDATE OF search_key ON {t} BEGIN
    INSERT INTO {t}_fts({t}_fts, rowid, search_key) VALUES ('delete', old.rowid, old.search_key);
    INSERT INTO {t}_fts(rowid, search_key) VALUES (new.rowid, new.search_key);
END;
"""

_ACTIVITY = """
CREATE TRIGGER visit_activity_insert AFTER INSERT ON visit WHEN NOT new.deleted BEGIN
    INSERT INTO account_activity(account_id, last_visit_at, next_follow_up)
    VALUES (new.account_id, new.occurred_at,
            CASE WHEN new.follow_up_done THEN NULL ELSE new.follow_up_date END)
    ON CONFLICT(account_id) DO UPDATE SET
        last_visit_at = max(coalesce(last_visit_at, excluded.last_visit_at),
                            excluded.last_visit_at),
        next_follow_up = coalesce(min(next_follow_up, excluded.next_follow_up),
                                  next_follow_up, excluded.next_follow_up);
END;
CREATE TRIGGER visit_activity_update
AFTER UPDATE OF account_id, occurred_at, follow_up_date, follow_up_done, deleted ON visit BEGIN
    INSERT OR REPLACE INTO account_activity(account_id, last_visit_at, next_follow_up)
    SELECT a.id,
        (SELECT max(v.occurred_at) FROM visit v WHERE v.account_id = a.id AND NOT v.deleted),
        (SELECT min(v.follow_up_date) FROM visit v WHERE v.account_id = a.id AND NOT v.deleted
            AND NOT v.follow_up_done AND v.follow_up_date IS NOT NULL)
    FROM account a WHERE a.id IN (new.account_id, old.account_id);
END;
"""


def _statements(script: str) -> list[str]:
    """One statement each (sqlite3 runs one at a time); trigger bodies hold semicolons."""
    return [s.strip() for s in re.split(r";\s*\n(?=CREATE)", script) if s.strip()]


DERIVED = [
    *_statements(_FTS.format(t="account")),
    *_statements(_FTS.format(t="contact")),
    *_statements(_ACTIVITY),
]
DERIVED_NAMES = [
    f"DROP TRIGGER {t}_fts_{op_}"
    for t in ("account", "contact")
    for op_ in ("insert", "delete", "update")
] + [
    "DROP TABLE account_fts",
    "DROP TABLE contact_fts",
    "DROP TRIGGER visit_activity_insert",
    "DROP TRIGGER visit_activity_update",
]


def upgrade() -> None:
    op.create_table(
        "field_clock",
        sa.Column("tbl", sa.String(length=32), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("grp", sa.String(length=64), nullable=False),
        sa.Column("hlc", sa.Integer(), nullable=False),
        sa.Column("device", sa.String(length=32), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("tbl", "row_id", "grp", name=op.f("pk_field_clock")),
    )
    with op.batch_alter_table("field_clock", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_field_clock_seq"), ["seq"], unique=False)

    op.create_table(
        "list_item",
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("label_zh", sa.Text(), nullable=False),
        sa.Column("label_en", sa.Text(), nullable=False),
        sa.Column("guidance_zh", sa.Text(), nullable=False),
        sa.Column("guidance_en", sa.Text(), nullable=False),
        sa.Column("builtin", sa.Boolean(), nullable=False),
        sa.Column("hidden", sa.Boolean(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("row_hlc", sa.Integer(), nullable=False),
        sa.Column("row_device", sa.String(length=32), nullable=False),
        sa.Column("row_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_list_item")),
    )
    with op.batch_alter_table("list_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_list_item_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_list_item_row_seq"), ["row_seq"], unique=False)

    op.create_table(
        "local_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(length=32), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("database_id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_local_state")),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "account",
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("short_name", sa.Text(), nullable=False),
        sa.Column("english_name", sa.Text(), nullable=False),
        sa.Column("industry_id", sa.String(length=36), nullable=True),
        sa.Column("hq_city", sa.Text(), nullable=False),
        sa.Column("region", sa.String(length=32), nullable=True),
        sa.Column("account_type", sa.String(length=32), nullable=False),
        sa.Column("tier", sa.String(length=32), nullable=False),
        sa.Column("relationship_stage", sa.String(length=32), nullable=False),
        sa.Column("buying_stage", sa.String(length=32), nullable=True),
        sa.Column("annual_revenue_cents", sa.Integer(), nullable=True),
        sa.Column("annual_revenue_currency", sa.String(length=3), nullable=True),
        sa.Column("monthly_contribution_cents", sa.Integer(), nullable=True),
        sa.Column("monthly_contribution_currency", sa.String(length=3), nullable=True),
        sa.Column("volume", sa.Text(), nullable=False),
        sa.Column("cooperation_start", sa.Date(), nullable=True),
        sa.Column("business_model", sa.String(length=32), nullable=True),
        sa.Column("purchases", sa.Text(), nullable=False),
        sa.Column("special_operations", sa.Text(), nullable=False),
        sa.Column("financial_needs", sa.Text(), nullable=False),
        sa.Column("payment_terms_days", sa.Integer(), nullable=True),
        sa.Column("unmet_needs", sa.Text(), nullable=False),
        sa.Column("competitors", sa.Text(), nullable=False),
        sa.Column("owner", sa.Text(), nullable=False),
        sa.Column("service_model", sa.String(length=32), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("search_key", sa.Text(), nullable=False),
        sa.Column("sort_key", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("row_hlc", sa.Integer(), nullable=False),
        sa.Column("row_device", sa.String(length=32), nullable=False),
        sa.Column("row_seq", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["industry_id"], ["list_item.id"], name=op.f("fk_account_industry_id_list_item")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account")),
    )
    with op.batch_alter_table("account", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_account_account_type"), ["account_type"], unique=False)
        batch_op.create_index(batch_op.f("ix_account_industry_id"), ["industry_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_account_owner"), ["owner"], unique=False)
        batch_op.create_index(batch_op.f("ix_account_region"), ["region"], unique=False)
        batch_op.create_index(batch_op.f("ix_account_row_seq"), ["row_seq"], unique=False)
        batch_op.create_index(batch_op.f("ix_account_sort_key"), ["sort_key"], unique=False)
        batch_op.create_index(batch_op.f("ix_account_tier"), ["tier"], unique=False)

    op.create_table(
        "account_activity",
        sa.Column("account_id", sa.String(length=36), nullable=False),
        sa.Column("last_visit_at", sa.DateTime(), nullable=True),
        sa.Column("next_follow_up", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name=op.f("fk_account_activity_account_id_account")
        ),
        sa.PrimaryKeyConstraint("account_id", name=op.f("pk_account_activity")),
    )
    with op.batch_alter_table("account_activity", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_account_activity_last_visit_at"), ["last_visit_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_account_activity_next_follow_up"), ["next_follow_up"], unique=False
        )

    op.create_table(
        "proposal",
        sa.Column("account_id", sa.String(length=36), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("tax_bp", sa.Integer(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("needs", sa.Text(), nullable=False),
        sa.Column("solution", sa.Text(), nullable=False),
        sa.Column("value_added", sa.Text(), nullable=False),
        sa.Column("benefits", sa.Text(), nullable=False),
        sa.Column("terms", sa.Text(), nullable=False),
        sa.Column("previous_version_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("row_hlc", sa.Integer(), nullable=False),
        sa.Column("row_device", sa.String(length=32), nullable=False),
        sa.Column("row_seq", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name=op.f("fk_proposal_account_id_account")
        ),
        sa.ForeignKeyConstraint(
            ["previous_version_id"],
            ["proposal.id"],
            name=op.f("fk_proposal_previous_version_id_proposal"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_proposal")),
    )
    with op.batch_alter_table("proposal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_proposal_account_id"), ["account_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_proposal_row_seq"), ["row_seq"], unique=False)

    op.create_table(
        "site",
        sa.Column("account_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("city", sa.Text(), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("row_hlc", sa.Integer(), nullable=False),
        sa.Column("row_device", sa.String(length=32), nullable=False),
        sa.Column("row_seq", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name=op.f("fk_site_account_id_account")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_site")),
    )
    with op.batch_alter_table("site", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_site_account_id"), ["account_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_site_row_seq"), ["row_seq"], unique=False)

    op.create_table(
        "contact",
        sa.Column("account_id", sa.String(length=36), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("department", sa.Text(), nullable=False),
        sa.Column("mobile", sa.Text(), nullable=False),
        sa.Column("phone", sa.Text(), nullable=False),
        sa.Column("email", sa.Text(), nullable=False),
        sa.Column("wechat", sa.Text(), nullable=False),
        sa.Column("birthday", sa.Date(), nullable=True),
        sa.Column("personal_notes", sa.Text(), nullable=False),
        sa.Column("buying_role", sa.String(length=32), nullable=True),
        sa.Column("attitude", sa.String(length=32), nullable=False),
        sa.Column("influence", sa.String(length=32), nullable=False),
        sa.Column("strength", sa.Integer(), nullable=False),
        sa.Column("reports_to_id", sa.String(length=36), nullable=True),
        sa.Column("search_key", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("row_hlc", sa.Integer(), nullable=False),
        sa.Column("row_device", sa.String(length=32), nullable=False),
        sa.Column("row_seq", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name=op.f("fk_contact_account_id_account")
        ),
        sa.ForeignKeyConstraint(
            ["reports_to_id"], ["contact.id"], name=op.f("fk_contact_reports_to_id_contact")
        ),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_contact_site_id_site")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact")),
    )
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_account_id"), ["account_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_contact_reports_to_id"), ["reports_to_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_contact_row_seq"), ["row_seq"], unique=False)

    op.create_table(
        "proposal_item",
        sa.Column("proposal_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("quantity_milli", sa.Integer(), nullable=False),
        sa.Column("unit", sa.Text(), nullable=False),
        sa.Column("unit_price_cents", sa.Integer(), nullable=False),
        sa.Column("discount_bp", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("row_hlc", sa.Integer(), nullable=False),
        sa.Column("row_device", sa.String(length=32), nullable=False),
        sa.Column("row_seq", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["proposal_id"], ["proposal.id"], name=op.f("fk_proposal_item_proposal_id_proposal")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_proposal_item")),
    )
    with op.batch_alter_table("proposal_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_proposal_item_proposal_id"), ["proposal_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_proposal_item_row_seq"), ["row_seq"], unique=False)

    op.create_table(
        "visit",
        sa.Column("account_id", sa.String(length=36), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=True),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("colleagues", sa.Text(), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("satisfaction", sa.Integer(), nullable=True),
        sa.Column("next_steps", sa.Text(), nullable=False),
        sa.Column("follow_up_date", sa.Date(), nullable=True),
        sa.Column("follow_up_done", sa.Boolean(), nullable=False),
        sa.Column("owner", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("row_hlc", sa.Integer(), nullable=False),
        sa.Column("row_device", sa.String(length=32), nullable=False),
        sa.Column("row_seq", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name=op.f("fk_visit_account_id_account")
        ),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_visit_site_id_site")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit")),
    )
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.create_index("ix_visit_account_when", ["account_id", "occurred_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_visit_follow_up_date"), ["follow_up_date"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_visit_occurred_at"), ["occurred_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_visit_owner"), ["owner"], unique=False)
        batch_op.create_index(batch_op.f("ix_visit_row_seq"), ["row_seq"], unique=False)

    op.create_table(
        "visit_contact",
        sa.Column("visit_id", sa.String(length=36), nullable=False),
        sa.Column("contact_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("row_hlc", sa.Integer(), nullable=False),
        sa.Column("row_device", sa.String(length=32), nullable=False),
        sa.Column("row_seq", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact.id"], name=op.f("fk_visit_contact_contact_id_contact")
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visit.id"], name=op.f("fk_visit_contact_visit_id_visit")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit_contact")),
    )
    with op.batch_alter_table("visit_contact", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_visit_contact_contact_id"), ["contact_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_visit_contact_row_seq"), ["row_seq"], unique=False)
        batch_op.create_index(batch_op.f("ix_visit_contact_visit_id"), ["visit_id"], unique=False)

    op.create_table(
        "visit_objection",
        sa.Column("visit_id", sa.String(length=36), nullable=False),
        sa.Column("objection_id", sa.String(length=36), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("response", sa.Text(), nullable=False),
        sa.Column("resolved", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("row_hlc", sa.Integer(), nullable=False),
        sa.Column("row_device", sa.String(length=32), nullable=False),
        sa.Column("row_seq", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["objection_id"],
            ["list_item.id"],
            name=op.f("fk_visit_objection_objection_id_list_item"),
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visit.id"], name=op.f("fk_visit_objection_visit_id_visit")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit_objection")),
    )
    with op.batch_alter_table("visit_objection", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_visit_objection_row_seq"), ["row_seq"], unique=False)
        batch_op.create_index(batch_op.f("ix_visit_objection_visit_id"), ["visit_id"], unique=False)

    for statement in DERIVED:
        op.execute(statement)


def downgrade() -> None:
    for name in DERIVED_NAMES:
        op.execute(name)
    with op.batch_alter_table("visit_objection", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visit_objection_visit_id"))
        batch_op.drop_index(batch_op.f("ix_visit_objection_row_seq"))

    op.drop_table("visit_objection")
    with op.batch_alter_table("visit_contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visit_contact_visit_id"))
        batch_op.drop_index(batch_op.f("ix_visit_contact_row_seq"))
        batch_op.drop_index(batch_op.f("ix_visit_contact_contact_id"))

    op.drop_table("visit_contact")
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visit_row_seq"))
        batch_op.drop_index(batch_op.f("ix_visit_owner"))
        batch_op.drop_index(batch_op.f("ix_visit_occurred_at"))
        batch_op.drop_index(batch_op.f("ix_visit_follow_up_date"))
        batch_op.drop_index("ix_visit_account_when")

    op.drop_table("visit")
    with op.batch_alter_table("proposal_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_proposal_item_row_seq"))
        batch_op.drop_index(batch_op.f("ix_proposal_item_proposal_id"))

    op.drop_table("proposal_item")
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_row_seq"))
        batch_op.drop_index(batch_op.f("ix_contact_reports_to_id"))
        batch_op.drop_index(batch_op.f("ix_contact_account_id"))

    op.drop_table("contact")
    with op.batch_alter_table("site", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_site_row_seq"))
        batch_op.drop_index(batch_op.f("ix_site_account_id"))

    op.drop_table("site")
    with op.batch_alter_table("proposal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_proposal_row_seq"))
        batch_op.drop_index(batch_op.f("ix_proposal_account_id"))

    op.drop_table("proposal")
    with op.batch_alter_table("account_activity", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_account_activity_next_follow_up"))
        batch_op.drop_index(batch_op.f("ix_account_activity_last_visit_at"))

    op.drop_table("account_activity")
    with op.batch_alter_table("account", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_account_tier"))
        batch_op.drop_index(batch_op.f("ix_account_sort_key"))
        batch_op.drop_index(batch_op.f("ix_account_row_seq"))
        batch_op.drop_index(batch_op.f("ix_account_region"))
        batch_op.drop_index(batch_op.f("ix_account_owner"))
        batch_op.drop_index(batch_op.f("ix_account_industry_id"))
        batch_op.drop_index(batch_op.f("ix_account_account_type"))

    op.drop_table("account")
    op.drop_table("setting")
    op.drop_table("local_state")
    with op.batch_alter_table("list_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_list_item_row_seq"))
        batch_op.drop_index(batch_op.f("ix_list_item_kind"))

    op.drop_table("list_item")
    with op.batch_alter_table("field_clock", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_field_clock_seq"))

    op.drop_table("field_clock")
