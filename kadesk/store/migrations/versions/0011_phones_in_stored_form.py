"""phone numbers saved before the phone rule: in their stored form, or into the notes

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07 22:30:00

Before 0010's release a phone field took any 3–32 of digits, spaces, + - ( ). The
editor, the importers and sync packages now accept what domain/phones.py reads, so
a number saved under the old rule would make every package carrying its contact
refused on a colleague's laptop. Each such field is rewritten in its stored form
(0755-26656677 → 0755 2665 6677); one that is not a phone number (12345) moves,
word for word, to the end of the contact's personal notes and the field is emptied:
nothing the rep typed is lost. The rewrite is the same on every laptop, so copies of
a contact stay equal without a clock bump. The synced shape does not change.
"""

import sqlalchemy as sa
from alembic import op

from kadesk.domain.phones import PhoneError, format_phones
from kadesk.domain.validation import PHONE_FIELDS

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

# The rep's language is not known here: the line says it in both.
MOVED = {"mobile": "手机 / Mobile", "phone": "电话 / Phone"}
NOTE = "{label}（不是有效号码，原样保留 / not a valid number, kept as typed）: {value}"


def _fixed(row: sa.Row) -> dict[str, str] | None:
    """The row's new phone fields and notes, or None when nothing changes."""
    values = {name: getattr(row, name) for name in (*PHONE_FIELDS, "personal_notes")}
    notes: list[str] = []
    for name in PHONE_FIELDS:
        if not values[name]:
            continue
        try:
            values[name] = format_phones(values[name])
        except PhoneError:
            notes.append(NOTE.format(label=MOVED[name], value=values[name]))
            values[name] = ""
    if notes:
        values["personal_notes"] = "\n".join(filter(None, [values["personal_notes"], *notes]))
    unchanged = all(values[n] == getattr(row, n) for n in values)
    return None if unchanged else values


def upgrade() -> None:
    bind = op.get_bind()
    rows = bind.execute(sa.text(
        "SELECT id, mobile, phone, personal_notes FROM contact "
        "WHERE mobile != '' OR phone != ''")).all()
    changed = [{"id": row.id, **fixed} for row in rows if (fixed := _fixed(row)) is not None]
    if changed:
        bind.execute(sa.text("UPDATE contact SET mobile = :mobile, phone = :phone, "
                             "personal_notes = :personal_notes WHERE id = :id"), changed)


def downgrade() -> None:
    pass  # the stored form is a valid old-rule number too; moved notes stay where they are
