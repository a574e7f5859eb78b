"""Which language Carnet speaks: the system's, or the one chosen in Settings.

The choice is a preference of this computer (QSettings), not of the data file. Qt's own dialogs
are translated too (qtbase). ``CARNET_PSEUDO_TRANSLATION=1`` replaces every text with a longer,
accented version of itself, to find clipped labels and strings that escape translation.
"""

from __future__ import annotations

import os
import re

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from carnet.ui.resources import translations_dir

LANGUAGE_KEY = "language"
SYSTEM = "system"
LANGUAGES = ("fr", "en")
PSEUDO_ENV = "CARNET_PSEUDO_TRANSLATION"

# Labels of Qt's own file dialog that qtbase's French catalogue lacks (it has them without their
# shortcut letter): Carnet's catalogue, installed after Qt's, fills them.
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def chosen_language() -> str:
    """"fr", "en" or "system"."""
    value = QSettings().value(LANGUAGE_KEY, SYSTEM)
    return value if value in (*LANGUAGES, SYSTEM) else SYSTEM


def choose_language(language: str) -> None:
    QSettings().setValue(LANGUAGE_KEY, language)


def effective_locale() -> QLocale:
    language = chosen_language()
    if language == SYSTEM:
        system = QLocale.system()
        return system if system.language() == QLocale.Language.French else QLocale("en_GB")
    return QLocale("fr_FR" if language == "fr" else "en_GB")


def install_translators(app: QCoreApplication) -> QLocale:
    """Install Carnet's and Qt's translations for the chosen language; returns the locale."""
    locale = effective_locale()
    QLocale.setDefault(locale)
    for name, folder in (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("carnet", str(translations_dir())),
    ):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
    if os.environ.get(PSEUDO_ENV):
        app.installTranslator(PseudoTranslator(app))
    return locale


class PseudoTranslator(QTranslator):
    """Every text 40 % longer and accented; placeholders, mnemonics and markup kept working."""

    _ACCENTS = str.maketrans("aeiouAEIOUcnyCNY", "àéîõüÀÉÎÕÜçñýÇÑÝ")
    _KEEP = re.compile(r"(\{[^}]*\}|%n|%\d+|<[^>]*>|&[^&\s]?)")
    _FILE_PATTERNS = re.compile(r"(\s*\([*][^)]*\))$")  # "PDF files (*.pdf)" must keep working

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: ARG002
        if not source_text:
            return source_text
        found = self._FILE_PATTERNS.search(source_text)
        patterns = found.group(1) if found else ""
        source_text = source_text[: len(source_text) - len(patterns)]
        parts = self._KEEP.split(source_text)
        text = "".join(p if i % 2 else p.translate(self._ACCENTS) for i, p in enumerate(parts))
        # the padding breaks every 8 characters, as words do, so that wrapped labels still wrap
        padding = re.sub("(~{8})(?=~)", r"\1 ", "~" * max(1, round(len(source_text) * 0.4)))
        return f"[{text}{padding}]{patterns}"

    def isEmpty(self) -> bool:
        return False
