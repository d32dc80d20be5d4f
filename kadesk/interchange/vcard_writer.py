"""Contacts as vCards (RFC 2426 vCard 3.0 by default, RFC 6350 vCard 4.0 on request).

3.0 is the default because every phone and desktop address book reads it
(Android, iOS, macOS Contacts, Outlook, Google Contacts, WeChat Work); 4.0 is
still refused or half-read by several. vobject serialises, escapes and folds
lines at 75 octets without splitting a UTF-8 character.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

VERSIONS = ("3.0", "4.0")

# Two-character family names (复姓): 欧阳娜娜 is 欧阳 + 娜娜, not 欧 + 阳娜娜.
_COMPOUND = ("欧阳司马上官诸葛东方皇甫尉迟公孙慕容长孙宇文司徒夏侯令狐端木西门南宫"
             "独孤轩辕百里呼延万俟司空申屠闻人澹台公冶太史钟离赫连濮阳东郭第五"
             "歐陽司馬諸葛東方尉遲公孫長孫南宮獨孤軒轅鍾離赫連")
COMPOUND_SURNAMES = frozenset(_COMPOUND[i:i + 2] for i in range(0, len(_COMPOUND), 2))


@dataclass(frozen=True, kw_only=True)
class ContactCard:
    """One person as an address book keeps them; plain values, no kadesk types."""

    uid: str  # stable: the same contact exported again replaces its card
    name: str
    organisation: str = ""  # the account
    department: str = ""
    title: str = ""
    mobiles: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()  # work lines
    emails: tuple[str, ...] = ()
    birthday: date | None = None
    street: str = ""  # the contact's site
    city: str = ""
    note: str = ""
    revised: datetime | None = None  # aware


def _is_cjk(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff"


def split_name(name: str) -> tuple[str, str]:
    """(family, given). Chinese names put the family name first with no space;
    others are 'Given Family'. A name that cannot be split is all given name."""
    name = " ".join(name.split())
    if name and all(_is_cjk(c) or c == "·" for c in name):
        if "·" in name:  # 迪丽热巴·迪力木拉提: given · family, as written
            given, _dot, family = name.rpartition("·")
            return family, given
        if 2 < len(name) <= 4 and name[:2] in COMPOUND_SURNAMES:
            return name[:2], name[2:]
        if 1 < len(name) <= 4:
            return name[0], name[1:]
        return "", name
    given, _space, family = name.rpartition(" ")
    return (family, given) if given else ("", family)


def _type(version: str, *names: str) -> list[str]:
    # 3.0 writes types in capitals by custom; 4.0 registers them in lower case.
    return [n.upper() if version == "3.0" else n.lower() for n in names]


def card(contact: ContactCard, version: str = "3.0") -> str:
    import vobject

    if version not in VERSIONS:
        raise ValueError(f"vCard version {version} is not one of {VERSIONS}")
    vcard = vobject.vCard()
    vcard.add("version").value = version
    vcard.add("prodid").value = "-//kadesk//kadesk//ZH"
    vcard.add("uid").value = contact.uid
    if version == "4.0":
        vcard.add("kind").value = "individual"
    vcard.add("fn").value = contact.name
    family, given = split_name(contact.name)
    vcard.add("n").value = vobject.vcard.Name(family=family, given=given)
    if contact.organisation or contact.department:
        vcard.add("org").value = [contact.organisation,
                                  *([contact.department] if contact.department else [])]
    if contact.title:
        vcard.add("title").value = contact.title
    for numbers, kinds in ((contact.mobiles, ("cell", "voice")),
                           (contact.phones, ("work", "voice"))):
        for number in numbers:
            tel = vcard.add("tel")
            tel.value = number
            tel.type_paramlist = _type(version, *kinds)
    for address in contact.emails:
        email = vcard.add("email")
        email.value = address
        email.type_paramlist = _type(version, *(("internet", "work") if version == "3.0"
                                                else ("work",)))
    if contact.street or contact.city:
        adr = vcard.add("adr")
        adr.value = vobject.vcard.Address(street=contact.street, city=contact.city)
        adr.type_paramlist = _type(version, "work")
    if contact.birthday:
        # 4.0 takes ISO 8601's basic form only (19800504); 3.0 readers expect 1980-05-04.
        vcard.add("bday").value = (contact.birthday.isoformat() if version == "3.0"
                                   else f"{contact.birthday:%Y%m%d}")
    if contact.note:
        vcard.add("note").value = contact.note
    if contact.revised:
        vcard.add("rev").value = f"{contact.revised.astimezone(UTC):%Y%m%dT%H%M%SZ}"
    return str(vcard.serialize())


def cards(contacts: Sequence[ContactCard], version: str = "3.0") -> str:
    """Several vCards in one file, as every address book imports them."""
    return "".join(card(c, version) for c in contacts)
