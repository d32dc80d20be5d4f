"""The team letterhead: one synced row every replica holds, validated like any entity,
and the old per-laptop company name moved into it."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from kadesk.domain.enums import CoverStyle
from kadesk.domain.errors import ValidationError
from kadesk.paths import db_path
from kadesk.services.app import Kadesk
from kadesk.store import models as m

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==")


def test_a_fresh_database_has_an_empty_letterhead(app: Kadesk) -> None:
    head = app.letterhead.get()
    assert head.company_name == "" and head.cover_style is CoverStyle.BAND


def test_update_validates_and_keeps_the_rest(app: Kadesk) -> None:
    app.letterhead.update(company_name="远航物流有限公司", credit_code="91350100M000100Y43",
                          logo=base64.b64encode(PNG).decode())
    for bad in ({"credit_code": "91350100M000100Y44"}, {"colour": "red"},
                {"logo": base64.b64encode(b"GIF89a").decode()},
                {"logo": base64.b64encode(PNG + b"\0" * 300_000).decode()},
                {"no_such_field": "x"}):
        with pytest.raises(ValidationError):
            app.letterhead.update(profile="改了", **bad)
    head = app.letterhead.get()
    assert head.company_name == "远航物流有限公司" and head.profile == ""
    assert base64.b64decode(head.logo) == PNG


def test_an_edit_is_clocked_for_sync(app: Kadesk) -> None:
    before = app.letterhead.get()
    app.letterhead.update(company_name="远航物流有限公司")
    with app.db.read() as session:
        row = session.get(m.Letterhead, m.LETTERHEAD_ID)
        assert row is not None and row.row_seq > 0
    assert app.letterhead.get().updated_at != before.updated_at


def test_the_old_company_setting_moves_to_the_letterhead(data_dir: Path, tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(PNG)
    with Kadesk.open(db_path()) as app, app.db.write() as session:
        session.add_all([m.Setting(key="company_name", value=json.dumps("顺达物流")),
                         m.Setting(key="company_logo", value=json.dumps(str(logo)))])
    with Kadesk.open(db_path()) as app:
        head = app.letterhead.get()
        assert head.company_name == "顺达物流"
        assert base64.b64decode(head.logo) == PNG
        assert "company_name" not in app.settings.all()
