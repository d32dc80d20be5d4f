"""vCards from phones, each property in its own character set: UTF-8, GBK, Big5,
Shift_JIS, quoted-printable or raw 8-bit; nested cards and comment lines. Text is
never stored decoded with the wrong character set: such a card is refused, with why.

Every file here is made by the test, byte by byte, as the phones write them.
"""

from __future__ import annotations

import quopri
from pathlib import Path

import pytest

from kadesk.domain.records import AccountFields
from kadesk.services.app import Kadesk
from kadesk.services.imports import ImportRequest, ImportSummary, Target


def card(*lines: bytes) -> bytes:
    return b"\r\n".join((b"BEGIN:VCARD", b"VERSION:2.1", *lines, b"END:VCARD")) + b"\r\n"


def qp(text: str, charset: str) -> bytes:
    return quopri.encodestring(text.encode(charset)).replace(b"=\n", b"")


def run(app: Kadesk, tmp_path: Path, data: bytes) -> tuple[ImportSummary, list[str], str]:
    account = app.accounts.create(AccountFields(name="通讯录客户")).record.id
    path = tmp_path / "phone.vcf"
    path.write_bytes(data)
    summary = app.imports.run(ImportRequest(path, Target.CONTACTS, account_id=account))
    return summary, sorted(c.name for c in app.contacts.of_account(account)), account


@pytest.mark.parametrize(("name", "lines"), [
    ("陳志明", (b"N;CHARSET=BIG5:" + "陳;志明".encode("big5"),
               b"FN;CHARSET=BIG5:" + "陳志明".encode("big5"))),
    ("陳志明", (b"FN;CHARSET=BIG5;ENCODING=QUOTED-PRINTABLE:" + qp("陳志明", "big5"),)),
    ("张伟", (b"FN;CHARSET=GBK:" + "张伟".encode("gbk"),)),
    ("张伟", (b"FN;CHARSET=GB2312;QUOTED-PRINTABLE:" + qp("张伟", "gb2312"),)),
    ("张伟", (b"FN:" + "张伟".encode("gbk"),)),  # undeclared GBK, as some phones write it
    ("山田太郎", (b"FN;CHARSET=SHIFT_JIS:" + "山田太郎".encode("shift_jis"),)),
    ("ヤマダ タロウ", (b"FN;CHARSET=Shift_JIS;ENCODING=QUOTED-PRINTABLE:"
                    + qp("ヤマダ タロウ", "shift_jis"),)),
    ("王芳", (b"FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + qp("王芳", "utf-8"),)),
    ("王芳", (b"FN:" + "王芳".encode(),)),  # raw 8-bit UTF-8
])
def test_each_property_is_read_in_its_own_charset(fixed_app: Kadesk, tmp_path: Path,
                                                  name: str, lines: tuple[bytes, ...]) -> None:
    summary, names, _ = run(fixed_app, tmp_path, card(*lines))
    assert names == [name]
    assert summary.rejected_rows == 0


def test_charsets_mixed_in_one_card(fixed_app: Kadesk, tmp_path: Path) -> None:
    data = card(b"FN;CHARSET=BIG5:" + "陳志明".encode("big5"),
                b"TITLE;CHARSET=GBK:" + "采购经理".encode("gbk"),
                b"NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + qp("喜欢喝茶", "utf-8"))
    _, _, account = run(fixed_app, tmp_path, data)
    [person] = fixed_app.contacts.of_account(account)
    assert (person.name, person.title, person.personal_notes) == ("陳志明", "采购经理", "喜欢喝茶")


def test_big5_without_charset_is_refused_never_garbled(fixed_app: Kadesk,
                                                        tmp_path: Path) -> None:
    data = (card(b"FN:" + "陳志明".encode("big5"))
            + card(b"FN:" + "王芳".encode()))
    summary, names, _ = run(fixed_app, tmp_path, data)
    assert names == ["王芳"]  # the readable card still comes in
    [refused] = summary.rejected
    assert refused.row == 1 and refused.code == "row_charset_unsaid"
    assert "its FN (line 3) is neither UTF-8 nor GBK" in refused.message()


@pytest.mark.parametrize(("line", "code", "words"), [
    (b"FN;CHARSET=BIG5:" + "陳志明".encode(), "row_charset_wrong", "not valid BIG5"),
    (b"FN;CHARSET=SHIFT_JIS:" + b"\x81\x00\xff", "row_charset_wrong", "not valid SHIFT_JIS"),
    (b"FN;CHARSET=X-KLINGON:qapla", "row_charset_unknown", "'X-KLINGON', which kadesk does"),
])
def test_text_not_in_its_declared_charset_is_refused(fixed_app: Kadesk, tmp_path: Path,
                                                     line: bytes, code: str, words: str) -> None:
    summary, names, _ = run(fixed_app, tmp_path, card(line) + card(b"FN:Li Na"))
    assert names == ["Li Na"]
    [refused] = summary.rejected
    assert refused.code == code
    assert words in refused.message() and "its FN (line 3)" in refused.message()


def test_nested_cards_are_contacts_of_their_own(fixed_app: Kadesk, tmp_path: Path) -> None:
    data = (b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Outer\r\n"
            b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Inner one\r\nEND:VCARD\r\n"
            b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Inner two\r\nEND:VCARD\r\n"
            b"TEL;CELL:13800138000\r\nEND:VCARD\r\n")
    _, names, account = run(fixed_app, tmp_path, data)
    assert names == ["Inner one", "Inner two", "Outer"]
    outer = next(c for c in fixed_app.contacts.of_account(account) if c.name == "Outer")
    assert outer.mobile == "138 0013 8000"  # after the nested cards: still the outer's


def test_comment_lines_are_skipped(fixed_app: Kadesk, tmp_path: Path) -> None:
    data = (b"# exported by a phone\r\n"
            + card(b"FN:Conference Call", b"# This line must be ignored.",
                   b"NOTE:This is an (sharp ->#<- sharp) example."))
    _, _, account = run(fixed_app, tmp_path, data)
    [person] = fixed_app.contacts.of_account(account)
    assert person.name == "Conference Call"
    assert person.personal_notes == "This is an (sharp ->#<- sharp) example."
