"""Every refusal of an import: its code, a message naming the file, and a database
left exactly as it was."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from kadesk.domain.errors import MESSAGES, KadeskError
from kadesk.interchange import table_reader
from kadesk.services.app import Kadesk
from kadesk.services.imports import ImportRequest, Target
from tests.helpers import snapshot
from tests.imports import files
from tests.imports.test_service import BAD_INPUT, bad_file

Make = Callable[[Kadesk, Path], object]


def _run(request: ImportRequest) -> Make:
    return lambda app, _tmp: app.imports.run(request)


def _huge_cell(app: Kadesk, tmp: Path) -> object:
    path = tmp / "huge.csv"
    path.write_text("客户名称,备注\n华为,\"" + "很长" * 100_000 + "\"\n", encoding="utf-8")
    return app.imports.run(ImportRequest(path))


def _big(app: Kadesk, tmp: Path, monkeypatch: pytest.MonkeyPatch) -> object:
    monkeypatch.setattr(table_reader, "MAX_ROWS", 3)
    return app.imports.run(ImportRequest(files.workbook(tmp / "big.xlsx")))


CASES: list[tuple[str, Callable[..., object]]] = [
    ("import_unknown_target", lambda app, tmp: app.imports.run(ImportRequest(
        files.workbook(tmp / "a.xlsx"), mapping={0: "account.nickname"}))),
    ("import_unknown_encoding", lambda app, tmp: app.imports.run(ImportRequest(
        files.csv_file(tmp / "a.csv", [["华为"]], ["客户名称"], "utf-8"), encoding="klingon"))),
    ("import_no_account", lambda app, tmp: app.imports.run(ImportRequest(
        files.workbook(tmp / "a.xlsx", [["张伟"]], ["姓名"]), Target.CONTACTS))),
    ("import_unknown_type", lambda app, tmp: app.imports.run(ImportRequest(
        (tmp / "old.xls").with_suffix(".xls") if (tmp / "old.xls").write_text("x") else tmp))),
    ("import_no_sheet", lambda app, tmp: app.imports.run(ImportRequest(
        files.workbook(tmp / "a.xlsx"), sheet="Sheet9"))),
    ("import_bad_csv", _huge_cell),
    ("import_not_found", lambda app, _tmp: app.imports.undo("deadbeef")),
    ("import_nothing_to_undo", lambda app, _tmp: app.imports.undo()),
]


@pytest.mark.parametrize(("code", "make"), CASES, ids=[c for c, _ in CASES])
def test_refusal(fixed_app: Kadesk, tmp_path: Path, code: str,
                 make: Callable[..., object]) -> None:
    before = snapshot(fixed_app.db)
    with pytest.raises(KadeskError) as refused:
        make(fixed_app, tmp_path)
    assert refused.value.code == code
    assert refused.value.message()
    assert snapshot(fixed_app.db) == before


def test_too_many_rows(fixed_app: Kadesk, tmp_path: Path,
                       monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(KadeskError) as refused:
        _big(fixed_app, tmp_path, monkeypatch)
    assert refused.value.code == "import_too_many_rows"
    assert "4 rows" in refused.value.message() and "at most 3" in refused.value.message()


def test_the_same_person_twice_in_one_file(fixed_app: Kadesk, tmp_path: Path) -> None:
    rows = [["华为", "张伟", "13800138000"], ["华为", "张 伟", ""], ["华为", "张伟伟",
                                                                  "+86 13800138000"]]
    path = files.workbook(tmp_path / "a.xlsx", rows, ["客户名称", "联系人", "手机"])
    summary = fixed_app.imports.run(ImportRequest(path))
    assert summary.contacts.created == 1
    assert [(p.row, p.code) for p in summary.warnings] == [(3, "row_same_in_file"),
                                                          (4, "row_same_in_file")]
    assert "row 2" in summary.warnings[0].message()
    assert not summary.warnings[0].error  # a note (yellow), not a row left out (red)


def test_every_import_code_is_covered() -> None:
    """Each code is raised by a test here or in test_service.py / test_tables.py."""
    covered = {c for c, _ in CASES} | {"import_too_many_rows", "row_same_in_file"}
    elsewhere = {  # asserted by name in the other modules of this folder
        "import_empty_file", "import_protected", "import_not_xlsx", "import_no_rows",
        "import_merged_header", "import_bad_encoding", "import_no_name_column",
        "import_mapped_twice", "import_already_undone", "vcard_broken", "cell_formula",
        "cell_bad_date", "cell_bad_number", "cell_bad_amount", "cell_not_in_list",
        "cell_unknown_industry", "cell_differs", "cell_no_account", "row_sounds_like",
        "cell_error", "row_charset_unsaid", "row_charset_wrong", "row_charset_unknown"}
    here = Path(__file__).parent
    text = "".join(p.read_text(encoding="utf-8") for p in here.glob("test_*.py")
                   if p.name != Path(__file__).name)
    assert all(f'"{code}"' in text for code in elsewhere)
    assert {c for c in MESSAGES if c.startswith(("import_", "vcard_", "cell_", "row_"))} == \
        covered | elsewhere
    assert len(BAD_INPUT) == 7 and callable(bad_file)
