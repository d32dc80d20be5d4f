"""A reports-to loop made by two concurrent edits: the map and the brief draw the
same tree on every replica (the loop's newest link left out); stored values stay."""

from __future__ import annotations

from kadesk.domain.records import ContactFields
from kadesk.reports import brief
from tests.sync.conftest import Pair


def test_the_map_and_the_brief_leave_the_newest_link_out(pair: Pair) -> None:
    boss = pair.a.contacts.create(ContactFields(account_id=pair.account_id, name="李娜")).record
    pair.b.sync.import_package(pair.a.sync.export_full(pair.folder / "1.kadesk-sync").path)
    pair.a.contacts.update(pair.contact_id, reports_to_id=boss.id)
    pair.b.contacts.update(boss.id, reports_to_id=pair.contact_id)  # the newer link
    pair.b.sync.import_package(pair.a.sync.export_full(pair.folder / "2.kadesk-sync").path)
    pair.a.sync.import_package(pair.b.sync.export_full(pair.folder / "3.kadesk-sync").path)

    for replica in (pair.a, pair.b):
        stored = {c.id: c.reports_to_id for c in replica.contacts.of_account(pair.account_id)}
        assert stored == {boss.id: pair.contact_id, pair.contact_id: boss.id}  # kept as merged
        drawn = replica.contacts.as_drawn(pair.account_id,
                                          replica.contacts.of_account(pair.account_id))
        assert {c.id: c.reports_to_id for c in drawn} == {boss.id: None,
                                                          pair.contact_id: boss.id}
        in_brief = brief.gather(replica, pair.account_id).contacts
        assert {c.id: c.reports_to_id for c in in_brief}[boss.id] is None
