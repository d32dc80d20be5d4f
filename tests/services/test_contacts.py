"""Contacts: the buying centre, who reports to whom, trash and restore."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest
from sqlalchemy import update

from kadesk.domain.changes import ChangeKind
from kadesk.domain.enums import Attitude, BuyingRole, Influence
from kadesk.domain.errors import ValidationError
from kadesk.domain.records import AccountFields, Contact, ContactFields, VisitFields
from kadesk.services.app import Kadesk
from kadesk.store import models as m
from tests.helpers import at_noon, snapshot
from tests.services.conftest import TODAY, Scene


def fields_of(record: Contact) -> ContactFields:
    return ContactFields(**{f.name: getattr(record, f.name)
                            for f in dataclasses.fields(ContactFields)})


def test_a_number_stored_before_the_phone_rule_does_not_block_other_edits(
        scene: Scene) -> None:
    contact = scene.app.contacts.create(ContactFields(account_id=scene.account,
                                                      name="旧号码")).record
    with scene.app.db.write() as session:  # as an older kadesk let it be stored
        session.execute(update(m.Contact).where(m.Contact.id == contact.id).values(
            mobile="12345"))
    assert scene.app.contacts.update(contact.id, title="经理").record.mobile == "12345"
    with pytest.raises(ValidationError):
        scene.app.contacts.update(contact.id, mobile="123456")


def test_create_round_trips_every_field(scene: Scene) -> None:
    fields = ContactFields(
        account_id=scene.account, name="陈静", title="采购总监", department="采购部",
        site_id=scene.site, mobile="+86 138-0013-8000", phone="(0755) 2878 0808",
        email="chen.jing@example.com", wechat="chenjing_sz", birthday=date(1985, 2, 28),
        personal_notes="喜欢打羽毛球", buying_role=BuyingRole.DECISION_MAKER,
        attitude=Attitude.SUPPORTER, influence=Influence.HIGH, strength=4,
        reports_to_id=scene.boss,
    )
    saved = scene.app.contacts.create(fields)
    # Phone numbers are stored one way (domain/phones.py); the rest as given.
    assert fields_of(saved.record) == dataclasses.replace(fields, mobile="138 0013 8000",
                                                          phone="0755 2878 0808")
    assert saved.record.last_met_at is None
    assert saved.changes.kinds("contact", saved.record.id) == {ChangeKind.CREATED}
    assert scene.app.contacts.get(saved.record.id) == saved.record


def test_birthday_today_is_fine(scene: Scene) -> None:
    assert scene.app.contacts.update(scene.boss, birthday=TODAY).record.birthday == TODAY


def test_reports_to_cannot_loop(scene: Scene) -> None:
    app = scene.app
    third = app.contacts.create(ContactFields(account_id=scene.account, name="周杰",
                                              reports_to_id=scene.staff)).record.id
    # boss <- staff <- third. Direct and indirect loops are refused:
    for manager in (scene.staff, third):
        before = snapshot(app.db)
        with pytest.raises(ValidationError) as refused:
            app.contacts.update(scene.boss, reports_to_id=manager)
        assert refused.value.codes() == {"reports_to_id": "reports_to_cycle"}
        assert snapshot(app.db) == before
    with pytest.raises(ValidationError) as refused:
        app.contacts.update(third, reports_to_id=third)
    assert refused.value.codes() == {"reports_to_id": "self_reference"}
    # Re-hanging a branch elsewhere in the tree is fine, and so is the top having none.
    assert app.contacts.update(third, reports_to_id=scene.boss).record.reports_to_id == scene.boss
    assert app.contacts.update(scene.staff, reports_to_id=third).record.reports_to_id == third
    assert app.contacts.update(scene.staff, reports_to_id=None).record.reports_to_id is None


def test_reports_to_stays_within_the_account(scene: Scene) -> None:
    with pytest.raises(ValidationError) as refused:
        scene.app.contacts.create(ContactFields(account_id=scene.other_account, name="孙丽",
                                                reports_to_id=scene.boss))
    assert refused.value.codes() == {"reports_to_id": "other_account"}


def test_trashed_manager_does_not_block_editing_the_team(scene: Scene) -> None:
    app = scene.app
    app.contacts.delete(scene.boss)
    saved = app.contacts.update(scene.staff, title="采购经理")
    assert saved.record.title == "采购经理"
    assert saved.record.reports_to_id == scene.boss, "nothing cascades"
    # Choosing a trashed contact as manager anew is refused.
    other = app.contacts.create(ContactFields(account_id=scene.account, name="吴磊")).record.id
    with pytest.raises(ValidationError) as refused:
        app.contacts.update(other, reports_to_id=scene.boss)
    assert refused.value.codes() == {"reports_to_id": "other_account"}


def test_trash_and_restore(scene: Scene) -> None:
    app = scene.app
    names = {c.name for c in app.contacts.of_account(scene.account)}
    assert names == {"张伟", "李娜"}
    assert [c.name for c in app.contacts.of_account(scene.account, deleted=True)] == ["刘洋"]

    saved = app.contacts.delete(scene.staff)
    assert saved.record.deleted
    assert saved.changes.kinds("contact", scene.staff) == {ChangeKind.DELETED}
    assert {c.name for c in app.contacts.of_account(scene.account)} == {"张伟"}
    assert {c.name for c in app.contacts.of_account(scene.account, deleted=True)} == {
        "刘洋", "李娜"}

    restored = app.contacts.restore(scene.staff)
    assert restored.changes.kinds("contact", scene.staff) == {ChangeKind.RESTORED}
    assert not restored.record.deleted
    assert restored.record.reports_to_id == scene.boss
    assert {c.name for c in app.contacts.of_account(scene.account)} == {"张伟", "李娜"}


def test_of_account_sorted_by_pinyin(fixed_app: Kadesk) -> None:
    app = fixed_app
    account = app.accounts.create(AccountFields(name="客户")).record.id
    for name in ("周杰", "阿强", "李娜", "陈静"):
        app.contacts.create(ContactFields(account_id=account, name=name))
    assert [c.name for c in app.contacts.of_account(account)] == ["阿强", "陈静", "李娜", "周杰"]


def test_last_met_follows_live_visits(scene: Scene) -> None:
    app = scene.app
    # The scene's visit (2026-03-10) met the boss.
    first = app.contacts.get(scene.boss).last_met_at
    assert first is not None
    later = app.visits.create(VisitFields(account_id=scene.account,
                                          occurred_at=at_noon(TODAY - timedelta(days=1)),
                                          contact_ids=(scene.boss, scene.staff))).record
    assert app.contacts.get(scene.boss).last_met_at == later.occurred_at
    assert app.contacts.get(scene.staff).last_met_at == later.occurred_at
    met = {c.id: c.last_met_at for c in app.contacts.of_account(scene.account)}
    assert met[scene.boss] == later.occurred_at
    app.visits.delete(later.id)
    assert app.contacts.get(scene.boss).last_met_at == first
    assert app.contacts.get(scene.staff).last_met_at is None
    app.visits.restore(later.id)
    app.visits.update(later.id, contact_ids=(scene.staff,))
    assert app.contacts.get(scene.boss).last_met_at == first


def test_a_person_is_found_by_any_run_of_digits_of_a_number_however_it_is_written(
        scene: Scene) -> None:
    """Numbers are stored as cards print them (138 0013 8000): the search box still finds
    the person by digits typed without spaces, across the spaces, with +86 before them,
    by the extension; and shows the field the digits are in."""
    chen = scene.app.contacts.create(ContactFields(
        account_id=scene.account, name="陈静", mobile="13800138000",
        phone="0755-28780808转8001")).record
    assert (chen.mobile, chen.phone) == ("138 0013 8000", "0755 2878 0808 ext. 8001")
    for typed, field in (("13800", chen.mobile), ("0013 8000", chen.mobile),
                         ("+86 138 0013 8000", chen.mobile), ("0755-2878", chen.phone),
                         ("28780808", chen.phone), ("8001", chen.phone)):
        hits = [h for h in scene.app.search(typed) if h.kind == "contact"]
        assert [(h.id, h.detail) for h in hits] == [(chen.id, field)], typed
    assert not [h for h in scene.app.search("75528780808001") if h.kind == "contact"]
    scene.app.contacts.update(chen.id, mobile="139 1111 2222")
    assert not [h for h in scene.app.search("13800") if h.kind == "contact"]
    assert [h.id for h in scene.app.search("13911112222")] == [chen.id]
