"""Reading a generated PDF back as a reader sees it: the printed lines of each paragraph
or cell (poppler's layout analysis), and the glyph each character was drawn with.

The checks here are what "print-shop quality" means in tests: no number broken across
lines, no line breaking the Chinese line-breaking rules, no character drawn with a
glyph its font lacks (a box).
"""

from __future__ import annotations

import io
import itertools
import math
import re
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from fontTools.ttLib import TTFont
from pypdf import PdfReader
from pypdf.generic import ContentStream

from kadesk.reports.breaking import CANNOT_END, CANNOT_START

Block = list[str]  # the printed lines of one paragraph or cell, top to bottom
_NS = "{http://www.w3.org/1999/xhtml}"
_FIGURE_END = re.compile(r"\d[\d,.]*$")
_FIGURE_START = re.compile(r"^[\d,.%]")


def pages(pdf: Path) -> list[list[Block]]:
    """Each page's blocks of lines; a line's words are joined by a space."""
    xml = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True,
                         check=True).stdout
    # Poppler 22 writes a document title beyond U+FFFF as CESU-8 (not UTF-8) in <head>;
    # the page text is right, and the title is not what these checks read.
    root = ET.fromstring(xml.decode("utf-8", errors="replace"))
    out = []
    for page in root.iter(f"{_NS}page"):
        blocks = []
        for block in page.iter(f"{_NS}block"):
            blocks.append([" ".join(w.text or "" for w in line.iter(f"{_NS}word"))
                           for line in block.iter(f"{_NS}line")])
        out.append(blocks)
    return out


@dataclass(frozen=True)
class Drawn:
    """A string as drawn on a page: where its baseline starts and its size on paper
    (the font size times whatever scale the page applied, as a map's is)."""

    text: str
    x: float
    y: float
    size: float


def drawn(pdf: Path) -> list[list[Drawn]]:
    """Each page's strings as the content stream draws them (text drawn outside a clip
    still counts: what is tested is what was put on the page)."""
    out = []
    for page in PdfReader(pdf).pages:
        found: list[Drawn] = []

        def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float,
                  found: list[Drawn] = found) -> None:
            if not text.strip():
                return
            _a, _b, c, d, e, f = tm
            # The text matrix, then the page's: where the string starts, and its scale.
            x, y = e * cm[0] + f * cm[2] + cm[4], e * cm[1] + f * cm[3] + cm[5]
            scale = math.hypot(c * cm[0] + d * cm[2], c * cm[1] + d * cm[3])
            found.append(Drawn(text.strip(), x, y, size * scale))

        page.extract_text(visitor_text=visit)
        out.append(found)
    return out


def page_texts(pdf: Path) -> list[str]:
    return ["\n".join(line for block in page for line in block) for page in pages(pdf)]


def kinsoku_faults(pdf: Path) -> list[str]:
    """Where a paragraph or cell was broken so that a line starts with closing punctuation
    or ends with opening punctuation (a lone "!" badge on a map breaks no rule)."""
    faults = []
    for number, page in enumerate(pages(pdf), start=1):
        for block in page:
            for above, below in itertools.pairwise(block):
                if (below and below[0] in CANNOT_START) or (above and above[-1] in CANNOT_END):
                    faults.append(f"page {number}: {above!r} / {below!r}")
    return faults


def broken_figures(pdf: Path) -> list[str]:
    """Places where one line ends inside a number and the next line goes on with it."""
    faults = []
    for number, page in enumerate(pages(pdf), start=1):
        for block in page:
            for above, below in itertools.pairwise(block):
                if _FIGURE_END.search(above) and _FIGURE_START.match(below):
                    faults.append(f"page {number}: {above!r} / {below!r}")
    return faults


def missing_glyphs(pdf: Path) -> list[str]:
    """Characters drawn with a code that has no glyph (or only .notdef) in the embedded
    font that draws them: what a viewer shows as a box. Any unembedded font counts too."""
    faults: list[str] = []
    reader = PdfReader(pdf)
    for number, page in enumerate(reader.pages, start=1):
        resources = page["/Resources"]
        fonts = {name: ref.get_object() for name, ref in resources.get("/Font", {}).items()}
        glyphs = {name: _glyph_map(font) for name, font in fonts.items()}
        current = None
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator == b"Tf":
                current = operands[0]
            elif operator in (b"Tj", b"'", b'"', b"TJ"):
                strings = operands[0] if operator == b"TJ" else operands[-1:]
                for value in strings:
                    if isinstance(value, int | float):
                        continue
                    data = value.original_bytes if hasattr(value, "original_bytes") else bytes(
                        value, "latin-1")
                    known = glyphs.get(current)
                    if known is None:
                        faults.append(f"page {number}: {current} is not embedded")
                        continue
                    faults += [f"page {number}: code {code} of {fonts[current]['/BaseFont']}"
                               for code in data if code not in known]
    return faults


def _glyph_map(font: object) -> set[int] | None:
    """The codes of an embedded TrueType subset that draw a real glyph; None if the font
    is not embedded."""
    descriptor = font.get("/FontDescriptor")  # type: ignore[attr-defined]
    if descriptor is None or "/FontFile2" not in descriptor:
        return None
    face = TTFont(io.BytesIO(descriptor["/FontFile2"].get_object().get_data()))
    order = face.getGlyphOrder()
    return {code for table in face["cmap"].tables for code, glyph in table.cmap.items()
            if glyph != order[0]}
