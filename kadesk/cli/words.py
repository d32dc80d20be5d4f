"""The command line in the user's language: the window's Qt Linguist catalogue, one
translation per message for both. QtCore only (no window, no display); English is
the source text and loads nothing, not even QtCore, so ``--selftest`` can name a
missing system library before Qt needs it."""

from __future__ import annotations

from collections.abc import Callable

from kadesk.domain.errors import KadeskError


class _InUse:
    translate: Callable[[str, str], str] | None = None  # Qt's, once use() loads a catalogue


def translate(context: str, text: str) -> str:
    """``text`` in the language in use (lupdate reads these translate("Cli", ...) calls)."""
    return _InUse.translate(context, text) if _InUse.translate else text


def use(language: str) -> None:
    """Speak ``language`` (one of domain.language.LANGUAGES) from now on."""
    if language == "en_US":
        return
    from PySide6.QtCore import QCoreApplication

    from kadesk.ui import i18n

    if QCoreApplication.instance() is None:
        QCoreApplication([])
    i18n.install(language)
    _InUse.translate = QCoreApplication.translate


def error_text(error: KadeskError) -> str:
    """An error as the window words it, in the language in use (English: the CLI's own
    wording, which names options rather than menus)."""
    if _InUse.translate is None:
        return error.message()
    from kadesk.ui.messages import error_message

    return error_message(error)
