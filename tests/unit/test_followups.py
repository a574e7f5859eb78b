"""Follow-ups and keep-in-touch reminders: whom to call, thank or get back in touch with, and when.

The calendar of these tests: "today" is Wednesday 11 March 2026; its week runs from Monday 9 to
Sunday 15 March.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from carnet.domain import followups
from carnet.domain.enums import (
    ContactStatus,
    FollowUpKind,
    InteractionKind,
    IntroductionStatus,
    Permission,
)
from carnet.domain.errors import ValidationError
from carnet.domain.followups import Bucket, FollowUpDraft, ItemKey, bucket_of
from carnet.domain.models import FollowUp, Interaction, Introduction, Note, Person, Setting

TODAY = dt.date(2026, 3, 11)
NOW = dt.datetime(2026, 3, 11, 9, 30)


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


@pytest.fixture
def person(database):
    def add(
        first: str,
        *,
        cadence: int | None = None,
        status: ContactStatus = ContactStatus.CONTACTED,
        added: str = "2026-01-01",
    ) -> int:
        with database.transaction() as session:
            someone = Person(
                first_name=first,
                last_name="Martin",
                status=status,
                keep_in_touch_days=cadence,
                created_at=dt.datetime.fromisoformat(added + " 10:00"),
            )
            session.add(someone)
            session.flush()
            return someone.id

    return add


def log(database, person_id: int, when: str, kind: InteractionKind = InteractionKind.CALL) -> None:
    with database.transaction() as session:
        session.add(
            Interaction(person_id=person_id, kind=kind, occurred_at=dt.datetime.fromisoformat(when))
        )


def write_note(database, person_id: int, on: str) -> None:
    with database.transaction() as session:
        note = Note(written_on=day(on), title="After the coffee", body="…")
        note.people = [session.get(Person, person_id)]
        session.add(note)


def reminders(database, today: dt.date = TODAY, horizon: int = 400) -> dict[int, dt.date]:
    with database.reading() as session:
        return {
            item.person_id: item.due_on
            for item in followups.keep_in_touch_reminders(session, today, horizon_days=horizon)
        }


def listed(database, today: dt.date = TODAY) -> followups.FollowUpList:
    with database.reading() as session:
        return followups.list_follow_ups(session, today)


def add_follow_up(database, title: str, due: str, person_id: int | None = None, **kw) -> int:
    with database.transaction() as session:
        return followups.create_follow_up(
            session, FollowUpDraft(title=title, due_on=day(due), person_id=person_id, **kw)
        )


# -- the four groups -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("due", "bucket"),
    [
        ("2026-03-10", Bucket.OVERDUE),
        ("2026-03-11", Bucket.TODAY),
        ("2026-03-12", Bucket.THIS_WEEK),
        ("2026-03-15", Bucket.THIS_WEEK),  # Sunday ends the week
        ("2026-03-16", Bucket.LATER),  # Monday starts the next
    ],
)
def test_weeks_start_on_monday(due, bucket):
    assert bucket_of(day(due), TODAY) is bucket


def test_on_sunday_this_week_is_only_today():
    sunday = day("2026-03-15")
    assert bucket_of(sunday, sunday) is Bucket.TODAY
    assert bucket_of(day("2026-03-16"), sunday) is Bucket.LATER


def test_follow_ups_are_grouped_overdue_today_this_week_later(database, person):
    marc = person("Marc")
    add_follow_up(database, "Send Marc the one-page note", "2026-03-16", marc)
    add_follow_up(database, "Call Marc back", "2026-03-09", marc)
    add_follow_up(database, "Update my CV", "2026-03-11")
    add_follow_up(database, "Ask Marc about Orsane", "2026-03-13", marc)

    found = listed(database)
    assert [i.title for i in found.overdue] == ["Call Marc back"]
    assert [i.title for i in found.due_today] == ["Update my CV"]
    assert [i.title for i in found.this_week] == ["Ask Marc about Orsane"]
    assert [i.title for i in found.later] == ["Send Marc the one-page note"]
    assert found.due_count == 2
    assert found.overdue[0].person_name == "Marc Martin"
    assert found.due_today[0].person_id is None


# -- keep in touch -------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", list(InteractionKind))
def test_any_kind_of_interaction_restarts_the_keep_in_touch_count(database, person, kind):
    celine = person("Céline", cadence=21)
    assert reminders(database) == {celine: day("2026-01-22")}  # 21 days after she was added

    log(database, celine, "2026-03-01 18:45", kind)

    assert reminders(database) == {celine: day("2026-03-22")}


def test_a_notebook_entry_about_them_leaves_the_count_alone(database, person):
    celine = person("Céline", cadence=21)
    write_note(database, celine, "2026-03-02")  # private: Céline heard nothing
    assert reminders(database) == {celine: day("2026-01-22")}


def test_the_latest_contact_counts_not_an_older_one(database, person):
    celine = person("Céline", cadence=61)
    log(database, celine, "2026-02-20 10:00")
    log(database, celine, "2025-06-01 10:00")  # logged late, about an old call
    write_note(database, celine, "2026-01-05")
    assert reminders(database) == {celine: day("2026-04-22")}


def test_a_linkedin_connection_date_starts_the_count_when_nobody_was_contacted(database, person):
    with database.transaction() as session:
        someone = Person(
            first_name="Loïc",
            keep_in_touch_days=30,
            connected_on=day("2026-02-01"),
            created_at=dt.datetime(2026, 3, 1, 9, 0),
        )
        session.add(someone)
        session.flush()
        loic = someone.id
    assert reminders(database) == {loic: day("2026-03-03")}


def test_the_default_rhythm_follows_the_status(database, person):
    met = person("Nathalie", status=ContactStatus.MET)  # built-in: every 2 months
    lead = person("Paul", status=ContactStatus.LEAD)
    never = person("François", status=ContactStatus.MET, cadence=0)
    assert reminders(database) == {met: day("2026-03-03")}

    with database.transaction() as session:
        defaults = followups.default_cadences(session)
        defaults[ContactStatus.MET] = None
        defaults[ContactStatus.LEAD] = 21
        followups.save_default_cadences(session, defaults)

    assert reminders(database) == {lead: day("2026-01-22")}
    assert never not in reminders(database)
    with database.reading() as session:
        assert followups.default_cadences(session)[ContactStatus.LEAD] == 21
        assert followups.cadence_of(session, lead) == (None, 21)


def test_reminders_are_listed_up_to_four_weeks_ahead(database, person):
    soon = person("Soon", cadence=61, added="2026-01-20")  # due 22 March
    far = person("Far", cadence=182, added="2026-03-01")  # due 30 August
    found = listed(database)
    assert [i.person_id for i in found.later] == [soon]
    assert far not in [i.person_id for i in found.items()]


def test_done_on_a_reminder_counts_as_a_contact_today(database, person):
    celine = person("Céline", cadence=21)
    assert listed(database).due_count == 1

    with database.transaction() as session:
        followups.mark_done(session, ItemKey(person_id=celine), "Got back in touch", now=NOW)

    assert reminders(database) == {celine: day("2026-04-01")}
    assert listed(database).due_count == 0
    with database.reading() as session:
        assert followups.due_count(session, TODAY) == 0


def test_snoozing_a_reminder_puts_it_off_until_a_later_contact(database, person):
    celine = person("Céline", cadence=21)
    with database.transaction() as session:
        followups.snooze(session, ItemKey(person_id=celine), day("2026-03-18"), TODAY)
    assert reminders(database) == {celine: day("2026-03-18")}
    with database.reading() as session:
        assert followups.due_count(session, TODAY) == 0

    log(database, celine, "2026-03-10 12:00")  # she called: the cadence wins again
    assert reminders(database) == {celine: day("2026-03-31")}


def test_snoozing_to_today_or_before_is_refused(database, person):
    celine = person("Céline", cadence=21)
    with database.transaction() as session, pytest.raises(ValidationError) as refused:
        followups.snooze(session, ItemKey(person_id=celine), TODAY, TODAY)
    assert "after today" in refused.value.message


def test_a_keep_in_touch_follow_up_of_their_own_replaces_the_reminder(database, person):
    celine = person("Céline", cadence=21)
    own = add_follow_up(
        database,
        "Invite Céline to the meetup",
        "2026-03-20",
        celine,
        kind=FollowUpKind.KEEP_IN_TOUCH,
    )
    items = listed(database).items()
    assert [(i.key, i.title) for i in items] == [
        (ItemKey(follow_up_id=own), "Invite Céline to the meetup")
    ]


def test_changing_the_rhythm_of_one_person(database, person):
    celine = person("Céline", status=ContactStatus.MET)
    with database.transaction() as session:
        followups.set_cadence(session, celine, 365)
    assert reminders(database, horizon=28) == {}
    assert reminders(database) == {celine: day("2027-01-01")}  # a year after she was added
    with database.transaction() as session, pytest.raises(ValidationError):
        followups.set_cadence(session, celine, 5000)


# -- stored follow-ups ---------------------------------------------------------------------------


def test_done_snooze_and_edit_a_follow_up(database, person):
    marc = person("Marc")
    call_back = add_follow_up(database, "Call Marc back", "2026-03-09", marc)
    key = ItemKey(follow_up_id=call_back)

    with database.transaction() as session:
        followups.snooze(session, key, TODAY + dt.timedelta(days=1), TODAY)
    assert [i.key for i in listed(database).this_week] == [key]

    with database.transaction() as session:
        followups.update_follow_up(
            session,
            call_back,
            FollowUpDraft(
                FollowUpKind.NEXT_STEP, "  Call Marc back   about Orsane ", day("2026-03-20")
            ),
        )
    later = listed(database).later
    assert [(i.title, i.person_id) for i in later] == [("Call Marc back about Orsane", None)]

    with database.transaction() as session:
        followups.mark_done(session, key, now=NOW)
    assert listed(database).items() == []
    with database.reading() as session:
        assert session.get(FollowUp, call_back).done_at == NOW


@pytest.mark.parametrize(
    ("draft", "message"),
    [
        (FollowUpDraft(title="   ", due_on=TODAY), "Say in a few words"),
        (FollowUpDraft(title="x" * 301, due_on=TODAY), "at most 300"),
        (FollowUpDraft(title="Call", due_on=None), "Choose the day"),
        (FollowUpDraft(title="Call\x00", due_on=TODAY), "invisible"),
        (FollowUpDraft(title="Call", due_on=TODAY, person_id=999), "no longer in your contacts"),
    ],
)
def test_a_follow_up_that_makes_no_sense_is_refused(database, draft, message):
    with database.transaction() as session, pytest.raises(ValidationError) as refused:
        followups.create_follow_up(session, draft)
    assert message in refused.value.message
    assert listed(database).items() == []


def test_acting_on_a_follow_up_deleted_meanwhile_says_so(database):
    with database.transaction() as session, pytest.raises(ValidationError) as refused:
        followups.mark_done(session, ItemKey(follow_up_id=42))
    assert "no longer exists" in refused.value.message


def test_thanking_the_connector_stamps_the_introduction(database, person):
    loic, isabelle = person("Loïc"), person("Isabelle")
    with database.transaction() as session:
        introduction = Introduction(
            connector_id=loic,
            introduced_id=isabelle,
            permission=Permission.YES,
            status=IntroductionStatus.MET,
        )
        call = Interaction(
            person_id=isabelle, kind=InteractionKind.CALL, occurred_at=dt.datetime(2026, 3, 9)
        )
        session.add_all([introduction, call])
        session.flush()
        thank = FollowUp(
            person_id=loic,
            kind=FollowUpKind.THANK_CONNECTOR,
            title="Thank Loïc",
            due_on=TODAY,
            interaction_id=call.id,
        )
        session.add(thank)
        session.flush()
        thank_id, introduction_id = thank.id, introduction.id

    with database.transaction() as session:
        followups.mark_done(session, ItemKey(follow_up_id=thank_id), now=NOW)

    with database.reading() as session:
        assert session.get(Introduction, introduction_id).thanked_on == TODAY
    # thanking is a contact with the connector too
    with database.transaction() as session:
        followups.set_cadence(session, loic, 21)
    assert reminders(database) == {loic: day("2026-04-01")}


def test_snoozes_of_people_deleted_or_long_past_are_forgotten(database, person):
    celine, marc, paul = (person(n, cadence=21) for n in ("Céline", "Marc", "Paul"))
    with database.transaction() as session:
        followups.snooze(session, ItemKey(person_id=celine), day("2026-03-20"), TODAY)
        followups.snooze(session, ItemKey(person_id=marc), day("2026-03-12"), TODAY)
        session.delete(session.get(Person, celine))
    with database.transaction() as session:  # a week later
        followups.snooze(session, ItemKey(person_id=paul), day("2026-03-30"), day("2026-03-18"))
    with database.reading() as session:
        keys = session.scalars(
            select(Setting.key).where(Setting.key.like("keep_in_touch.snoozed.%"))
        ).all()
    assert keys == [f"keep_in_touch.snoozed.{paul}"]
