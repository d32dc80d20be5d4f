"""``kadesk --selftest``: is this installation whole? Used on a built bundle, headless.

Every step runs on temporary databases, so the rep's data folder is never opened:
migrate a new database, fill it with demo data, render a pre-visit brief (fonts,
ReportLab, pdfium), export a full sync package and set up a second database from it,
then open the main window in Chinese. Exit code 0 when all pass, 1 with the failing
step otherwise. ``--out DIR`` keeps the PDF, the package and a window picture there.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import traceback
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path

from kadesk import __version__
from kadesk.paths import DB_FILENAME, resources_dir
from kadesk.services.app import Kadesk

LANGUAGE = "zh_CN"  # the harder case: CJK fonts and the catalogues must all be there
DEMO_ACCOUNTS = 6


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--selftest", action="store_true",
                        help="check this installation on temporary data and exit "
                        "(0 when it works)")
    parser.add_argument("--out", metavar="DIR", type=Path,
                        help="with --selftest: keep the PDF, sync package and window "
                        "picture in DIR")


def run(args: argparse.Namespace) -> int:
    # Headless by default; QT_QPA_PLATFORM=xcb (etc.) checks the real platform plugin.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="kadesk-selftest-") as temp:
        out = Path(args.out).expanduser() if args.out else Path(temp) / "out"
        out.mkdir(parents=True, exist_ok=True)
        code = _steps(Path(temp), out.resolve())
    if code == 0:
        print(f"self-test passed; files kept in {out}" if args.out else "self-test passed")
    return code


def _steps(temp: Path, out: Path) -> int:
    print(f"kadesk {__version__} self-test ({'bundle' if _frozen() else 'source'})")
    with ExitStack() as stack:
        app: Kadesk | None = None

        def database() -> str:
            nonlocal app
            from kadesk.services.demo import DemoSize, generate

            # Opening a new database runs every migration: Alembic reads them from files.
            app = stack.enter_context(Kadesk.open(temp / "source" / DB_FILENAME))
            stats = generate(app, DemoSize(accounts=DEMO_ACCOUNTS))
            return f"{stats.accounts} accounts, {stats.contacts} contacts, {stats.visits} visits"

        steps: list[tuple[str, Callable[[], str]]] = [
            ("database", database),
            ("report", lambda: _report(_opened(app), out)),
            ("sync", lambda: _sync(_opened(app), temp, out)),
            ("window", lambda: _window(_opened(app), temp, out)),
        ]
        for name, step in steps:
            try:
                detail = step()
            except Exception as error:
                missing = missing_library(error)
                if missing is None:
                    traceback.print_exc()
                print(f"kadesk --selftest: {name} failed: {missing or error}", file=sys.stderr)
                return 1
            print(f"  {name:<9} ok  {detail}")
    return 0


def missing_library(error: BaseException) -> str | None:
    """One line naming the system library a native module could not load, and the package
    that holds it (the bundle lists those it leaves to the system); None for other errors."""
    found = re.search(r"(\S+\.so[.\d]*): cannot open shared object file", str(error))
    if not isinstance(error, ImportError) or found is None:
        return None
    library = found.group(1)
    listed = resources_dir() / "system-libraries.txt"  # build_installer.SYSTEM_LIBRARIES
    packages = dict(line.split("\t") for line in listed.read_text(
        encoding="utf-8").splitlines()) if listed.is_file() else {}
    package = packages.get(library)
    where = (f"install the package {package} (Debian/Ubuntu), see README.txt" if package
             else "install the package that holds it (see README.txt)")
    return f"the system library {library} is missing: {where}"


def _opened(app: Kadesk | None) -> Kadesk:
    assert app is not None  # the database step ran first
    return app


def _frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def _report(app: Kadesk, out: Path) -> str:
    import pypdfium2

    from kadesk.files import write_atomically
    from kadesk.reports import brief

    data = brief.gather(app, app.accounts.page(limit=1)[0].id, language=LANGUAGE)
    target = write_atomically(out / "selftest-brief.pdf",
                              lambda path: brief.render(data, path, language=LANGUAGE))
    # Reading it back through pdfium (print preview's renderer) checks its native library.
    pdf = pypdfium2.PdfDocument(target)
    try:
        pages = len(pdf)
        text = pdf[0].get_textpage().get_text_range()
    finally:
        pdf.close()
    if data.account.name not in text.replace("\r", "").replace("\n", ""):
        raise RuntimeError(f"{target} does not show the account name {data.account.name}")
    return f"{target.name}, {pages} page(s), {target.stat().st_size:,} bytes"


def _sync(app: Kadesk, temp: Path, out: Path) -> str:
    from kadesk.sync.package import EXTENSION

    package = out / f"selftest{EXTENSION}"
    exported = app.sync.export_full(package)
    with Kadesk.open(temp / "replica" / DB_FILENAME) as replica:
        imported = replica.sync.set_up_from(package)
        want = [a.id for a in app.accounts.page(limit=1000)]
        got = [a.id for a in replica.accounts.page(limit=1000)]
    if sorted(want) != sorted(got):
        raise RuntimeError(f"the replica holds {len(got)} accounts, not {len(want)}")
    return (f"{package.name}: {exported.rows} rows out, {imported.created} created "
            f"in the replica")


def _window(app: Kadesk, temp: Path, out: Path) -> str:
    from kadesk.app import selftest_window

    picture = out / "selftest-window.png"
    title = selftest_window(app, LANGUAGE, temp / "qsettings", picture)
    return f"'{title}', picture {picture.name}"
