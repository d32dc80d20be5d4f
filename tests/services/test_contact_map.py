"""What the contact map stores: positions placed by hand (synced like any field, one
clock for x and y) and relations between contacts other than reports-to."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from kadesk.domain.changes import ChangeKind
from kadesk.domain.enums import RelationKind
from kadesk.domain.errors import ValidationError
from kadesk.domain.records import ContactFields, ContactRelationFields
from kadesk.store import models as m
from tests.services.conftest import Scene, _open


def link(s: Scene, a: str, b: str, kind: RelationKind = RelationKind.FRIEND
         ) -> ContactRelationFields:
    return ContactRelationFields(account_id=s.account, from_contact_id=a, to_contact_id=b,
                                 kind=kind)


def test_positions_are_saved_and_read_back_after_reopening(scene: Scene) -> None:
    saved = scene.app.contacts.place({scene.boss: (120.25, 80.0), scene.staff: (300.0, 200.0)})
    assert {c.id: (c.map_x, c.map_y) for c in saved.record} == {
        scene.boss: (120.2, 80.0), scene.staff: (300.0, 200.0)}
    assert {c.fields for c in saved.changes.changes} == {frozenset({"map_position"})}
    scene.app.close()
    with _open() as again:
        boss = again.contacts.get(scene.boss)
        assert (boss.map_x, boss.map_y) == (120.2, 80.0)
        # Back to the automatic layout: both halves cleared at once.
        again.contacts.place({scene.boss: None})
        assert (again.contacts.get(scene.boss).map_x, again.contacts.get(scene.boss).map_y) == (
            None, None)


def test_a_position_is_one_clock_group(scene: Scene) -> None:
    scene.app.contacts.place({scene.boss: (1.0, 2.0)})
    with scene.app.db.read() as session:
        groups = set(session.scalars(select(m.FieldClock.grp).where(
            m.FieldClock.row_id == scene.boss)))
    assert groups == {"map_position"}


def test_placing_where_someone_already_is_changes_nothing(scene: Scene) -> None:
    scene.app.contacts.place({scene.boss: (1.0, 2.0)})
    assert not scene.app.contacts.place({scene.boss: (1.0, 2.0)}).changes


def test_the_editor_never_moves_anyone(scene: Scene) -> None:
    scene.app.contacts.place({scene.boss: (10.0, 20.0)})
    scene.app.contacts.update(scene.boss, title="总经理")
    boss = scene.app.contacts.get(scene.boss)
    assert (boss.map_x, boss.map_y, boss.title) == (10.0, 20.0, "总经理")


def test_relations_are_created_listed_and_trashed(scene: Scene) -> None:
    app = scene.app
    (friends,) = app.relations.of_account(scene.account)  # the scene's boss and staff
    assert (friends.from_contact_id, friends.kind) == (scene.boss, RelationKind.FRIEND)
    saved = app.relations.create(link(scene, scene.boss, scene.staff, RelationKind.INFLUENCES))
    assert saved.changes.kinds("contact_relation", saved.record.id) == {ChangeKind.CREATED}
    # The other direction of 'influences' is another relation; of 'friend' it is the same one.
    app.relations.create(link(scene, scene.staff, scene.boss, RelationKind.INFLUENCES))
    with pytest.raises(ValidationError) as twice:
        app.relations.create(link(scene, scene.staff, scene.boss, RelationKind.FRIEND))
    assert twice.value.codes() == {"to_contact_id": "duplicate_relation"}
    app.relations.delete(friends.id)
    assert len(app.relations.of_account(scene.account)) == 2
    # Once trashed, the same tie can be made again.
    app.relations.create(link(scene, scene.staff, scene.boss, RelationKind.FRIEND))
    assert len(app.relations.of_account(scene.account)) == 3


def test_relations_of_a_trashed_contact_leave_the_map(scene: Scene) -> None:
    app = scene.app
    third = app.contacts.create(ContactFields(account_id=scene.account, name="赵磊")).record.id
    app.relations.create(link(scene, scene.boss, third))
    app.contacts.delete(third)
    assert third not in {r.to_contact_id for r in app.relations.of_account(scene.account)}
    app.contacts.restore(third)
    assert third in {r.to_contact_id for r in app.relations.of_account(scene.account)}
