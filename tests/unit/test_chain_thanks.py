"""The chain above a person met: nearest connector first, only for a meeting obtained, and safe
from loops."""

from __future__ import annotations

import datetime as dt

from carnet.domain import chain_thanks, people, referrals
from carnet.domain.enums import InteractionKind, Outcome
from carnet.domain.interactions import InteractionDraft, log_interaction
from carnet.domain.models import Introduction
from carnet.domain.people import PersonDraft


def build(database):
    with database.transaction() as session:
        anne = people.create_person(session, PersonDraft("Anne", "Petit"))
        loic = referrals.introduce_new_person(session, anne, PersonDraft("Loïc", "Bertrand"))
        mathieu = referrals.introduce_new_person(session, loic, PersonDraft("Mathieu", "Roche"))
    return anne, loic, mathieu


def proposal_after(database, person_id, outcome):
    with database.transaction() as session:
        logged = log_interaction(
            session,
            InteractionDraft(
                person_id,
                kind=InteractionKind.CALL,
                occurred_at=dt.datetime.now().replace(microsecond=0),
                outcome=outcome,
            ),
        )
        return logged.thank_proposal


def test_the_chain_is_read_nearest_first(database):
    anne, loic, mathieu = build(database)
    with database.reading() as session:
        chain = chain_thanks.chain_above(session, mathieu)
    assert [(c.connector_id, c.led_to_name) for c in chain] == [
        (loic, "Mathieu Roche"),
        (anne, "Loïc Bertrand"),
    ]


def test_only_a_meeting_obtained_goes_up_the_chain(database):
    anne, _loic, mathieu = build(database)
    helpful = proposal_after(database, mathieu, Outcome.HELPFUL)
    with database.reading() as session:
        assert chain_thanks.upper_connectors(session, helpful) == []
    obtained = proposal_after(database, mathieu, Outcome.MEETING_OBTAINED)
    with database.reading() as session:
        assert [c.connector_id for c in chain_thanks.upper_connectors(session, obtained)] == [anne]


def test_a_loop_in_the_data_stops_the_walk(database):
    anne, _loic, mathieu = build(database)
    with database.transaction() as session:  # as an old import could have left it
        session.add(Introduction(connector_id=mathieu, introduced_id=anne, is_primary=True))
    with database.reading() as session:
        assert len(chain_thanks.chain_above(session, mathieu)) == 2  # Loïc, Anne; not Mathieu
