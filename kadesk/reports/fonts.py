"""The reports' font: Noto Sans SC (resources/fonts), embedded and subset in every PDF.

Loading a 10 MB TTF takes a noticeable fraction of a second, so the two weights are
registered once per process; ReportLab's built-in CID fonts are never used because
they are not embedded and print as blanks or boxes in some viewers.
"""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from kadesk.paths import resources_dir

REGULAR = "KadeskSans"
BOLD = "KadeskSans-Bold"
FILES = {REGULAR: "NotoSansSC-Regular.ttf", BOLD: "NotoSansSC-Bold.ttf"}


def register() -> tuple[str, str]:
    """Register both weights (idempotent) and return their names: (regular, bold)."""
    registered = pdfmetrics.getRegisteredFontNames()
    for name, filename in FILES.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(resources_dir() / "fonts" / filename)))
    # A family, so <b> in a paragraph picks the real bold file rather than faking it.
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR,
                                  boldItalic=BOLD)
    return REGULAR, BOLD
