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
import sysconfig
import tarfile
import textwrap
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


# OpenCC's wheel carries its command-line tools, C++ headers and static library (3.5 MB);
# the Python module needs only its extension and share/ dictionaries.
OPENCC_BUILD_FOLDERS = {"bin", "include", "lib64"}


# Linux: the desktop's own libraries stay the target's (X11, GL, fonts, D-Bus, GLib,
# CUPS, GTK, libstdc++): bundled copies clash with the drivers and themes it loads.
# Bundled anyway: what Python's own modules link, and the small xcb utilities that
# many desktops lack (Qt's xcb plugin fails without libxcb-cursor).
SYSTEM_DIRS = ("/lib", "/usr/lib", "/lib64", "/usr/lib64")
BUNDLED_SYSTEM_LIBS = re.compile(
    r"lib(python3\.\d+|sqlite3|crypto|ffi|lzma|bz2|z|uuid|expat|mpdec"
    r"|xcb-(cursor|icccm|image|keysyms|render-util|util))\.so")


def keep(dest: str, source: str = "") -> bool:
    """Whether a file PyInstaller collected (its path inside the bundle, where it came
    from) stays in the bundle."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    # Shared libraries go to the bundle's top; a distribution Python's own extension
    # modules (python3.X/lib-dynload/, also under /usr/lib) always stay.
    if sys.platform.startswith("linux") and source.startswith(SYSTEM_DIRS) and len(parts) == 1:
        return BUNDLED_SYSTEM_LIBS.match(parts[-1]) is not None
    if DROP_QT_LIBS.search(parts[-1]):  # also the links PyInstaller makes at the top
        return False
    if parts[:2] == ("opencc", "clib") and len(parts) > 3 and parts[2] in OPENCC_BUILD_FOLDERS:
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


# -- what the build needs of this machine --------------------------------------------
def shared_libpython() -> tuple[str, Path | None]:
    """The shared libpython PyInstaller puts in the bundle (its file name) and where this
    interpreter's copy is, or None when there is none (Debian's python3 ships it in a
    package of its own)."""
    name = str(sysconfig.get_config_var("INSTSONAME") or "")
    if not name.startswith("libpython") or ".so" not in name:  # a static build
        name = f"libpython{sysconfig.get_python_version()}.so.1.0"
    multiarch = str(sysconfig.get_config_var("MULTIARCH") or "")
    libdir = str(sysconfig.get_config_var("LIBDIR") or "")
    for folder in (libdir, f"{libdir}/{multiarch}", f"{sys.base_prefix}/lib",
                   f"/usr/lib/{multiarch}", "/usr/lib", f"/lib/{multiarch}"):
        if folder and (Path(folder) / name).exists():
            return name, Path(folder) / name
    return name, None


def libpython_package() -> str | None:
    """The Debian/Ubuntu package holding this interpreter's shared libpython, when the
    interpreter is the distribution's own (pyenv's or a self-built Python: None)."""
    owner = subprocess.run(["dpkg-query", "-S", os.path.realpath(sys._base_executable)],
                           capture_output=True, text=True, check=False)
    if owner.returncode != 0:
        return None
    # Ubuntu 24.04's libpython3.12t64 provides libpython3.12: apt takes the plain name.
    return f"libpython{sysconfig.get_python_version()}"


def missing_system_packages() -> list[str]:
    """Packages to install for a Linux build with this interpreter; SystemExit naming what
    to do when the interpreter cannot get its shared library from the system."""
    if not sys.platform.startswith("linux"):
        return []
    name, found = shared_libpython()
    if found is not None:
        return []
    package = libpython_package() if shutil.which("dpkg-query") else None
    if package is None:
        raise SystemExit(
            f"build_installer: this Python ({sys._base_executable}) has no shared library "
            f"{name}, which PyInstaller puts in the bundle. Build with the distribution's "
            f"python3 (Debian/Ubuntu: apt-get install python3 "
            f"libpython{sysconfig.get_python_version()}) or a Python configured with "
            "--enable-shared (pyenv: PYTHON_CONFIGURE_OPTS=--enable-shared).")
    return [package]


# -- the libraries left to the laptop -----------------------------------------------
SYSTEM_LIBRARIES = "system-libraries.txt"  # in the bundle's resources: name -> package


def _owners(paths: list[str]) -> dict[str, str]:
    """Path -> the Debian/Ubuntu package that installed it, for those dpkg knows."""
    found = subprocess.run(["dpkg-query", "-S", *paths], capture_output=True, text=True,
                           check=False).stdout
    owners: dict[str, str] = {}
    for line in found.splitlines():
        package, _, path = line.partition(": ")
        if package and path and ", " not in package:  # "diversion by" lines have no owner
            owners[path.strip()] = package.split(":")[0]
    return owners


# Qt skips a plugin whose libraries are missing: the GTK theme and CUPS printing are extras.
# Every Debian/Ubuntu system has the C and C++ runtimes (libc6 and gcc's are in any root
# debootstrap makes); naming them would only lengthen the list.
EVERYWHERE = {"libc6", "libgcc-s1", "libstdc++6"}
OPTIONAL_PLUGINS = re.compile(r"plugins/(platformthemes|printsupport)/")


def system_libraries(binaries: list[tuple[str, str]]) -> dict[str, str]:
    """The system libraries the bundle's own binaries link directly (file name) and the
    package holding each on this build machine; apt brings what those link in turn. Left
    out: what Qt's optional plugins need, and the C and C++ runtimes. '?' where dpkg knows
    no owner."""
    from PyInstaller.depend.bindepend import get_imports  # ldd: the whole closure

    needed: dict[str, str] = {}
    for dest, source in binaries:
        if OPTIONAL_PLUGINS.search(dest.replace("\\", "/")):
            continue
        direct = set(re.findall(r"^\s*NEEDED\s+(\S+)$", subprocess.run(
            ["objdump", "-p", source], capture_output=True, text=True, check=False).stdout,
            re.MULTILINE))
        for name, path in get_imports(source):
            if (name in direct and path and path.startswith(SYSTEM_DIRS)
                    and not keep(name, path)):
                needed[name] = path
    if shutil.which("dpkg-query") is None:
        return {name: "?" for name in needed}
    # Merged /usr: dpkg may have recorded /lib/... for a file found under /usr/lib/...
    candidates = {path: [path, os.path.realpath(path),
                         re.sub(r"^/usr/lib/", "/lib/", os.path.realpath(path))]
                  for path in needed.values()}
    owners = _owners(sorted({path for paths in candidates.values() for path in paths}))
    # Ubuntu 24.04 and Debian 13 renamed libraries for 64-bit time (libglib2.0-0t64); the
    # new packages provide the old names, which Debian 12 still uses: list those.
    packages = {name: re.sub(r"t64$", "", next(
                    (owners[p] for p in candidates[path] if p in owners), "?"))
                for name, path in needed.items()}
    return {name: package for name, package in sorted(packages.items())
            if package not in EVERYWHERE}


def write_system_libraries(binaries: list[tuple[str, str]], target: Path) -> dict[str, str]:
    """The spec calls this with the bundle's binaries: the bundle carries the list, so its
    self-test can name the package of a missing library."""
    libraries = system_libraries(binaries)
    target.write_text("".join(f"{name}\t{package}\n" for name, package in libraries.items()),
                      encoding="utf-8")
    return libraries


def linux_readme(libraries: dict[str, str]) -> str:
    """packaging/linux/README.txt with the packages the bundle needs filled in."""
    packages = " ".join(sorted(set(libraries.values()) - {"?"}))
    listed = textwrap.fill(packages, width=88, initial_indent="    ",
                           subsequent_indent="    ", break_on_hyphens=False)
    template = (PACKAGING / "linux" / "README.txt").read_text(encoding="utf-8")
    return template.replace("{libraries}", listed)


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
        for extra in ("install.sh", "uninstall.sh", "kadesk.desktop"):
            tar.add(PACKAGING / "linux" / extra, arcname=f"{name}/{extra}",
                    filter=_tar_filter)
        tar.add(STAGE / "README.txt", arcname=f"{name}/README.txt", filter=_tar_filter)
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
    parser.add_argument("--system-packages", action="store_true",
                        help="print the Debian packages this build still needs and stop")
    args = parser.parse_args(argv)
    needed = missing_system_packages()
    if args.system_packages:
        print(" ".join(needed))
        return 0
    if needed:
        raise SystemExit(
            f"build_installer: PyInstaller needs this Python's shared library "
            f"({shared_libpython()[0]}), which is not installed. Install it with: "
            f"sudo apt-get install {' '.join(needed)}   (make setup does, as root)")
    start = time.monotonic()
    print(f"building kadesk {VERSION} for {_platform_tag()}")
    stage()
    bundle = pyinstaller()
    check_links(bundle)
    if sys.platform.startswith("linux"):
        libraries = dict(line.split("\t") for line in (STAGE / SYSTEM_LIBRARIES).read_text(
            encoding="utf-8").splitlines())
        print(f"left to the target system: {len(libraries)} libraries from these packages, "
              "which the archive's README.txt lists for the laptop:")
        print("  " + " ".join(sorted(set(libraries.values()))))
        unknown = sorted(name for name, package in libraries.items() if package == "?")
        if unknown:
            raise SystemExit(f"build_installer: no package is known to hold {unknown}: "
                             "bundle them (BUNDLED_SYSTEM_LIBS) or install them from a package")
        (STAGE / "README.txt").write_text(linux_readme(libraries), encoding="utf-8")
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
