"""The reports' fonts (resources/fonts), embedded and subset in every PDF: Noto Sans SC,
then for what it lacks a CJK Extension B font (𠮷) and a monochrome emoji font.

Loading a 10 MB TTF takes a noticeable fraction of a second, so the fonts are registered
once per process; ReportLab's built-in CID fonts are never used because they are not
embedded and print as blanks or boxes in some viewers. ReportLab draws a string in one
font: ``runs`` cuts text where the font changes, and every piece of text a report prints
goes through it (paragraphs through ``markup``, canvas strings through ``draw``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from kadesk.paths import resources_dir

REGULAR = "KadeskSans"
BOLD = "KadeskSans-Bold"
EXT_B = "KadeskHanExtB"
EMOJI = "KadeskEmoji"
FILES = {REGULAR: "NotoSansSC-Regular.ttf", BOLD: "NotoSansSC-Bold.ttf",
         EXT_B: "HanaMinB-ExtB.ttf", EMOJI: "NotoEmoji-Regular.ttf"}
# Tried in this order for a character the main font lacks, each loaded only then: the
# 22 MB Extension B font would add ~0.3 s to every first report of a process.
FALLBACKS = (EMOJI, EXT_B)
# Invisible selectors and joiners no font here draws: emoji are printed one by one in
# black and white, so a colour/text selector or a join has nothing to change.
INVISIBLE = frozenset({0x200D, 0xFE0E, 0xFE0F})


_ASCII = frozenset(chr(code) for code in range(0x80))
_ASTRAL = re.compile(r"<([0-9A-F]{2})> <([0-9A-F]{5,6})>")
_make_to_unicode = ttfonts.makeToUnicodeCMap


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode map, with characters beyond U+FFFF written as UTF-16
    (surrogate pairs) as PDF requires: ReportLab 5.1 writes 𠮷 as <20BB7>, which
    readers take for U+20BB, so copying or searching a PDF found the wrong character."""
    def utf16(found: re.Match[str]) -> str:
        pair = chr(int(found.group(2), 16)).encode("utf-16-be").hex().upper()
        return f"<{found.group(1)}> <{pair}>"

    return _ASTRAL.sub(utf16, _make_to_unicode(fontname, subset))


ttfonts.makeToUnicodeCMap = _to_unicode_cmap


def register() -> tuple[str, str]:
    """Register the main fonts (idempotent) and return their names: (regular, bold)."""
    for name in (REGULAR, BOLD):
        _load(name)
    # A family, so <b> in a paragraph picks the real bold file rather than faking it.
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR,
                                  boldItalic=BOLD)
    return REGULAR, BOLD


def _load(name: str) -> None:
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(resources_dir() / "fonts" / FILES[name])))


@functools.cache
def _glyphs(font: str) -> frozenset[int]:
    if font in FILES:
        _load(font)
    face = pdfmetrics.getFont(font).face
    return frozenset(face.charToGlyph)


def font_for(char: str, font: str) -> str | None:
    """The font that draws ``char`` when ``font`` is asked for; None: drop it (invisible)."""
    code = ord(char)
    if code in _glyphs(font):
        return font
    for fallback in FALLBACKS:
        if code in _glyphs(fallback):
            return fallback
    return None if code in INVISIBLE else font


def runs(text: str, font: str) -> Iterator[tuple[str, str]]:
    """``text`` as (font, piece) runs, each piece drawn in one font that has its glyphs."""
    current, piece = font, list[str]()
    known = _glyphs(font)  # loads the font if it is ours and not yet registered
    for char in text:
        chosen = font if char in _ASCII or ord(char) in known else font_for(char, font)
        if chosen is None:
            continue
        if chosen != current and piece:
            yield current, "".join(piece)
            piece = []
        current = chosen
        piece.append(char)
    if piece:
        yield current, "".join(piece)


def markup(text: str, font: str = REGULAR) -> str:
    """``text`` as paragraph markup: escaped, the fallback fonts named where needed."""
    return "".join(escape(piece) if name == font else f'<font face="{name}">{escape(piece)}</font>'
                   for name, piece in runs(text, font))


def width(text: str, font: str, size: float) -> float:
    return sum(stringWidth(piece, name, size) for name, piece in runs(text, font))


def draw(canvas: Canvas, at: tuple[float, float], text: str, face: tuple[str, float],
         anchor: str = "start") -> None:
    """A one-line string on the canvas at ``at`` (x, baseline) in ``face`` (font, size),
    each run in the font that has its glyphs; ``anchor``: which end (or the middle) of
    the string ``at`` is."""
    x, y = at
    font, size = face
    if anchor != "start":
        x -= width(text, font, size) / (2 if anchor == "middle" else 1)
    for name, piece in runs(text, font):
        canvas.setFont(name, size)
        canvas.drawString(x, y, piece)
        x += stringWidth(piece, name, size)
