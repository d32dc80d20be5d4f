"""Contacts out as vCards, read back the way an address book reads them (vobject)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import vobject

from kadesk.domain.errors import KadeskError, NotFoundError
from kadesk.interchange.vcard_writer import ContactCard, card, split_name
from tests.interchange.conftest import Book


def read_cards(path: Path) -> list[Any]:
    return list(vobject.readComponents(path.read_text(encoding="utf-8")))


@pytest.mark.parametrize(("name", "family", "given"), [
    ("张伟", "张", "伟"), ("欧阳娜娜", "欧阳", "娜娜"), ("司马懿", "司马", "懿"),
    ("王小明", "王", "小明"), ("迪丽热巴·迪力木拉提", "迪力木拉提", "迪丽热巴"),
    ("John Smith", "Smith", "John"), ("Madonna", "", "Madonna"),
])
def test_names_split_family_first(name: str, family: str, given: str) -> None:
    assert split_name(name) == (family, given)


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_an_accounts_contacts_read_back(book: Book, tmp_path: Path, version: str) -> None:
    target = tmp_path / "华为.vcf"
    done = book.exports.export_contacts(target, account_id=book.huawei, version=version)
    assert done.count == 2
    staff, boss = read_cards(target)  # in pinyin order, as the contacts tab lists them
    assert (staff.fn.value, boss.fn.value) == ("李明", "欧阳娜娜")
    assert boss.version.value == version
    assert (boss.n.value.family, boss.n.value.given) == ("欧阳", "娜娜")
    assert boss.org.value == ["华为技术有限公司", "采购部"]
    assert boss.title.value == "采购总监"
    phones = {t.value: [p.upper() for p in t.params["TYPE"]] for t in boss.tel_list}
    assert phones == {"138 0013 8000": ["CELL", "VOICE"],  # as kadesk stores them
                      "0755 2878 0808": ["WORK", "VOICE"]}
    assert boss.email.value == "ouyang@huawei.com"
    assert boss.note.value == "微信：oyn_88\n喜欢喝茶; 周三下午有空"
    assert boss.adr.value.street == "龙岗区坂田华为基地" and boss.adr.value.city == "深圳"
    assert boss.bday.value == ("1980-05-04" if version == "3.0" else "19800504")
    assert boss.uid.value == f"urn:uuid:{book.boss}"
    # A mobile typed with a trunk 0 is stored (and exported) as one.
    assert staff.tel.value == "138 0013 8000"
    assert (staff.n.value.family, staff.n.value.given) == ("李", "明")


def test_lines_are_folded_without_breaking_characters(tmp_path: Path) -> None:
    text = card(ContactCard(uid="urn:uuid:1", name="张伟", note="很长的备注" * 40,
                            organisation="华为技术有限公司"))
    lines = text.split("\r\n")
    assert max(len(line.encode("utf-8")) for line in lines) <= 75
    assert vobject.readOne(text).note.value == "很长的备注" * 40


def test_selected_and_single_contacts(book: Book, tmp_path: Path) -> None:
    chosen = (book.banker, book.boss)
    book.exports.export_contacts(tmp_path / "two.vcf", contact_ids=chosen, version="4.0")
    cards = read_cards(tmp_path / "two.vcf")
    assert [(c.fn.value, c.org.value[0]) for c in cards] == [
        ("王芳", "招商银行股份有限公司"), ("欧阳娜娜", "华为技术有限公司")]
    name = book.exports.contacts_file_name(contact_ids=(book.boss,))
    assert name == "欧阳娜娜-联系人-2026-03-16.vcf"
    book.exports.export_contacts(tmp_path / name, contact_ids=(book.boss,))
    assert [c.fn.value for c in read_cards(tmp_path / name)] == ["欧阳娜娜"]


def test_the_same_contact_keeps_its_uid(book: Book, tmp_path: Path) -> None:
    book.exports.export_contacts(tmp_path / "a.vcf", contact_ids=(book.boss,))
    book.app.contacts.update(book.boss, title="副总裁", birthday=date(1980, 5, 5))
    book.exports.export_contacts(tmp_path / "b.vcf", contact_ids=(book.boss,))
    before, after = read_cards(tmp_path / "a.vcf")[0], read_cards(tmp_path / "b.vcf")[0]
    assert before.uid.value == after.uid.value
    assert after.title.value == "副总裁"
    assert after.rev.value >= before.rev.value


def test_nothing_to_export_is_refused(book: Book, tmp_path: Path) -> None:
    book.app.contacts.delete(book.banker)
    with pytest.raises(KadeskError) as refused:
        book.exports.export_contacts(tmp_path / "x.vcf", account_id=book.bank)
    assert refused.value.code == "export_no_contacts"
    with pytest.raises(KadeskError):
        book.exports.export_contacts(tmp_path / "x.vcf", contact_ids=(book.banker,))
    with pytest.raises(NotFoundError):
        book.exports.export_contacts(tmp_path / "x.vcf", contact_ids=("no-such-id",))
    assert not (tmp_path / "x.vcf").exists()
