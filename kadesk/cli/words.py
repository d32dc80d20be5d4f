"""The command line in the user's language: the window's Qt Linguist catalogue, one
translation per message for both. QtCore only (no window, no display); English is
the source text and loads nothing."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kadesk.domain.errors import KadeskError

translate = QCoreApplication.translate  # lupdate reads translate("Cli", ...) calls


def use(language: str) -> None:
    """Speak ``language`` (one of domain.language.LANGUAGES) from now on."""
    if language == "en_US":
        return
    from kadesk.ui import i18n

    if QCoreApplication.instance() is None:
        QCoreApplication([])
    i18n.install(language)


def error_text(error: KadeskError) -> str:
    """An error as the window words it, in the language in use (English: the CLI's own
    wording, which names options rather than menus)."""
    if QCoreApplication.instance() is None:
        return error.message()
    from kadesk.ui.messages import error_message

    return error_message(error)
