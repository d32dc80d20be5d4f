"""The version packages carry names the shape of what they carry, not the database's
migration: a local-only migration must not stop colleagues syncing, and a change to
what is synced must change the version, or an older kadesk would misread packages."""

from __future__ import annotations

import hashlib
import json

from alembic.script import ScriptDirectory

from kadesk.store import migrate
from kadesk.store.sync_schema import SYNC_SCHEMA, table_specs

# The digest of the synced shape at each SYNC_SCHEMA. Changed a synced table? Set
# SYNC_SCHEMA to your migration's revision and add the new digest here.
SHAPES = {"0005": "96701fb1f803be2e0aa8200a7e0095282219512a97f5968689ad0eb178485daf",
          "0007": "ec01f1171b6a2a74bc016ca692e6666a80d194b47184b1f3460de79ab0d06971",
          "0009": "32ec4ec1b89599f873e91ca76a55dee794d6f28dc5892d288ee0b502d7933390"}


def shape_digest() -> str:
    shape = {
        name: {
            "groups": {group: sorted(columns) for group, columns in spec.groups.items()},
            "columns": {c.name: [c.kind.value, c.nullable, sorted(c.choices), c.max_length,
                                 c.parent] for c in spec.columns.values()},
        }
        for name, spec in table_specs().items()
    }
    return hashlib.sha256(json.dumps(shape, sort_keys=True).encode()).hexdigest()


def test_the_sync_version_names_the_synced_shape() -> None:
    assert SYNC_SCHEMA in SHAPES, f"record the digest of schema {SYNC_SCHEMA}"
    assert shape_digest() == SHAPES[SYNC_SCHEMA], (
        "the synced tables changed: set SYNC_SCHEMA to the new migration's revision")


def test_the_sync_version_is_a_migration() -> None:
    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    assert scripts.get_revision(SYNC_SCHEMA) is not None
