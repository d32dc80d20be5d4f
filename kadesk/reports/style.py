"""What every report shares: page size, letterhead, page header and footer, text
and table styles. Text wraps the CJK way (a line may break between any two Chinese
characters) and table cells are padded so glyphs never touch the rules."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate, TableStyle

from kadesk.reports import fonts
from kadesk.reports.strings import PAGE_SIZE_NAMES, texts

PAGE_SIZES: dict[str, tuple[float, float]] = dict(zip(PAGE_SIZE_NAMES, (A4, LETTER),
                                                     strict=True))
MARGIN = 18 * mm
HEADER = 16 * mm  # room above the frame for the letterhead
FOOTER = 14 * mm
INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#616e7c")
RULE = colors.HexColor("#9aa5b1")
SHADE = colors.HexColor("#e4e7eb")


@dataclass(frozen=True)
class Letterhead:
    """Our side of the page: from the settings, not from the account."""

    company_name: str = ""
    logo: str = ""
    rep_name: str = ""
    rep_phone: str = ""
    rep_email: str = ""

    @classmethod
    def from_settings(cls, settings: Mapping[str, Any]) -> Letterhead:
        return cls(**{key: str(settings.get(key) or "") for key in
                      ("company_name", "rep_name", "rep_phone", "rep_email")},
                   logo=str(settings.get("company_logo") or ""))


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    muted: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle


def styles() -> Styles:
    regular, bold = fonts.register()

    def style(name: str, size: float, font: str = regular, **extra: Any) -> ParagraphStyle:
        # CJK text wants more leading than Latin; 1.45 keeps both readable.
        extra.setdefault("textColor", INK)
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * 1.45,
                              wordWrap="CJK", **extra)

    return Styles(title=style("title", 16, bold, spaceAfter=2 * mm),
                  # keepWithNext: a heading never sits alone at the foot of a page.
                  heading=style("heading", 11.5, bold, spaceBefore=4 * mm, spaceAfter=1.5 * mm,
                                keepWithNext=1),
                  body=style("body", 9.5),
                  muted=style("muted", 8.5, textColor=MUTED),
                  cell=style("cell", 8.5),
                  cell_head=style("cell_head", 8.5, bold))


def table_style(header: bool = True) -> TableStyle:
    commands: list[tuple[Any, ...]] = [
        # Even an empty cell sets its font: not Helvetica, which would not be embedded.
        ("FONTNAME", (0, 0), (-1, -1), fonts.register()[0]),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), SHADE))
    return TableStyle(commands)


def _logo(path: str) -> ImageReader | None:
    """The logo, or None when unset, missing or unreadable: the report goes out without it."""
    if not path:
        return None
    try:
        reader = ImageReader(path)
        reader.getSize()
    except Exception:  # any unreadable image means "no logo", never a failed report
        return None
    return reader


def _fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut (with an ellipsis) so it fits ``width`` on one line."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def _canvas_class(letterhead: Letterhead, title: str, language: str) -> type[Canvas]:
    """A canvas that draws header and footer once the page count is known."""
    regular, bold = fonts.register()
    words = texts(language)
    logo = _logo(letterhead.logo)
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
            x = left
            if logo is not None:
                w, h = logo.getSize()
                logo_h = 9 * mm
                logo_w = min(30 * mm, logo_h * w / h)
                self.drawImage(logo, x, top - 1.5 * mm, logo_w, logo_h,
                               preserveAspectRatio=True, anchor="sw", mask="auto")
                x += logo_w + 3 * mm
            self.setFillColor(INK)
            self.setFont(bold, 10)
            self.drawString(x, top, _fit(letterhead.company_name, bold, 10, (right - x) * 0.55))
            self.setFillColor(MUTED)
            self.setFont(regular, 9)
            self.drawRightString(right, top, _fit(title, regular, 9, (right - x) * 0.4))
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(left, top - 2.5 * mm, right, top - 2.5 * mm)
            bottom = MARGIN - 8 * mm
            self.line(left, bottom + 4 * mm, right, bottom + 4 * mm)
            page_text = words["page"].format(page=page, pages=pages)
            self.setFont(regular, 8)
            self.drawRightString(right, bottom, page_text)
            room = right - left - stringWidth(page_text, regular, 8) - 6 * mm
            self.drawString(left, bottom, _fit(contact, regular, 8, room))

    return PagedCanvas


def build_pdf(target: Path, story: Sequence[Flowable], *, title: str, letterhead: Letterhead,
              language: str, page_size: str = "A4") -> None:
    """Lay ``story`` out on pages of ``page_size`` with our header and footer."""
    regular, _bold = fonts.register()
    # initialFontName: else every page starts in Helvetica, named in the PDF but not embedded.
    doc = SimpleDocTemplate(str(target), pagesize=PAGE_SIZES[page_size], title=title,
                            initialFontName=regular,
                            author=letterhead.rep_name or letterhead.company_name,
                            creator="kadesk", leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN + HEADER - 8 * mm,
                            bottomMargin=MARGIN + FOOTER - 8 * mm)
    doc.build(list(story), canvasmaker=_canvas_class(letterhead, title, language))


def frame_width(page_size: str = "A4") -> float:
    return PAGE_SIZES[page_size][0] - 2 * MARGIN
