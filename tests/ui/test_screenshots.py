"""The app under a real X server (Xvfb) on demo data, in both languages: the main
views are drawn with real data, and the Chinese text in a CJK font (not boxes)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
VIEWS = ("agenda", "profile", "contacts", "map", "visits", "proposals")

pytestmark = pytest.mark.gui


def test_chinese_has_a_font() -> None:
    # What fontconfig gives Chinese text: without a CJK font, Qt draws boxes.
    family = subprocess.run(["fc-match", "-f", "%{family}", ":lang=zh-cn"], check=True,
                            capture_output=True, text=True).stdout
    assert any(name in family for name in ("WenQuanYi", "Noto Sans CJK", "Noto Sans SC")), family


@pytest.mark.parametrize("language", ["zh_CN", "en_US"])
def test_main_views_under_xvfb(tmp_path: Path, language: str) -> None:
    data, shots = tmp_path / "demo", tmp_path / "shots"
    subprocess.run([sys.executable, "-m", "kadesk", "--data-dir", str(data), "demo",
                    "--accounts", "40"], check=True, capture_output=True)
    subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", sys.executable,
                    str(ROOT / "scripts" / "screenshot.py"), str(data), str(shots),
                    "--lang", language], check=True, capture_output=True, timeout=120,
                   env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})
    for view in VIEWS:
        image = QImage(str(shots / f"{view}-{language}.png"))
        assert (image.width(), image.height()) == (1280, 800), view
        # A drawn window, not a blank or black grab: many distinct colours.
        colours = {image.pixel(x, y) for x in range(0, 1280, 16) for y in range(0, 800, 16)}
        assert len(colours) > 20, view
