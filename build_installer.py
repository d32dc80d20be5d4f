"""Build a distributable kadesk bundle (PyInstaller). Not built yet: it has its own issue."""

import sys

if __name__ == "__main__":
    sys.exit("build_installer.py: the installer is not built yet; run kadesk from source "
             "with `make run` (see README).")
