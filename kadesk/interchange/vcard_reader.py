"""vCard 2.1, 3.0 and 4.0 files (one or many cards) as a table with a fixed mapping,
so contacts from a phone go through the same pipeline as a spreadsheet.

Read by hand rather than with vobject: a phone's export is often vCard 2.1 with
quoted-printable UTF-8 (Chinese Android phones) that vobject reads poorly, and
a broken line must be reported with its line number, nothing imported.
"""

from __future__ import annotations

import codecs
import quopri
import re
from dataclasses import dataclass, field
from pathlib import Path

from kadesk.domain.errors import ImportFileError
from kadesk.interchange.table_reader import Table

# The fixed mapping: column header -> field key.
COLUMNS = (("ORG", "account.name"), ("FN", "contact.name"), ("TITLE", "contact.title"),
           ("ORG unit", "contact.department"), ("TEL cell", "contact.mobile"),
           ("TEL", "contact.phone"), ("EMAIL", "contact.email"), ("WeChat", "contact.wechat"),
           ("BDAY", "contact.birthday"), ("NOTE", "contact.personal_notes"))
MAPPING = {i: key for i, (_, key) in enumerate(COLUMNS)}
_PROPERTY = re.compile(r"^(?:[A-Za-z0-9-]+\.)?([A-Za-z0-9-]+)((?:;[^:]*)?):(.*)$", re.DOTALL)
_MOBILE = re.compile(r"^(?:\+?86[- ]?)?1[3-9]\d[- ]?\d{4}[- ]?\d{4}$")
_ESCAPES = {"n": "\n", "N": "\n", ",": ",", ";": ";", "\\": "\\"}


@dataclass
class Card:
    line: int
    name: str = ""
    family_given: str = ""
    org: str = ""
    unit: str = ""
    title: str = ""
    mobiles: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    wechat: str = ""
    birthday: str = ""
    notes: list[str] = field(default_factory=list)

    def cells(self) -> tuple[str, ...]:
        """The card as a row of the fixed columns; extra numbers and addresses go to
        the notes, so nothing on the card is lost."""
        mobiles = self.mobiles or [p for p in self.phones if _MOBILE.match(p)][:1]
        phones = [p for p in self.phones if p not in mobiles]
        extra = [*mobiles[1:], *phones[1:], *self.emails[1:]]
        notes = [*self.notes, *(["其他联系方式: " + ", ".join(extra)] if extra else [])]
        return (self.org, self.name or self.family_given, self.title, self.unit,
                mobiles[0] if mobiles else "", phones[0] if phones else "",
                self.emails[0] if self.emails else "", self.wechat, self.birthday,
                "\n".join(notes))


def _decode(data: bytes, name: str) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="strict")
    for encoding in ("utf-8", "gb18030"):  # some phones in China export GBK
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ImportFileError("vcard_broken", path=name, line=1, detail="unreadable text")


def _unfold(text: str) -> list[tuple[int, str]]:
    """Logical lines with the number of their first physical line. Lines starting with
    a space or tab continue the one before (RFC 6350); a quoted-printable value ending
    in '=' continues on the next line (vCard 2.1)."""
    out: list[tuple[int, str]] = []
    soft = False
    for number, raw in enumerate(text.splitlines(), start=1):
        if out and (raw[:1] in (" ", "\t") or soft):
            previous_number, previous = out[-1]
            piece = raw.lstrip(" \t") if soft else raw[1:]
            out[-1] = (previous_number, (previous[:-1] if soft else previous) + piece)
        elif raw.strip():
            out.append((number, raw))
        else:
            continue
        line = out[-1][1]
        soft = line.endswith("=") and "QUOTED-PRINTABLE" in line.split(":", 1)[0].upper()
    return out


def _split(value: str, sep: str) -> list[str]:
    """Split at unescaped ``sep``, then unescape each part."""
    parts, current, i = [], [], 0
    while i < len(value):
        char = value[i]
        if char == "\\" and i + 1 < len(value):
            current.append(_ESCAPES.get(value[i + 1], value[i + 1]))
            i += 2
            continue
        if char == sep:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
        i += 1
    parts.append("".join(current))
    return [p.strip() for p in parts]


def _types(params: str) -> set[str]:
    found: set[str] = set()
    for param in params.split(";"):
        if not param:
            continue
        key, _, value = param.partition("=")
        words = value if value else key  # vCard 2.1 writes bare types: TEL;CELL:
        found.update(w.strip('"').lower() for w in words.split(","))
    return found


def _value(params: str, value: str, line: int, name: str) -> str:
    upper = params.upper()
    if "QUOTED-PRINTABLE" in upper:
        charset = re.search(r"CHARSET=([\w-]+)", upper)
        try:
            return quopri.decodestring(value.encode("ascii")).decode(
                charset[1].lower() if charset else "utf-8")
        except (UnicodeError, LookupError, ValueError) as bad:
            raise ImportFileError("vcard_broken", path=name, line=line,
                                  detail=f"unreadable quoted-printable text ({bad})") from bad
    return value


def read_cards(text: str, name: str) -> list[Card]:
    cards: list[Card] = []
    card: Card | None = None
    for number, line in _unfold(text):
        found = _PROPERTY.match(line)
        if found is None:
            raise ImportFileError("vcard_broken", path=name, line=number,
                                  detail=f"'{line[:40]}' is not a vCard property line")
        prop, params, raw = found[1].upper(), found[2], found[3]
        if prop == "BEGIN" and raw.strip().upper() == "VCARD":
            if card is not None:
                raise ImportFileError("vcard_broken", path=name, line=number,
                                      detail=f"the card begun on line {card.line} has no "
                                      "END:VCARD")
            card = Card(number)
            continue
        if card is None:
            raise ImportFileError("vcard_broken", path=name, line=number,
                                  detail="a property outside BEGIN:VCARD … END:VCARD")
        if prop == "END":
            cards.append(card)
            card = None
            continue
        _apply(card, prop, params, _value(params, raw, number, name))
    if card is not None:
        raise ImportFileError("vcard_broken", path=name, line=card.line,
                              detail="this card has no END:VCARD (the file is cut short)")
    return cards


def _apply(card: Card, prop: str, params: str, value: str) -> None:
    if prop == "FN":
        card.name = _split(value, ";")[0]
    elif prop == "N":
        family, given = ([*_split(value, ";"), "", ""])[:2]
        joiner = "" if _cjk(family + given) else " "
        card.family_given = joiner.join(p for p in (given, family) if p) if joiner \
            else family + given
    elif prop == "ORG":
        parts = _split(value, ";")
        card.org, card.unit = parts[0], (parts[1] if len(parts) > 1 else "")
    elif prop in ("TITLE", "ROLE") and not card.title:
        card.title = _split(value, ";")[0]
    elif prop == "TEL":
        number = re.sub(r"^tel:", "", _split(value, ";")[0], flags=re.IGNORECASE)
        if number:
            (card.mobiles if "cell" in _types(params) else card.phones).append(number)
    elif prop == "EMAIL":
        address = re.sub(r"^mailto:", "", _split(value, ";")[0], flags=re.IGNORECASE)
        if address:
            card.emails.append(address)
    elif prop in ("X-WECHAT", "X-WEIXIN") or (prop == "IMPP" and re.match(
            r"^(weixin|wechat|x-apple):", value, re.IGNORECASE)):
        card.wechat = re.sub(r"^[\w-]+:", "", value) if prop == "IMPP" else value.strip()
    elif prop == "BDAY" and not value.startswith("--"):  # --0512: no year, no date
        card.birthday = value.strip()[:10]
    elif prop == "NOTE":
        card.notes.append(_split(value, "\x00")[0])


def _cjk(text: str) -> bool:
    return any("\u3400" <= c <= "\u9fff" for c in text)


def read_vcard(path: Path) -> Table:
    """The cards of ``path`` as a table of the fixed columns (row = card's first line)."""
    data = path.read_bytes()
    if not data.strip():
        raise ImportFileError("import_empty_file", path=path.name)
    cards = read_cards(_decode(data, path.name), path.name)  # any text outside a card raises
    return Table(path=path, headers=[header for header, _ in COLUMNS], header_line=0,
                 rows=[(card.line, card.cells()) for card in cards])
