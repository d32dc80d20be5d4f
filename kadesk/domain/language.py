"""The languages kadesk speaks, and which one a rep gets: one rule for the window,
the reports and the CLI."""

from __future__ import annotations

LANGUAGES = ("zh_CN", "en_US")


def is_chinese(language: str) -> bool:
    """zh_CN, zh_TW, zh_HK...: all get Chinese (the UI is in simplified characters)."""
    return language.lower().startswith("zh")


def supported(language: str) -> str:
    """The one of LANGUAGES that ``language`` gets: zh_CN for any zh variant, else en_US."""
    return "zh_CN" if is_chinese(language) else "en_US"


def resolve(chosen: str, system: str) -> str:
    """The language chosen in Preferences, else the system's; one of LANGUAGES."""
    return supported(chosen or system)
