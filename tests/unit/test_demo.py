"""The demo scenario a coach loads to teach the method."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from carnet.db.engine import Database
from carnet.db.store import open_database
from carnet.domain import referrals
from carnet.domain.demo import ensure_demo_data
from carnet.domain.enums import (
    ContactStatus,
    FollowUpKind,
    InteractionKind,
    IntroductionStatus,
    NoteKind,
    Outcome,
    Permission,
    Warmth,
)
from carnet.domain.models import (
    FollowUp,
    Interaction,
    Introduction,
    Note,
    Organization,
    Person,
    Profile,
    Tag,
)
from carnet.domain.people import PersonDraft, create_person
from carnet.domain.referrals import ReferralNode

COUNTED = (Person, Organization, Introduction, Interaction, Note, FollowUp, Tag)


def _counts(session: Session) -> dict[str, int]:
    return {model.__name__: session.scalar(select(func.count(model.id))) for model in COUNTED}


def _walk(nodes: list[ReferralNode], depth: int = 0) -> Iterator[tuple[ReferralNode, int]]:
    for node in nodes:
        yield node, depth
        yield from _walk(node.children, depth + 1)


def _load_demo(database) -> None:
    with database.transaction() as session:
        assert ensure_demo_data(session) is True


@pytest.fixture(scope="module")
def demo_file(migrated_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A file holding the demo, filled once for the tests that only read it."""
    path = tmp_path_factory.mktemp("demo") / "carnet.sqlite3"
    shutil.copyfile(migrated_template, path)
    database = open_database(path, path.parent / "backups")
    _load_demo(database)
    database.close()
    return path


@pytest.fixture
def demo_database(data_dir: Path, demo_file: Path) -> Iterator[Database]:
    """A copy of the demo file of its own for each test (a few ms, where filling takes ~1 s)."""
    shutil.copyfile(demo_file, data_dir / "carnet.sqlite3")
    database = open_database(data_dir / "carnet.sqlite3", data_dir / "backups")
    yield database
    database.close()


def test_fills_an_empty_database_once(demo_database):
    with demo_database.reading() as session:
        before = _counts(session)
    assert 25 <= before["Person"] <= 40

    with demo_database.transaction() as session:
        assert ensure_demo_data(session) is False
    with demo_database.reading() as session:
        assert _counts(session) == before


def test_leaves_a_database_with_people_alone(database):
    with database.transaction() as session:
        create_person(session, PersonDraft(first_name="Jeanne"))
    with database.transaction() as session:
        assert ensure_demo_data(session) is False
    with database.reading() as session:
        counts = _counts(session)
    assert counts["Person"] == 1
    assert counts["Interaction"] == counts["Note"] == counts["Organization"] == 0


def test_profile_holds_the_pitch_and_the_ask(demo_database):
    with demo_database.reading() as session:
        profile = session.scalars(select(Profile)).one()
    assert profile.name == "Claire Moreau"
    assert "parfum" in profile.target_role
    assert profile.pitch and profile.precise_ask
    assert profile.weekly_goal == 5


def test_three_ranked_target_companies(demo_database):
    with demo_database.reading() as session:
        targets = session.scalars(select(Organization).where(Organization.is_target)).all()
        others = session.scalar(select(func.count(Organization.id)).where(~Organization.is_target))
    assert sorted(t.priority for t in targets) == [1, 2, 3]
    assert all(t.sector for t in targets)
    assert others >= 2


def test_referral_tree_holds_everyone_once(demo_database):
    with demo_database.reading() as session:
        tree = referrals.referral_tree(session)
        person_ids = set(session.scalars(select(Person.id)))
    seen = [node.person_id for node, _ in _walk(tree)]
    assert len(seen) == len(set(seen))
    assert set(seen) == person_ids
    assert max(depth for _, depth in _walk(tree)) >= 3


def test_a_chain_of_relays_reaches_a_decision_maker_met(demo_database):
    with demo_database.reading() as session:
        tree = referrals.referral_tree(session)
        deciders_met = set(
            session.scalars(
                select(Person.id).where(
                    Person.is_decision_maker, Person.status == ContactStatus.MET
                )
            )
        )
        target_people = set(
            session.scalars(select(Person.id).join(Organization).where(Organization.is_target))
        )

    def chains(node: ReferralNode, path: list[ReferralNode]) -> Iterator[list[ReferralNode]]:
        path = [*path, node]
        yield path
        for child in node.children:
            yield from chains(child, path)

    reached = [
        path
        for root in tree
        for path in chains(root, [])
        if len(path) >= 4 and path[-1].person_id in deciders_met
    ]
    assert reached, "no chain of three relays ends at a decision maker the user has met"
    boss = reached[0][-1]
    assert boss.person_id in target_people
    assert boss.introduction_status == IntroductionStatus.MET
    assert all(node.permission == Permission.YES for node in reached[0][1:])


def test_statuses_and_permissions_are_mixed(demo_database):
    with demo_database.reading() as session:
        statuses = set(session.scalars(select(Person.status)))
        permissions = set(session.scalars(select(Introduction.permission)))
        introduction_statuses = set(session.scalars(select(Introduction.status)))
        secondary = session.scalar(
            select(func.count(Introduction.id)).where(~Introduction.is_primary)
        )
    assert statuses == set(ContactStatus)
    assert permissions == set(Permission)
    assert introduction_statuses == set(IntroductionStatus)
    assert secondary >= 1


def test_warm_calls_get_meetings_far_more_often_than_cold_ones(demo_database):
    with demo_database.reading() as session:
        interactions = session.scalars(select(Interaction)).all()
    warm = [i for i in interactions if i.warmth == Warmth.WARM]
    cold = [i for i in interactions if i.warmth == Warmth.COLD]
    assert warm and cold
    assert all(i.introduction_id is not None for i in warm)
    assert all(i.introduction_id is None for i in cold)

    def meeting_rate(calls: list[Interaction]) -> float:
        calls = [i for i in calls if i.kind == InteractionKind.CALL]
        return sum(i.outcome == Outcome.MEETING_OBTAINED for i in calls) / len(calls)

    assert meeting_rate(warm) >= 0.75
    assert meeting_rate(cold) <= 0.34
    difficult = [i for i in interactions if i.outcome == Outcome.DIFFICULT]
    assert len(difficult) == 1 and difficult[0].warmth == Warmth.WARM


def test_everything_happened_in_the_last_ten_weeks(demo_database):
    today = dt.date.today()
    with demo_database.reading() as session:
        moments = list(session.scalars(select(Interaction.occurred_at)))
        moments += list(session.scalars(select(Person.created_at)))
    days = {(today - moment.date()).days for moment in moments}
    assert min(days) >= 0
    assert max(days) <= 75
    assert min(days) <= 7, "the demo should show recent activity"


def test_notes_of_every_kind_linked_to_people_and_companies(demo_database):
    with demo_database.reading() as session:
        notes = session.scalars(select(Note)).all()
        assert {n.kind for n in notes} == set(NoteKind)
        assert all(n.title and len(n.body.splitlines()) >= 2 for n in notes)
        assert any(n.people for n in notes)
        facts = [n for n in notes if n.kind == NoteKind.COMPANY_FACTS]
        assert {n.organization.name for n in facts if n.organization} == set(
            session.scalars(select(Organization.name).where(Organization.is_target))
        )


def test_follow_ups_overdue_done_and_upcoming(demo_database):
    today = dt.date.today()
    with demo_database.reading() as session:
        follow_ups = session.scalars(select(FollowUp)).all()
        tags = set(session.scalars(select(Tag.name)))
    assert {f.kind for f in follow_ups} == set(FollowUpKind)
    pending = [f for f in follow_ups if f.done_at is None]
    assert any(f.due_on < today for f in pending)
    assert any(f.due_on > today for f in pending)
    assert any(f.done_at is not None for f in follow_ups)
    assert {"parfum", "ancien collègue", "école"} <= tags


def test_dates_hold_together_whatever_the_weekday(database):
    """Seven consecutive days cover every weekday the demo can be loaded on."""
    monday = dt.date(2025, 3, 3)
    for offset in range(7):
        today = monday + dt.timedelta(days=offset)
        with database.reading() as session:  # never committed: each day starts empty
            assert ensure_demo_data(session, today=today)
            session.flush()
            interactions = session.scalars(select(Interaction)).all()
            for interaction in interactions:
                day = interaction.occurred_at.date()
                assert day.weekday() < 5 and day <= today
                assert interaction.person.created_at <= interaction.occurred_at
                if interaction.introduction is not None:
                    assert interaction.introduction.introduced_on <= day
            for introduction in session.scalars(select(Introduction)):
                assert introduction.introduced.created_at.date() <= introduction.introduced_on
            for follow_up in session.scalars(select(FollowUp)):
                assert follow_up.due_on.weekday() < 5
            session.rollback()


def test_the_method_deeper_shows_at_least_once(database):
    """Issue 19: three kinds of call, "prévenu", LinkedIn weak ties, lead stages and a week
    plan, and target companies measured to their decision maker."""
    from carnet.domain import call_kinds, dashboard, targets, week_plan
    from carnet.domain.enums import Forewarned, LeadStage
    from carnet.domain.interactions import CONVERSATIONS
    from carnet.domain.weeks import week_start

    _load_demo(database)
    with database.reading() as session:
        # Warmth is a property of conversations; a give or a CV handed over has none to speak of.
        calls = [i for i in session.scalars(select(Interaction)) if i.kind in CONVERSATIONS]
        by_name = {p.first_name: p for p in session.scalars(select(Person))}
        friends = ("Sophie", "François", "Zoé", "Marc", "Thomas")
        assert {i.warmth for i in calls if i.person.first_name in friends} == {Warmth.KNOWN}
        assert {i.warmth for i in calls} == set(Warmth)
        board = dashboard.compute(session)
        assert board.known_rate.out_of >= 1, "a call to a friend, counted apart"
        assert board.warm_rate.out_of and board.cold_rate.out_of

        warned = {i.forewarned for i in session.scalars(select(Introduction))}
        assert warned == set(Forewarned)
        assert {p.lead_stage for p in by_name.values()} >= set(LeadStage)
        weak = [p for p in by_name.values() if p.weak_tie]
        assert len(weak) >= 2 and all(p.source == "linkedin" for p in weak)
        assert [n for n in referrals.referral_tree(session) if n.weak_tie]

        planned = week_plan.review(session, week_start(dt.date.today()))
        assert {r.name for r in planned} == {"Jérôme Blanc", "Mathieu Roche"}
        assert call_kinds.suggest(None, False, previous=Warmth.COLD) == Warmth.COLD

        stages = {t.name: (t.distance, t.stage) for t in targets.target_companies(session)}
        assert stages["Maison Orsane"] == (0, targets.TargetStage.DECISION_MAKER_MET)
        assert stages["Parfums Délys"] == (1, targets.TargetStage.INSIDE_MET)
        assert stages["Atelier Vétiver"][1] == targets.TargetStage.ON_THE_WAY


def test_help_given_a_cv_handed_over_a_light_contact_and_an_own_card(database):
    """Issue 19b in the demo: gives beside asks, someone still owed a return, the CV trap with
    its question, the light contact after the difficult call, a playbook card of Claire's own."""
    from carnet.domain import playbook, reciprocity

    _load_demo(database)
    with database.reading() as session:
        kinds = set(session.scalars(select(Interaction.kind)))
        assert set(reciprocity.GIVE_KINDS) - {InteractionKind.GAVE_ADVICE} <= kinds
        assert InteractionKind.CV_HANDED in kinds
        assert "Loïc Bertrand" in [h.name for h in reciprocity.could_help_now(session)]
        bertrand = session.scalars(select(Person).where(Person.first_name == "Bertrand")).one()
        assert bertrand.keep_in_touch_days == 182
        assert any(c.situation.startswith("custom:") for c in playbook.list_cards(session))
        isabelle = session.scalars(select(Person).where(Person.first_name == "Isabelle")).one()
        assert len(isabelle.introductions_received) >= 2, "two connectors on one card"
