"""Rebuild resources/fonts/HanaMinB-ExtB.ttf: the CJK Extension B glyphs of HanaMinB.

    apt-get download fonts-hanazono && dpkg-deb -x fonts-hanazono_*.deb hanazono
    .venv/bin/python scripts/subset_ext_b.py hanazono/usr/share/fonts/truetype/hanazono/HanaMinB.ttf

Noto Sans SC has no Extension B (𠮷 U+20BB7); HanaMinB (Debian's fonts-hanazono,
TrueType outlines, which ReportLab can embed) has 42,711 of its 42,720 characters but
weighs 31 MB with Extensions C to F. This keeps Extension B only (22 MB, 12.6 MB in
the installer's gzip), without hinting or layout tables (ReportLab uses neither).
Takes about two minutes.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

EXT_B = range(0x20000, 0x2A6E0)
TARGET = Path(__file__).resolve().parent.parent / "resources" / "fonts" / "HanaMinB-ExtB.ttf"


def main(source: str) -> None:
    options = subset.Options()
    options.layout_features = []
    options.hinting = False
    options.name_IDs = ["*"]
    options.notdef_outline = True
    font = TTFont(source)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=EXT_B)
    subsetter.subset(font)
    font.save(TARGET)
    print(f"{TARGET}: {len(font.getBestCmap())} characters, {TARGET.stat().st_size:,} bytes")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    main(sys.argv[1])
