"""Fixtures for the service tests: a database whose 'today' is fixed, and a small scene."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from kadesk.domain.builtins import builtin_id
from kadesk.domain.enums import ListKind, RelationKind
from kadesk.domain.records import (
    AccountFields,
    ContactFields,
    ContactRelationFields,
    ListItemFields,
    ProposalFields,
    ProposalItemFields,
    SiteFields,
    VisitFields,
)
from kadesk.paths import db_path
from kadesk.services.app import Kadesk
from kadesk.store.db import Database

TODAY = date(2026, 3, 16)  # a Monday


def _open(template: Path | None = None) -> Kadesk:
    """Open the test's database (a copy of ``template`` if given) with TODAY as today."""
    path = db_path()
    if template is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal", "-shm"):
            source = template.with_name(template.name + suffix)
            if source.exists():
                shutil.copyfile(source, path.with_name(path.name + suffix))
    return Kadesk(Database(path), today=lambda: TODAY)


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated, seeded database built once; copying it is ~5x faster than migrating."""
    path = tmp_path_factory.mktemp("template") / "kadesk.db"
    Kadesk.open(path).close()
    return path


@pytest.fixture
def fixed_app(data_dir: object, empty_template: Path) -> Iterator[Kadesk]:
    """A fresh database whose calendar says TODAY."""
    with _open(empty_template) as app:
        yield app


@dataclass
class Scene:
    app: Kadesk
    account: str  # 华为, live
    other_account: str  # 中兴, live
    trashed_account: str
    site: str  # of account
    other_site: str  # of other_account
    boss: str  # contact of account
    staff: str  # reports to boss; boss and staff are friends (a relation)
    other_contact: str  # of other_account
    trashed_contact: str  # of account, in the trash
    visit: str
    proposal: str
    industry: str  # built-in 电子
    objection: str  # built-in 价格太高
    trashed_industry: str  # a custom entry, in the trash


@pytest.fixture(scope="session")
def scene_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    path = tmp_path_factory.mktemp("scene") / "kadesk.db"
    with Kadesk(Database(path), today=lambda: TODAY) as app:
        built = _build_scene(app)
    ids = {f.name: getattr(built, f.name) for f in fields(Scene) if f.name != "app"}
    return path, ids


@pytest.fixture
def scene(data_dir: object, scene_template: tuple[Path, dict[str, str]]) -> Iterator[Scene]:
    """The scene below, in a database of this test's own."""
    template, ids = scene_template
    with _open(template) as app:
        yield Scene(app=app, **ids)


def _build_scene(app: Kadesk) -> Scene:
    account = app.accounts.create(AccountFields(name="华为技术有限公司")).record.id
    other = app.accounts.create(AccountFields(name="中兴通讯")).record.id
    trashed = app.accounts.create(AccountFields(name="已删除客户")).record.id
    app.accounts.delete(trashed)
    site = app.sites.create(SiteFields(account_id=account, name="深圳总部")).record.id
    other_site = app.sites.create(SiteFields(account_id=other, name="南京研发")).record.id
    boss = app.contacts.create(ContactFields(account_id=account, name="张伟")).record.id
    staff = app.contacts.create(
        ContactFields(account_id=account, name="李娜", reports_to_id=boss)).record.id
    app.relations.create(ContactRelationFields(account_id=account, from_contact_id=boss,
                                               to_contact_id=staff, kind=RelationKind.FRIEND))
    other_contact = app.contacts.create(ContactFields(account_id=other, name="王芳")).record.id
    gone = app.contacts.create(ContactFields(account_id=account, name="刘洋")).record.id
    app.contacts.delete(gone)
    visit = app.visits.create(VisitFields(
        account_id=account, occurred_at=datetime(2026, 3, 10, 2, tzinfo=UTC),
        contact_ids=(boss,))).record.id
    proposal = app.proposals.create(ProposalFields(
        account_id=account, title="物流方案",
        items=(ProposalItemFields(description="干线运输", unit_price_cents=10_000),))).record.id
    custom = app.lists.create(ListItemFields(kind=ListKind.INDUSTRY, code="new_energy",
                                             label_zh="新能源")).record.id
    app.lists.delete(custom)
    return Scene(
        app=app, account=account, other_account=other, trashed_account=trashed, site=site,
        other_site=other_site, boss=boss, staff=staff, other_contact=other_contact,
        trashed_contact=gone, visit=visit, proposal=proposal,
        industry=builtin_id(ListKind.INDUSTRY, "electronics"),
        objection=builtin_id(ListKind.OBJECTION, "price_too_high"), trashed_industry=custom,
    )
