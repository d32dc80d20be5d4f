"""A small book of accounts to export: two live accounts and one in the trash, people
with several ways to reach them, logged visits with follow-ups (open, done, in the
trash) and planned visits. 'Today' is fixed at TODAY (a Monday)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from kadesk.domain.builtins import builtin_id
from kadesk.domain.enums import AccountType, ListKind, Region, Tier, VisitKind
from kadesk.domain.money import Money
from kadesk.domain.records import (
    AccountFields,
    ContactFields,
    SiteFields,
    VisitFields,
    VisitObjectionFields,
)
from kadesk.services.app import Kadesk
from kadesk.services.exports import ExportService
from kadesk.store.db import Database
from tests.services.conftest import TODAY, _open

__all__ = ["TODAY", "Book", "book"]


@dataclass
class Book:
    app: Kadesk
    exports: ExportService
    huawei: str  # A, 华南, electronics, ¥12,345,678.90, rep 张伟
    bank: str  # B, 华东, no revenue, rep 李娜
    trashed: str  # C, in the trash
    boss: str  # 欧阳娜娜 of huawei: mobile, phone, e-mail, WeChat, site
    staff: str  # 李明 of huawei: a mobile that starts with 0, nothing else
    banker: str  # 王芳 of the bank
    logged: str  # huawei, 2026-03-10 10:00 local, follow-up on 03-20 (open)
    done: str  # bank, 03-12, follow-up 03-18 done
    gone: str  # huawei, 03-11, follow-up 03-19, visit in the trash
    old: str  # huawei, 2026-01-05, follow-up 2026-01-10 (before the calendar's window)
    planned: str  # huawei, 03-25 02:00 UTC, 90 minutes, at the site, meeting boss
    orphan: str  # trashed account, planned 03-30


@pytest.fixture(scope="session")
def book_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    path = tmp_path_factory.mktemp("book") / "kadesk.db"
    with Kadesk(Database(path), today=lambda: TODAY) as app:
        ids = _build(app)
    return path, ids


@pytest.fixture
def book(data_dir: object, book_template: tuple[Path, dict[str, str]]) -> Iterator[Book]:
    template, ids = book_template
    with _open(template) as app:
        yield Book(app=app, exports=app.exports, **ids)


def _local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute).astimezone()


def _build(app: Kadesk) -> dict[str, str]:
    electronics = builtin_id(ListKind.INDUSTRY, "electronics")
    price = builtin_id(ListKind.OBJECTION, "price_too_high")
    huawei = app.accounts.create(AccountFields(
        name="华为技术有限公司", short_name="华为", tier=Tier.A,
        account_type=AccountType.STRATEGIC, region=Region.SOUTH, industry_id=electronics,
        hq_city="深圳", owner="张伟", annual_revenue=Money(1_234_567_890))).record.id
    bank = app.accounts.create(AccountFields(
        name="招商银行股份有限公司", tier=Tier.B, region=Region.EAST, owner="李娜",
        hq_city="深圳")).record.id
    trashed = app.accounts.create(AccountFields(name="已删除客户", tier=Tier.C)).record.id
    site = app.sites.create(SiteFields(account_id=huawei, name="坂田基地", city="深圳",
                                       address="龙岗区坂田华为基地")).record.id
    boss = app.contacts.create(ContactFields(
        account_id=huawei, name="欧阳娜娜", title="采购总监", department="采购部",
        mobile="+86 138 0013 8000", phone="0755-2878 0808", email="ouyang@huawei.com",
        wechat="oyn_88", birthday=date(1980, 5, 4), site_id=site,
        personal_notes="喜欢喝茶; 周三下午有空")).record.id
    staff = app.contacts.create(ContactFields(account_id=huawei, name="李明",
                                              mobile="013800138000")).record.id
    banker = app.contacts.create(ContactFields(account_id=bank, name="王芳",
                                               email="wangfang@cmbchina.com")).record.id
    logged = app.visits.create(VisitFields(
        account_id=huawei, occurred_at=_local(date(2026, 3, 10), 10), contact_ids=(boss,),
        purpose="介绍冷链方案", summary="客户关注价格", next_steps="发送报价",
        follow_up_date=date(2026, 3, 20), owner="张伟", duration_minutes=45, satisfaction=4,
        objections=(VisitObjectionFields(objection_id=price, response="算总成本"),),
        site_id=site)).record.id
    done = app.visits.create(VisitFields(
        account_id=bank, occurred_at=_local(date(2026, 3, 12), 15, 30), kind=VisitKind.PHONE,
        purpose="=确认账期", follow_up_date=date(2026, 3, 18), follow_up_done=True,
        owner="李娜")).record.id
    gone = app.visits.create(VisitFields(
        account_id=huawei, occurred_at=_local(date(2026, 3, 11), 9),
        follow_up_date=date(2026, 3, 19), owner="张伟")).record.id
    app.visits.delete(gone)
    old = app.visits.create(VisitFields(
        account_id=huawei, occurred_at=_local(date(2026, 1, 5), 9),
        follow_up_date=date(2026, 1, 10), owner="张伟")).record.id
    planned = app.visits.create(VisitFields(
        account_id=huawei, occurred_at=datetime(2026, 3, 25, 2, tzinfo=UTC),
        duration_minutes=90, purpose="签署年度合同", contact_ids=(boss,), site_id=site,
        owner="张伟")).record.id
    orphan = app.visits.create(VisitFields(
        account_id=trashed, occurred_at=datetime(2026, 3, 30, 2, tzinfo=UTC))).record.id
    app.accounts.delete(trashed)
    book = {"huawei": huawei, "bank": bank, "trashed": trashed, "boss": boss, "staff": staff,
            "banker": banker, "logged": logged, "done": done, "gone": gone, "old": old,
            "planned": planned, "orphan": orphan}
    assert set(book) == {f.name for f in fields(Book)} - {"app", "exports"}
    return book
