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


def test_a_missing_system_library_is_named_in_one_line_with_its_package(
        qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """As the bundle says it on a laptop without GLib (tests/test_installer.py runs the
    real case in a fresh root): no traceback, the library, and the package to install."""
    from kadesk.cli import selftest

    (tmp_path / "system-libraries.txt").write_text(
        "libEGL.so.1\tlibegl1\nlibglib-2.0.so.0\tlibglib2.0-0\n", encoding="utf-8")
    monkeypatch.setattr(selftest, "resources_dir", lambda: tmp_path)

    def no_glib(*_args: object) -> str:
        raise ImportError("libglib-2.0.so.0: cannot open shared object file: No such file "
                          "or directory")

    monkeypatch.setattr(selftest, "_window", no_glib)
    assert main(["--selftest"]) == 1
    printed = capsys.readouterr()
    assert printed.err.strip() == (
        "kadesk --selftest: window failed: the system library libglib-2.0.so.0 is missing: "
        "install the package libglib2.0-0 (Debian/Ubuntu), see README.txt")
    assert "  sync      ok" in printed.out
