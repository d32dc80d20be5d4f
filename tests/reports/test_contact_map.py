"""The contact map in a PDF: vector shapes and real text (every name can be found and
copied), drawn from the same description as the screen."""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.graphics.shapes import Drawing, Group, String
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate

from kadesk.domain.contact_map import build_map
from kadesk.domain.enums import RelationKind
from kadesk.reports.contact_map import map_drawing
from tests.domain.test_contact_map import PEOPLE, person, relation

NOW = datetime(2026, 3, 16, 12, tzinfo=UTC)
FONT = "KadeskTestCJK"


@pytest.fixture(scope="module")
def cjk_font() -> str:
    """A font covering Chinese, as the reports module will ship one (resources/fonts)."""
    found = subprocess.run(["fc-match", "-f", "%{file}", ":lang=zh-cn"], capture_output=True,
                           text=True, check=False).stdout
    if not found or not Path(found).exists():
        pytest.skip("no CJK font installed")
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, found, subfontIndex=0))
    return FONT


def strings(drawing: Drawing | Group) -> list[String]:
    out: list[String] = []
    for item in drawing.contents:
        if isinstance(item, Group):
            out += strings(item)
        elif isinstance(item, String):
            out.append(item)
    return out


PEOPLE_MANY = [*PEOPLE, *(person(f"s{i}", name, "it") for i, name in
                          enumerate(["欧阳娜娜", "司马文博", "诸葛亮", "上官婉儿"]))]


def test_the_pdf_holds_every_name_as_text(cjk_font: str, tmp_path: Path) -> None:
    drawing = build_map(PEOPLE_MANY, [relation("it", "buyer", RelationKind.INFLUENCES)],
                        now=NOW, language="zh_CN")
    width = A4[0] - 72
    flowable = map_drawing(drawing, cjk_font, max_width=width)
    assert flowable.width <= width + 0.01
    pdf = tmp_path / "brief.pdf"
    SimpleDocTemplate(str(pdf), pagesize=A4).build([flowable])
    reader = PdfReader(str(pdf))
    text = "".join(page.extract_text() for page in reader.pages)
    for contact in PEOPLE_MANY:
        assert contact.name in text
    assert "决策者" in text and "汇报给" in text
    # Vector, not a screenshot: the page carries no image.
    assert all(not page.images for page in reader.pages)


def test_the_drawing_keeps_the_maps_proportions_and_fonts(cjk_font: str) -> None:
    drawing = build_map(PEOPLE, [], now=NOW, language="zh_CN")
    full = map_drawing(drawing, cjk_font)
    assert (full.width, full.height) == (drawing.bounds.w, drawing.bounds.h)
    half = map_drawing(drawing, cjk_font, max_width=drawing.bounds.w / 2)
    assert half.height == pytest.approx(drawing.bounds.h / 2)
    assert {s.fontName for s in strings(full)} == {cjk_font}
    # PDF space has y upwards: the boss (top of the map) is the highest name on the page.
    by_name = {s.text: s.y for s in strings(full)}
    assert by_name["张伟"] > by_name["李娜"]
