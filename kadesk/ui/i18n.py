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


class QtGaps(QTranslator):
    """Strings of Qt's own dialogs that its catalogue for this Qt version lacks (the file
    dialog's labels gained mnemonics and lost their translation), worded in ours."""

    def __init__(self, parent: QCoreApplication) -> None:
        super().__init__(parent)
        translate = QCoreApplication.translate  # lupdate reads translate("QtGaps", ...)
        self.texts = {("QFileDialog", "&Look in:"): translate("QtGaps", "&Look in:"),
                      ("QFileDialog", "Files of &type:"): translate("QtGaps", "Files of &type:")}

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        return self.texts.get((context, source))  # None (a null string): Qt looks further

    def isEmpty(self) -> bool:  # noqa: N802
        return False


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
    gaps = QtGaps(app)  # after ours: it words the gaps with our catalogue
    app.installTranslator(gaps)
    return [*loaded, gaps]


def uninstall(translators: list[QTranslator]) -> None:
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
