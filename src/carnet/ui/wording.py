"""Sentences with names in them, as the language Carnet speaks wants them written.

``fill(self.tr("Gave you the name of {name}"), name=person)`` replaces the placeholders of a
translated text and, when Carnet speaks French, elides or contracts the word before each inserted
name ("le nom d’Antoine", "chez… du Monde"): see ``carnet.domain.text.fill``.
Counts go through Qt's numerus forms instead: ``self.tr("%Ln people", "", n)``.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Protocol

from PySide6.QtCore import QDate, QLocale

from carnet.domain import text


class ClassTr(Protocol):
    """``tr`` called on a class, the translation context of texts outside it (PySide6 allows it;
    its stub types only ``self.tr``): declared under ``TYPE_CHECKING`` as ``tr: ClassTr``."""

    def __call__(
        self, sourceText: str, /, disambiguation: str | None = ..., n: int = ...
    ) -> str: ...


def speaks_french() -> bool:
    return QLocale().language() == QLocale.Language.French


def fill(template: str, /, **values: object) -> str:
    """``template`` (a translated text) with its ``{key}`` placeholders filled in one pass."""
    return text.fill(template, values, french=speaks_french())


def fill_rich(template: str, /, **values: object) -> str:
    """``fill`` for rich text: each value is HTML-escaped once, the template is left as is."""
    import html  # here: the window's frame is painted before anything needs it (issue 17)

    return text.fill(template, values, french=speaks_french(), escape=html.escape)


def date_text(day: dt.date, form: QLocale.FormatType | str = QLocale.FormatType.LongFormat) -> str:
    """``day`` as the language Carnet speaks writes it; in French the first of a month is
    "1er" ("lundi 1er mars 2027", "lun. 1er mars"), which QLocale does not write."""
    written = QLocale().toString(QDate(day.year, day.month, day.day), form)
    if day.day == 1 and speaks_french():
        written = re.sub(r"(?<!\d)1(?=[ \u00a0][^\d\s])", "1er", written, count=1)
    return written
