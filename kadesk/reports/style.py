"""What every report shares: page size, letterhead, page header and footer, text
and table styles. Text breaks by the Chinese line-breaking rules (breaking.py), a
figure never breaks, and table cells are padded so glyphs never touch the rules."""

from __future__ import annotations

import functools
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import getAscentDescent
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Table,
    TableStyle,
)

from kadesk.domain import records
from kadesk.domain.validation import logo_bytes
from kadesk.reports import fonts, formats
from kadesk.reports.breaking import Text
from kadesk.reports.strings import PAGE_SIZE_NAMES, texts
from kadesk.services.settings import zone_named

if TYPE_CHECKING:
    from kadesk.services.app import Kadesk

PAGE_SIZES: dict[str, tuple[float, float]] = dict(zip(PAGE_SIZE_NAMES, (A4, LETTER),
                                                     strict=True))
MARGIN = 18 * mm
HEADER = 16 * mm  # room above the frame for the letterhead
FOOTER = 14 * mm
HEADING_ROOM = 30 * mm  # less than this left on the page: a heading starts the next
# Less room than this (points) left on a page: a table row does not start there.
ROW_ROOM = 72
FRAME_PADDING = 6  # ReportLab's default inside each page frame
CELL_PADDING = 4  # left and right inside a table cell
INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#616e7c")
RULE = colors.HexColor("#9aa5b1")
SHADE = colors.HexColor("#e4e7eb")
LABEL = colors.HexColor("#f5f7fa")
WATERMARK = colors.Color(0.8, 0.1, 0.1, alpha=0.16)


def colour(value: str) -> colors.Color:
    """A letterhead colour; ink for anything that is not #RRGGBB (a hostile package)."""
    try:
        return colors.HexColor(value) if len(value) == 7 and value[0] == "#" else INK
    except ValueError:
        return INK


@dataclass(frozen=True)
class Letterhead:
    """Our side of the page, never the account's: the team's letterhead (company,
    colours, logo, boilerplate; synced) and this rep (the laptop's settings)."""

    team: records.Letterhead = field(default_factory=records.Letterhead)
    rep_name: str = ""
    rep_phone: str = ""
    rep_email: str = ""
    tz: tzinfo | None = None  # the rep's time zone for times of day; None: the system's

    @classmethod
    def of(cls, app: Kadesk) -> Letterhead:
        settings = app.settings.all()
        return cls(team=app.letterhead.get(), tz=zone_named(str(settings["time_zone"])),
                   **{key: str(settings[key]) for key in ("rep_name", "rep_phone", "rep_email")})

    @property
    def company_name(self) -> str:
        return self.team.company_name

    def formats(self, language: str) -> formats.Formats:
        return formats.Formats(language, self.tz)


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    muted: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    cell_head_number: ParagraphStyle  # over a column of figures
    cell_number: ParagraphStyle  # right-aligned: amounts and quantities
    cell_number_bold: ParagraphStyle
    cover: ParagraphStyle
    band: ParagraphStyle  # the company's name on the cover's colour band


@functools.cache  # one set per process and heading colour
def styles(accent: str = "") -> Styles:
    """The styles; ``accent`` (a letterhead colour) colours the headings."""
    regular, bold = fonts.register()

    def style(name: str, size: float, font: str = regular, **extra: Any) -> ParagraphStyle:
        # CJK text wants more leading than Latin; 1.45 keeps both readable. "CJK" hands
        # line breaking to breaking.Text, for both languages.
        extra.setdefault("textColor", INK)
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * 1.45,
                              wordWrap="CJK", **extra)

    return Styles(title=style("title", 16, bold, spaceAfter=2 * mm),
                  heading=style("heading", 11.5, bold, spaceBefore=4 * mm, spaceAfter=1.5 * mm,
                                textColor=colour(accent) if accent else INK),
                  body=style("body", 9.5),
                  muted=style("muted", 8.5, textColor=MUTED),
                  cell=style("cell", 8.5),
                  cell_head=style("cell_head", 8.5, bold),
                  cell_head_number=style("cell_head_number", 8.5, bold, alignment=TA_RIGHT),
                  cell_number=style("cell_number", 8.5, alignment=TA_RIGHT),
                  cell_number_bold=style("cell_number_bold", 8.5, bold, alignment=TA_RIGHT),
                  cover=style("cover", 26, bold, spaceBefore=12 * mm, spaceAfter=6 * mm),
                  band=style("band", 16, bold, textColor=colors.white))


def table_style(header: bool = True) -> TableStyle:
    commands: list[tuple[Any, ...]] = [
        # Even an empty cell sets its font: not Helvetica, which would not be embedded.
        ("FONTNAME", (0, 0), (-1, -1), fonts.register()[0]),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), SHADE))
    return TableStyle(commands)


class RowTable(Table):
    """A table that splits between rows, and inside a row taller than the space left,
    but never leaves a sliver of a row (under a repeated header) at the foot of a page.

    ReportLab's own minimum (``splitInRow=N`` for N > 1) makes tall rows fail to
    split at all in 5.1, so the minimum is applied here instead.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("splitInRow", 1)  # ReportLab passes it on to the split parts
        super().__init__(*args, **kwargs)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        if availHeight >= ROW_ROOM or not getattr(self, "splitInRow", 1):
            self._top_align_row_at(availHeight)
            return list(super().split(availWidth, availHeight))
        self.splitInRow = 0  # whole rows only: the next page has room to split one
        try:
            return list(super().split(availWidth, availHeight))
        finally:
            self.splitInRow = 1

    def _top_align_row_at(self, height: float) -> None:
        """The row the page ends inside, if any, starts its cells at the top: centred, a
        short cell (the date beside a long outcome) was drawn in whichever part held the
        row's middle, leaving it empty on the page where the row begins."""
        bottom = 0.0
        for row, row_height in enumerate(self._rowHeights):
            bottom += row_height
            if bottom > height:
                if bottom - row_height < height:
                    self.setStyle([("VALIGN", (0, row), (-1, row), "TOP")])
                return


def heading(title: str, s: Styles, room: float = HEADING_ROOM) -> list[Flowable]:
    """A section heading that never sits alone at the foot of a page.

    Not keepWithNext: that glues the heading to what follows and, when that is
    taller than the space left, pushes both to the next page, leaving a blank.
    """
    return [CondPageBreak(room), text(title, s.heading)]


class Headed(Flowable):
    """A heading and the table under it: the heading goes where the table's first row
    goes, so it never stands alone at the foot of a page (a row taller than the space
    left, or a page end inside the reserve of RowTable, took the table away from it)."""

    def __init__(self, head: Flowable, table: Table) -> None:
        super().__init__()
        self.head, self.table = head, table

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        _w, head = self.head.wrap(availWidth, availHeight)
        self.head_height = head + self.head.getSpaceBefore() + self.head.getSpaceAfter()
        _width, height = self.table.wrap(availWidth, availHeight - self.head_height)
        self.width, self.height = availWidth, self.head_height + height
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self.wrap(availWidth, availHeight)
        parts = self.table.split(availWidth, availHeight - self.head_height)
        if not parts:
            return []  # not even the first row fits: heading and all to the next page
        return [Headed(self.head, parts[0]), *parts[1:]]

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
        table_height = self.height - self.head_height
        self.head.drawOn(canvas, x, y + table_height + self.head.getSpaceAfter())
        self.table.drawOn(canvas, x, y)


def text(value: str, style: ParagraphStyle) -> Text:
    """A paragraph of plain text: markup characters escaped, line breaks kept, each
    character in a font that has it."""
    return Text(fonts.markup(value, style.fontName).replace("\n", "<br/>"), style)


class Figure(Flowable):
    """A number, date or name on one line, never broken: it takes its own width, and
    in a narrower cell it is set smaller (down to ``MIN_SIZE``) rather than wrapped."""

    MIN_SIZE = 5.5

    def __init__(self, value: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.value = value
        self.font = style.fontName
        self.size = self.fitted = style.fontSize
        self.leading = style.leading
        self.colour = style.textColor
        self.align = {TA_RIGHT: "end", TA_CENTER: "middle"}.get(style.alignment, "start")

    @functools.cached_property
    def natural_width(self) -> float:
        return fonts.width(self.value, self.font, self.size)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        natural = self.natural_width
        self.fitted = self.size if natural <= availWidth else max(
            self.MIN_SIZE, self.size * availWidth / natural)
        self.width = availWidth
        return availWidth, self.leading

    def draw(self) -> None:
        x = {"start": 0.0, "middle": self.width / 2, "end": self.width}[self.align]
        self.canv.setFillColor(self.colour)
        # The baseline where a paragraph of the same style puts its first line.
        ascent = getAscentDescent(self.font, self.size)[0]
        fonts.draw(self.canv, (x, self.leading - ascent), self.value, (self.font, self.fitted),
                   self.align)


def fitted_widths(columns: Sequence[Sequence[str]], flex: Sequence[float], width: float,
                  style: ParagraphStyle, head: ParagraphStyle) -> list[float]:
    """Widths for a table's columns, given each column's texts (its header first).

    A column with ``flex`` 0 holds figures: it gets its widest text. The others share
    what is left in proportion to their flex, but never less than their header's
    widest word. When the figures alone would crowd out the rest (a 16-digit amount
    on Letter), all figure columns narrow together and their text is set smaller.
    """
    pad = 2 * CELL_PADDING + 1

    def widest_word(value: str) -> float:
        return max((fonts.width(w, head.fontName, head.fontSize) for w in value.split()),
                   default=0.0)

    fixed = [max([widest_word(texts[0])] + [fonts.width(v, style.fontName, style.fontSize)
                                            for v in texts[1:]]) + pad if f == 0 else 0.0
             for texts, f in zip(columns, flex, strict=True)]
    floor = [widest_word(texts[0]) + pad if f else 0.0
             for texts, f in zip(columns, flex, strict=True)]
    room = width - sum(fixed)
    if room < sum(floor) + width * 0.25:  # keep a quarter of the width for the prose
        scale = max(0.0, width * 0.75 - sum(floor)) / sum(fixed)
        fixed = [w * scale for w in fixed]
        room = width - sum(fixed)
    total = sum(flex)
    return [w if f == 0 else max(floor[i], room * f / total)
            for i, (w, f) in enumerate(zip(fixed, flex, strict=True))]


def section(title_text: str, columns: Sequence[str], rows: Sequence[Sequence[str]],
            fractions: Sequence[float], *, s: Styles, empty: str, width: float,
            ) -> list[Flowable]:
    """A heading and a table of plain-text rows; ``empty`` in place of an empty table.

    A column of fraction 0 holds what must not break (dates, times, names, counts): it
    is as wide as its widest value and never wraps; the others share the rest by their
    fractions. The header row repeats on every page and a tall row splits across pages.
    """
    if not rows:
        return [*heading(title_text, s), text(empty, s.body)]
    values = [[value or "—" for value in row] for row in rows]
    widths = fitted_widths([[c, *(row[i] for row in values)] for i, c in enumerate(columns)],
                           fractions, width, s.cell, s.cell_head)
    cells: list[list[Flowable]] = [[text(c, s.cell_head) for c in columns]]
    cells += [[Figure(value, s.cell) if fractions[i] == 0 else text(value, s.cell)
               for i, value in enumerate(row)] for row in values]
    table = RowTable(cells, colWidths=widths, repeatRows=1)
    table.setStyle(table_style())
    return [CondPageBreak(HEADING_ROOM), Headed(text(title_text, s.heading), table)]


def facts(short: Sequence[tuple[str, str]], long: Sequence[tuple[str, str]] = (), *,
          s: Styles, width: float) -> Table:
    """Label/value pairs: short ones two to a row, long texts across the full width."""
    rows: list[list[Flowable | str]] = []
    for i in range(0, len(short), 2):
        row: list[Flowable | str] = []
        for label, value in short[i:i + 2]:
            row += [text(label, s.cell_head), text(value or "—", s.cell)]
        rows.append(row + [""] * (4 - len(row)))
    paired = len(rows)
    for label, value in long:
        rows.append([text(label, s.cell_head), text(value or "—", s.cell), "", ""])
    table = RowTable(rows, colWidths=[width * f for f in (0.18, 0.32, 0.18, 0.32)])
    style = table_style(header=False)
    style.add("BACKGROUND", (0, 0), (0, -1), LABEL)
    if paired:
        style.add("BACKGROUND", (2, 0), (2, paired - 1), LABEL)
    for r in range(paired, len(rows)):
        style.add("SPAN", (1, r), (3, r))
    table.setStyle(style)
    return table


def logo(team: records.Letterhead) -> ImageReader | None:
    """The team's logo, or None when unset or unreadable: the report goes out without it."""
    data = logo_bytes(team.logo) if team.logo else None
    if data is None:
        return None
    try:
        reader = ImageReader(io.BytesIO(data))
        reader.getSize()
    except Exception:  # any unreadable image means "no logo", never a failed report
        return None
    return reader


def fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut (with an ellipsis) so it fits ``width`` on one line."""
    if fonts.width(text, font, size) <= width:
        return text
    while text and fonts.width(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def _canvas_class(letterhead: Letterhead, title: str, language: str, watermark: str
                  ) -> type[Canvas]:
    """A canvas that draws header and footer once the page count is known, and
    ``watermark`` (if any) across every page."""
    regular, bold = fonts.register()
    words = texts(language)
    image = logo(letterhead.team)
    band = colour(letterhead.team.colour)
    contact = "  ·  ".join(part for part in (letterhead.rep_name, letterhead.rep_phone,
                                             letterhead.rep_email) if part)

    class PagedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - ReportLab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._decorate(number, len(self._pages))
                super().showPage()
            super().save()

        def _decorate(self, page: int, pages: int) -> None:
            width, height = self._pagesize
            top = height - MARGIN + 4 * mm
            left, right = MARGIN, width - MARGIN
            if watermark:
                self._watermark(width, height)
            x = left
            if image is not None:
                w, h = image.getSize()
                logo_h = 9 * mm
                logo_w = min(30 * mm, logo_h * w / h)
                self.drawImage(image, x, top - 1.5 * mm, logo_w, logo_h,
                               preserveAspectRatio=True, anchor="sw", mask="auto")
                x += logo_w + 3 * mm
            self.setFillColor(INK)
            fonts.draw(self, (x, top), fit(letterhead.company_name, bold, 10, (right - x) * 0.55),
                       (bold, 10))
            self.setFillColor(MUTED)
            fonts.draw(self, (right, top), fit(title, regular, 9, (right - x) * 0.4), (regular, 9),
                       "end")
            self.setStrokeColor(band)
            self.setLineWidth(0.8)
            self.line(left, top - 2.5 * mm, right, top - 2.5 * mm)
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            bottom = MARGIN - 8 * mm
            self.line(left, bottom + 4 * mm, right, bottom + 4 * mm)
            page_text = words["page"].format(page=page, pages=pages)
            fonts.draw(self, (right, bottom), page_text, (regular, 8), "end")
            room = right - left - fonts.width(page_text, regular, 8) - 6 * mm
            fonts.draw(self, (left, bottom), fit(contact, regular, 8, room), (regular, 8))

        def _watermark(self, width: float, height: float) -> None:
            self.saveState()
            self.setFillColor(WATERMARK)
            self.translate(width / 2, height / 2)
            self.rotate(35)
            size = min(96.0, width * 0.9 / max(1.0, fonts.width(watermark, bold, 1)))
            fonts.draw(self, (0, -size / 3), watermark, (bold, size), "middle")
            self.restoreState()

    return PagedCanvas


def build_pdf(target: Path, story: Sequence[Flowable], *, title: str, letterhead: Letterhead,
              language: str, page_size: str = "A4", watermark: str = "") -> None:
    """Lay ``story`` out on pages of ``page_size`` with our header and footer; the story
    may turn pages sideways for a while (``sideways``)."""
    regular, _bold = fonts.register()
    size = PAGE_SIZES[page_size]
    # initialFontName: else every page starts in Helvetica, named in the PDF but not embedded.
    doc = BaseDocTemplate(str(target), pagesize=size, title=title, initialFontName=regular,
                          author=letterhead.rep_name or letterhead.company_name,
                          creator="kadesk", leftMargin=MARGIN, rightMargin=MARGIN,
                          topMargin=MARGIN + HEADER - 8 * mm,
                          bottomMargin=MARGIN + FOOTER - 8 * mm)
    templates = []
    for name, (w, h) in (("page", size), ("sideways", landscape(size))):
        frame = Frame(doc.leftMargin, doc.bottomMargin, w - 2 * MARGIN,
                      h - doc.topMargin - doc.bottomMargin, id=name)
        templates.append(PageTemplate(id=name, frames=[frame], pagesize=(w, h)))
    doc.addPageTemplates(templates)
    doc.build(list(story), canvasmaker=_canvas_class(letterhead, title, language, watermark))


def sideways(parts: Sequence[Flowable], after: Sequence[Flowable] = ()) -> list[Flowable]:
    """``parts`` on landscape pages, one a page, ``after`` following the last; then back
    to upright pages."""
    out: list[Flowable] = [NextPageTemplate("sideways"), PageBreak()]
    for n, part in enumerate(parts):
        out += [PageBreak()] if n else []
        out.append(part)
    return [*out, *after, NextPageTemplate("page"), PageBreak()]


def frame_size(page_size: str = "A4", *, turned: bool = False) -> tuple[float, float]:
    """What a flowable may take on an upright (or landscape) page: the page less margins,
    header, footer and the frame's padding."""
    w, h = landscape(PAGE_SIZES[page_size]) if turned else PAGE_SIZES[page_size]
    return (w - 2 * MARGIN - 2 * FRAME_PADDING,
            h - 2 * MARGIN - HEADER - FOOTER + 16 * mm - 2 * FRAME_PADDING)


def frame_width(page_size: str = "A4") -> float:
    """The width a flowable may take: the page less the margins and the frame's padding."""
    return frame_size(page_size)[0]
