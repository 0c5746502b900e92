"""The interface language: which one to use, and the Qt translators that make it so.

Our strings live in ``resources/translations/facilitator_<lang>.qm`` (``make translations``
regenerates them from the sources; ``facilitator_en`` holds only English plural forms); Qt's own
dialogs and buttons use ``qtbase_<lang>.qm``
shipped with PySide6. The same language code goes to the core for templates and printed
documents (``facilitator.i18n``), which cannot use Qt.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from facilitator import i18n as core_i18n
from facilitator import paths
from facilitator.i18n import LANGUAGES

SYSTEM = ""  # the setting's value for "follow the system language"


def resolve(setting: str) -> str:
    """The language to use for a setting: the chosen one, or the system's if we have it, else English."""
    if setting in LANGUAGES:
        return setting
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


_installed: list[QTranslator] = []
_language = "en"


def current() -> str:
    """The language installed last: what screens pass to the core for templates and documents."""
    return _language


def loaded() -> list[str]:
    """The translation files in use (ours, then Qt's own), for the self-test to report."""
    return [translator.filePath() for translator in _installed]


def install(language: str) -> str:
    """Load the translators for ``language`` (replacing any loaded before); returns the language."""
    global _language
    _language = language
    core_i18n.set_default(language)
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language == "en":
        # English needs a file too, only for plurals: "%n page(s)" reads "1 page" and "2 pages".
        plurals = QTranslator(app)
        if plurals.load(str(paths.resource("translations", "facilitator_en.qm"))):
            app.installTranslator(plurals)
            _installed.append(plurals)
        QLocale.setDefault(QLocale.system())
        return language
    ours = QTranslator(app)
    if ours.load(str(paths.resource("translations", f"facilitator_{language}.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    QLocale.setDefault(QLocale(language))
    return language
