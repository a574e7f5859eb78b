"""Mistakes a French reader spots at once, found in a text by pattern.

- a count of 0 or 1 followed by a plural noun or participle ("1 réussis", "0 personnes"): French
  puts 0 and 1 in the singular;
- "1 sur 3 ont …": the verb agrees with the 1;
- "1 mars": the first of a month is "1er mars";
- "de", "le", "la", "que" before a vowel ("de Antoine"), "de le", "à les" (du, aux…);
- English words of Carnet's own vocabulary (see ``english_words``).
"""

from __future__ import annotations

import re

# French words that end in s or x in the singular
INVARIABLE = {
    "accès",
    "avis",
    "bras",
    "cas",
    "choix",
    "corps",
    "dos",
    "fois",
    "jus",
    "mars",
    "mois",
    "paris",
    "pas",
    "plus",
    "prix",
    "progrès",
    "relais",
    "rendez-vous",
    "repas",
    "succès",
    "temps",
    "sur",
    "sous",
    "vers",
    "dans",
    "après",
    "depuis",
    "moins",
}
_SPACE = "[ \u00a0]"
_SINGULAR_COUNT = re.compile(
    rf"(?<![\d\u202f\u00a0.,]){_SPACE}?(?<![\d])\b([01]){_SPACE}([a-zàâäéèêëîïôöùûüç-]+)\b"
)
_FIRST_OF_MONTH = re.compile(
    rf"(?<![\d\u202f\u00a0.,])\b1{_SPACE}(janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc)"
)
_ONE_OF_THEM = re.compile(rf"\b[01]{_SPACE}sur{_SPACE}\S+{_SPACE}(ont|sont)\b")
_ELISION = re.compile(
    rf"(?<![\w’'-])(de|le|la|que|jusque){_SPACE}+([aeiouàâäéèêëîïôöùûüœ]|y(?![aeiouy]))", re.I
)
# "de Le Monde" (a name that starts with an article), not "au lieu de les ajouter" (a pronoun)
_CONTRACTION = re.compile(rf"(?<![\w’'-])([Dd]e|[àÀ]){_SPACE}+([Ll]es?){_SPACE}(?=[A-ZÀ-Ý])")


def mistakes(text: str) -> list[str]:
    found = []
    for match in _SINGULAR_COUNT.finditer(text):
        word = match.group(2)
        if word[-1] in "sx" and word not in INVARIABLE:
            found.append(f"{match.group(0).strip()!r}: 0 and 1 take the singular")
    found += [f"{m.group(0)!r}: the verb agrees with 1" for m in _ONE_OF_THEM.finditer(text)]
    found += [f"{m.group(0)!r}: the first is 1er" for m in _FIRST_OF_MONTH.finditer(text)]
    found += [f"{m.group(0)!r}: elide before a vowel" for m in _ELISION.finditer(text)]
    found += [f"{m.group(0)!r}: du, des, au, aux" for m in _CONTRACTION.finditer(text)]
    return found
