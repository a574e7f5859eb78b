"""The in-call playbook: short cards for the awkward moments of a networking call.

Each built-in situation has a default card written here (English source text, translated by the
UI) and may have the user's own wording in the ``playbook_card`` table; resetting a card deletes
that row. The playbook is open: users (and coaches, through a playbook file) add their own cards,
stored in the same table under a key ``custom:<hex>``; they rename, reorder and delete cards. The
order and the built-in cards put aside are settings (``playbook.order``, ``playbook.hidden``, JSON
lists of keys); ``reset_playbook`` goes back to Carnet's cards and texts.
Cards are Markdown with placeholders such as ``{connector}`` that ``fill`` replaces with the names
at hand; a line whose placeholder has nothing to show is left out.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from carnet.domain.errors import CONTROL_CHARACTER_MESSAGE, QT_TRANSLATE_NOOP, ValidationError
from carnet.domain.models import Introduction, Person, PlaybookCard, Profile, Setting
from carnet.domain.text import fill as elided_fill


class Situation(StrEnum):
    UNKNOWN_CONNECTOR = "unknown_connector"
    DISLIKED_CONNECTOR = "disliked_connector"
    RESENTED_CALL = "resented_call"
    NAME_DROPPED = "name_dropped"
    SEND_CV = "send_cv"
    NOTHING_FOR_YOU = "nothing_for_you"
    NOT_RIGHT_PERSON = "not_right_person"
    CALL_BACK_LATER = "call_back_later"


CONNECTOR_SITUATIONS = frozenset({Situation.UNKNOWN_CONNECTOR, Situation.DISLIKED_CONNECTOR})
CUSTOM_PREFIX = "custom:"
ORDER_KEY = "playbook.order"
HIDDEN_KEY = "playbook.hidden"
MAX_TITLE = 200


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
    Situation.SEND_CV: (
        QT_TRANSLATE_NOOP("DomainMessages", "“Send me your CV”"),
        QT_TRANSLATE_NOOP(
            "DomainMessages",
            "A CV passed on is seldom read, and you would not know what became of it. "
            "Turn the offer into a name:\n"
            "\n"
            "- “Thank you, gladly. Whom would you pass it to?”\n"
            "- “May I call them myself, and say that you sent me?”\n"
            "- “Could you tell them I will call?”\n"
            "\n"
            "If they still want it, send it and note it (Calls ▸ CV handed over…): Carnet will "
            "remind you to ask what became of it.",
        ),
    ),
    Situation.NOTHING_FOR_YOU: (
        QT_TRANSLATE_NOOP("DomainMessages", "“I have nothing for you”"),
        QT_TRANSLATE_NOOP(
            "DomainMessages",
            "You are not asking for a job, and you can say so:\n"
            "\n"
            "- “I am not asking you for a job: I am after advice, and people to talk to.”\n"
            "- Ask what they see in their field: who is growing, who is moving.\n"
            "- Then: “In my place, whom would you go and see?”\n"
            "\n"
            "- **My ask:** {my_ask}",
        ),
    ),
    Situation.NOT_RIGHT_PERSON: (
        QT_TRANSLATE_NOOP("DomainMessages", "“I’m not the right person”"),
        QT_TRANSLATE_NOOP(
            "DomainMessages",
            "Good news: they probably know who is.\n"
            "\n"
            "- “Who would be the right person, in your view?”\n"
            "- “How do you know them? May I call them on your behalf?”\n"
            "- Ask a question or two about their own work anyway: you came to learn.\n"
            "\n"
            "Write the name down at once, with the permission you got.",
        ),
    ),
    Situation.CALL_BACK_LATER: (
        QT_TRANSLATE_NOOP("DomainMessages", "“Call me back later”"),
        QT_TRANSLATE_NOOP(
            "DomainMessages",
            "Agree on the moment now, while you have them:\n"
            "\n"
            "- “Would Thursday morning or Friday afternoon suit you better?”\n"
            "- Say how long it takes: “Twenty minutes will do.”\n"
            "- Remind them who sent you: {connector}.\n"
            "\n"
            "Note the call back as a next step, and call exactly when agreed.",
        ),
    ),
}

# Fallbacks for the names every card needs, when the person has no connector or no profile yet.
FALLBACKS: dict[str, str] = {
    "connector": QT_TRANSLATE_NOOP("DomainMessages", "your connector"),
    "my_ask": QT_TRANSLATE_NOOP("DomainMessages", "(write your precise ask in My profile)"),
}

TITLE_MISSING_MESSAGE = QT_TRANSLATE_NOOP("DomainMessages", "A card needs a title.")
CARD_GONE_MESSAGE = QT_TRANSLATE_NOOP(
    "DomainMessages", "This card no longer exists; the playbook has been reloaded."
)
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


@dataclass(frozen=True)
class CardText:
    """A card as stored or as shipped: ``is_custom`` when the user wrote or rewrote it.

    ``situation`` is the card's key: a ``Situation`` for a built-in card, ``custom:<hex>`` for
    one the user (or a coach) added."""

    situation: str
    title: str
    body: str
    is_custom: bool

    @property
    def is_built_in(self) -> bool:
        return is_built_in(self.situation)


def is_built_in(key: str) -> bool:
    return key in Situation._value2member_map_


def relevant_situations(has_connector: bool) -> list[Situation]:
    """The built-in cards worth a glance during a call: the connector ones only when there is
    one (the user's own cards always are)."""
    if has_connector:
        return list(Situation)
    return [s for s in Situation if s not in CONNECTOR_SITUATIONS]


def default_card(situation: Situation) -> CardText:
    title, body = DEFAULT_CARDS[situation]
    return CardText(situation, title, body, is_custom=False)


def _keys_setting(session: Session, key: str) -> list[str]:
    row = session.get(Setting, key)
    if row is None:
        return []
    try:
        keys = json.loads(row.value)
    except ValueError:
        return []
    return [k for k in keys if isinstance(k, str)] if isinstance(keys, list) else []


def _set_keys_setting(session: Session, key: str, keys: list[str]) -> None:
    row = session.get(Setting, key)
    if not keys:
        if row is not None:
            session.delete(row)
        return
    if row is None:
        session.add(Setting(key=key, value=json.dumps(keys)))
    else:
        row.value = json.dumps(keys)


def list_cards(session: Session) -> list[CardText]:
    """Every card in the user's order (built-in ones first by default, then their own, oldest
    first): the user's wording where they wrote one; built-in cards put aside are left out."""
    stored = {card.situation: card for card in session.scalars(select(PlaybookCard))}
    hidden = set(_keys_setting(session, HIDDEN_KEY))
    cards: dict[str, CardText] = {}
    for situation in Situation:
        if situation.value in hidden:
            continue
        own = stored.get(situation.value)
        cards[situation.value] = (
            default_card(situation)
            if own is None
            else CardText(situation, own.title, own.body, is_custom=True)
        )
    added = sorted(
        (card for key, card in stored.items() if key.startswith(CUSTOM_PREFIX)),
        key=lambda card: (card.updated_at, card.situation),
    )
    for own in added:
        cards[own.situation] = CardText(own.situation, own.title, own.body, is_custom=True)
    order = [key for key in _keys_setting(session, ORDER_KEY) if key in cards]
    order += [key for key in cards if key not in order]
    return [cards[key] for key in order]


def _check_card(title: str, body: str) -> None:
    if not title.strip():
        raise ValidationError("title", TITLE_MISSING_MESSAGE)
    if "\x00" in title or "\x00" in body:
        raise ValidationError("body", CONTROL_CHARACTER_MESSAGE)


def save_card(session: Session, situation: str, title: str, body: str) -> None:
    """The user's wording of a card (built-in or their own)."""
    _check_card(title, body)
    key = str(situation)
    card = session.get(PlaybookCard, key)
    if card is None:
        card = PlaybookCard(situation=key)
        session.add(card)
    card.title = title.strip()[:MAX_TITLE]
    card.body = body
    card.updated_at = dt.datetime.now().replace(microsecond=0)


def new_card_key() -> str:
    """The key of a card of the user's own, made before it is first saved."""
    return CUSTOM_PREFIX + uuid.uuid4().hex


def add_card(session: Session, title: str, body: str) -> str:
    """A card of the user's own, last in the playbook; returns its key."""
    key = new_card_key()
    save_card(session, key, title, body)
    order = [card.situation for card in list_cards(session) if card.situation != key]
    session.flush()
    set_order(session, [*order, key])
    return key


def reset_card(session: Session, situation: str) -> None:
    """Back to the shipped wording: the user's own is deleted."""
    if not is_built_in(str(situation)):
        return
    card = session.get(PlaybookCard, str(situation))
    if card is not None:
        session.delete(card)


def delete_card(session: Session, key: str) -> None:
    """The user's own card is deleted; a built-in one is put aside (``reset_playbook`` brings it
    back)."""
    card = session.get(PlaybookCard, key)
    if card is not None:
        session.delete(card)
    if is_built_in(key):
        hidden = _keys_setting(session, HIDDEN_KEY)
        if key not in hidden:
            _set_keys_setting(session, HIDDEN_KEY, [*hidden, key])
    _set_keys_setting(
        session, ORDER_KEY, [k for k in _keys_setting(session, ORDER_KEY) if k != key]
    )


def set_order(session: Session, keys: list[str]) -> None:
    keys = [str(key) for key in keys]
    _set_keys_setting(session, ORDER_KEY, [] if keys == list(Situation) else keys)


def reset_playbook(session: Session) -> None:
    """Carnet's cards, texts and order again: the user's own cards and wording are deleted."""
    session.execute(delete(PlaybookCard))
    _set_keys_setting(session, ORDER_KEY, [])
    _set_keys_setting(session, HIDDEN_KEY, [])


@dataclass(frozen=True)
class PlaybookEntry:
    """One card of a playbook file or of the card editor, in order.

    ``situation`` names a built-in card (None: a card of the user's own); ``title`` and ``body``
    are None for a built-in card in Carnet's wording (each reader gets it in their language)."""

    situation: Situation | None
    title: str | None = None
    body: str | None = None


def replace_playbook(session: Session, entries: list[PlaybookEntry]) -> list[str]:
    """The whole playbook becomes ``entries`` (an imported file): built-in cards not listed are
    put aside, the user's own cards replaced. Returns the keys in order."""
    for entry in entries:
        if entry.title is not None:
            _check_card(entry.title, entry.body or "")
    session.execute(delete(PlaybookCard))
    keys: list[str] = []
    for entry in entries:
        if entry.situation is not None:
            key = entry.situation.value
            if entry.title is not None:
                save_card(session, key, entry.title, entry.body or "")
        else:
            key = new_card_key()
            save_card(session, key, entry.title or "", entry.body or "")
        keys.append(key)
    listed = set(keys)
    _set_keys_setting(session, HIDDEN_KEY, [s.value for s in Situation if s.value not in listed])
    set_order(session, keys)
    return keys


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
