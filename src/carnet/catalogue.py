"""Carnet's translations without a window: the command line speaks the window's language.

The command line reads the window's own compiled catalogue (``carnet_<lang>.qm``, built from
``resources/translations/*.ts``) with QtCore's ``QTranslator``, which needs no display and no
application object, and applies each language's plural rules. The language is the one chosen in
Settings, else the system's, exactly as the window picks it (``carnet.ui.language``). So there is
one catalogue of truth, translated once in Qt Linguist, and nothing else to keep in step. Which
language that is (``chosen_language``, ``effective_locale``) is decided here, for both.

How to write a message the command line prints:

- in ``cli.py``: ``CommandLine.tr("…")``, or ``CommandLine.tr("%Ln …", "", n)`` for a count
  (lupdate reads these calls into the context ``CommandLine``);
- a message marked ``QT_TRANSLATE_NOOP("DomainMessages", "…")`` anywhere (domain, io, db): print
  ``say(message)``, then replace its ``{placeholders}`` (``fill`` of ``carnet.domain.text`` also
  elides "de Antoine" into "d’Antoine" in French).

argparse's own words ("usage:", "options", its error messages) are translated too, in the context
``ArgParse``, while ``argparse_speaking()`` is active.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QSettings, QTranslator

from carnet import APP_NAME, paths
from carnet.domain.errors import MESSAGES_CONTEXT

LANGUAGE_KEY = "language"
SYSTEM = "system"
LANGUAGES = ("fr", "en")


def chosen_language(settings: QSettings | None = None) -> str:
    """The language chosen in Settings: "fr", "en" or "system"."""
    value = (settings or QSettings()).value(LANGUAGE_KEY, SYSTEM)
    return value if value in (*LANGUAGES, SYSTEM) else SYSTEM


def choose_language(language: str) -> None:
    QSettings().setValue(LANGUAGE_KEY, language)


def effective_locale(settings: QSettings | None = None) -> QLocale:
    """French on a French system or when chosen; British English otherwise."""
    language = chosen_language(settings)
    if language == SYSTEM:
        system = QLocale.system()
        return system if system.language() == QLocale.Language.French else QLocale("en_GB")
    return QLocale("fr_FR" if language == "fr" else "en_GB")


def keep_settings_in(folder: Path | None) -> None:
    """Portable mode (carnet.paths): every QSettings of this process, Qt's own included, is an
    INI file under ``folder`` instead of the system's place (registry, ~/.config, ~/Library).
    Called before any setting is read; ``None`` (not portable) changes nothing."""
    if folder is None:
        return
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for format_ in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(format_, scope, str(folder))
    current.cache_clear()


class Catalogue:
    """One language's catalogue, read without a QCoreApplication."""

    def __init__(self, locale: QLocale, folder: str) -> None:
        self.locale = locale
        self._translator = QTranslator()
        self._loaded = self._translator.load(locale, "carnet", "_", folder)

    @property
    def french(self) -> bool:
        return self.locale.language() == QLocale.Language.French

    def translate(
        self, context: str, text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        found = self._translator.translate(context, text, disambiguation, n) if self._loaded else ""
        text = found or text
        if n >= 0:  # as QCoreApplication.translate does: %Ln in the language's digits, %n plain
            text = text.replace("%Ln", self.locale.toString(n)).replace("%n", str(n))
        return text


@cache
def current() -> Catalogue:
    """The catalogue of the language Carnet speaks on this computer (Settings, else system)."""
    # the window's settings file; without an application, name it as the window does
    named = QCoreApplication.organizationName()
    settings = (
        QSettings()
        if named
        else QSettings(QSettings.defaultFormat(), QSettings.Scope.UserScope, APP_NAME, APP_NAME)
    )
    return Catalogue(effective_locale(settings), str(paths.translations_dir()))


class CommandLine:
    """The translation context of the command line's own texts."""

    @staticmethod
    def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return current().translate("CommandLine", text, disambiguation, n)


def say(message: str) -> str:
    """A ``QT_TRANSLATE_NOOP("DomainMessages", …)`` message in the user's language."""
    return current().translate(MESSAGES_CONTEXT, message)


# argparse's own words, as its gettext calls ask for them (Python 3.11 to 3.13)
ARGPARSE_TEXTS = (
    QT_TRANSLATE_NOOP("ArgParse", "usage: "),
    # argparse adds ":" after a heading: French ends these two with a non-breaking space
    QT_TRANSLATE_NOOP("ArgParse", "positional arguments"),
    QT_TRANSLATE_NOOP("ArgParse", "options"),
    QT_TRANSLATE_NOOP("ArgParse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("ArgParse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("ArgParse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("ArgParse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("ArgParse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("ArgParse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("ArgParse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("ArgParse", "expected one argument"),
    QT_TRANSLATE_NOOP("ArgParse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("ArgParse", "invalid %(type)s value: %(value)r"),
)


@contextmanager
def argparse_speaking() -> Iterator[None]:
    """argparse's help and errors in the user's language while the block runs."""

    current.cache_clear()  # the language chosen now, not at the last parse

    def gettext(text: str) -> str:
        return current().translate("ArgParse", text)

    def ngettext(singular: str, plural: str, n: int) -> str:
        return gettext(singular if n == 1 else plural)

    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = gettext, ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]
