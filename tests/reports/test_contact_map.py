"""The contact map in a PDF: vector shapes and real text (every name can be found and
copied), drawn from the same description as the screen."""

from __future__ import annotations

import re
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.graphics.shapes import Drawing, Group, String
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate

from kadesk.domain import contact_map as cm
from kadesk.domain.contact_map import build_map
from kadesk.domain.enums import BuyingRole, Influence, RelationKind
from kadesk.domain.records import (
    AccountFields,
    Contact,
    ContactFields,
    ContactRelation,
    ContactRelationFields,
)
from kadesk.files import write_atomically
from kadesk.reports import brief, fonts
from kadesk.reports.contact_map import MIN_PRINTED, map_drawing
from kadesk.reports.strings import texts
from kadesk.services.app import Kadesk
from tests.domain.test_contact_map import PEOPLE, person, relation
from tests.reports.layout import drawn, page_texts

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


ROLES = list(BuyingRole)
INFLUENCE = [Influence.HIGH, Influence.MEDIUM, Influence.LOW]


def buying_centre(app: Kadesk, size: int, fan: int = 4) -> tuple[str, list[Contact]]:
    """An account of ``size`` people, ``fan`` reporting to each manager, every role and
    box size among them; each title unique, so a test can tell whose it is. Every
    fourth person has a tie (of each kind in turn) to someone at the other end."""
    account = app.accounts.create(AccountFields(name="华润万家有限公司")).record.id
    people: list[Contact] = []
    for i in range(size):
        people.append(app.contacts.create(ContactFields(
            account_id=account, name=f"联系人{i}号", title=f"总监{i}",
            reports_to_id=people[(i - 1) // fan].id if i else None,
            buying_role=ROLES[i % len(ROLES)], influence=INFLUENCE[min(2, i // 3 % 3)],
        )).record)
    kinds = list(RelationKind)
    for n, i in enumerate(range(0, size // 2, 4)):
        app.relations.create(ContactRelationFields(
            account_id=account, from_contact_id=people[i].id,
            to_contact_id=people[size - 1 - i].id, kind=kinds[n % len(kinds)]))
    return account, people


def print_brief(app: Kadesk, account: str, pdf: Path, language: str = "en_US") -> None:
    data = brief.gather(app, account, language=language)
    write_atomically(pdf, lambda temp: brief.render(data, temp, language=language))


def boxes_on_paper(pdf: Path, people: list[Contact], language: str) -> dict[str, int]:
    """The page each person's box is printed on, checking that the box is whole there:
    the name printed once in the whole brief, and on its page the title and the role
    badge where that box puts them (beside and below the name, at the page's scale)."""
    pages = drawn(pdf)
    found: dict[str, int] = {}
    for c in people:
        [(number, name)] = [(n, d) for n, page in enumerate(pages) for d in page
                            if d.text == c.name]
        scale = name.size / cm.NAME_SIZE[c.influence]
        w, h = cm.node_size(c)
        page = pages[number]
        assert any(d.text == c.title and abs(d.x - name.x) < 0.5
                   and abs(name.y - d.y - 14 * scale) < 0.5 for d in page), c.name
        badge = cm.badge_label(c.buying_role, language)  # type: ignore[arg-type]
        below = (h - 7.5 - 7 - cm.NAME_SIZE[c.influence]) * scale
        [tag] = [d for d in page if d.text == badge and name.x < d.x < name.x + w * scale
                 and abs(name.y - d.y - below) < 0.5]
        # Whole inside the box (in the wider of the two faces): never clipped.
        left = name.x - (box_name_x(c, language)) * scale
        ends = max(stringWidth(badge, face, tag.size) for face in (fonts.REGULAR, fonts.BOLD))
        assert tag.x + ends <= left + w * scale, (c.name, badge)
        found[c.id] = number
    return found


def box_name_x(c: Contact, language: str) -> float:
    """How far into its box the person's name starts."""
    w, h = cm.node_size(c)
    shapes = cm.node_shapes(c, cm.Box(0, 0, w, h), NOW, language)
    return next(s.x for s in shapes if isinstance(s, cm.Text) and s.text == c.name)


def told_in_words(pdf: Path, language: str, people: list[Contact],
                  relations: list[ContactRelation]) -> set[str]:
    """The ties the brief tells under the map, as it words them."""
    text = re.sub(r"\s", "", "".join(page_texts(pdf)))
    t = texts(language)
    names = {c.id: c.name for c in people}
    return {r.id for r in relations
            if re.sub(r"\s", "", t["map_tie"].format(
                a=names[r.from_contact_id], b=names[r.to_contact_id], kind=r.kind.label(language),
                sign="→" if r.kind == RelationKind.INFLUENCES else "—")) in text}


def smallest_on(pdf: Path, pages: set[int]) -> float:
    return min(d.size for n, page in enumerate(drawn(pdf)) if n in pages for d in page)


@pytest.mark.parametrize("language", ["zh_CN", "en_US"])
@pytest.mark.parametrize("size", [1, 12, 30, 60])
def test_the_map_on_paper_stays_legible_and_never_cuts_a_box(
        app: Kadesk, tmp_path: Path, size: int, language: str) -> None:
    account, people = buying_centre(app, size)
    relations = app.relations.of_account(account)
    pdf = tmp_path / "brief.pdf"
    print_brief(app, account, pdf, language)
    on = boxes_on_paper(pdf, people, language)
    assert round(smallest_on(pdf, set(on.values())), 2) >= MIN_PRINTED
    pages = len(set(on.values()))
    if size <= 12:
        # One page: under the profile, or (no room there) alone on the next.
        assert pages == 1 and set(on.values()) <= {0, 1}
    else:
        # Continued between rows of boxes, on as few pages as the area needs.
        assert pages <= {30: 2, 60: 4}[size]
    # Every tie is drawn, clear of the boxes (tests/domain/test_map_routes.py), where
    # both people print on one page; where they print on two, it is told in words.
    apart = {r.id for r in relations if on[r.from_contact_id] != on[r.to_contact_id]}
    assert told_in_words(pdf, language, people, relations) == apart
    assert (texts(language)["map_ties"] in "".join(page_texts(pdf))) == bool(apart)
    if size == 60:
        assert apart  # the test sees the words


@pytest.mark.parametrize(("fan", "page"), [(4, 0), (6, 1)])
def test_a_12_person_map_prints_whole_with_the_profile_or_alone(
        app: Kadesk, tmp_path: Path, fan: int, page: int) -> None:
    """Four to a manager, the map fits under the profile; six to a manager its columns
    are too tall for the room left there, and it prints whole on the next page."""
    account, people = buying_centre(app, 12, fan=fan)
    pdf = tmp_path / "brief.pdf"
    print_brief(app, account, pdf, language="zh_CN")
    assert set(boxes_on_paper(pdf, people, "zh_CN").values()) == {page}
    assert round(smallest_on(pdf, {page}), 2) >= MIN_PRINTED
    assert ("关系图" in page_texts(pdf)[0]) == (page == 0)  # the heading goes with the map


def test_a_friend_line_is_drawn_over_the_boxes() -> None:
    drawing = build_map(PEOPLE, [relation("it", "buyer", RelationKind.FRIEND)], now=NOW,
                        language="zh_CN")
    [group] = map_drawing(drawing, fonts.REGULAR).contents
    kinds = [type(shape).__name__ for shape in group.contents]  # type: ignore[attr-defined]
    dotted = max(i for i, shape in enumerate(group.contents)  # type: ignore[attr-defined]
                 if getattr(shape, "strokeDashArray", None))
    assert dotted > max(i for i, kind in enumerate(kinds) if kind == "Rect")


