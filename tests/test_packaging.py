"""What build_installer.py keeps in the laptop bundle, without building one (the build
itself is tests/test_installer.py)."""

from __future__ import annotations

import sys

import pytest

import build_installer

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="the rules for system libraries are Linux's")


def test_a_distribution_pythons_own_modules_and_library_stay_in_the_bundle() -> None:
    # Debian's and Ubuntu's python3 keep lib-dynload under /usr/lib, beside the system's
    # libraries: dropped with them, the bundle failed on 'No module named _contextvars'.
    dynload = "python3.12/lib-dynload/_contextvars.cpython-312-x86_64-linux-gnu.so"
    assert build_installer.keep(dynload, f"/usr/lib/{dynload}")
    for library in ("libpython3.11.so.1.0", "libpython3.12.so.1.0", "libsqlite3.so.0",
                    "libxcb-cursor.so.0"):
        assert build_installer.keep(library, f"/usr/lib/x86_64-linux-gnu/{library}"), library


def test_the_desktops_own_libraries_are_left_to_the_laptop() -> None:
    for library in ("libglib-2.0.so.0", "libGL.so.1", "libfontconfig.so.1", "libX11.so.6"):
        assert not build_installer.keep(library, f"/lib/x86_64-linux-gnu/{library}"), library


def test_only_what_opencc_converts_with_goes_in_the_bundle() -> None:
    assert build_installer.keep("opencc/clib/opencc_clib.cpython-311-x86_64-linux-gnu.so")
    assert build_installer.keep("opencc/clib/share/opencc/t2s.json")
    for leftover in ("opencc/clib/bin/opencc", "opencc/clib/include/opencc/Dict.hpp",
                     "opencc/clib/lib64/libopencc.a"):
        assert not build_installer.keep(leftover), leftover
