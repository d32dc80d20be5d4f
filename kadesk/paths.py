"""Where kadesk keeps data and finds its resources.

Data: ``--data-dir`` beats ``KADESK_DATA_DIR`` beats the platform's user data
folder, so tests and two instances never share a database by accident.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "kadesk"
DB_FILENAME = "kadesk.db"
ENV_DATA_DIR = "KADESK_DATA_DIR"


def data_dir(option: str | os.PathLike[str] | None = None) -> Path:
    chosen = option or os.environ.get(ENV_DATA_DIR)
    if chosen:
        return Path(chosen).expanduser().resolve()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def db_path(option: str | os.PathLike[str] | None = None) -> Path:
    return data_dir(option) / DB_FILENAME


def resources_dir() -> Path:
    """``resources/`` beside the package from source; inside the bundle when frozen."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    root = Path(frozen_root) if frozen_root else Path(__file__).resolve().parent.parent
    return root / "resources"
