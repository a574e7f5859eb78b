"""Sentences with names in them, as the language Carnet speaks wants them written.

``fill(self.tr("Gave you the name of {name}"), name=person)`` replaces the placeholders of a
translated text and, when Carnet speaks French, elides or contracts the word before each inserted
name ("le nom d’Antoine", "chez… du Monde"): see ``carnet.domain.text.fill``.
Counts go through Qt's numerus forms instead: ``self.tr("%Ln people", "", n)``.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from carnet.domain import text


def speaks_french() -> bool:
    return QLocale().language() == QLocale.Language.French


def fill(template: str, **values: object) -> str:
    return text.fill(template, values, french=speaks_french())
