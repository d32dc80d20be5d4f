"""Qt Linguist catalogues: refresh the .ts sources from the code, build the .qm files.

    python scripts/translations.py update   # after changing UI strings: refresh .ts
    python scripts/translations.py build    # .ts -> .qm (run by make before run and test)

The .ts files in resources/translations/ are the source of truth and are
committed; .qm files are build output.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN",)
BIN = Path(sys.executable).parent


def sources() -> list[str]:
    files = [*(ROOT / "kadesk" / "ui").glob("*.py"), ROOT / "kadesk" / "app.py",
             ROOT / "kadesk" / "cli" / "sync.py"]
    return sorted(str(p.relative_to(ROOT)) for p in files)


def update() -> None:
    for language in LANGUAGES:
        ts = TS_DIR / f"kadesk_{language}.ts"
        subprocess.run([str(BIN / "pyside6-lupdate"), *sources(), "-no-obsolete",
                        "-target-language", language, "-ts", str(ts)], cwd=ROOT, check=True)


def build(out_dir: Path = TS_DIR) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    built = []
    for ts in sorted(TS_DIR.glob("kadesk_*.ts")):
        qm = out_dir / ts.with_suffix(".qm").name
        subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                       check=True)
        built.append(qm)
    return built


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "update":
        update()
    elif command == "build":
        build()
    else:
        sys.exit(__doc__)
