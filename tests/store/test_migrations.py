"""The schema: models and migrations agree, migrations run both ways, newer files refused."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, create_engine, inspect, text

from kadesk.domain.errors import DatabaseTooNewError
from kadesk.domain.records import AccountFields, ContactFields
from kadesk.services.app import Kadesk
from kadesk.store import migrate
from kadesk.store.db import Database
from kadesk.store.models import Base


def _not_derived(name: str | None, type_: str, _parent: Any) -> bool:
    # The FTS tables are created by raw SQL in the migration and are no model;
    # alembic_version is Alembic's own bookkeeping.
    if type_ != "table" or name is None:
        return True
    return "_fts" not in name and name != "alembic_version"


def schema_diff(connection: Connection) -> list[Any]:
    context = MigrationContext.configure(
        connection, opts={"include_name": _not_derived, "compare_type": True}
    )
    return compare_metadata(context, Base.metadata)


def fresh_engine(path: Path):  # type: ignore[no-untyped-def]
    return create_engine(f"sqlite:///{path}")


def test_migrations_build_exactly_the_models(tmp_path: Path) -> None:
    engine = fresh_engine(tmp_path / "empty.db")
    with engine.begin() as connection:
        migrate.upgrade(connection)
    with engine.connect() as connection:
        assert schema_diff(connection) == []
        assert migrate.current(connection) == migrate.head()
        names = set(inspect(connection).get_table_names())
    assert {"account_fts", "contact_fts"} <= names
    engine.dispose()


def test_the_head_constant_is_the_newest_migration() -> None:
    # Opening skips Alembic when the database is at HEAD; a stale HEAD would skip a migration.
    assert migrate.head() == migrate.HEAD


def test_the_filter_only_hides_derived_tables(tmp_path: Path) -> None:
    # Guard against a filter so broad that the comparison above proves nothing.
    engine = fresh_engine(tmp_path / "drift.db")
    with engine.begin() as connection:
        migrate.upgrade(connection)
        connection.execute(text("DROP INDEX ix_account_owner"))
        connection.execute(text("CREATE TABLE stray (x INTEGER)"))
    with engine.connect() as connection:
        kinds = {d[0] if isinstance(d, tuple) else d[0][0] for d in schema_diff(connection)}
    assert kinds == {"add_index", "remove_table"}
    engine.dispose()


def test_downgrade_to_base_and_upgrade_again(tmp_path: Path) -> None:
    engine = fresh_engine(tmp_path / "roundtrip.db")
    with engine.begin() as connection:
        migrate.upgrade(connection)
    with engine.begin() as connection:
        command.downgrade(migrate.alembic_config(connection), "base")
    with engine.connect() as connection:
        left = set(inspect(connection).get_table_names()) - {"alembic_version"}
        assert left == set()
        triggers = connection.execute(
            text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).all()
        assert triggers == []
        assert migrate.current(connection) is None
    with engine.begin() as connection:
        migrate.upgrade(connection)
    with engine.connect() as connection:
        assert schema_diff(connection) == []
    engine.dispose()
    # And the result is a working kadesk database.
    with Kadesk.open(tmp_path / "roundtrip.db") as app:
        saved = app.accounts.create(AccountFields(name="华为技术有限公司"))
        assert [h.id for h in app.search("huawei")] == [saved.record.id]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_newer_database_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "kadesk.db"
    with Kadesk.open(path) as app:
        app.accounts.create(AccountFields(name="中国银行"))
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    raw.close()
    before = _digest(path)
    with pytest.raises(DatabaseTooNewError) as refused:
        Database(path)
    assert refused.value.code == "db_newer"
    assert "9999_from_the_future" in str(refused.value)
    assert "newer kadesk" in str(refused.value)
    assert _digest(path) == before
    # The lock was let go: trying again gives the same answer, not "already open".
    with pytest.raises(DatabaseTooNewError):
        Database(path)
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT name FROM account").fetchall() == [("中国银行",)]
        assert raw.execute("SELECT version_num FROM alembic_version").fetchall() == [
            ("9999_from_the_future",)]
    raw.close()
    assert _digest(path) == before


def test_pragmas(app: Kadesk) -> None:
    with app.db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL


def test_foreign_keys_are_enforced(app: Kadesk) -> None:
    with app.db.engine.connect() as connection, pytest.raises(Exception, match="FOREIGN KEY"):
        connection.execute(text(
            "INSERT INTO account_activity(account_id) VALUES ('no-such-account')"))


def test_contacts_written_before_0006_are_listed_in_pinyin_order(tmp_path: Path) -> None:
    path = tmp_path / "kadesk.db"
    with Kadesk.open(path) as app:
        account = app.accounts.create(AccountFields(name="中国银行")).record.id
        for name in ("周涛", "阿里", "Bob", "陈静"):
            app.contacts.create(ContactFields(account_id=account, name=name))
    engine = fresh_engine(path)
    with engine.begin() as connection:  # back to 0005, as a database of the last release
        command.downgrade(migrate.alembic_config(connection), "0005")
        assert "sort_key" not in {c["name"] for c in inspect(connection).get_columns("contact")}
    engine.dispose()
    with Kadesk.open(path) as app:
        assert [c.name for c in app.contacts.of_account(account)] == [
            "阿里", "Bob", "陈静", "周涛"]
    with sqlite3.connect(path) as raw:
        keys = dict(raw.execute("SELECT name, sort_key FROM contact").fetchall())
    raw.close()
    assert keys == {"周涛": "zhoutao", "阿里": "ali", "Bob": "bob", "陈静": "chenjing"}


def test_a_database_of_0006_gets_new_keys_aliases_and_number_indexes(tmp_path: Path) -> None:
    path = tmp_path / "kadesk.db"
    with Kadesk.open(path) as app:
        account = app.accounts.create(AccountFields(name="华为技术有限公司")).record.id
        app.contacts.create(ContactFields(account_id=account, name="单田芳",
                                          mobile="13812345678"))
    engine = fresh_engine(path)
    with engine.begin() as connection:  # back to 0006, keys as that release wrote them
        command.downgrade(migrate.alembic_config(connection), "0006")
        connection.execute(text(
            "UPDATE account SET search_key = '|华为技术有限公司|huaweijishu|hwjs|'"))
        connection.execute(text("UPDATE contact SET search_key = '|单田芳|dantianfang|dtf|', "
                                "sort_key = 'dantianfang'"))
    engine.dispose()
    with Kadesk.open(path) as app:
        assert [h.title for h in app.search("huaweijishuyouxiangongsi")] == ["华为技术有限公司"]
        assert [h.title for h in app.search("shantf")] == ["单田芳"]
        assert [h.title for h in app.search("5678")] == ["单田芳"]
        app.accounts.update(account, aliases="海思")
        assert [h.title for h in app.search("海思")] == ["华为技术有限公司"]
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT sort_key FROM contact").fetchall() == [("shantianfang",)]
    raw.close()


def test_phones_saved_under_the_old_rule_are_reformatted_or_kept_in_the_notes(
        tmp_path: Path) -> None:
    """A database of the last release holds numbers its looser rule let in: after the
    upgrade each reads back in stored form, or, when it is no number, sits word for word
    in the notes; the contact then goes out in a package a colleague's laptop accepts."""
    path = tmp_path / "kadesk.db"
    with Kadesk.open(path) as app:
        account = app.accounts.create(AccountFields(name="招商银行")).record.id
        good = app.contacts.create(ContactFields(account_id=account, name="王强")).record.id
        bad = app.contacts.create(ContactFields(account_id=account, name="李娜",
                                                personal_notes="爱喝茶")).record.id
    engine = fresh_engine(path)
    with engine.begin() as connection:  # back to 0010, numbers as its editor let them in
        command.downgrade(migrate.alembic_config(connection), "0010")
        connection.execute(text("UPDATE contact SET mobile = '138-1234-5678', "
                                "phone = '(0755)26656677' WHERE id = :id"), {"id": good})
        connection.execute(text("UPDATE contact SET mobile = '12345', phone = '+-()' "
                                "WHERE id = :id"), {"id": bad})
    engine.dispose()
    with Kadesk.open(path) as app:
        wang, li = app.contacts.get(good), app.contacts.get(bad)
        assert (wang.mobile, wang.phone) == ("138 1234 5678", "0755 2665 6677")
        assert [h.id for h in app.search("13812")] == [good]  # 0012: digits, not spacing
        assert (li.mobile, li.phone) == ("", "")
        assert li.personal_notes.splitlines()[0] == "爱喝茶"
        assert ": 12345" in li.personal_notes.splitlines()[1]
        assert ": +-()" in li.personal_notes.splitlines()[2]
        package = app.sync.export_full(tmp_path / "full.kadesk-sync").path
    with Kadesk.open(tmp_path / "colleague.db") as colleague:
        colleague.sync.set_up_from(package)
        assert colleague.contacts.get(bad).personal_notes == li.personal_notes
