"""The dashboard's kept figures (issue 17): after each kind of change, what ``DashboardCache``
gives is what ``dashboard.compute`` gives from scratch, and what a change cannot touch is not
counted again.

"Today" is Wednesday 11 March 2026: this week runs from Monday 9 March.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from sqlalchemy import text
from tests.unit.test_dashboard import CALL, MEETING, WARM, Network

from carnet.db import change_journal
from carnet.db.store import open_database
from carnet.domain import dashboard
from carnet.domain.dashboard_cache import DashboardCache
from carnet.domain.enums import ContactStatus, InteractionKind, Outcome, Warmth
from carnet.domain.models import Interaction, Introduction, Organization, Person

TODAY = dt.date(2026, 3, 11)


@pytest.fixture
def network(database) -> dict[str, int]:
    """Anne's warm call of February got a meeting not logged yet; Bruno, met, gave Isabelle's
    name in February; Isabelle decides at Orsane; Chloé was called this week."""
    with database.transaction() as session:
        net = Network(session)
        net.company("Orsane")
        net.person("Anne")
        net.talk("Anne", "2026-02-10 10:00", CALL, WARM, Outcome.MEETING_OBTAINED)
        net.person("Bruno", ContactStatus.MET)
        net.talk("Bruno", "2026-02-02 10:00", MEETING, WARM, Outcome.HELPFUL)
        net.person("Isabelle", ContactStatus.TO_CONTACT, at="Orsane")
        net.names("Bruno", "Isabelle", "2026-02-20")
        net.person("Chloé")
        net.talk("Chloé", "2026-03-10 09:00", CALL, WARM, Outcome.HELPFUL)
        return dict(net.ids) | {"Orsane": net.orgs["Orsane"]}


class Page:
    """The figures as the page gets them, beside the same from scratch."""

    def __init__(self, database) -> None:
        self.database = database
        self.cache = DashboardCache(database.changes)

    def show(self, today: dt.date = TODAY) -> dashboard.Dashboard:
        with self.database.reading() as session:
            kept = self.cache.compute(session, today)
            assert kept == dashboard.compute(session, today)
        return kept


def test_a_meeting_logged_today_settles_a_call_of_an_earlier_week(database, network):
    page = Page(database)
    before = page.show()
    assert before.names_per_meeting.out_of == 2  # Bruno's meeting, Anne's call that got one
    with database.transaction() as session:
        session.add(
            Interaction(
                person_id=network["Anne"],
                kind=InteractionKind.MEETING,
                occurred_at=dt.datetime(2026, 3, 11, 9, 0),
                warmth=Warmth.WARM,
            )
        )
    after = page.show()
    assert after.weeks[-5].meetings == before.weeks[-5].meetings - 1  # the call of February
    assert after.this_week.meetings == before.this_week.meetings + 1


def test_an_earlier_week_edited_counts_again(database, network):
    page = Page(database)
    page.show()
    with database.transaction() as session:
        call = session.query(Interaction).filter_by(person_id=network["Chloé"]).one()
        call.occurred_at = dt.datetime(2026, 2, 24, 9, 0)  # moved to an earlier week
    board = page.show()
    assert board.this_week.calls == 0 and board.weeks[-3].calls == 1


def test_a_name_given_in_an_earlier_week_and_the_relays_it_opens(database, network):
    page = Page(database)
    assert page.show().names_per_meeting.obtained == 1
    with database.transaction() as session:
        session.add(Person(first_name="Jules"))
        session.flush()
        jules = session.query(Person).filter_by(first_name="Jules").one()
        session.add(
            Introduction(
                connector_id=network["Bruno"],
                introduced_id=jules.id,
                introduced_on=dt.date(2026, 2, 25),
            )
        )
    assert page.show().names_per_meeting.obtained == 2
    (orsane,) = page.show().targets
    assert (orsane.relays, orsane.inside_met) == (2, False)  # Bruno, then Isabelle to the boss
    with database.transaction() as session:
        session.get(Person, network["Isabelle"]).status = ContactStatus.MET
    (orsane,) = page.show().targets
    assert (orsane.relays, orsane.inside_met) == (1, True)


def test_a_new_day_moves_the_four_weeks_ago_and_a_new_week_counts_all_again(database, network):
    page = Page(database)
    page.show()
    page.show(TODAY + dt.timedelta(days=1))
    page.show(TODAY + dt.timedelta(days=7))


def test_a_change_rolled_back_and_a_company_no_longer_targeted(database, network):
    page = Page(database)
    page.show()
    with pytest.raises(RuntimeError), database.transaction() as session:
        session.get(Person, network["Isabelle"]).status = ContactStatus.MET
        session.flush()
        raise RuntimeError("refused")
    assert page.show().targets[0].relays == 2
    with database.transaction() as session:
        session.get(Organization, network["Orsane"]).is_target = False
    assert page.show().targets == ()


def test_another_program_and_a_large_import_mean_counting_everything_again(
    database, network, monkeypatch
):
    page = Page(database)
    page.show()
    with sqlite3.connect(database.path) as other:  # another process, as far as SQLite knows
        other.execute(
            "UPDATE interaction SET outcome = 'difficult' WHERE person_id = ?", (network["Anne"],)
        )
    assert page.show().difficult_calls == 1

    monkeypatch.setattr(change_journal, "MAX_CHANGES", 5)
    with database.transaction() as session:
        for number in range(8):
            session.add(
                Interaction(
                    person_id=network["Chloé"],
                    kind=CALL,
                    occurred_at=dt.datetime(2026, 1, 5 + number, 9, 0),
                    outcome=Outcome.HELPFUL,
                )
            )
    assert page.show().good_calls == 9


def test_nothing_changed_nothing_counted(database, network):
    page = Page(database)
    first = page.show()
    with database.reading() as session:
        session.execute(text("SELECT count(*) FROM person"))  # a read is no change
    kept = page.cache._kept
    assert page.show() == first and page.cache._kept.weeks is kept.weeks


def test_a_data_folder_named_with_spaces_and_signs(tmp_path, new_database_file):
    """The journal watches the file wherever it is: a folder named "mes données #1" too."""
    path = tmp_path / "mes données #1" / "carnet.sqlite3"
    path.parent.mkdir()
    new_database_file(path)
    database = open_database(path, tmp_path / "backups")
    try:
        mark = database.changes.mark()
        assert database.changes.changes_since(mark) == []  # nothing written: nothing to redo
        with sqlite3.connect(path) as other:
            other.execute("UPDATE profile SET weekly_goal = 4")
            other.execute("INSERT INTO tag (name) VALUES ('mentor')")
        assert database.changes.changes_since(mark) is None  # another program wrote
    finally:
        database.close()
