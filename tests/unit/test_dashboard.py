"""Every figure of the dashboard, checked on a small network built by hand.

"Today" is Wednesday 11 March 2026: this week runs from Monday 9 March, the twelve weeks shown
from Monday 22 December 2025. Four weeks before today (the trend's cutoff) is 12 February.
"""

from __future__ import annotations

import datetime as dt

import pytest

from carnet.domain import dashboard, targets
from carnet.domain.enums import ContactStatus, InteractionKind, IntroductionStatus, Outcome, Warmth
from carnet.domain.models import Interaction, Introduction, Organization, Person, Profile

TODAY = dt.date(2026, 3, 11)
CALL, VIDEO, MEETING, EMAIL = (
    InteractionKind.CALL,
    InteractionKind.VIDEO_CALL,
    InteractionKind.MEETING,
    InteractionKind.EMAIL,
)
WARM, COLD = Warmth.WARM, Warmth.COLD


class Network:
    """Writes people, interactions and names straight into the tables, with the dates given."""

    def __init__(self, session) -> None:
        self.session = session
        self.ids: dict[str, int] = {}
        self.orgs: dict[str, int] = {}

    def company(self, name: str, target: bool = True, priority: int | None = None) -> None:
        org = Organization(name=name, is_target=target, priority=priority)
        self.session.add(org)
        self.session.flush()
        self.orgs[name] = org.id

    def person(self, name: str, status=ContactStatus.CONTACTED, added="2025-06-01", at=None):
        someone = Person(
            first_name=name,
            status=status,
            organization_id=self.orgs[at] if at else None,
            created_at=dt.datetime.fromisoformat(added + " 09:00"),
        )
        self.session.add(someone)
        self.session.flush()
        self.ids[name] = someone.id

    def talk(self, name: str, when: str, kind=CALL, warmth=COLD, outcome=None) -> None:
        self.session.add(
            Interaction(
                person_id=self.ids[name],
                kind=kind,
                occurred_at=dt.datetime.fromisoformat(when),
                warmth=warmth,
                outcome=outcome,
            )
        )

    def names(self, connector: str, introduced: str, on: str, status=None) -> None:
        self.session.add(
            Introduction(
                connector_id=self.ids[connector],
                introduced_id=self.ids[introduced],
                introduced_on=dt.date.fromisoformat(on),
                status=status or IntroductionStatus.SUGGESTED,
            )
        )


@pytest.fixture
def board(database) -> dashboard.Dashboard:
    with database.transaction() as session:
        session.add(Profile(name="Camille", weekly_goal=7))
        net = Network(session)
        for name in ("Orsane", "Vétiver", "Délys", "Noname"):
            net.company(name, priority={"Orsane": 1}.get(name))

        # this week: Anne's call at 00:10 on Monday, a warm call that got a meeting
        net.person("Anne")
        net.talk("Anne", "2026-03-09 00:10", CALL, WARM, Outcome.MEETING_OBTAINED)
        # last week: Bruno's difficult cold call at 23:30 on Sunday
        net.person("Bruno")
        net.talk("Bruno", "2026-03-08 23:30", CALL, COLD, Outcome.DIFFICULT)
        # Chloé was first contacted long ago: not new this week, though called again
        net.person("Chloé")
        net.talk("Chloé", "2025-11-01 10:00", EMAIL)
        net.talk("Chloé", "2026-03-10 11:00", VIDEO, COLD, Outcome.MEETING_OBTAINED)
        # Damien: an email is a first contact, not a call
        net.person("Damien")
        net.talk("Damien", "2026-03-10 15:00", EMAIL, WARM, Outcome.HELPFUL)
        # Emma: a difficult meeting is a meeting, not a difficult call; she gives two names
        net.person("Emma", ContactStatus.MET)
        net.talk("Emma", "2026-03-10 12:30", MEETING, WARM, Outcome.DIFFICULT)
        # Fanny, in February: a helpful warm call, then a meeting
        net.person("Fanny", ContactStatus.MET)
        net.talk("Fanny", "2026-02-02 09:00", CALL, WARM, Outcome.HELPFUL)
        net.talk("Fanny", "2026-02-03 09:00", MEETING, WARM, Outcome.HELPFUL)
        # the twelve weeks start on Monday 22 December at midnight: Karl's call is before
        net.person("Karl")
        net.talk("Karl", "2025-12-21 23:59", CALL, COLD, Outcome.MEETING_OBTAINED)
        net.person("Léa")
        net.talk("Léa", "2025-12-22 00:00", EMAIL)

        for name in ("Gaspard", "Hugo", "Inès", "Jules"):
            net.person(name, ContactStatus.LEAD)
        net.names("Emma", "Gaspard", "2026-03-10")  # given at the meeting: counts
        net.names("Emma", "Hugo", "2026-03-11")  # the day after: counts
        net.names("Bruno", "Inès", "2026-03-10")  # Bruno was never met: does not count
        net.names("Emma", "Jules", "2026-03-01")  # before Emma was met: does not count

        # Orsane: Isabelle was named by Emma in January; Emma was first met on 10 March
        net.person("Isabelle", ContactStatus.TO_CONTACT, added="2026-01-02", at="Orsane")
        net.names("Emma", "Isabelle", "2026-01-15")
        # Délys: Marc, met (status only, no meeting logged): met then and now
        net.person("Marc", ContactStatus.MET, added="2025-06-01", at="Délys")
        # Noname: Zoé, added on 1 March, known directly
        net.person("Zoé", ContactStatus.LEAD, added="2026-03-01", at="Noname")
    with database.reading() as session:
        return dashboard.compute(session, TODAY)


def test_twelve_weeks_starting_on_monday(board):
    assert len(board.weeks) == 12
    assert board.weeks[0].start == dt.date(2025, 12, 22)
    assert board.this_week.start == dt.date(2026, 3, 9)
    assert all(week.start.weekday() == 0 for week in board.weeks)


def test_new_people_count_in_the_week_of_their_first_interaction(board):
    assert board.weekly_goal == 7
    assert board.this_week.new_people == 3  # Anne, Damien, Emma; not Chloé
    assert board.weeks[-2].new_people == 1  # Bruno, on Sunday at 23:30
    february = next(w for w in board.weeks if w.start == dt.date(2026, 2, 2))
    assert february.new_people == 1  # Fanny
    assert board.weeks[0].new_people == 1  # Léa; Karl was contacted before
    assert sum(w.new_people for w in board.weeks) == 6


def test_good_and_difficult_calls(board):
    week, last_week = board.this_week, board.weeks[-2]
    assert (week.calls, week.good_calls, week.difficult_calls) == (2, 2, 0)
    assert (last_week.calls, last_week.good_calls, last_week.difficult_calls) == (1, 0, 1)
    assert (board.good_calls, board.difficult_calls) == (3, 1)


def test_meeting_rates_on_warm_and_cold_calls(board):
    assert (board.warm_rate.obtained, board.warm_rate.out_of) == (1, 2)  # Anne yes, Fanny no
    assert (board.cold_rate.obtained, board.cold_rate.out_of) == (1, 2)  # Chloé yes, Bruno no
    assert board.warm_rate.value == 0.5
    assert (dashboard.WARM_REFERENCE, dashboard.COLD_REFERENCE) == (0.9, 0.1)
    assert (board.this_week.warm_calls, board.this_week.warm_meetings) == (1, 1)
    assert (board.this_week.cold_calls, board.this_week.cold_meetings) == (1, 1)


def test_names_obtained_per_meeting(board):
    # this week's meetings: Emma's, and those Anne's and Chloé's calls obtained (not logged yet)
    assert (board.this_week.names_obtained, board.this_week.meetings) == (2, 3)
    assert (board.names_per_meeting.obtained, board.names_per_meeting.out_of) == (2, 4)
    assert board.names_per_meeting.value == 0.5


def test_relays_to_each_target_company_and_their_trend(board, database):
    progress = {t.name: (t.relays, t.relays_before, t.closer_by) for t in board.targets}
    # relays to the decision maker: nobody is one yet, so one more than the nearest person inside
    assert progress == {
        "Délys": (1, 1, 0),  # Marc inside, met: a step, one relay from who decides
        "Orsane": (2, 3, 1),  # Emma met since: one relay closer
        "Noname": (2, None, None),  # Zoé added since: a way in found
        "Vétiver": (None, None, None),  # nobody known inside
    }
    assert [t.name for t in board.targets if t.inside_met] == ["Délys"]
    assert [t.name for t in board.targets] == ["Délys", "Orsane", "Noname", "Vétiver"]
    # the same distances as the Target companies page
    with database.reading() as session:
        assert {t.name: t.distance for t in targets.target_companies(session)} == {
            name: relays for name, (relays, _, _) in progress.items()
        }


def test_a_new_week_starts_on_monday_at_midnight(database, board):
    with database.reading() as session:
        sunday = dashboard.compute(session, dt.date(2026, 3, 15))
        monday = dashboard.compute(session, dt.date(2026, 3, 16))
    assert sunday.this_week == board.this_week
    assert monday.this_week.start == dt.date(2026, 3, 16)
    assert monday.this_week.new_people == 0
    assert monday.weeks[-2] == board.this_week


def test_an_empty_notebook_shows_zeros(database):
    with database.reading() as session:
        empty = dashboard.compute(session, TODAY)
    assert empty.weekly_goal == 5
    assert all(w.new_people == w.calls == w.names_obtained == 0 for w in empty.weeks)
    assert empty.warm_rate.value is None and empty.names_per_meeting.value is None
    assert empty.targets == ()
