"""The demo's share of giving, CVs, light contacts and the open playbook (issue 19b), kept apart
from the main scenario in ``demo`` so that each part of the method can grow on its own.

Claire gives back (an article to Sophie, an introduction for François, news to Hélène); Loïc,
who led her to Isabelle, is still waiting for a return. Nathalie insisted on passing Claire's CV
on: it is noted, with the question to ask her. After the difficult call with Bertrand, a light
contact every six months. One playbook card of Claire's own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy.orm import Session

from carnet.domain import playbook
from carnet.domain.enums import FollowUpKind, InteractionKind
from carnet.domain.light_contact import FIRST_LIGHT_CONTACT_DAYS, LIGHT_CADENCE_DAYS
from carnet.domain.models import FollowUp, Interaction, Person

# (person, day, kind, what)
GIFTS = (
    (
        "sophie", -12, InteractionKind.SENT_ARTICLE,
        "L'enquête sur les boutiques de parfum de niche qu'elle cherchait pour son équipe.",
    ),
    (
        "francois", -6, InteractionKind.GAVE_INTRODUCTION,
        "Présenté à Zoé, qui dessinera le logo de son club de course.",
    ),
    (
        "helene", -2, InteractionKind.SHARED_NEWS,
        "Des nouvelles de ma recherche : le rendez-vous avec Isabelle, grâce à elle.",
    ),
)  # fmt: skip
CV_FOR = "la direction export de Parfums Délys"
OWN_CARD = (
    "« On me propose une mission courte »",
    "Remerciez, puis gardez le fil de votre projet :\n\n"
    "- « Avec plaisir, et qui rencontrerai-je pendant cette mission ? »\n"
    "- Demandez qui, dans l'entreprise, pourrait vous parler du poste que vous visez.",
)


def add_give_and_take(
    session: Session,
    person_ids: dict[str, int],
    on: Callable[[int], dt.date],
    at: Callable[..., dt.datetime],
) -> None:
    for key, day, kind, what in GIFTS:
        session.add(
            Interaction(
                person_id=person_ids[key], kind=kind, occurred_at=at(day, "18:30"), summary=what
            )
        )
    cv = Interaction(
        person_id=person_ids["nathalie"],
        kind=InteractionKind.CV_HANDED,
        occurred_at=at(-30, "11:00"),
        summary=CV_FOR,
    )
    session.add(cv)
    session.flush()
    session.add(
        FollowUp(
            person_id=person_ids["nathalie"],
            kind=FollowUpKind.NEXT_STEP,
            title=f"Demander à Nathalie ce qu'est devenu mon CV (pour {CV_FOR})",
            due_on=on(-3),
            interaction_id=cv.id,
        )
    )
    bertrand = session.get_one(Person, person_ids["bertrand"])
    bertrand.keep_in_touch_days = LIGHT_CADENCE_DAYS
    session.add(
        FollowUp(
            person_id=bertrand.id,
            kind=FollowUpKind.KEEP_IN_TOUCH,
            title="Envoyer un petit mot amical à Bertrand : des nouvelles ou un article",
            due_on=on(-44 + FIRST_LIGHT_CONTACT_DAYS),
        )
    )
    playbook.add_card(session, *OWN_CARD)
