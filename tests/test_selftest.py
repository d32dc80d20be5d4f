"""``kadesk --selftest`` from source: every step on temporary data, a clear failure."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from kadesk.cli import main
from kadesk.sync.package import EXTENSION, Package

pytestmark = pytest.mark.gui


def test_selftest_passes_and_keeps_its_files(qapp, tmp_path: Path, data_dir: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert main(["--selftest", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    for step in ("database", "report", "sync", "window"):
        assert f"  {step}" in printed
    assert "self-test passed" in printed
    assert "拜访前简报" in PdfReader(out / "selftest-brief.pdf").pages[0].extract_text()
    with Package(out / f"selftest{EXTENSION}") as package:
        package.verify()
    assert (out / "selftest-window.png").stat().st_size > 10_000
    assert not data_dir.exists()  # the rep's data folder is never opened


def test_a_failing_step_is_named_and_exits_1(qapp, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    from kadesk.reports import brief

    def broken(*_args: object, **_kwargs: object) -> None:
        raise OSError("no font")

    monkeypatch.setattr(brief, "render", broken)
    assert main(["--selftest"]) == 1
    captured = capsys.readouterr()
    assert "kadesk --selftest: report failed: no font" in captured.err
    assert "window" not in captured.out
