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
from kadesk.domain.enums import BuyingRole, RelationKind
from kadesk.domain.records import Contact
from kadesk.reports import fonts
from kadesk.reports.contact_map import map_drawing, map_pages, smallest_text
from kadesk.services.app import Kadesk
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


def buying_centre(size: int) -> list[Contact]:
    """``size`` people, four reporting to each manager, every role among them."""
    roles = list(BuyingRole)
    return [person(f"p{i}", f"联系人{i}号", f"p{(i - 1) // 4}" if i else None,
                   title="技术总监", buying_role=roles[i % len(roles)]) for i in range(size)]


@pytest.mark.parametrize("size", [12, 30, 60])
def test_the_map_on_paper_stays_legible_and_shows_everyone(size: int) -> None:
    drawing = build_map(buying_centre(size), [], now=NOW, language="en_US")
    width, height = 493.0, 640.0  # A4's frame, as the brief gives it
    parts = map_pages(drawing, fonts.REGULAR, fonts.BOLD, width=width, height=height)
    assert all(part.scale * smallest_text(drawing) >= 7 for part in parts)  # type: ignore[attr-defined]
    assert all(part.width <= width + 0.5 and part.height <= height + 0.5 for part in parts)
    b = drawing.bounds
    for node in drawing.nodes:  # every box is in some part (map y runs down, parts' up)
        assert any(p.x0 <= node.box.x - b.x < p.x0 + p.width / p.scale  # type: ignore[attr-defined]
                   and p.y0 <= b.y + b.h - node.box.y - node.box.h  # type: ignore[attr-defined]
                   < p.y0 + p.height / p.scale for p in parts), node.name  # type: ignore[attr-defined]
    if size == 12:
        [whole] = parts  # one page, using the width
        assert whole.width > width * 0.95


def test_a_friend_line_is_drawn_over_the_boxes() -> None:
    drawing = build_map(PEOPLE, [relation("it", "buyer", RelationKind.FRIEND)], now=NOW,
                        language="zh_CN")
    [group] = map_drawing(drawing, fonts.REGULAR).contents
    kinds = [type(shape).__name__ for shape in group.contents]  # type: ignore[attr-defined]
    dotted = max(i for i, shape in enumerate(group.contents)  # type: ignore[attr-defined]
                 if getattr(shape, "strokeDashArray", None))
    assert dotted > max(i for i, kind in enumerate(kinds) if kind == "Rect")


def test_a_wide_buying_centre_goes_on_landscape_pages(app: Kadesk, tmp_path: Path) -> None:
    """21 people, five reports each: upright, the map would need a second page for a
    sliver of it; landscape takes as many pages with no sliver (brief._map's rule)."""
    from kadesk.domain.records import AccountFields, ContactFields
    from kadesk.files import write_atomically
    from kadesk.reports import brief

    account = app.accounts.create(AccountFields(name="华为技术有限公司")).record.id
    ids: list[str] = []
    for i in range(21):
        ids.append(app.contacts.create(ContactFields(
            account_id=account, name=f"联系人{i}号", reports_to_id=ids[(i - 1) // 5] if i else None,
            buying_role=list(BuyingRole)[i % 7])).record.id)
    data = brief.gather(app, account)
    pdf = tmp_path / "brief.pdf"
    write_atomically(pdf, lambda temp: brief.render(data, temp))
    pages = PdfReader(pdf).pages
    wide = [p for p in pages if p.mediabox.width > p.mediabox.height]
    assert wide and pages[0].mediabox.width < pages[0].mediabox.height  # upright around it
    assert pages[-1].mediabox.width < pages[-1].mediabox.height
    text = "".join(p.extract_text() for p in wide)
    assert all(f"联系人{i}号" in text for i in range(21))
