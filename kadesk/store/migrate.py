"""Schema migrations (Alembic), run automatically whenever a database is opened.

Opening a database that is already current (the usual case) reads its version
with one query and never imports Alembic, which costs ~0.2 s of start-up.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text

from kadesk.domain.errors import DatabaseTooNewError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
HEAD = "0013"  # the newest revision in migrations/versions; a test holds them equal


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head() -> str:
    """The newest revision, as Alembic reads it from the migration scripts."""
    from alembic.script import ScriptDirectory

    found = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert found is not None
    return found


def current(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(connection: Connection) -> None:
    """Bring the schema to head; refuse a database written by a newer kadesk."""
    found = current(connection)
    if found == HEAD:
        return
    from alembic import command
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    if found is not None:
        try:
            ScriptDirectory.from_config(alembic_config()).get_revision(found)
        except CommandError as unknown:
            raise DatabaseTooNewError(found) from unknown
    command.upgrade(alembic_config(connection), "head")
