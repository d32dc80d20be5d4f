"""Preferences: the rep's time zone, and the team letterhead (refusals under the field,
nothing saved until it is right)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from kadesk.services.app import Kadesk
from kadesk.ui.labels import Formatter
from kadesk.ui.preferences import PreferencesDialog
from tests.ui.typing import type_text

pytestmark = pytest.mark.gui


def test_time_zone_and_letterhead(qtbot: QtBot, app: Kadesk) -> None:
    dialog = PreferencesDialog(app, Formatter("en_US"))
    qtbot.addWidget(dialog)
    dialog.time_zone.setCurrentIndex(dialog.time_zone.findData("Asia/Shanghai"))
    letterhead = dialog.edit_letterhead()
    type_text(qtbot, letterhead.lines["company_name"], "远航物流有限公司")
    type_text(qtbot, letterhead.lines["credit_code"], "91350100M000100Y44")
    letterhead.accept()
    assert letterhead.isVisible()
    assert "unified social credit code" in letterhead.form.error_text("credit_code")
    assert app.letterhead.get().company_name == ""
    letterhead.lines["credit_code"].setText("91350100M000100Y43")
    letterhead.accept()
    assert not letterhead.isVisible()
    assert app.letterhead.get().credit_code == "91350100M000100Y43"
    assert app.letterhead.get().company_name == "远航物流有限公司"
    dialog.accept()
    assert app.settings.get("time_zone") == "Asia/Shanghai"
