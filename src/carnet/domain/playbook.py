"""The in-call playbook: short cards for the awkward moments of a networking call.

Each situation has a default card written here (English source text, translated by the UI) and may
have the user's own wording in the ``playbook_card`` table; resetting a card deletes that row.
Cards are Markdown with placeholders such as ``{connector}`` that ``fill`` replaces with the names
at hand; a line whose placeholder has nothing to show is left out.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from carnet.domain.errors import CONTROL_CHARACTER_MESSAGE, QT_TRANSLATE_NOOP, ValidationError
from carnet.domain.models import Introduction, Person, PlaybookCard, Profile
from carnet.domain.text import fill as elided_fill


class Situation(StrEnum):
    UNKNOWN_CONNECTOR = "unknown_connector"
    DISLIKED_CONNECTOR = "disliked_connector"
    RESENTED_CALL = "resented_call"
    NAME_DROPPED = "name_dropped"


# The names a card may hold, each with what it stands for (shown to the user editing a card).
PLACEHOLDERS: dict[str, str] = {
    "callee": QT_TRANSLATE_NOOP("DomainMessages", "the person you are talking to"),
    "connector": QT_TRANSLATE_NOOP("DomainMessages", "who gave you their name"),
    "connector_role": QT_TRANSLATE_NOOP("DomainMessages", "the connector's job and company"),
    "connector_background": QT_TRANSLATE_NOOP("DomainMessages", "the connector's background"),
    "connector_link": QT_TRANSLATE_NOOP("DomainMessages", "how the connector knows them"),
    "my_name": QT_TRANSLATE_NOOP("DomainMessages", "your name"),
    "my_ask": QT_TRANSLATE_NOOP("DomainMessages", "your precise ask, from your profile"),
}

DEFAULT_CARDS: dict[Situation, tuple[str, str]] = {
    Situation.UNKNOWN_CONNECTOR: (
        QT_TRANSLATE_NOOP("DomainMessages", "They don't remember {connector}"),
        QT_TRANSLATE_NOOP(
            "DomainMessages",
            "Stay on the line and help them place {connector}:\n"
            "\n"
            "- {connector} is {connector_role}.\n"
            "- Background: {connector_background}\n"
            "- How they know each other: {connector_link}\n"
            "\n"
            "Most of the time the name comes back. If it does not, never mind: "
            "go on to what you came for.\n"
            "\n"
            "- **My ask:** {my_ask}",
        ),
    ),
    Situation.DISLIKED_CONNECTOR: (
        QT_TRANSLATE_NOOP("DomainMessages", "They don't like {connector}"),
        QT_TRANSLATE_NOOP(
            "DomainMessages",
            "Stay out of it: neither defend {connector} nor agree.\n"
            "\n"
            "- Say simply: “{connector} has only ever spoken well of you.”\n"
            "- Then move straight on to your request.\n"
            "\n"
            "- **My ask:** {my_ask}",
        ),
    ),
    Situation.RESENTED_CALL: (
        QT_TRANSLATE_NOOP("DomainMessages", "They resent the call"),
        QT_TRANSLATE_NOOP(
            "DomainMessages",
            "It happens, and it is not about you.\n"
            "\n"
            "1. Cut it short: skip the questions you had left.\n"
            "2. Apologise: “I am sorry to have taken your time. I was told your advice would "
            "help my project; clearly we were mistaken.”\n"
            "3. Offer a light contact: “May I keep in touch? One day I may be of use to you.”\n"
            "4. Thank them, hang up, and go on to your next call. Count the good calls, "
            "not this one.",
        ),
    ),
    Situation.NAME_DROPPED: (
        QT_TRANSLATE_NOOP("DomainMessages", "“You should call…”"),
        QT_TRANSLATE_NOOP(
            "DomainMessages",
            "When someone says “you should call…”, ask a little more right away:\n"
            "\n"
            "- What do they do, and where?\n"
            "- How do you know them?\n"
            "- May I call them on your behalf?\n"
            "- Would they agree to meet me, for a coffee or a short call?\n"
            "- Could you tell them I will call?\n"
            "\n"
            "Write the name down at once, with the permission you got.",
        ),
    ),
}

# Fallbacks for the names every card needs, when the person has no connector or no profile yet.
FALLBACKS: dict[str, str] = {
    "connector": QT_TRANSLATE_NOOP("DomainMessages", "your connector"),
    "my_ask": QT_TRANSLATE_NOOP("DomainMessages", "(write your precise ask in My profile)"),
}

TITLE_MISSING_MESSAGE = QT_TRANSLATE_NOOP("DomainMessages", "A card needs a title.")
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


@dataclass(frozen=True)
class CardText:
    """A card as stored or as shipped: ``is_custom`` when the user rewrote it."""

    situation: Situation
    title: str
    body: str
    is_custom: bool


def relevant_situations(has_connector: bool) -> list[Situation]:
    """The cards worth a glance during a call: the connector ones only when there is one."""
    if has_connector:
        return list(Situation)
    return [Situation.RESENTED_CALL, Situation.NAME_DROPPED]


def default_card(situation: Situation) -> CardText:
    title, body = DEFAULT_CARDS[situation]
    return CardText(situation, title, body, is_custom=False)


def list_cards(session: Session) -> list[CardText]:
    """Every situation's card, in a fixed order: the user's wording where they wrote one."""
    custom = {card.situation: card for card in session.scalars(select(PlaybookCard))}
    cards = []
    for situation in Situation:
        own = custom.get(situation.value)
        if own is None:
            cards.append(default_card(situation))
        else:
            cards.append(CardText(situation, own.title, own.body, is_custom=True))
    return cards


def save_card(session: Session, situation: Situation, title: str, body: str) -> None:
    if not title.strip():
        raise ValidationError("title", TITLE_MISSING_MESSAGE)
    if "\x00" in title or "\x00" in body:
        raise ValidationError("body", CONTROL_CHARACTER_MESSAGE)
    card = session.get(PlaybookCard, situation.value)
    if card is None:
        card = PlaybookCard(situation=situation.value)
        session.add(card)
    card.title = title.strip()[:200]
    card.body = body
    card.updated_at = dt.datetime.now().replace(microsecond=0)


def reset_card(session: Session, situation: Situation) -> None:
    """Back to the shipped wording: the user's own is deleted."""
    card = session.get(PlaybookCard, situation.value)
    if card is not None:
        session.delete(card)


def names_for_call(session: Session, person_id: int | None) -> dict[str, str]:
    """The values of the placeholders for a call with ``person_id`` (empty when unknown)."""
    names = dict.fromkeys(PLACEHOLDERS, "")
    profile = session.scalars(select(Profile).order_by(Profile.id)).first()
    if profile is not None:
        names["my_name"] = profile.name.strip()
        names["my_ask"] = " ".join(profile.precise_ask.split())
    person = session.get(Person, person_id) if person_id is not None else None
    if person is None:
        return names
    names["callee"] = person.full_name
    introduction = session.scalars(
        select(Introduction)
        .where(Introduction.introduced_id == person.id)
        .order_by(Introduction.is_primary.desc(), Introduction.introduced_on, Introduction.id)
    ).first()
    if introduction is None:
        return names
    connector = introduction.connector
    names["connector"] = connector.full_name
    role = [connector.job_title.strip()]
    if connector.organization is not None:
        role.append(connector.organization.name)
    names["connector_role"] = ", ".join(part for part in role if part)
    names["connector_background"] = " ".join(connector.background.split())
    names["connector_link"] = " ".join(introduction.context.split())
    return names


def fill(text: str, names: Mapping[str, str], fallbacks: Mapping[str, str] | None = None) -> str:
    """Replace each known ``{placeholder}`` in ``text``; unknown ones stay as typed.

    A line whose placeholder has no value and no fallback is dropped, so a card never shows
    "Background: " with nothing after it.
    """
    fallbacks = fallbacks or {}
    kept = []
    for line in text.split("\n"):
        values = {}
        for key in _PLACEHOLDER.findall(line):
            if key in names:
                values[key] = names[key] or fallbacks.get(key, "")
        if all(values.values()):
            kept.append(elided_fill(line, values))  # "de Antoine" → "d’Antoine" in French
    return "\n".join(kept)
