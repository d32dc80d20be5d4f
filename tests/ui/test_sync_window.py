"""Sync from the window: export and import through the File menu with progress, join
another team only when the user agrees, and settle conflicts in their view."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from kadesk.domain.enums import Tier
from kadesk.domain.money import Money
from kadesk.domain.records import AccountFields
from kadesk.services.app import Kadesk
from kadesk.ui import i18n
from kadesk.ui.conflicts import ConflictsDialog
from kadesk.ui.labels import Formatter
from kadesk.ui.main_window import MainWindow
from tests.ui.dialogs import script_questions

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, app: Kadesk) -> MainWindow:
    app.accounts.create(AccountFields(name="招商银行股份有限公司"))
    shown = MainWindow(app, "en_US")
    qtbot.addWidget(shown)
    return shown


@pytest.fixture
def colleague(tmp_path: Path) -> Kadesk:
    other = Kadesk.open(tmp_path / "乙" / "kadesk.db")
    yield other
    other.close()


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    for name in ("getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, lambda *_a: (str(path), ""))


def test_export_everything_reaches_a_colleague(qtbot, window: MainWindow, colleague: Kadesk,
                                               tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    choose_file(monkeypatch, tmp_path / "给同事")  # the extension is added
    window.sync.export_all.trigger()
    package = tmp_path / "给同事.kadesk-sync"
    qtbot.waitUntil(lambda: "exported" in window.statusBar().currentMessage(), timeout=20_000)
    summary = colleague.sync.set_up_from(package)
    assert summary.created > 0
    assert [a.name for a in colleague.accounts.page()] == ["招商银行股份有限公司"]


def test_another_teams_package_asks_before_joining(qtbot, *, window: MainWindow,
                                                   colleague: Kadesk, tmp_path: Path,
                                                   said: list[str],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    colleague.accounts.create(AccountFields(name="华为技术有限公司"))
    package = colleague.sync.export_full(tmp_path / "乙.kadesk-sync").path
    choose_file(monkeypatch, package)
    asked = script_questions(monkeypatch, QMessageBox.StandardButton.Cancel,
                             QMessageBox.StandardButton.Yes)
    window.sync.import_.trigger()  # refused: nothing changes
    qtbot.waitUntil(lambda: bool(asked), timeout=20_000)
    assert "another team" in asked[0]
    assert window.model.rowCount() == 1
    window.sync.import_.trigger()  # agreed: joined and merged
    qtbot.waitUntil(lambda: bool(said), timeout=20_000)
    assert "1 new" in said[0]
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)


def test_concurrent_edits_show_in_the_badge_and_the_view(qtbot, *, window: MainWindow,
                                                         app: Kadesk, colleague: Kadesk,
                                                         tmp_path: Path, said: list[str],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    colleague.sync.set_up_from(app.sync.export_full(tmp_path / "全部.kadesk-sync").path)
    [account] = app.accounts.page()
    colleague.accounts.update(account.id, tier=Tier.A)  # neither saw the other's edit
    app.accounts.update(account.id, tier=Tier.B)
    choose_file(monkeypatch, colleague.sync.export_full(tmp_path / "乙.kadesk-sync").path)
    assert not window.sync.badge.isVisible()
    window.sync.import_.trigger()
    qtbot.waitUntil(lambda: bool(said), timeout=20_000)
    assert "1 conflict needs a look" in said[0]
    assert window.sync.badge.text() == "⚠ 1 sync conflict"

    view = ConflictsDialog(app, window.fmt, window)
    qtbot.addWidget(view)
    assert view.table.rowCount() == 1
    assert view.table.item(0, 1).text() == "Edited on both sides"
    assert view.table.item(0, 2).text() == "招商银行股份有限公司"
    kept = app.accounts.get(account.id).tier
    assert view.keep_mine.isEnabled() and not view.merge.isEnabled()
    (view.keep_theirs if kept == Tier.A else view.keep_mine).click()  # keep B, the loser
    assert app.accounts.get(account.id).tier == Tier.B
    assert view.table.rowCount() == 0 and app.sync.conflicts() == []
    window.sync.update_badge()
    assert not window.sync.badge.isVisible()


def test_exporting_changes_with_no_colleague_yet_offers_a_full_package(
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    asked = script_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    choose_file(monkeypatch, tmp_path / "全部")
    window.sync.export_changes.trigger()
    assert "Nobody has sent one yet" in asked[0] and "Export everything instead?" in asked[0]
    qtbot.waitUntil((tmp_path / "全部.kadesk-sync").exists, timeout=20_000)


def test_sync_has_a_menu_of_its_own(window: MainWindow) -> None:
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    assert window.sync.import_ in menus["&Sync"].actions()
    assert window.sync.import_ not in menus["&File"].actions()
    for menu in menus.values():  # no two items of one menu share a shortcut letter
        letters = [a.text().split("&")[1][0].lower() for a in menu.actions() if "&" in a.text()]
        assert len(letters) == len(set(letters)), menu.title()


def test_export_changes_for_a_colleague(qtbot, *, window: MainWindow, app: Kadesk,
                                        colleague: Kadesk, tmp_path: Path, said: list[str],
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    colleague.sync.set_up_from(app.sync.export_full(tmp_path / "全部.kadesk-sync").path)
    app.sync.import_package(colleague.sync.export_full(tmp_path / "乙.kadesk-sync").path)
    app.accounts.create(AccountFields(name="比亚迪股份有限公司"))
    offered: list[list[str]] = []

    def pick(_parent, _title, _label, items, *_args):
        offered.append(items)
        return items[0], True

    monkeypatch.setattr(QInputDialog, "getItem", pick)
    choose_file(monkeypatch, tmp_path / "给乙.kadesk-sync")
    window.sync.export_changes.trigger()
    qtbot.waitUntil(lambda: "exported" in window.statusBar().currentMessage(), timeout=20_000)
    assert len(offered[0]) == 1
    summary = colleague.sync.import_package(tmp_path / "给乙.kadesk-sync")
    assert summary.created == 1
    assert "比亚迪股份有限公司" in [a.name for a in colleague.accounts.page()]


def test_undo_last_import_names_it_and_asks_first(qtbot, *, window: MainWindow,
                                                  colleague: Kadesk, tmp_path: Path,
                                                  said: list[str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    window.sync.undo.trigger()  # nothing imported yet: says so
    assert said and "no package import to undo" in said.pop()
    colleague.accounts.create(AccountFields(name="华为技术有限公司"))
    package = colleague.sync.export_full(tmp_path / "乙.kadesk-sync").path
    window.app.sync.import_package(package, join_team=True)
    asked = script_questions(monkeypatch, QMessageBox.StandardButton.Cancel,
                             QMessageBox.StandardButton.Yes)
    window.sync.undo.trigger()  # cancelled: the import stays
    assert "1 new" in asked[0] and len(window.app.accounts.page()) == 2
    window.sync.undo.trigger()
    qtbot.waitUntil(lambda: "undone" in window.statusBar().currentMessage(), timeout=20_000)
    assert [a.name for a in window.app.accounts.page()] == ["招商银行股份有限公司"]
    assert window.model.rowCount() == 1


def revenue_conflict(app: Kadesk, colleague: Kadesk, tmp_path: Path) -> str:
    """Both change the revenue and tier of the one account without seeing each other."""
    if not app.accounts.page():
        app.accounts.create(AccountFields(name="招商银行股份有限公司"))
    app.settings.set(rep_name="王强")
    colleague.sync.set_up_from(app.sync.export_full(tmp_path / "全部.kadesk-sync").path)
    colleague.settings.set(rep_name="李娜")
    [account] = app.accounts.page()
    colleague.accounts.update(account.id, annual_revenue=Money(1_250_000_000), tier=Tier.A)
    app.accounts.update(account.id, annual_revenue=Money(1_100_000_000), tier=Tier.B)
    app.sync.import_package(colleague.sync.export_full(tmp_path / "乙.kadesk-sync").path)
    return account.id


def conflict_rows(view: ConflictsDialog) -> dict[str, tuple[str, str]]:
    """Field label -> (this computer's side, the incoming side), as shown."""
    return {view.table.item(r, 3).text(): (view.table.item(r, 4).text(),
                                          view.table.item(r, 5).text())
            for r in range(view.table.rowCount())}


def test_conflicts_read_as_the_form_shows_them(qtbot, *, window: MainWindow, app: Kadesk,
                                               colleague: Kadesk, tmp_path: Path) -> None:
    """Money in yuan, not cents; the field's label; who changed it, and when."""
    account_id = revenue_conflict(app, colleague, tmp_path)
    view = ConflictsDialog(app, window.fmt, window)
    qtbot.addWidget(view)
    rows = conflict_rows(view)
    mine, theirs = rows["Annual revenue with us"]
    assert mine.startswith("¥11,000,000.00 · 王强 · ")
    assert theirs.startswith("¥12,500,000.00 · 李娜 · ")
    assert "1100000000" not in mine + theirs
    assert rows["Tier"][0].startswith("Tier B · 王强")
    assert rows["Tier"][1].startswith("Tier A · 李娜")
    when = window.fmt.datetime(app.accounts.get(account_id).updated_at)[:10]
    assert when in mine  # the day this computer changed it


def test_conflicts_in_chinese(qtbot, *, app: Kadesk, colleague: Kadesk, tmp_path: Path) -> None:
    revenue_conflict(app, colleague, tmp_path)
    installed = i18n.install("zh_CN")
    try:
        view = ConflictsDialog(app, Formatter("zh_CN"))
        qtbot.addWidget(view)
        rows = conflict_rows(view)
    finally:
        i18n.uninstall(installed)
    mine, theirs = rows["年度合作营收"]
    assert mine.startswith("¥11,000,000.00 · 王强 · ")
    assert theirs.startswith("¥12,500,000.00 · 李娜 · ")
    assert mine.endswith(" · 已采用") != theirs.endswith(" · 已采用")  # the newer edit is kept
    assert rows["客户等级"][1].startswith("A 级 · 李娜")


def test_every_view_shows_what_an_import_changed(qtbot, *, window: MainWindow, app: Kadesk,
                                                 colleague: Kadesk, tmp_path: Path) -> None:
    [account] = app.accounts.page()
    app.accounts.update(account.id, payment_terms_days=60, tier=Tier.A)
    colleague.sync.set_up_from(app.sync.export_full(tmp_path / "全部.kadesk-sync").path)
    colleague.accounts.update(account.id, payment_terms_days=90, tier=Tier.B)
    window.open_account(account.id)
    profile = window.workspace.profile.form
    assert (profile.payment_terms_days.value_or_none(), profile.tier.value()) == (60, Tier.A)

    app.sync.import_package(colleague.sync.export_full(tmp_path / "乙.kadesk-sync").path)
    assert (profile.payment_terms_days.value_or_none(), profile.tier.value()) == (90, Tier.B)
    assert window.workspace.subtitle.text().startswith("B · ")
    assert window.model.index(0, 1).data() == "B"

    profile.short_name.setText("招行")  # then save another field
    profile.edited.emit()
    assert window.workspace.profile.save()
    assert (profile.payment_terms_days.value_or_none(), profile.tier.value()) == (90, Tier.B)
    stored = app.accounts.get(account.id)
    assert (stored.short_name, stored.payment_terms_days, stored.tier) == ("招行", 90, Tier.B)


def test_edits_in_progress_survive_an_import_and_the_rest_shows_after_saving(
        qtbot, *, window: MainWindow, app: Kadesk, colleague: Kadesk, tmp_path: Path) -> None:
    [account] = app.accounts.page()
    app.accounts.update(account.id, payment_terms_days=60)
    colleague.sync.set_up_from(app.sync.export_full(tmp_path / "全部.kadesk-sync").path)
    colleague.accounts.update(account.id, payment_terms_days=90)
    window.open_account(account.id)
    profile = window.workspace.profile.form
    profile.hq_city.setText("深圳")
    profile.edited.emit()
    app.sync.import_package(colleague.sync.export_full(tmp_path / "乙.kadesk-sync").path)
    assert profile.hq_city.text() == "深圳"  # the rep's typing is not thrown away
    assert window.workspace.profile.save()
    assert profile.payment_terms_days.value_or_none() == 90
    stored = app.accounts.get(account.id)
    assert (stored.hq_city, stored.payment_terms_days) == ("深圳", 90)


def test_a_refused_package_is_explained_in_the_windows_language(qapp) -> None:
    """No internal field names in the window: a bad value is named by the field's label,
    and a damaged manifest or change says so without the file's technical detail."""
    from kadesk.domain.errors import SyncError
    from kadesk.ui.messages import error_message

    bad_value = SyncError("sync_bad_value", path="a.kadesk-sync", line=7, table="account",
                          id="x", sender="王磊", field="payment_terms_days",
                          problem="payment_terms_days cannot be negative.",
                          field_code="negative", field_params={})
    manifest = SyncError("sync_bad_manifest", path="a.kadesk-sync", detail="team_id is missing")
    record = SyncError("sync_bad_record", path="a.kadesk-sync", line=3,
                       detail="account.payment_terms_days is not a whole number")
    installed = i18n.install("zh_CN")
    try:
        texts = [error_message(e) for e in (bad_value, manifest, record)]
    finally:
        i18n.uninstall(installed)
    assert "账期" in texts[0] and "王磊" in texts[0]
    for text in texts:
        assert not re.search(r"[a-z]+_[a-z]+", text.replace("a.kadesk-sync", "")), text
    assert "team_id is missing" in manifest.message()  # the CLI keeps the detail


def test_a_change_not_proven_by_its_origin_is_explained_in_the_windows_language(
        qapp) -> None:
    """A forwarded change signed in another computer's name: the window names the
    field by its label, the record's kind, who it is attributed to and who sent it."""
    from kadesk.domain.errors import SyncError
    from kadesk.ui.messages import error_message

    forged = SyncError("sync_proof_signer", path="a.kadesk-sync", sender="王芳",
                       table="account", id="x", field="payment_terms_days", origin="李娜",
                       signer="王芳")
    installed = i18n.install("zh_CN")
    try:
        text = error_message(forged)
    finally:
        i18n.uninstall(installed)
    assert "账期" in text and "李娜" in text and "王芳" in text and "客户" in text, text
    assert not re.search(r"[a-z]+_[a-z]+", text.replace("a.kadesk-sync", "")), text
