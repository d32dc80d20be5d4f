"""Schema migrations (Alembic), run automatically whenever a database is opened."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Connection

from kadesk.domain.errors import DatabaseTooNewError

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(connection: Connection) -> None:
    """Bring the schema to head; refuse a database written by a newer kadesk."""
    found = current(connection)
    if found is not None:
        try:
            ScriptDirectory.from_config(alembic_config()).get_revision(found)
        except CommandError as unknown:
            raise DatabaseTooNewError(found) from unknown
    command.upgrade(alembic_config(connection), "head")
