"""Text helpers: French elision for sentences; accent-blind ``fold`` comes from the leaf module
``carnet.text`` (the database layer needs it too) and is re-exported here for the domain."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from carnet.text import fold

__all__ = ["fold", "elides", "fill", "join_french"]


# -- French elision and contraction ------------------------------------------------------------
# "de Antoine" → "d’Antoine", "de Le Monde" → "du Monde", "à Les Échos" → "aux Échos": the
# words a translated sentence puts before an inserted name or noun change with the name.

ELIDED = {
    "de": "d’",
    "que": "qu’",
    "le": "l’",
    "la": "l’",
    "jusque": "jusqu’",
    "lorsque": "lorsqu’",
    "puisque": "puisqu’",
}
# de/à + the article a name starts with: "de Le Bon Marché" → "du Bon Marché"
CONTRACTED = {("de", "le"): "du", ("de", "les"): "des", ("à", "le"): "au", ("à", "les"): "aux"}
VOWELS = set("aeiouyàâäéèêëîïôöùûüÿæœ")
# Words whose h is aspirated ("de Hollande", "le héros"); any other h is mute ("d’Hélène").
ASPIRATED_H = {
    "hachette",
    "haut",
    "haute",
    "hauts",
    "havas",
    "héros",
    "hibou",
    "hollande",
    "honda",
    "hongrie",
    "huawei",
    "huit",
    "hyundai",
}
_WORD = re.compile(r"[\w’'-]+")
_PLACEHOLDER = re.compile(r"(?:(?<![\w’'])(\w+)([ \u00a0]))?\{(\w+)\}")


def elides(word: str) -> bool:
    """Does ``word`` begin with a vowel sound, so that "de", "le", "que" before it elide?"""
    found = _WORD.match(word.strip())
    if not found:
        return False
    first = found.group(0)
    lower = first.casefold()
    initial = lower[0]
    if first.isupper() and len(first) > 1:  # an acronym read letter by letter: "d’EDF", "de HEC"
        return initial in "aeiou"
    if initial == "y":  # "d’Yves" but "de Yann"
        return len(lower) > 1 and lower[1] not in VOWELS
    if initial == "h":
        return lower.split("-")[0] not in ASPIRATED_H
    return initial in VOWELS


def join_french(before: str, name: str, *, article: bool = False) -> str:
    """``before`` and ``name`` as French writes them: "d’Antoine", "l’Atelier", and, when
    ``name`` may begin with an article (a company, not a person: "Yann Le Goff"), "du Monde"."""
    word = before.casefold()
    first, _, rest = name.partition(" ")
    contracted = CONTRACTED.get((word, first.casefold())) if article and rest else None
    if contracted:
        return _same_case(before, contracted) + " " + rest
    if word in ELIDED and elides(name):
        return _same_case(before, ELIDED[word]) + name
    return before + " " + name


def _same_case(model: str, word: str) -> str:
    return word[0].upper() + word[1:] if model[:1].isupper() else word


# Placeholders holding a company's name, which may begin with an article ("Le Monde").
ARTICLE_KEYS = {"organization", "company"}


def fill(
    template: str,
    values: Mapping[str, object],
    *,
    french: bool = True,
    escape: Callable[[str], str] | None = None,
) -> str:
    """``template`` with each ``{key}`` replaced by ``values[key]``: Carnet's one placeholder
    formatter. Named fields, filled in a single pass, so a value is never read as a template
    (a name typed as "{connector}" stays as typed); a ``{key}`` with no value stays as it is.
    ``escape`` (``html.escape`` for rich text) is applied once to each value, never to the
    template. In French the word before an inserted name or noun elides or contracts as it
    needs ("le nom d’Antoine", "du Monde"); dates are left alone ("le {date}": "le 8 avril")."""

    def replace(found: re.Match[str]) -> str:
        before, space, key = found.groups()
        if key not in values:
            return found.group(0)
        value = str(values[key])
        if escape is not None:
            value = escape(value)
        if before is None:
            return value
        if french and "date" not in key:
            joined = join_french(before, value, article=key in ARTICLE_KEYS)
            if joined != before + " " + value:
                return joined
        return before + space + value

    return _PLACEHOLDER.sub(replace, template)
