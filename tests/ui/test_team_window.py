"""File → Team: secure the team, admit a colleague's request, revoke them; a refusal
shows in the user's words (issue 15)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from kadesk.domain.records import AccountFields
from kadesk.services.app import Kadesk
from kadesk.ui.main_window import MainWindow
from tests.ui.dialogs import script_questions
from tests.ui.test_sync_window import choose_file

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, app: Kadesk) -> MainWindow:
    app.accounts.create(AccountFields(name="招商银行股份有限公司"))
    shown = MainWindow(app, "en_US")
    qtbot.addWidget(shown)
    return shown


def test_secure_admit_and_revoke_from_the_window(window: MainWindow, app: Kadesk,
                                                 tmp_path: Path, said: list[str],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    with Kadesk.open(tmp_path / "乙" / "kadesk.db") as colleague:
        colleague.settings.set(rep_name="李娜")
        request = colleague.team.write_request(tmp_path / "李娜.kadesk-admission")

        choose_file(monkeypatch, request)
        window.team.admit.trigger()  # an open team has no admin yet
        assert "not secured" in said[-1]

        asked = script_questions(monkeypatch, QMessageBox.StandardButton.Yes,
                                 QMessageBox.StandardButton.Yes)
        window.team.secure.trigger()
        assert "Secure this team?" in asked[0] and "secured" in said[-1]
        window.team.admit.trigger()
        assert "Admitted 李娜" in said[-1]
        colleague.sync.set_up_from(app.sync.export_full(tmp_path / "全部.kadesk-sync").path)
        assert colleague.accounts.page()[0].name == "招商银行股份有限公司"

        monkeypatch.setattr(QInputDialog, "getItem", lambda *_a: ("李娜", True))
        window.team.revoke.trigger()
        assert "Revoke 李娜?" in asked[1] and "revoked" in said[-1]
        assert [m.name for m in app.team.roster().members] == [app.sync.own_name()]
