"""French elision and contraction before an inserted name or noun."""

from __future__ import annotations

import pytest

from carnet.domain.text import elides, fill, join_french


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Antoine", True),
        ("Émilie", True),
        ("Hélène", True),
        ("Hôtel Dieu", True),
        ("Yves", True),
        ("Océane", True),
        ("EDF", True),
        ("Bruno", False),
        ("Yann", False),
        ("Hachette", False),
        ("Hauts-de-Seine Habitat", False),
        ("HSBC", False),
        ("3M", False),
        ("", False),
    ],
)
def test_a_vowel_or_a_mute_h_elides(word, expected):
    assert elides(word) is expected


@pytest.mark.parametrize(
    ("before", "name", "article", "expected"),
    [
        ("de", "Antoine Girard", False, "d’Antoine Girard"),
        ("De", "Antoine", False, "D’Antoine"),
        ("de", "Bruno", False, "de Bruno"),
        ("que", "Hélène", False, "qu’Hélène"),
        ("le", "Atelier", False, "l’Atelier"),
        ("la", "Usine", False, "l’Usine"),
        ("jusque", "Annecy", False, "jusqu’Annecy"),
        ("à", "Hôtel Dieu", False, "à Hôtel Dieu"),
        ("de", "Le Bon Marché", True, "du Bon Marché"),
        ("de", "Les Échos", True, "des Échos"),
        ("à", "Le Monde", True, "au Monde"),
        ("à", "Les Échos", True, "aux Échos"),
        ("de", "La Poste", True, "de La Poste"),
        ("de", "L’Oréal", True, "de L’Oréal"),
        ("de", "Le Goff", False, "de Le Goff"),  # a person's name keeps its article
    ],
)
def test_join_french(before, name, article, expected):
    assert join_french(before, name, article=article) == expected


def test_fill_elides_only_in_french_and_never_before_a_date():
    template = "Qui vous a donné le nom de {name} le {date}\u00a0? Personne de {company}."
    values = {"name": "Antoine Girard", "date": "avril", "company": "Les Échos"}
    assert fill(template, values) == (
        "Qui vous a donné le nom d’Antoine Girard le avril\u00a0? Personne des Échos."
    )
    assert fill("Ask {name} at {company}", values, french=False) == (
        "Ask Antoine Girard at Les Échos"
    )
    assert fill("Ouvrir la fiche de {name}", {"name": "Bruno"}) == "Ouvrir la fiche de Bruno"
    assert fill("{unknown} de {name}", {"name": "Inès"}) == "{unknown} d’Inès"
    assert fill("Une personne que {name} m’a recommandée", {"name": "Inès"}) == (
        "Une personne qu’Inès m’a recommandée"
    )


def test_playbook_cards_elide_the_names_they_insert():
    from carnet.domain.playbook import fill as fill_card

    card = "La personne appelée ne se souvient pas de {connector}.\nParcours\u00a0: {background}"
    assert fill_card(card, {"connector": "Élodie Petit", "background": ""}) == (
        "La personne appelée ne se souvient pas d’Élodie Petit."
    )
