"""An account's aliases (issue 17) travel like its other fields: a colleague's package
brings them, and the receiving side finds the account by them at once."""

from __future__ import annotations

from pathlib import Path

from kadesk.domain.queries import AccountFilter
from kadesk.services.imports import ImportRequest
from tests.imports import files
from tests.sync.conftest import Pair


def test_aliases_sync_and_are_searchable_on_arrival(pair: Pair) -> None:
    assert not pair.b.accounts.ids(AccountFilter(text="hisilicon"))
    pair.a.accounts.update(pair.account_id, aliases="海思; HiSilicon")
    package = pair.a.sync.export_full(pair.folder / "aliases.kadesk-sync").path
    pair.b.sync.import_package(package)
    assert pair.b.accounts.get(pair.account_id).aliases == "海思; HiSilicon"
    assert [h.id for h in pair.b.search("hisilicon")] == [pair.account_id]
    assert pair.b.accounts.ids(AccountFilter(text="海思")) == [pair.account_id]


def test_a_spreadsheet_brings_aliases_and_refuses_what_the_editor_refuses(
        pair: Pair, tmp_path: Path) -> None:
    path = files.csv_file(tmp_path / "别名.csv", [
        ["招商银行股份有限公司", "招行; CMB"],
        ["中国银行股份有限公司", "中行; " + "长" * 201],  # one alias too long: left empty
    ], ["客户名称", "别名"], "utf-8")
    summary = pair.a.imports.run(ImportRequest(path))
    assert (summary.rejected_rows, summary.accounts.created) == (0, 2)
    [problem] = summary.warnings
    assert (problem.row, problem.column, problem.code) == (3, "别名", "too_long")
    assert problem.left_empty  # the account is imported, its aliases as the editor allows
    [cmb] = pair.a.accounts.ids(AccountFilter(text="cmb"))
    assert pair.a.accounts.get(cmb).aliases == "招行; CMB"
    assert pair.a.accounts.ids(AccountFilter(text="招行")) == [cmb]
    [boc] = pair.a.accounts.ids(AccountFilter(text="中国银行"))
    assert pair.a.accounts.get(boc).aliases == ""
    assert not pair.a.accounts.ids(AccountFilter(text="中行"))
