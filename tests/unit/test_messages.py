"""Messages from templates (issue 20, point 2): the relay's name only with their permission, the
user's own wording kept and reset, the mailto link, and a sent message logged and answered."""

from __future__ import annotations

import datetime as dt
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
import time_machine
from sqlalchemy import select

from carnet.domain import followups, people, referrals
from carnet.domain.enums import FollowUpKind, InteractionKind, Outcome, Permission, Warmth
from carnet.domain.errors import ValidationError
from carnet.domain.interactions import (
    InteractionDraft,
    accept_thank_proposal,
    log_interaction,
)
from carnet.domain.messages import (
    MAILTO_LIMIT,
    MessageKind,
    SentMessage,
    compose_message,
    fill_lines,
    fits_mail_program,
    mailto_url,
    record_sent,
    reset_template,
    save_template,
    suggested_kind,
    template,
)
from carnet.domain.models import FollowUp, Interaction, Introduction
from carnet.domain.people import ContactEntry, PersonDraft
from carnet.domain.profile import ProfileDraft, save_profile

NOW = dt.datetime(2026, 3, 10, 9, 30)


def build(database, permission: Permission):
    with database.transaction() as session:
        save_profile(
            session,
            ProfileDraft(
                name="Claire Moreau",
                pitch="Ten years of supply chain in food retail.",
                precise_ask="People who run a warehouse near Lyon.",
            ),
        )
        anne = people.create_person(
            session,
            PersonDraft("Anne", "Petit", emails=(ContactEntry("anne@example.org"),)),
        )
        bruno = referrals.introduce_new_person(
            session,
            anne,
            PersonDraft("Bruno", "Lefèvre", organization_name="Atelier Nord"),
            permission=permission,
        )
    return anne, bruno


@pytest.mark.parametrize("kind", [MessageKind.FIRST_CONTACT, MessageKind.FOLLOW_UP])
def test_the_relay_is_named_only_when_they_said_yes(database, kind):
    anne, bruno = build(database, Permission.YES)
    with database.reading() as session:
        message = compose_message(session, kind, bruno)
    assert message.relay_named and message.permission == Permission.YES
    assert message.recipient.person_id == bruno
    assert "Anne Petit" in message.body
    assert "Hello Bruno Lefèvre," in message.body


@pytest.mark.parametrize("permission", [Permission.NOT_ASKED, Permission.NO])
@pytest.mark.parametrize("kind", [MessageKind.FIRST_CONTACT, MessageKind.FOLLOW_UP])
def test_without_a_yes_the_relay_is_never_named(database, kind, permission):
    anne, bruno = build(database, permission)
    with database.transaction() as session:
        # even a template of the user's own that names the relay in its subject
        save_template(session, kind, "From {connector}", "Hello,\n{connector} sent me.\nBye")
        message = compose_message(session, kind, bruno)
    assert not message.relay_named
    assert message.relay_name == "Anne Petit" and message.permission == permission
    assert "Anne" not in message.subject + message.body
    assert message.body == "Hello,\nBye"
    assert message.subject  # Carnet's own subject, which names nobody
    assert message.asks_permission_first == (permission == Permission.NOT_ASKED)


def test_the_default_first_contact_reads_well_without_the_relay(database):
    anne, bruno = build(database, Permission.NO)
    with database.reading() as session:
        message = compose_message(session, MessageKind.FIRST_CONTACT, bruno)
    assert "Anne" not in message.body
    assert message.body.startswith("Hello Bruno Lefèvre,\n\nMy name is Claire Moreau.\n")
    assert "Ten years of supply chain in food retail." in message.body
    assert "People who run a warehouse near Lyon." in message.body
    assert "\n\n\n" not in message.body


def test_asking_permission_goes_to_the_relay_and_names_the_new_person(database):
    anne, bruno = build(database, Permission.NOT_ASKED)
    with database.reading() as session:
        message = compose_message(session, MessageKind.ASK_PERMISSION, bruno)
    assert message.recipient.person_id == anne
    assert message.recipient.addresses == ("anne@example.org",)
    assert "Hello Anne," in message.body and "Bruno Lefèvre" in message.body


def test_how_it_went_may_go_to_everyone_up_the_chain(database):
    anne, bruno = build(database, Permission.YES)
    with database.transaction() as session:
        carla = referrals.introduce_new_person(session, bruno, PersonDraft("Carla", "Roux"))
        message = compose_message(session, MessageKind.HOW_IT_WENT, carla)
        to_anne = compose_message(session, MessageKind.HOW_IT_WENT, carla, anne)
    assert [r.person_id for r in message.recipients] == [bruno, anne]
    assert message.recipient.person_id == bruno
    assert "Carla Roux" in to_anne.body and "Hello Anne," in to_anne.body


def test_a_thank_you_from_the_relays_card_is_about_the_person_they_introduced(database):
    anne, bruno = build(database, Permission.YES)
    with database.reading() as session:
        message = compose_message(session, MessageKind.THANK_RELAY, anne)
    assert message.recipient.person_id == anne and message.about_id == bruno
    assert "Bruno Lefèvre" in message.body


def test_french_elision_and_translation(database):
    anne, bruno = build(database, Permission.YES)
    french = {"Thank you": "Merci", "{person}": "le nom de {person}"}
    with database.transaction() as session:
        save_template(session, MessageKind.THANK_RELAY, "Merci", "Merci pour le nom de {person}")
        with_elision = compose_message(session, MessageKind.THANK_RELAY, bruno)
        people.update_person(session, bruno, PersonDraft("Alain", "Lefèvre"))
        elided = compose_message(session, MessageKind.THANK_RELAY, bruno)
        reset_template(session, MessageKind.THANK_RELAY)
        shipped = compose_message(
            session, MessageKind.THANK_RELAY, bruno, translate=lambda t: french.get(t, t)
        )
    assert with_elision.body == "Merci pour le nom de Bruno Lefèvre"
    assert elided.body == "Merci pour le nom d’Alain Lefèvre"
    assert shipped.subject == "Merci"


def test_the_users_wording_is_kept_and_reset(database):
    with database.transaction() as session:
        assert not template(session, MessageKind.FOLLOW_UP).is_custom
        save_template(session, MessageKind.FOLLOW_UP, "  Merci  encore ", "Bonjour {recipient}")
    with database.transaction() as session:
        own = template(session, MessageKind.FOLLOW_UP)
        assert (own.subject, own.body, own.is_custom) == (
            "Merci encore",
            "Bonjour {recipient}",
            True,
        )
        reset_template(session, MessageKind.FOLLOW_UP)
    with database.reading() as session:
        assert not template(session, MessageKind.FOLLOW_UP).is_custom


def test_a_template_needs_a_subject(database):
    with database.transaction() as session, pytest.raises(ValidationError) as refused:
        save_template(session, MessageKind.FOLLOW_UP, "  ", "Bonjour")
    assert refused.value.field == "subject"


def test_a_fill_in_typed_in_a_name_stays_as_typed():
    assert fill_lines("Hello {recipient}", {"recipient": "{connector}", "connector": "X"}) == (
        "Hello {connector}"
    )


def test_the_suggested_kind(database):
    anne, bruno = build(database, Permission.YES)
    with database.transaction() as session:
        assert suggested_kind(session, anne) == MessageKind.ASK_INTRODUCTION
        assert suggested_kind(session, bruno) == MessageKind.FIRST_CONTACT
        log_interaction(session, InteractionDraft(bruno, kind=InteractionKind.MEETING))
        assert suggested_kind(session, bruno) == MessageKind.FOLLOW_UP


# -- mailto ------------------------------------------------------------------------------------


def test_mailto_encodes_accents_line_breaks_and_separators():
    url = mailto_url(
        "hélène.o'neil+jobs@example.org",
        "Café & croissants?",
        "Bonjour Hélène,\nQ&A #1 ? 100% sûr\n\nÀ bientôt",
    )
    assert url.isascii() and " " not in url
    bare = url.replace("%0D%0A", "")
    assert "%0D%0A" in url and "%0A" not in bare and "%0D" not in bare
    parts = urlsplit(url)
    assert parts.scheme == "mailto"
    assert unquote(parts.path) == "hélène.o'neil+jobs@example.org"
    assert parts.fragment == ""  # a "#" in the text never cuts the link
    query = parse_qs(parts.query)
    assert query["subject"] == ["Café & croissants?"]
    assert query["body"] == ["Bonjour Hélène,\r\nQ&A #1 ? 100% sûr\r\n\r\nÀ bientôt"]


def test_a_long_message_does_not_fit_a_mail_program():
    short = mailto_url("a@example.org", "Hi", "é" * 100)
    long = mailto_url("a@example.org", "Hi", "é" * 400)
    assert fits_mail_program(short)
    assert not fits_mail_program(long) and len(long) > MAILTO_LIMIT


# -- sent --------------------------------------------------------------------------------------


def test_a_thank_you_sent_closes_the_thank_you_follow_up(database):
    anne, bruno = build(database, Permission.YES)
    with time_machine.travel(NOW, tick=False):
        with database.transaction() as session:
            logged = log_interaction(
                session,
                InteractionDraft(
                    bruno, kind=InteractionKind.CALL, outcome=Outcome.MEETING_OBTAINED
                ),
            )
            assert logged.thank_proposal is not None
            accept_thank_proposal(session, logged.thank_proposal, "Thank Anne")
        with database.transaction() as session:
            result = record_sent(
                session,
                SentMessage(
                    MessageKind.THANK_RELAY, anne, bruno, InteractionKind.EMAIL, "Thank you"
                ),
            )
    with database.reading() as session:
        interaction = session.get(Interaction, result.interaction_id)
        assert interaction is not None
        assert (interaction.person_id, interaction.kind, interaction.summary) == (
            anne,
            InteractionKind.EMAIL,
            "Thank you",
        )
        assert interaction.warmth == Warmth.KNOWN
        (follow_up,) = session.scalars(
            select(FollowUp).where(FollowUp.kind == FollowUpKind.THANK_CONNECTOR)
        )
        assert follow_up.done_at == NOW and result.closed_follow_up_ids == (follow_up.id,)
        introduction = session.scalars(select(Introduction)).one()
        assert introduction.thanked_on == NOW.date()


def test_a_follow_up_sent_closes_the_next_step_and_starts_the_rhythm_again(database):
    anne, bruno = build(database, Permission.YES)
    with (
        time_machine.travel(NOW - dt.timedelta(days=60), tick=False),
        database.transaction() as session,
    ):
        log_interaction(
            session,
            InteractionDraft(
                bruno,
                kind=InteractionKind.MEETING,
                next_step="Send the article",
                next_step_due=(NOW - dt.timedelta(days=50)).date(),
            ),
        )
    with time_machine.travel(NOW, tick=False):
        with database.reading() as session:
            due = followups.keep_in_touch_reminders(session, NOW.date())
            assert bruno in {item.person_id for item in due}
        with database.transaction() as session:
            result = record_sent(
                session,
                SentMessage(MessageKind.FOLLOW_UP, bruno, bruno, InteractionKind.MESSAGE, "Merci"),
            )
        with database.reading() as session:
            due = followups.keep_in_touch_reminders(session, NOW.date())
            assert bruno not in {item.person_id for item in due}
            (step,) = session.scalars(
                select(FollowUp).where(FollowUp.kind == FollowUpKind.NEXT_STEP)
            )
            assert step.done_at == NOW and result.closed_follow_up_ids == (step.id,)


def test_a_first_contact_is_warm_only_when_the_relay_was_named(database):
    anne, bruno = build(database, Permission.YES)
    with database.transaction() as session:
        warm = record_sent(
            session,
            SentMessage(MessageKind.FIRST_CONTACT, bruno, bruno, InteractionKind.EMAIL, "Hi", True),
        )
        cold = record_sent(
            session,
            SentMessage(MessageKind.FIRST_CONTACT, bruno, bruno, InteractionKind.EMAIL, "Hi"),
        )
        assert session.get(Interaction, warm.interaction_id).warmth == Warmth.WARM
        assert session.get(Interaction, cold.interaction_id).warmth == Warmth.COLD


def test_a_sent_message_needs_its_recipient_and_a_channel(database):
    anne, bruno = build(database, Permission.YES)
    with database.transaction() as session, pytest.raises(ValidationError):
        record_sent(
            session, SentMessage(MessageKind.FOLLOW_UP, None, bruno, InteractionKind.EMAIL, "")
        )
    with database.transaction() as session, pytest.raises(ValidationError):
        record_sent(
            session, SentMessage(MessageKind.FOLLOW_UP, bruno, bruno, InteractionKind.CALL, "")
        )


def test_the_non_breaking_spaces_of_french_typography_are_kept(database):
    anne, bruno = build(database, Permission.YES)
    with database.transaction() as session:
        save_template(session, MessageKind.FOLLOW_UP, "Merci\u00a0!\n", "Bonjour")
        message = compose_message(session, MessageKind.FOLLOW_UP, bruno)
    assert message.subject == "Merci\u00a0!"
