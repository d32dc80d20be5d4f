"""The layers point one way (ARCHITECTURE.md): checked on the source, not at run time."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "kadesk"
# The only places allowed to touch Qt: the UI, the GUI launch, and the command line's
# words (the window's catalogue, read with QtCore).
QT_ALLOWED = ("ui/", "app.py", "cli/__init__.py", "cli/words.py", "__main__.py")


def imported_modules(path: Path) -> set[str]:
    """Every module ``path`` imports, at any depth (inside functions too)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolve against the file's package
                parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
                base = parts[: len(parts) - node.level]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)
    return found


def sources(under: str = "") -> list[Path]:
    return sorted((PACKAGE / under).rglob("*.py"))


def relative(path: Path) -> str:
    return path.relative_to(PACKAGE).as_posix()


def imports(path: Path, top: str) -> list[str]:
    return sorted(m for m in imported_modules(path) if m == top or m.startswith(top + "."))


def test_the_scan_sees_the_package() -> None:
    names = {relative(p) for p in sources()}
    assert {"domain/text.py", "store/db.py", "services/app.py"} <= names
    # And it catches what it should.
    assert "kadesk.store.models" in imported_modules(PACKAGE / "store" / "clock.py")


def test_qt_only_in_the_ui_and_the_gui_launch() -> None:
    offenders = {
        relative(p): imports(p, "PySide6")
        for p in sources()
        if not relative(p).startswith(QT_ALLOWED) and imports(p, "PySide6")
    }
    assert offenders == {}


@pytest.mark.parametrize("layer", ["domain", "store", "services", "reports", "sync",
                                   "interchange"])
def test_lower_layers_do_not_import_upper_ones(layer: str) -> None:
    upper = {"domain": ("kadesk.store", "kadesk.services", "kadesk.ui", "kadesk.cli"),
             "store": ("kadesk.services", "kadesk.ui", "kadesk.cli"),
             "services": ("kadesk.ui", "kadesk.cli"),
             # Reports draw read objects (records, the map's drawing), never rows.
             "reports": ("kadesk.store", "kadesk.ui", "kadesk.cli"),
             # The package format is pure: rows in, rows out; services drive it and
             # only store/ writes SQL (no ORM object or Session ever reaches sync/).
             "sync": ("kadesk.store", "kadesk.services", "kadesk.ui", "kadesk.cli",
                      "kadesk.reports", "sqlalchemy", "alembic"),
             # Files in and out (spreadsheets, vCards, calendars): plain values in and
             # out; the import and export services do the database part.
             "interchange": ("kadesk.store", "kadesk.services", "kadesk.ui", "kadesk.cli",
                             "kadesk.sync", "sqlalchemy", "alembic")}[layer]
    offenders = {
        relative(p): [m for m in imported_modules(p) if m.startswith(upper)]
        for p in sources(layer)
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_domain_is_pure_python() -> None:
    offenders = {relative(p): imports(p, "sqlalchemy") + imports(p, "alembic")
                 for p in sources("domain")}
    assert {k: v for k, v in offenders.items() if v} == {}


def test_ui_talks_to_services_only() -> None:
    offenders = {relative(p): imports(p, "kadesk.store") + imports(p, "sqlalchemy")
                 for p in sources("ui")}
    assert {k: v for k, v in offenders.items() if v} == {}
