"""Walk a rep's journeys (shared/design/UX.md) through the real window, keyboard first,
and save what the rep sees at each step: for review, and for docs/images.

Run under a real X server so fonts render as users see them:
    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/journeys.py \
        DATA_DIR OUT_DIR [--lang zh_CN|en_US]

DATA_DIR holds a demo database (``kadesk --data-dir DATA_DIR demo --accounts 120``);
the walk changes it (a visit logged, a colleague's package imported). Writes
OUT_DIR/journey-<n>-<step>-<lang>.png.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from kadesk.domain.enums import Tier
from kadesk.domain.money import Money
from kadesk.paths import db_path
from kadesk.services.app import Kadesk
from kadesk.ui import i18n
from kadesk.ui.conflicts import ConflictsDialog
from kadesk.ui.main_window import MainWindow

SETTLE_MS = 400  # long enough for a window to be mapped and painted under Xvfb


class Walk:
    def __init__(self, out: Path, language: str) -> None:
        self.out, self.language = out, language

    def save(self, widget: QWidget, name: str) -> None:
        QTest.qWait(SETTLE_MS)
        path = self.out / f"{name}-{self.language}.png"
        if not widget.grab().save(str(path)):
            raise SystemExit(f"could not write {path}")
        print(path)

    @staticmethod
    def keys(*presses: Qt.Key | tuple[Qt.Key, Qt.KeyboardModifier]) -> None:
        for press in presses:
            key, modifier = press if isinstance(press, tuple) else (
                press, Qt.KeyboardModifier.NoModifier)
            target = QApplication.focusWidget()
            assert target is not None
            QTest.keyClick(target, key, modifier)

    @staticmethod
    def type(text: str) -> None:
        """As an input method delivers it: committed text (QTest knows ASCII keys only)."""
        from PySide6.QtGui import QInputMethodEvent

        target = QApplication.focusWidget()
        assert target is not None
        for char in text:
            if char.isascii():
                QTest.keyClicks(target, char)
            else:
                event = QInputMethodEvent()
                event.setCommitString(char)
                QApplication.sendEvent(target, event)


def log_a_visit(walk: Walk, window: MainWindow) -> None:
    """Journey 4, keyboard only: two people met, a summary, an objection, a follow-up."""
    chinese = walk.language == "zh_CN"
    window.activateWindow()
    QTest.qWait(100)
    walk.keys((Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier))
    editor = window.workspace.visits.editor
    assert editor is not None
    editor.activateWindow()
    QTest.qWait(SETTLE_MS)
    walk.keys(Qt.Key.Key_Space, Qt.Key.Key_Down, Qt.Key.Key_Space, Qt.Key.Key_Tab)
    walk.type("季度业务回顾，客户希望降低运价" if chinese
              else "Quarterly review; they want a lower rate")
    walk.keys(Qt.Key.Key_Tab)
    walk.type("价格")
    walk.keys(Qt.Key.Key_Return)
    walk.type("比现在贵一成" if chinese else "10% dearer")
    walk.keys(Qt.Key.Key_Tab)
    walk.type("算总成本" if chinese else "total cost is lower")
    walk.keys(Qt.Key.Key_Tab, Qt.Key.Key_Tab)
    walk.type("寄送报价" if chinese else "send the quote")
    walk.keys(Qt.Key.Key_Tab)
    walk.type("下周一" if chinese else "+7")
    walk.keys(Qt.Key.Key_Tab)
    walk.save(editor, "journey-4-visit-dialog")
    walk.keys((Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier))
    window.workspace.visits.view.selectRow(0)
    walk.save(window, "journey-4-visit-read")


def settle_a_conflict(walk: Walk, app: Kadesk, window: MainWindow) -> None:
    """Journey 6: a colleague changed the same account; the conflict list, the profile."""
    account = window.workspace.account
    assert account is not None
    with tempfile.TemporaryDirectory() as folder, \
            Kadesk.open(Path(folder) / "colleague" / "kadesk.db") as colleague:
        colleague.sync.set_up_from(app.sync.export_full(Path(folder) / "all.kadesk-sync")
                                   .path)
        colleague.settings.set(rep_name="李娜")
        colleague.accounts.update(account.id, annual_revenue=Money(1_250_000_000),
                                  tier=Tier.A)
        app.accounts.update(account.id, annual_revenue=Money(1_100_000_000), tier=Tier.B)
        app.sync.import_package(colleague.sync.export_full(Path(folder) / "b.kadesk-sync")
                                .path)
    dialog = ConflictsDialog(app, window.fmt, window)
    dialog.show()
    walk.save(dialog, "journey-6-conflicts")
    dialog.close()
    window.workspace.tabs.setCurrentWidget(window.workspace.profile)
    walk.save(window, "journey-6-profile-after-import")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--lang", default="zh_CN", choices=sorted(i18n.LANGUAGES))
    args = parser.parse_args()
    args.out_dir.mkdir(parents=True, exist_ok=True)
    QApplication(sys.argv)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      tempfile.mkdtemp(prefix="kadesk-walk-"))
    i18n.install(args.lang)
    walk = Walk(args.out_dir, args.lang)
    with Kadesk.open(db_path(args.data_dir)) as app:
        owners = app.accounts.owners()
        app.settings.set(rep_name=owners[0] if owners else "王强")
        window = MainWindow(app, args.lang)
        window.resize(1280, 800)
        window.show()
        window.activateWindow()
        # 1. Morning: my agenda.
        window.show_agenda()
        walk.save(window, "journey-1-agenda")
        # 2. and 3. Find an account, open it: the contacts with phone and WeChat.
        window.open_account(window.model.account_id(0))
        window.workspace.tabs.setCurrentWidget(window.workspace.contacts)
        walk.save(window, "journey-3-contacts")
        log_a_visit(walk, window)
        settle_a_conflict(walk, app, window)
        window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
