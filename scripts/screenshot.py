"""Save screenshots of the main views on a database: for the README and for review.

Run under a real X server so fonts render as users see them:
    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/screenshot.py \
        DATA_DIR OUT_DIR [--lang zh_CN|en_US] [--search TEXT] [--find TEXT]

Writes OUT_DIR/<view>-<lang>.png for the agenda and each workspace tab of the
first account in the list (or the first match of --search); the contact map
tab is map-<lang>.png. With --find, also search-<lang>.png: TEXT typed into the search
box, its results open under it.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from kadesk.paths import db_path
from kadesk.services.app import Kadesk
from kadesk.ui import i18n
from kadesk.ui.main_window import MainWindow

SETTLE_MS = 400  # long enough for the window to be mapped and painted under Xvfb


def _save(window: QWidget, path: Path) -> None:
    QTest.qWait(SETTLE_MS)
    if not window.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir")
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--lang", default="zh_CN", choices=sorted(i18n.LANGUAGES))
    parser.add_argument("--search", default="")
    parser.add_argument("--find", default="", help="show the search box's results for this")
    args = parser.parse_args()
    args.out_dir.mkdir(parents=True, exist_ok=True)
    QApplication(sys.argv)
    # A fresh layout every time, and the user's own window settings left alone.
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      tempfile.mkdtemp(prefix="kadesk-shots-"))
    i18n.install(args.lang)
    with Kadesk.open(db_path(args.data_dir)) as app:
        window = MainWindow(app, args.lang)
        window.resize(1280, 800)
        window.show()
        window.filters.search.setText(args.search)
        window.show_agenda()
        _save(window, args.out_dir / f"agenda-{args.lang}.png")
        # Open it directly: selecting a row that the search already selected changes nothing.
        window.open_account(window.model.account_id(0))
        for index, view in enumerate(("profile", "contacts", "map", "visits", "proposals")):
            window.workspace.tabs.setCurrentIndex(index)
            _save(window, args.out_dir / f"{view}-{args.lang}.png")
        if args.find:
            window.filters.search.setText(args.find)
            window.focus_search()
            _save(window, args.out_dir / f"search-{args.lang}.png")
        window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
