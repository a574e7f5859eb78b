"""Messages from templates: ask a relay for names, write "de la part de" the relay, thank them,
tell them how it went, follow up after a meeting.

Each kind has a default subject and body written here (English source text, translated by the
UI, as the playbook's cards) and may have the user's own wording in the settings
(``messages.template.<kind>``, JSON); resetting deletes it. Templates hold fill-ins such as
``{person}``; a line whose fill-in has nothing to show is left out.

**The relay's name** goes into a message to someone else only when that introduction's
permission is "yes". With "not asked yet" or "no" the ``{connector}`` fill-in is empty, so each
line that names the relay is left out of the subject and the body; with "not asked yet" the UI
offers to ask the relay first (``MessageKind.ASK_PERMISSION``).

A message the user confirms as sent is logged as an email or a message (``record_sent``): that is
the person's latest exchange (the keep-in-touch rhythm starts again), and the follow-up it
answers is closed.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import quote

from sqlalchemy import select
from sqlalchemy.orm import Session

from carnet.domain import chain_thanks
from carnet.domain.enums import (
    ContactPointKind,
    FollowUpKind,
    InteractionKind,
    Permission,
    Warmth,
)
from carnet.domain.errors import CONTROL_CHARACTER_MESSAGE, QT_TRANSLATE_NOOP, ValidationError
from carnet.domain.interactions import (
    PERSON_GONE_MESSAGE,
    InteractionDraft,
    log_interaction,
    mark_connector_thanked,
    primary_introduction,
)
from carnet.domain.models import (
    ContactPoint,
    FollowUp,
    Interaction,
    Introduction,
    Organization,
    Person,
    Profile,
    Setting,
)
from carnet.domain.text import fill as elided_fill


class MessageKind(StrEnum):
    ASK_INTRODUCTION = "ask_introduction"
    """To a relay: could you put me in touch with someone?"""
    FIRST_CONTACT = "first_contact"
    """To a new person, "de la part de" the relay when they said yes."""
    THANK_RELAY = "thank_relay"
    HOW_IT_WENT = "how_it_went"
    """To the relay, or anyone up the chain: where their help led."""
    FOLLOW_UP = "follow_up"
    """To someone the user met."""
    ASK_PERMISSION = "ask_permission"
    """To the relay, before a first contact: may I say that you sent me?"""


# Messages written to the relay (or someone up the chain) about the person they led to.
TO_RELAY = frozenset({MessageKind.THANK_RELAY, MessageKind.HOW_IT_WENT, MessageKind.ASK_PERMISSION})
SETTING_PREFIX = "messages.template."
MAILTO_LIMIT = 2000
"""Longer ``mailto:`` links are cut or refused by some mail programs (Outlook, web mail)."""
MAX_SUBJECT = 300
MAX_BODY = 20_000

DEFAULT_TEMPLATES: dict[MessageKind, tuple[str, str]] = {
    MessageKind.ASK_INTRODUCTION: (
        QT_TRANSLATE_NOOP("DomainMessages", "A little help with my search"),
        QT_TRANSLATE_NOOP(
            "DomainMessages",
            "Hello {recipient_first_name},\n"
            "\n"
            "I hope you are well. I am looking for my next position, and I am meeting people "
            "who know the field well.\n"
            "{my_pitch}\n"
            "\n"
            "What I am looking for: {my_ask}\n"
            "I am especially interested in {company}.\n"
            "\n"
            "Would you know one or two people I could talk to? Could you put me in touch with "
            "them, and may I tell them that you sent me?\n"
            "\n"
            "Thank you in advance,\n"
            "{my_name}",
        ),
    ),
    MessageKind.FIRST_CONTACT: (
        QT_TRANSLATE_NOOP("DomainMessages", "A request for advice"),
        QT_TRANSLATE_NOOP(
            "DomainMessages",
            "Hello {recipient},\n"
            "\n"
            "{connector} suggested that I get in touch with you.\n"
            "My name is {my_name}.\n"
            "{my_pitch}\n"
            "\n"
            "What I am looking for: {my_ask}\n"
            "\n"
            "I am not asking you for a job: your view of your field would help me a lot. "
            "Would you have twenty minutes for a call or a coffee in the coming days?\n"
            "\n"
            "Thank you in advance,\n"
            "{my_name}",
        ),
    ),
    MessageKind.THANK_RELAY: (
        QT_TRANSLATE_NOOP("DomainMessages", "Thank you"),
        QT_TRANSLATE_NOOP(
            "DomainMessages",
            "Hello {recipient_first_name},\n"
            "\n"
            "Thank you for putting me in touch with {person}: it was a real help.\n"
            "I will let you know how it goes.\n"
            "\n"
            "Thank you again,\n"
            "{my_name}",
        ),
    ),
    MessageKind.HOW_IT_WENT: (
        QT_TRANSLATE_NOOP("DomainMessages", "Where your help led"),
        QT_TRANSLATE_NOOP(
            "DomainMessages",
            "Hello {recipient_first_name},\n"
            "\n"
            "I wanted to tell you where your help led: thanks to you, I was able to talk "
            "with {person}.\n"
            "I learned a lot about {company}.\n"
            "\n"
            "Thank you again; I will keep you posted.\n"
            "{my_name}",
        ),
    ),
    MessageKind.FOLLOW_UP: (
        QT_TRANSLATE_NOOP("DomainMessages", "Thank you for your time"),
        QT_TRANSLATE_NOOP(
            "DomainMessages",
            "Hello {recipient},\n"
            "\n"
            "Thank you for the time you gave me. Your advice was very useful to me.\n"
            "I will also tell {connector} how our conversation went.\n"
            "\n"
            "As agreed, I will keep you informed of how my search goes.\n"
            "\n"
            "Best regards,\n"
            "{my_name}",
        ),
    ),
    MessageKind.ASK_PERMISSION: (
        QT_TRANSLATE_NOOP("DomainMessages", "May I say that you sent me?"),
        QT_TRANSLATE_NOOP(
            "DomainMessages",
            "Hello {recipient_first_name},\n"
            "\n"
            "Thank you again for giving me the name of {person}.\n"
            "Before I get in touch, may I tell them that you sent me? If you would rather I "
            "did not mention you, just say so: I will write without naming you.\n"
            "\n"
            "Thank you,\n"
            "{my_name}",
        ),
    ),
}

NO_RECIPIENT_MESSAGE = QT_TRANSLATE_NOOP("DomainMessages", "Choose whom the message was sent to.")
CHANNEL_MESSAGE = QT_TRANSLATE_NOOP("DomainMessages", "A message is sent as an email or a message.")
SUBJECT_MISSING_MESSAGE = QT_TRANSLATE_NOOP("DomainMessages", "A template needs a subject.")
TOO_LONG_MESSAGE = QT_TRANSLATE_NOOP(
    "DomainMessages", "This text is too long for a message; shorten it."
)
_FILL_IN = re.compile(r"\{([a-z_]+)\}")
_BLANK_LINES = re.compile(r"\n{3,}")
_SPACES = re.compile(r"[ \t\r\n]+")  # not the non-breaking space of French typography


@dataclass(frozen=True)
class MessageTemplate:
    """A template as shipped (``is_custom`` False: the UI translates it) or as the user wrote it."""

    kind: MessageKind
    subject: str
    body: str
    is_custom: bool


@dataclass(frozen=True)
class Recipient:
    person_id: int
    name: str
    addresses: tuple[str, ...]


@dataclass(frozen=True)
class ComposedMessage:
    """A message ready to be read and edited, and what the dialog says about the relay.

    ``relay_name`` is who gave the user the person's name, and ``permission`` what they said;
    ``relay_named`` says whether the relay's name was put in the message."""

    kind: MessageKind
    about_id: int
    about_name: str
    recipient: Recipient
    recipients: tuple[Recipient, ...]
    subject: str
    body: str
    relay_id: int | None
    relay_name: str
    permission: Permission | None
    relay_named: bool

    @property
    def asks_permission_first(self) -> bool:
        """A first message to someone whose relay was not asked yet: ask the relay first?"""
        return self.permission == Permission.NOT_ASKED and self.recipient.person_id == self.about_id


@dataclass(frozen=True)
class SentMessage:
    """What the user confirms: this message went to ``recipient_id`` by email or message."""

    kind: MessageKind
    recipient_id: int | None
    about_id: int
    channel: InteractionKind
    subject: str
    relay_named: bool = False


@dataclass(frozen=True)
class SentResult:
    interaction_id: int
    closed_follow_up_ids: tuple[int, ...]


def _one_line(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


# -- templates ----------------------------------------------------------------------------------


def default_template(kind: MessageKind) -> MessageTemplate:
    subject, body = DEFAULT_TEMPLATES[kind]
    return MessageTemplate(kind, subject, body, is_custom=False)


def template(session: Session, kind: MessageKind) -> MessageTemplate:
    """The user's wording of ``kind``, else Carnet's (untranslated: the UI translates it)."""
    row = session.get(Setting, SETTING_PREFIX + kind.value)
    if row is not None:
        try:
            stored = json.loads(row.value)
        except ValueError:
            stored = None
        if isinstance(stored, dict):
            subject, body = stored.get("subject"), stored.get("body")
            if isinstance(subject, str) and isinstance(body, str):
                return MessageTemplate(kind, subject, body, is_custom=True)
    return default_template(kind)


def save_template(session: Session, kind: MessageKind, subject: str, body: str) -> None:
    subject = _one_line(subject)
    if not subject:
        raise ValidationError("subject", SUBJECT_MISSING_MESSAGE)
    if "\x00" in subject or "\x00" in body:
        raise ValidationError("body", CONTROL_CHARACTER_MESSAGE)
    if len(subject) > MAX_SUBJECT or len(body) > MAX_BODY:
        raise ValidationError("body", TOO_LONG_MESSAGE)
    value = json.dumps({"subject": subject, "body": body}, ensure_ascii=False)
    row = session.get(Setting, SETTING_PREFIX + kind.value)
    if row is None:
        session.add(Setting(key=SETTING_PREFIX + kind.value, value=value))
    else:
        row.value = value


def reset_template(session: Session, kind: MessageKind) -> None:
    """Back to Carnet's wording."""
    row = session.get(Setting, SETTING_PREFIX + kind.value)
    if row is not None:
        session.delete(row)


# -- filling ------------------------------------------------------------------------------------


def fill_lines(text: str, values: Mapping[str, str], *, french: bool = True) -> str:
    """``text`` with each known fill-in replaced; a line whose fill-in has nothing to show is
    left out (and the blank lines left behind are merged), unknown ``{words}`` stay as typed."""
    kept = []
    for line in text.split("\n"):
        found = {key: values[key] for key in _FILL_IN.findall(line) if key in values}
        if all(found.values()):
            kept.append(elided_fill(line, found, french=french))
    return _BLANK_LINES.sub("\n\n", "\n".join(kept)).strip("\n")


def _addresses(session: Session, person_id: int) -> tuple[str, ...]:
    return tuple(
        value.strip()
        for value in session.scalars(
            select(ContactPoint.value)
            .where(
                ContactPoint.person_id == person_id,
                ContactPoint.kind == ContactPointKind.EMAIL,
            )
            .order_by(ContactPoint.id)
        )
        if value.strip()
    )


def _recipient(session: Session, person: Person) -> Recipient:
    return Recipient(person.id, person.full_name, _addresses(session, person.id))


def _first_name(person: Person) -> str:
    return person.first_name.strip() or person.full_name


def _about_for_relay(session: Session, relay_id: int) -> int | None:
    """Whom a thank-you from ``relay_id``'s card is about: the person they introduced that the
    user talked with last (or, if none yet, the latest they introduced)."""
    latest = (
        select(Introduction.introduced_id)
        .outerjoin(Interaction, Interaction.person_id == Introduction.introduced_id)
        .where(Introduction.connector_id == relay_id)
        .group_by(Introduction.id)
        .order_by(
            Interaction.occurred_at.is_(None),
            Interaction.occurred_at.desc(),
            Introduction.introduced_on.desc(),
            Introduction.id.desc(),
        )
    )
    return session.scalars(latest).first()


def _recipients(session: Session, kind: MessageKind, about: Person) -> tuple[Recipient, ...]:
    if kind not in TO_RELAY:
        return (_recipient(session, about),)
    chain = chain_thanks.chain_above(session, about.id)
    if kind != MessageKind.HOW_IT_WENT:
        chain = chain[:1]
    people = [session.get(Person, link.connector_id) for link in chain]
    return tuple(_recipient(session, p) for p in people if p is not None)


def _profile(session: Session) -> Profile | None:
    return session.scalars(select(Profile).order_by(Profile.id)).first()


def _top_target(session: Session) -> str:
    return (
        session.scalars(
            select(Organization.name)
            .where(Organization.is_target.is_(True))
            .order_by(Organization.priority.is_(None), Organization.priority, Organization.id)
        ).first()
        or ""
    )


def compose_message(
    session: Session,
    kind: MessageKind,
    person_id: int,
    recipient_id: int | None = None,
    *,
    translate: Callable[[str], str] = str,
    french: bool = True,
) -> ComposedMessage:
    """The message of ``kind`` about ``person_id``, filled in for ``recipient_id`` (by default
    the first one possible), in the user's wording or Carnet's (through ``translate``).

    ``person_id`` is whom the message is about: the one written to for a first contact, an
    introduction request or a follow-up; the one the relay led to for a thank-you, "how it
    went" or a permission question. Given the relay instead (someone who led to others but was
    led to by nobody), the message is about the person they introduced last."""
    about = session.get(Person, person_id)
    if about is None:
        raise ValidationError("person", PERSON_GONE_MESSAGE)
    if kind in TO_RELAY and primary_introduction(session, about.id) is None:
        led_to = _about_for_relay(session, about.id)
        if led_to is not None:
            return compose_message(
                session,
                kind,
                led_to,
                recipient_id if recipient_id is not None else about.id,
                translate=translate,
                french=french,
            )
    recipients = _recipients(session, kind, about) or (_recipient(session, about),)
    recipient = next((r for r in recipients if r.person_id == recipient_id), recipients[0])
    recipient_person = session.get(Person, recipient.person_id)
    assert recipient_person is not None
    introduction = primary_introduction(session, about.id)
    relay = introduction.connector if introduction is not None else None
    permission = introduction.permission if introduction is not None else None
    to_relay = relay is not None and recipient.person_id != about.id
    relay_named = relay is not None and (to_relay or permission == Permission.YES)
    profile = _profile(session)
    organization = about.organization.name if about.organization is not None else ""
    values = {
        "recipient": recipient.name,
        "recipient_first_name": _first_name(recipient_person),
        "person": about.full_name,
        "company": organization if kind != MessageKind.ASK_INTRODUCTION else _top_target(session),
        "connector": relay.full_name if relay is not None and relay_named else "",
        "my_name": profile.name.strip() if profile is not None else "",
        "my_pitch": profile.pitch.strip() if profile is not None else "",
        "my_ask": _one_line(profile.precise_ask) if profile is not None else "",
    }
    own = template(session, kind)
    shipped = default_template(kind)

    def text(of: MessageTemplate) -> tuple[str, str]:
        if of.is_custom:
            return of.subject, of.body
        return translate(of.subject), translate(of.body)

    subject_text, body_text = text(own)
    subject = fill_lines(subject_text, values, french=french)
    if not subject.strip():  # the subject named someone it may not: Carnet's own instead
        subject = fill_lines(text(shipped)[0], values, french=french)
    return ComposedMessage(
        kind=kind,
        about_id=about.id,
        about_name=about.full_name,
        recipient=recipient,
        recipients=recipients,
        subject=_one_line(subject),
        body=fill_lines(body_text, values, french=french),
        relay_id=relay.id if relay is not None else None,
        relay_name=relay.full_name if relay is not None else "",
        permission=permission,
        relay_named=relay_named,
    )


def suggested_kind(session: Session, person_id: int) -> MessageKind:
    """The message most likely wanted for ``person_id``: a follow-up to someone already talked
    to, a first contact to someone introduced, else an introduction request."""
    talked = session.scalar(
        select(Interaction.id).where(Interaction.person_id == person_id).limit(1)
    )
    if talked is not None:
        return MessageKind.FOLLOW_UP
    if primary_introduction(session, person_id) is not None:
        return MessageKind.FIRST_CONTACT
    return MessageKind.ASK_INTRODUCTION


# -- sending ------------------------------------------------------------------------------------


def mailto_url(address: str, subject: str, body: str) -> str:
    """A ``mailto:`` link with the subject and the body, percent-encoded as UTF-8, each line
    break as CRLF (RFC 6068)."""

    def encoded(text: str) -> str:
        return quote(text.replace("\r\n", "\n").replace("\n", "\r\n"), safe="")

    url = "mailto:" + quote(address.strip(), safe="@+")
    return url + "?subject=" + encoded(subject) + "&body=" + encoded(body)


def fits_mail_program(url: str) -> bool:
    return len(url) <= MAILTO_LIMIT


def _close_thanks(session: Session, relay_id: int, about_id: int) -> list[FollowUp]:
    return list(
        session.scalars(
            select(FollowUp)
            .join(Interaction, Interaction.id == FollowUp.interaction_id)
            .where(
                FollowUp.kind == FollowUpKind.THANK_CONNECTOR,
                FollowUp.person_id == relay_id,
                FollowUp.done_at.is_(None),
                Interaction.person_id == about_id,
            )
        )
    )


def _next_step(session: Session, person_id: int) -> list[FollowUp]:
    step = session.scalars(
        select(FollowUp)
        .where(
            FollowUp.kind == FollowUpKind.NEXT_STEP,
            FollowUp.person_id == person_id,
            FollowUp.done_at.is_(None),
        )
        .order_by(FollowUp.due_on, FollowUp.id)
        .limit(1)
    ).first()
    return [step] if step is not None else []


def record_sent(session: Session, sent: SentMessage) -> SentResult:
    """Log the message as an email or a message to its recipient (their latest exchange), and
    close the follow-up it answers: the thank-you owed to that relay for a thank-you or "how it
    went"; the first next step for a follow-up."""
    if sent.recipient_id is None:
        raise ValidationError("recipient", NO_RECIPIENT_MESSAGE)
    if sent.channel not in (InteractionKind.EMAIL, InteractionKind.MESSAGE):
        raise ValidationError("channel", CHANNEL_MESSAGE)
    recipient = session.get(Person, sent.recipient_id)
    if recipient is None:
        raise ValidationError("recipient", PERSON_GONE_MESSAGE)
    if sent.kind == MessageKind.FIRST_CONTACT:
        warmth = Warmth.WARM if sent.relay_named else Warmth.COLD
    else:
        warmth = Warmth.KNOWN
    logged = log_interaction(
        session,
        InteractionDraft(
            person_id=recipient.id,
            kind=sent.channel,
            occurred_at=dt.datetime.now().replace(second=0, microsecond=0),
            warmth=warmth,
            summary=_one_line(sent.subject)[:MAX_SUBJECT],
        ),
    )
    closing: list[FollowUp] = []
    if sent.kind in (MessageKind.THANK_RELAY, MessageKind.HOW_IT_WENT):
        closing = _close_thanks(session, recipient.id, sent.about_id)
        introduction = primary_introduction(session, sent.about_id)
        if introduction is not None and introduction.connector_id == recipient.id:
            mark_connector_thanked(session, sent.about_id)
    elif sent.kind == MessageKind.FOLLOW_UP:
        closing = _next_step(session, recipient.id)
    now = dt.datetime.now().replace(microsecond=0)
    for follow_up in closing:
        if follow_up.done_at is None:
            follow_up.done_at = now
    session.flush()
    return SentResult(logged.interaction_id, tuple(f.id for f in closing))
