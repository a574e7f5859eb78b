"""The French reading test's patterns find the mistakes seen in the issue, and only them."""

from __future__ import annotations

import pytest
from tests.french_mistakes import mistakes


@pytest.mark.parametrize(
    "text",
    [
        "1 réussis, 1 difficiles",
        "0 personnes",
        "Cette semaine\u00a0: 1 relances",
        "1 sur 1 ont débouché sur un rendez-vous",
        "Vous a donné le nom de Antoine Girard",
        "Qui m’a donné le nom de Émilie\u00a0?",
        "Une personne que Inès m’a recommandée",
        "Personne de Le Bon Marché",
        "à Les Échos",
        "le Atelier",
        "mardi 1 décembre 2026",
        "mar. 1 déc.",
    ],
)
def test_known_mistakes_are_found(text):
    assert mistakes(text)


@pytest.mark.parametrize(
    "text",
    [
        "1 réussi, 0 difficile",
        "2 personnes, 10 personnes, 1\u202f200 personnes",
        "à 1 relais",
        "1 sur 3 a débouché sur un rendez-vous",
        "Vous a donné le nom d’Antoine Girard",
        "de Yann, de La Poste, du Bon Marché, de Bruno",
        "lundi 1er mars 2025, 1 rendez-vous, 1 fois, 21 mars, 11 déc.",
        "3,1 noms",
        "au lieu de les ajouter en double",
    ],
)
def test_correct_french_passes(text):
    assert mistakes(text) == []
