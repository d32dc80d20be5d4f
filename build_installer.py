"""Build a distributable kadesk: a one-folder PyInstaller bundle, packed for this platform.

    python build_installer.py            # from a checkout with the dev extras installed

Steps: build the .qm catalogues and the icon into build/installer/stage, run PyInstaller
on packaging/kadesk.spec (bundle in build/installer/dist/kadesk), print its size and
biggest parts, then write into dist/:
  Linux    kadesk-VERSION-linux-ARCH.tar.gz (bundle, .desktop file, install/uninstall)
  Windows  kadesk-VERSION-windows-ARCH.zip, and -setup.exe when Inno Setup's iscc is found
  macOS    kadesk-VERSION-macos-ARCH.zip of kadesk.app, and .dmg when hdiutil is found
The spec imports this module for VERSION, EXCLUDED_MODULES and keep(): keep it light.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import runpy
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from collections import Counter
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent
PACKAGING = ROOT / "packaging"
BUILD = ROOT / "build" / "installer"
STAGE = BUILD / "stage"
APP_NAME = "kadesk"
# The archive; a rep may download it over a hotel connection. 90 since the reports
# embed a CJK Extension B font (12.6 MB compressed, docs/decisions.md, Reports).
SIZE_TARGET_MB = 90


def _version() -> str:
    # Read, not imported: the spec runs inside PyInstaller, whose sys.path may differ.
    text = (ROOT / "kadesk" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if found is None:
        raise SystemExit("build_installer: no __version__ in kadesk/__init__.py")
    return found.group(1)


VERSION = _version()

# Never imported by kadesk at run time, but reachable through optional imports.
EXCLUDED_MODULES = [
    "tkinter", "_tkinter", "pytest", "_pytest", "hypothesis", "mypy", "pypdf", "IPython",
    "numpy", "setuptools", "pkg_resources", "distutils", "pip", "tests", "benchmarks",
    "alembic.testing", "sqlalchemy.testing", "PIL.ImageQt", "PIL.ImageTk", "pygments",
    "pydoc_data", "readline", "ssl", "_ssl", "curses",  # no network, no terminal UI
    # Pillow decodes the rep's logo (PNG/JPEG) for ReportLab: no AVIF, WebP, colour
    # management or FreeType, each with its own native libraries.
    "PIL._avif", "PIL._webp", "PIL._imagingcms", "PIL._imagingft",
    *(f"PySide6.{m}" for m in (
        "QtNetwork", "QtQml", "QtQuick", "QtQuickWidgets", "QtQuickControls2", "QtOpenGL",
        "QtOpenGLWidgets", "QtDBus", "QtSql", "QtTest", "QtDesigner", "QtHelp", "QtUiTools",
        "QtXml", "QtConcurrent", "QtSvgWidgets", "QtStateMachine")),
]

# Qt plugins by folder: None keeps the whole folder, a set keeps those names; folders not
# listed (network, TLS, SQL, QML, Wayland, EGL devices, touch input...) are dropped.
# Wayland desktops run the xcb plugin through XWayland.
KEEP_PLUGINS: dict[str, set[str] | None] = {
    "platforms": {"xcb", "offscreen", "windows", "cocoa"},
    "platformthemes": None,  # GTK and portal file dialogs
    "platforminputcontexts": None,  # ibus / compose: typing Chinese
    "xcbglintegrations": None,
    "iconengines": None,  # the SVG icon
    "imageformats": {"svg", "jpeg", "gif", "ico"},  # the report logo a rep picks
    "printsupport": None,
    "styles": None,  # Windows 11 style
}
KEEP_QT_TRANSLATIONS = {"qtbase_zh_CN"}  # kadesk/ui/i18n.py loads qtbase only
# Qt libraries only the dropped plugins or modules link to; Windows' software OpenGL
# (20 MB) serves Qt Quick, which kadesk does not use.
DROP_QT_LIBS = re.compile(
    r"Qt6?(Network|Qml|Quick|Wayland|WlShell|EglFS|EglFsKms|Pdf|VirtualKeyboard|Designer"
    r"|OpenGLWidgets|Sql|Test|Concurrent|Xml|Help|UiTools|Labs|SvgWidgets)|^opengl32sw\.",
    re.IGNORECASE)


# Linux: the desktop's own libraries stay the target's (X11, GL, fonts, D-Bus, GLib,
# CUPS, GTK, libstdc++): bundled copies clash with the drivers and themes it loads.
# Bundled anyway: what Python's own modules link, and the small xcb utilities that
# many desktops lack (Qt's xcb plugin fails without libxcb-cursor).
SYSTEM_DIRS = ("/lib", "/usr/lib", "/lib64", "/usr/lib64")
BUNDLED_SYSTEM_LIBS = re.compile(
    r"lib(python|sqlite3|crypto|ffi|lzma|bz2|z|uuid|expat|mpdec"
    r"|xcb-(cursor|icccm|image|keysyms|render-util|util))\.so")


def keep(dest: str, source: str = "") -> bool:
    """Whether a file PyInstaller collected (its path inside the bundle, where it came
    from) stays in the bundle."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if sys.platform.startswith("linux") and source.startswith(SYSTEM_DIRS):
        return BUNDLED_SYSTEM_LIBS.match(parts[-1]) is not None
    if DROP_QT_LIBS.search(parts[-1]):  # also the links PyInstaller makes at the top
        return False
    if parts[0] != "PySide6":
        return True
    if "translations" in parts:
        return Path(parts[-1]).stem in KEEP_QT_TRANSLATIONS
    if "plugins" in parts:
        index = parts.index("plugins")
        if len(parts) < index + 3:
            return True
        kept = KEEP_PLUGINS.get(parts[index + 1], set())
        return kept is None or _plugin_name(parts[-1]) in kept
    return True


def _plugin_name(file_name: str) -> str:
    stem = file_name.split(".", maxsplit=1)[0]  # libqxcb.so, qwindows.dll, libqsvg.dylib
    stem = stem.removeprefix("lib")
    return stem.removeprefix("q")


# -- the build ----------------------------------------------------------------------
def _platform_tag() -> str:
    system = {"linux": "linux", "win32": "windows", "darwin": "macos"}.get(sys.platform,
                                                                            sys.platform)
    machine = platform.machine().lower() or "unknown"
    return f"{system}-{machine}"


def stage() -> None:
    """Fresh catalogues and a PNG of the SVG icon, for the spec to pick up."""
    shutil.rmtree(STAGE, ignore_errors=True)
    translations = runpy.run_path(str(ROOT / "scripts" / "translations.py"))
    built = translations["build"](STAGE / "translations")
    if not built:
        raise SystemExit("build_installer: no translations were built")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # QtGui without a screen
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _qt = QGuiApplication.instance() or QGuiApplication([])
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(ROOT / "resources" / "icons" / "kadesk.svg")).render(painter)
    painter.end()
    # macOS: PyInstaller turns the PNG into .icns itself; Linux menus use the SVG.
    if not image.save(str(STAGE / "kadesk.png")):
        raise SystemExit("build_installer: could not render the icon")
    from PIL import Image  # Pillow comes with ReportLab

    with Image.open(STAGE / "kadesk.png") as png:  # for the Windows setup program
        png.save(STAGE / "kadesk.ico", sizes=[(n, n) for n in (16, 24, 32, 48, 64, 128, 256)])


def pyinstaller() -> Path:
    env = {**os.environ, "KADESK_STAGE": str(STAGE)}
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
                    "--log-level", "WARN", "--workpath", str(BUILD / "work"),
                    "--distpath", str(BUILD / "dist"), str(PACKAGING / "kadesk.spec")],
                   cwd=ROOT, env=env, check=True)
    app = BUILD / "dist" / ("kadesk.app" if sys.platform == "darwin" else "kadesk")
    if not app.is_dir():
        raise SystemExit(f"build_installer: PyInstaller made no {app}")
    return app


def check_links(bundle: Path) -> None:
    """A link to a file keep() dropped would fail only on the rep's laptop: fail here."""
    dangling = [p for p in bundle.rglob("*") if p.is_symlink() and not p.exists()]
    if dangling:
        raise SystemExit("build_installer: links to files left out: "
                         + ", ".join(str(p.relative_to(bundle)) for p in dangling))


def _size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.lstat().st_size for p in path.rglob("*") if not p.is_dir())


def report(bundle: Path, top: int = 12) -> int:
    """Print the bundle's size, its biggest files and its biggest parts; returns bytes."""
    files = {p: p.lstat().st_size for p in bundle.rglob("*") if p.is_file()}
    total = sum(files.values())
    print(f"\nbundle {bundle}: {total / 1e6:.1f} MB in {len(files)} files")
    print("biggest files:")
    for path, size in sorted(files.items(), key=lambda item: -item[1])[:top]:
        print(f"  {size / 1e6:7.1f} MB  {path.relative_to(bundle)}")
    parts: Counter[str] = Counter()
    for path, size in files.items():
        rel = path.relative_to(bundle).parts
        rel = rel[1:] if rel[0] in ("_internal", "Contents") else rel
        # PySide6/Qt/lib, PySide6/Qt/plugins...: one level deeper than other packages.
        depth = 3 if rel[0] == "PySide6" and len(rel) > 3 else 1
        parts["/".join(rel[:depth]) if len(rel) > depth else "(loose files)"] += size
    print("biggest parts:")
    for name, size in parts.most_common(top):
        print(f"  {size / 1e6:7.1f} MB  {name}")
    return total


def _tar_filter(info: tarfile.TarInfo) -> tarfile.TarInfo:
    # The builder's user and group mean nothing on the rep's laptop.
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info


def pack_linux(bundle: Path, out: Path) -> list[Path]:
    name = f"{APP_NAME}-{VERSION}-{_platform_tag()}"
    archive = out / f"{name}.tar.gz"
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=f"{name}/{APP_NAME}", filter=_tar_filter)
        for extra in ("install.sh", "uninstall.sh", "kadesk.desktop", "README.txt"):
            tar.add(PACKAGING / "linux" / extra, arcname=f"{name}/{extra}",
                    filter=_tar_filter)
    return [archive]


def _zip_folder(folder: Path, archive: Path) -> None:
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        for path in sorted(folder.rglob("*")):
            zf.write(path, Path(folder.name) / path.relative_to(folder))


def pack_windows(bundle: Path, out: Path) -> list[Path]:
    name = f"{APP_NAME}-{VERSION}-{_platform_tag()}"
    archive = out / f"{name}.zip"
    _zip_folder(bundle, archive)
    made = [archive]
    iscc = shutil.which("iscc") or next(
        (str(p) for p in Path(os.environ.get("PROGRAMFILES(X86)", "C:/Program Files (x86)"))
         .glob("Inno Setup */ISCC.exe")), None)
    if iscc:
        subprocess.run([iscc, f"/DAppVersion={VERSION}", f"/DSourceDir={bundle}",
                        f"/DOutputDir={out}", f"/DOutputName={name}-setup",
                        f"/DIconFile={STAGE / 'kadesk.ico'}",
                        str(PACKAGING / "windows" / "kadesk.iss")], check=True)
        made.append(out / f"{name}-setup.exe")
    else:
        print("Inno Setup (iscc) not found: no setup.exe, only the zip.")
    return made


def pack_macos(app: Path, out: Path) -> list[Path]:
    name = f"{APP_NAME}-{VERSION}-{_platform_tag()}"
    archive = out / f"{name}.zip"
    # ditto keeps the bundle's symlinks and extended attributes; zipfile would not.
    subprocess.run(["ditto", "-c", "-k", "--keepParent", str(app), str(archive)], check=True)
    made = [archive]
    if shutil.which("hdiutil"):
        dmg = out / f"{name}.dmg"
        subprocess.run(["hdiutil", "create", "-volname", f"kadesk {VERSION}", "-srcfolder",
                        str(app), "-ov", "-format", "UDZO", str(dmg)], check=True)
        made.append(dmg)
    else:
        print("hdiutil not found: no .dmg, only the zip.")
    return made


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist",
                        help="where the archive goes (default: dist/)")
    args = parser.parse_args(argv)
    start = time.monotonic()
    print(f"building kadesk {VERSION} for {_platform_tag()}")
    stage()
    bundle = pyinstaller()
    check_links(bundle)
    left_out = (STAGE / "left-out.txt").read_text(encoding="utf-8").split()
    system = [name for name in left_out if "/" not in name]
    if system:
        print(f"left to the target system ({len(system)}): {' '.join(system)}")
    report(bundle)
    out = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    pack = {"win32": pack_windows, "darwin": pack_macos}.get(sys.platform, pack_linux)
    made = pack(bundle, out)
    print()
    for path in made:
        print(f"wrote {path} ({_size(path) / 1e6:.1f} MB)")
    archive_mb = _size(made[0]) / 1e6
    if archive_mb > SIZE_TARGET_MB:
        print(f"warning: the archive is {archive_mb:.1f} MB, over the {SIZE_TARGET_MB} MB "
              "target", file=sys.stderr)
    print(f"done in {time.monotonic() - start:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
