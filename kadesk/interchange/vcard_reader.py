"""vCard 2.1, 3.0 and 4.0 files (one or many cards) as a table with a fixed mapping,
so contacts from a phone go through the same pipeline as a spreadsheet.

Read by hand rather than with vobject: a phone's export is often vCard 2.1 with
quoted-printable text, each property in the CHARSET it names (UTF-8, GBK, Big5,
Shift_JIS) or raw 8-bit, that vobject reads poorly; and a broken line must be
reported with its line number, nothing imported. Text is never decoded with a
guessed character set: a card whose text cannot be read for sure is refused with
the reason, and the other cards are imported.
"""

from __future__ import annotations

import codecs
import quopri
import re
from dataclasses import dataclass, field
from pathlib import Path

from kadesk.domain.errors import ImportFileError
from kadesk.interchange.table_reader import Refusal, Table

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


class UnreadableCardError(Exception):
    """A card whose text cannot be read for sure (never guessed); ``code`` (a message of
    domain/errors.py) and ``params`` say why, in the user's language."""

    def __init__(self, code: str, **params: str) -> None:
        super().__init__(code)
        self.code, self.params = code, params


# What phones write in CHARSET= -> the codec that reads it (a superset where one is
# what phones really use: GBK and GB2312 within GB18030, Shift_JIS as Windows-31J).
_CODECS = {"gb2312": "gb18030", "gbk": "gb18030", "gb18030": "gb18030", "big5": "big5hkscs",
           "big5-hkscs": "big5hkscs", "shift_jis": "cp932", "shift-jis": "cp932",
           "sjis": "cp932", "windows-31j": "cp932", "utf-8": "utf-8", "utf8": "utf-8"}
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
# What GBK text from a phone holds beyond ASCII: Chinese characters and punctuation.
_CHINESE = re.compile(r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u2010-\u2027\u00b7]")


def _codec(charset: str) -> str:
    name = _CODECS.get(charset.lower())
    if name is None:
        try:
            name = codecs.lookup(charset).name
        except LookupError:
            raise UnreadableCardError("row_charset_unknown", charset=charset) from None
    return name


def _guessed(raw: bytes) -> str:
    """Text with no CHARSET: UTF-8, or GBK as some phones in China write it without
    saying so; anything else is refused, never guessed."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = raw.decode("gb18030")
    except UnicodeDecodeError:
        text = ""
    # Big5 or Shift_JIS bytes also decode as GB18030, into rare characters outside the
    # common GB2312 set, Cyrillic and private-use ones (陳志明 in Big5 reads "朝в"):
    # GBK text from a phone stays within common Chinese characters and punctuation.
    if text and all(_CHINESE.match(c) and _in_gb2312(c) for c in _NON_ASCII.findall(text)):
        return text
    raise UnreadableCardError("row_charset_unsaid")


def _in_gb2312(char: str) -> bool:
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _lines(data: bytes) -> list[tuple[int, bytes]]:
    """Logical lines (bytes: each value is decoded by its own CHARSET) with the number
    of their first physical line. A line starting with a space or tab continues the one
    before (RFC 6350); a quoted-printable value ending in '=' continues on the next
    (vCard 2.1). Lines starting with '#' are comments some phones write."""
    out: list[tuple[int, bytes]] = []
    soft = False
    for number, raw in enumerate(data.splitlines(), start=1):
        if out and (raw[:1] in (b" ", b"\t") or soft):
            previous_number, previous = out[-1]
            piece = raw.lstrip(b" \t") if soft else raw[1:]
            out[-1] = (previous_number, (previous[:-1] if soft else previous) + piece)
        elif raw.strip() and not raw.lstrip().startswith(b"#"):
            out.append((number, raw))
        else:
            continue
        line = out[-1][1]
        soft = line.endswith(b"=") and b"QUOTED-PRINTABLE" in line.split(b":", 1)[0].upper()
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


def _value(params: str, raw: bytes) -> str:
    """A property's value as text, by its own ENCODING and CHARSET; UnreadableCardError when it
    cannot be read for sure."""
    upper = params.upper()
    if "QUOTED-PRINTABLE" in upper:
        raw = quopri.decodestring(raw)
    charset = re.search(r"CHARSET=\"?([\w.:-]+)", params, re.IGNORECASE)
    if charset is None:
        return _guessed(raw)
    codec = _codec(charset[1])
    wrong = UnreadableCardError("row_charset_wrong", charset=charset[1])
    try:
        text = raw.decode(codec)
    except UnicodeDecodeError:
        raise wrong from None
    if "\ufffd" in text:
        raise wrong
    return text


_SKIPPED = frozenset({"PHOTO", "LOGO", "SOUND", "KEY"})  # pictures and keys: not imported


def read_cards(data: bytes, name: str) -> tuple[list[Card], dict[int, Refusal]]:
    """The cards of a file, nested ones (vCard 2.1 AGENT) as cards of their own, and the
    cards refused (their first line -> why)."""
    cards: list[Card] = []
    refused: dict[int, Refusal] = {}
    open_cards: list[Card] = []
    for number, line in _lines(data):
        found = _PROPERTY.match(line.decode("latin-1"))  # names and parameters are ASCII
        if found is None:
            if open_cards:
                raise ImportFileError("vcard_broken", path=name, line=number,
                                      detail=f"'{_shown(line)}' is not a vCard property line")
            raise ImportFileError("vcard_broken", path=name, line=number,
                                  detail="a property outside BEGIN:VCARD … END:VCARD")
        prop, params = found[1].upper(), found[2]
        raw = line.split(b":", 1)[1] if b":" in line else b""
        if prop == "BEGIN" and raw.strip().upper() == b"VCARD":
            open_cards.append(Card(number))
            continue
        if not open_cards:
            raise ImportFileError("vcard_broken", path=name, line=number,
                                  detail="a property outside BEGIN:VCARD … END:VCARD")
        card = open_cards[-1]
        if prop == "END":
            cards.append(open_cards.pop())
            continue
        if card.line in refused or prop in _SKIPPED:
            continue
        try:
            _apply(card, prop, params, _value(params, raw))
        except UnreadableCardError as why:
            refused[card.line] = (why.code, {"property": prop, "line": str(number),
                                             **why.params})
    if open_cards:
        raise ImportFileError("vcard_broken", path=name, line=open_cards[0].line,
                              detail="this card has no END:VCARD (the file is cut short)")
    cards.sort(key=lambda c: c.line)
    return cards, refused


def _shown(line: bytes) -> str:
    return line[:40].decode("utf-8", errors="replace")


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
    """The cards of ``path`` as a table of the fixed columns (row = card's first line).
    A card whose text cannot be read for sure is a row refused with the reason."""
    data = path.read_bytes()
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    if not data.strip():
        raise ImportFileError("import_empty_file", path=path.name)
    cards, refused = read_cards(data, path.name)  # any text outside a card raises
    return Table(path=path, headers=[header for header, _ in COLUMNS], header_line=0,
                 rows=[(card.line, card.cells()) for card in cards], refused=refused)
