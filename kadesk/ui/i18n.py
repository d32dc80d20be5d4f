"""Translations: Qt Linguist catalogues for kadesk's own strings and Qt's standard ones."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from kadesk.domain import language as lang
from kadesk.paths import resources_dir

LANGUAGES = dict(zip(lang.LANGUAGES, ("简体中文", "English"), strict=True))  # as each names itself


def translations_dir() -> str:
    return str(resources_dir() / "translations")


def resolve(chosen: str) -> str:
    """The language to use: the one chosen in Preferences, else the system's."""
    return lang.resolve(chosen, QLocale.system().name())


def install(language: str) -> list[QTranslator]:
    """Load the catalogues for ``language``; English is the source text and needs none."""
    app = QCoreApplication.instance()
    loaded: list[QTranslator] = []
    if app is None or language == "en_US":
        return loaded
    for name, folder in (("kadesk", translations_dir()),
                         ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))):
        translator = QTranslator(app)
        if translator.load(f"{name}_{language}", folder):
            app.installTranslator(translator)
            loaded.append(translator)
    return loaded


def uninstall(translators: list[QTranslator]) -> None:
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
