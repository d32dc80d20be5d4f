"""The extensible lists: built-ins everywhere alike, custom entries, hiding, trash."""

from __future__ import annotations

import pytest

from kadesk.domain.builtins import INDUSTRIES, OBJECTIONS, VALUE_ADDED, builtin_id
from kadesk.domain.changes import ChangeKind
from kadesk.domain.enums import ListKind
from kadesk.domain.errors import KadeskError, ValidationError
from kadesk.domain.records import AccountFields, ListItemFields
from kadesk.services.app import Kadesk
from tests.helpers import snapshot


def test_builtins_in_display_order(fixed_app: Kadesk) -> None:
    lists = fixed_app.lists
    for kind, table in ((ListKind.INDUSTRY, INDUSTRIES), (ListKind.OBJECTION, OBJECTIONS),
                        (ListKind.VALUE_ADDED, VALUE_ADDED)):
        items = lists.items(kind)
        assert [i.code for i in items] == [row[0] for row in table]
        assert [i.id for i in items] == [builtin_id(kind, row[0]) for row in table]
        assert all(i.builtin and not i.hidden and not i.deleted for i in items)
    price = lists.get(builtin_id(ListKind.OBJECTION, "price_too_high"))
    assert price.label("zh_CN") == "价格太高"
    assert price.label("en") == "Our price is too high"
    assert price.guidance_zh and price.guidance_en


def test_add_a_custom_industry_and_use_it(fixed_app: Kadesk) -> None:
    app = fixed_app
    saved = app.lists.create(ListItemFields(kind=ListKind.INDUSTRY, code="new_energy",
                                            label_zh="新能源", label_en="New energy",
                                            sort_order=99))
    item = saved.record
    assert not item.builtin
    assert saved.changes.kinds("list_item", item.id) == {ChangeKind.CREATED}
    assert app.lists.items(ListKind.INDUSTRY)[-1] == item
    assert item.label("en_US") == "New energy"
    account = app.accounts.create(AccountFields(name="宁德时代", industry_id=item.id)).record
    assert account.industry_id == item.id
    # The same code in another list is no clash.
    other = app.lists.create(ListItemFields(kind=ListKind.OBJECTION, code="new_energy",
                                            label_zh="新能源补贴")).record
    assert other.kind == ListKind.OBJECTION


def test_code_clash_is_refused(fixed_app: Kadesk) -> None:
    app = fixed_app
    custom = app.lists.create(ListItemFields(kind=ListKind.INDUSTRY, code="chips",
                                             label_zh="芯片")).record
    before = snapshot(app.db)
    for code in ("banking", "chips"):
        with pytest.raises(ValidationError) as refused:
            app.lists.create(ListItemFields(kind=ListKind.INDUSTRY, code=code, label_zh="重复"))
        assert refused.value.codes() == {"code": "duplicate_code"}
    with pytest.raises(ValidationError):
        app.lists.update(custom.id, code="banking")
    assert snapshot(app.db) == before
    # Renaming an entry while keeping its code is not a clash with itself.
    assert app.lists.update(custom.id, label_zh="半导体").record.label_zh == "半导体"
    # A trashed entry's code is free again.
    app.lists.delete(custom.id)
    again = app.lists.create(ListItemFields(kind=ListKind.INDUSTRY, code="chips",
                                            label_zh="芯片"))
    assert again.record.id != custom.id


def test_builtin_cannot_be_deleted_but_can_be_hidden(fixed_app: Kadesk) -> None:
    app = fixed_app
    banking = builtin_id(ListKind.INDUSTRY, "banking")
    before = snapshot(app.db)
    with pytest.raises(KadeskError) as refused:
        app.lists.delete(banking)
    assert refused.value.code == "builtin_entry"
    assert snapshot(app.db) == before

    hidden = app.lists.update(banking, hidden=True)
    assert hidden.changes.kinds("list_item", banking) == {ChangeKind.UPDATED}
    assert banking not in {i.id for i in app.lists.items(ListKind.INDUSTRY)}
    assert banking in {i.id for i in app.lists.items(ListKind.INDUSTRY, hidden=True)}
    app.lists.update(banking, hidden=False)
    assert banking in {i.id for i in app.lists.items(ListKind.INDUSTRY)}


def test_custom_entry_trash_and_restore(fixed_app: Kadesk) -> None:
    app = fixed_app
    item = app.lists.create(ListItemFields(kind=ListKind.VALUE_ADDED, code="install",
                                           label_zh="安装服务")).record
    deleted = app.lists.delete(item.id)
    assert deleted.changes.kinds("list_item", item.id) == {ChangeKind.DELETED}
    assert item.id not in {i.id for i in app.lists.items(ListKind.VALUE_ADDED, hidden=True)}
    app.lists.restore(item.id)
    assert item.id in {i.id for i in app.lists.items(ListKind.VALUE_ADDED)}
