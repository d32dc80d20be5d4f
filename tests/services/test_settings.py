"""Settings: per-installation values kept in the database."""

from __future__ import annotations

from pathlib import Path

import pytest

from kadesk.paths import db_path
from kadesk.services.app import Kadesk
from kadesk.services.settings import DEFAULTS


def test_defaults(app: Kadesk) -> None:
    assert app.settings.all() == DEFAULTS
    assert app.settings.get("currency") == "CNY"


def test_round_trip_with_chinese_text(app: Kadesk, data_dir: Path) -> None:
    app.settings.set(time_zone="Asia/Shanghai", rep_name="王小明",
                     rep_phone="+86 138 0000 0000")
    assert app.settings.get("time_zone") == "Asia/Shanghai"
    assert app.settings.get("rep_name") == "王小明"
    app.settings.set(rep_name="李 “小李” 华")
    assert app.settings.get("rep_name") == "李 “小李” 华"
    assert app.settings.get("time_zone") == "Asia/Shanghai", "other keys untouched"
    app.close()
    with Kadesk.open(db_path()) as reopened:
        assert reopened.settings.get("rep_name") == "李 “小李” 华"
        assert reopened.settings.all()["language"] == ""


def test_unknown_key_is_refused_and_nothing_stored(app: Kadesk) -> None:
    with pytest.raises(KeyError, match="colour"):
        app.settings.set(colour="red", rep_name="王小明")
    assert app.settings.all() == DEFAULTS
    with pytest.raises(KeyError):
        app.settings.get("colour")
