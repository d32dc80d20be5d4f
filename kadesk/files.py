"""Files kadesk writes for people (reports, exports) and for itself (packages,
journals): whole or not at all, durable once renamed, under names people recognise."""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

# Characters Windows, macOS or Linux refuse in a file name, plus control characters.
_ILLEGAL = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


def write_atomically(target: Path, render: Callable[[Path], None]) -> Path:
    """Have ``render`` write a temp file beside ``target``, then swap it in.

    On any error the temp file goes and an existing ``target`` is left as it was.
    """
    target = Path(target)
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{target.stem[:40]}-", suffix=".tmp",
                                         dir=target.parent)
    except OSError as error:  # name the file asked for, not our hidden temp file
        raise type(error)(error.errno, error.strerror, str(target)) from error
    os.close(fd)
    temp = Path(temp_name)
    # mkstemp makes the file private; a report keeps the mode of the file it replaces.
    mode = target.stat().st_mode & 0o777 if target.exists() else 0o644
    try:
        render(temp)
        with open(temp, "rb+") as written:
            os.fsync(written.fileno())
        os.chmod(temp, mode)
        os.replace(temp, target)
        fsync_dir(target.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    return target


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows cannot open a folder for this)."""
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def legal_name(name: str, fallback: str) -> str:
    """``name`` as a file name every system accepts (``fallback`` if nothing is left)."""
    return _ILLEGAL.sub("_", name).strip(" .") or fallback


def default_name(name: str, kind: str, day: date, suffix: str = ".pdf") -> str:
    """E.g. ``华为-拜访前简报-2026-03-16.pdf``: readable, and legal on every system."""
    return legal_name(f"{name.strip()}-{kind}-{day.isoformat()}", kind) + suffix
