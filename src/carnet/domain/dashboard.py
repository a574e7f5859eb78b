"""The dashboard's figures, week by week over the last twelve weeks, every one counted in SQL.

Weeks start on Monday, in local time (see ``weeks``); the last week is the current one.

* **New people**: a person counts in the week of their first interaction of any kind.
* **Calls** are phone and video calls. *Good*: a meeting obtained, or helpful; *difficult*: the
  difficult outcome. The method says to count the good ones (most calls are).
* **Meeting rates**: meetings obtained out of warm calls and out of cold calls, beside the
  method's reference (about 9 in 10 on someone's recommendation, 1 in 10 without); calls to
  people the user already knows have their own rate, shown apart (see ``call_kinds``).
* **Meetings**: meetings logged (from the call log or a debrief), and calls that obtained a
  meeting not logged since (once it is, the meeting counts, not both).
* **Names obtained per meeting**: names (introductions) given by someone the user had met by then
  (a meeting, or a call that obtained one, logged on or before that day), per meeting.
* **Target companies**: relays to the decision maker now and four weeks ago (see ``targets``
  for the distance; here the walks are made by a recursive query, which gives the same figures
  on a large network in a fraction of the time). Four weeks ago is rebuilt from the dates:
  people added since, names given since and people first met since (their first logged meeting)
  are left out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import (
    ColumnElement,
    Engine,
    Exists,
    Integer,
    String,
    case,
    cast,
    func,
    literal,
    select,
    text,
    type_coerce,
    union_all,
)
from sqlalchemy.orm import QueryableAttribute, Session, aliased

from carnet.domain.enums import InteractionKind, Outcome, Warmth
from carnet.domain.models import Interaction, Introduction, Organization, Profile
from carnet.domain.profile import DEFAULT_WEEKLY_GOAL
from carnet.domain.weeks import WEEK, midnight, week_start

WEEKS = 12
TREND_DAYS = 28
CALLS = (InteractionKind.CALL, InteractionKind.VIDEO_CALL)
GOOD_OUTCOMES = (Outcome.MEETING_OBTAINED, Outcome.HELPFUL)  # as the call log counts them
WARM_REFERENCE = 0.9
COLD_REFERENCE = 0.1
MAX_RELAYS = 64
T = TypeVar("T")


@dataclass(frozen=True)
class WeekFigures:
    start: dt.date
    new_people: int = 0
    calls: int = 0
    good_calls: int = 0
    difficult_calls: int = 0
    warm_calls: int = 0
    warm_meetings: int = 0
    cold_calls: int = 0
    cold_meetings: int = 0
    meetings: int = 0
    names_obtained: int = 0
    known_calls: int = 0
    known_meetings: int = 0


@dataclass(frozen=True)
class Rate:
    obtained: int
    out_of: int

    @property
    def value(self) -> float | None:
        return self.obtained / self.out_of if self.out_of else None


@dataclass(frozen=True)
class TargetProgress:
    organization_id: int
    name: str
    priority: int | None
    relays: int | None
    """Relays to the decision maker: 0 once met; None: no way in known."""
    relays_before: int | None
    """The same, ``TREND_DAYS`` ago."""
    inside_met: bool = False
    """Someone inside is met (the decision maker not yet): a step, shown as such."""
    inside_met_before: bool = False

    @property
    def closer_by(self) -> int | None:
        """Relays gained since then (negative: farther); None when either is unknown."""
        if self.relays is None or self.relays_before is None:
            return None
        return self.relays_before - self.relays


@dataclass(frozen=True)
class Dashboard:
    today: dt.date
    weekly_goal: int
    weeks: tuple[WeekFigures, ...]
    """Oldest first; the last is the current week."""
    targets: tuple[TargetProgress, ...]

    @property
    def this_week(self) -> WeekFigures:
        return self.weeks[-1]

    def _total(self, name: str) -> int:
        return sum(getattr(week, name) for week in self.weeks)

    @property
    def warm_rate(self) -> Rate:
        return Rate(self._total("warm_meetings"), self._total("warm_calls"))

    @property
    def cold_rate(self) -> Rate:
        return Rate(self._total("cold_meetings"), self._total("cold_calls"))

    @property
    def known_rate(self) -> Rate:
        """Calls to people the user already knows: shown apart, against no reference."""
        return Rate(self._total("known_meetings"), self._total("known_calls"))

    @property
    def names_per_meeting(self) -> Rate:
        return Rate(self._total("names_obtained"), self._total("meetings"))

    @property
    def good_calls(self) -> int:
        return self._total("good_calls")

    @property
    def difficult_calls(self) -> int:
        return self._total("difficult_calls")


def _week_of(
    column: ColumnElement[Any] | QueryableAttribute[Any], start: dt.date
) -> ColumnElement[Any]:
    """Whole weeks from ``start`` to a date or datetime column (local wall-clock time)."""
    days = func.julianday(func.substr(column, 1, 10)) - func.julianday(start.isoformat())
    return cast(days, Integer).op("/")(literal(7, Integer))


def _interaction_weeks(session: Session, start: dt.date, end: dt.date) -> dict[int, list[int]]:
    """Per week: new people, then the call figures, from one pass over the window's interactions.

    SQL counts the interactions by week, kind, warmth and outcome (a few dozen groups a week),
    which are then added up into the figures. A person is new in the week of their first
    interaction in the window, unless they had one before it.
    """
    window = (
        select(
            (Interaction.person_id + 0).label("person_id"),
            Interaction.occurred_at,
            _week_of(Interaction.occurred_at, start).label("week"),
            # plain text: the groups are read as stored, and new people get a kind of their own
            type_coerce(Interaction.kind, String).label("kind"),
            type_coerce(Interaction.warmth, String).label("warmth"),
            type_coerce(Interaction.outcome, String).label("outcome"),
            # asked only of the calls it matters for (a meeting obtained): a tenth of the rows
            case(
                (
                    Interaction.kind.in_(CALLS) & (Interaction.outcome == Outcome.MEETING_OBTAINED),
                    _met_since(Interaction),
                ),
                else_=literal(False),
            ).label("met_since"),
        )
        .where(Interaction.occurred_at >= midnight(start), Interaction.occurred_at < midnight(end))
        .cte("window")
    )
    groups = select(
        window.c.week,
        window.c.kind,
        window.c.warmth,
        window.c.outcome,
        window.c.met_since,
        func.count(),
    ).group_by(window.c.week, window.c.kind, window.c.warmth, window.c.outcome, window.c.met_since)
    firsts = (
        select(window.c.person_id, func.min(window.c.occurred_at).label("first"))
        .group_by(window.c.person_id)
        .subquery("firsts")
    )
    earlier = (
        select(Interaction.id)
        .where(
            Interaction.person_id == firsts.c.person_id,
            Interaction.occurred_at < midnight(start),
        )
        .exists()
    )
    first_week = _week_of(firsts.c.first, start)
    new_people = (
        select(
            first_week, literal(_NEW), literal(None), literal(None), literal(False), func.count()
        )
        .where(~earlier)
        .group_by(first_week)
    )
    weeks: dict[int, list[int]] = {}
    rows = session.execute(union_all(groups, new_people))
    for week_index, kind, warmth, outcome, met_since, count in rows:
        row = weeks.setdefault(int(week_index), [0] * _FIGURES)
        for figure in _figures(kind, warmth, outcome, bool(met_since)):
            row[figure] += count
    return weeks


_NEW = "new person"
_FIGURES = 12  # WeekFigures' counts after ``start``; names_obtained (9) is counted apart
_CALL_KINDS = {k.value for k in CALLS}
_GOOD = {o.value for o in GOOD_OUTCOMES}


def _met_since(call: type[Interaction]) -> Exists:
    """Whether a meeting with the same person was logged at or after ``call`` (its meeting, when
    the call obtained one)."""
    meeting = aliased(Interaction)
    return (
        select(meeting.id)
        .where(
            meeting.person_id == call.person_id,
            meeting.kind == InteractionKind.MEETING,
            meeting.occurred_at >= call.occurred_at,
            meeting.id != call.id,
        )
        .exists()
    )


def _figures(kind: str, warmth: str | None, outcome: str | None, met_since: bool) -> list[int]:
    """Which of WeekFigures' counts (after ``start``, in order) a group of interactions adds to;
    a call that obtained a meeting counts as one until that meeting is logged (``met_since``)."""
    if kind == _NEW:
        return [0]
    if kind == InteractionKind.MEETING.value:
        return [8]
    if kind not in _CALL_KINDS:
        return []
    figures = [1]
    if outcome in _GOOD:
        figures.append(2)
    elif outcome == Outcome.DIFFICULT.value:
        figures.append(3)
    obtained = outcome == Outcome.MEETING_OBTAINED.value
    if obtained and not met_since:
        figures.append(8)
    if warmth == Warmth.WARM.value:
        figures += [4, 5] if obtained else [4]
    elif warmth == Warmth.KNOWN.value:
        figures += [10, 11] if obtained else [10]
    else:
        figures += [6, 7] if obtained else [6]
    return figures


def _names_weeks(session: Session, start: dt.date, end: dt.date) -> dict[int, int]:
    """Per week: names given by someone the user had met (a meeting logged on or before)."""
    met_before = (
        select(Interaction.id)
        .where(
            Interaction.person_id == Introduction.connector_id,
            (Interaction.kind == InteractionKind.MEETING)
            | (Interaction.kind.in_(CALLS) & (Interaction.outcome == Outcome.MEETING_OBTAINED)),
            Interaction.occurred_at < func.date(Introduction.introduced_on, "+1 day"),
        )
        .exists()
    )
    week = _week_of(Introduction.introduced_on, start)
    rows = session.execute(
        select(week, func.count())
        .where(Introduction.introduced_on >= start, Introduction.introduced_on < end, met_before)
        .group_by(week)
    )
    return {int(w): int(n) for w, n in rows}


# One walk up the connectors from every person inside a target company, for now and for
# ``:cutoff`` at once: a path stops at someone met (0 relays from there), or goes on to the user
# past someone nobody introduced (one more). The past is rebuilt from the dates: people added,
# names given and people first met (first meeting logged) after the cutoff did not exist yet.
# Whether someone is met is asked only of the people the walk reaches.
_MET = """(EXISTS (SELECT 1 FROM person m WHERE m.id = {who} AND m.status IN ('met', 'in_relation'))
    OR EXISTS (SELECT 1 FROM introduction m WHERE m.introduced_id = {who} AND m.status = 'met'))"""
_RELAYS_SQL = """
WITH RECURSIVE
  first_met_since(id) AS MATERIALIZED (
    SELECT DISTINCT r.person_id + 0 FROM interaction r
    WHERE r.occurred_at >= :cutoff AND r.kind = 'meeting'
      AND NOT EXISTS (SELECT 1 FROM interaction e
                      WHERE e.person_id = r.person_id AND e.kind = 'meeting'
                        AND e.occurred_at < :cutoff)
  ),
  walk(start, at, steps, met, recent, now_ok, then_ok) AS (
    SELECT p.id, p.id, 0, {met_start}, p.id IN (SELECT id FROM first_met_since), 1,
           p.created_at < :cutoff
    FROM person p JOIN organization o ON o.id = p.organization_id
    WHERE o.is_target
    UNION ALL
    SELECT w.start, i.connector_id, w.steps + 1, {met_connector},
           i.connector_id IN (SELECT id FROM first_met_since),
           w.now_ok AND NOT w.met,
           w.then_ok AND NOT (w.met AND NOT w.recent) AND i.introduced_on < :cutoff_day
    FROM walk w JOIN introduction i ON i.introduced_id = w.at
    WHERE w.steps < :max_relays
      AND ((w.now_ok AND NOT w.met) OR (w.then_ok AND NOT (w.met AND NOT w.recent)))
  ),
  ends(start, relays, relays_then) AS (
    SELECT start,
      min(CASE WHEN now_ok THEN CASE
            WHEN met THEN steps
            WHEN NOT EXISTS (SELECT 1 FROM introduction i WHERE i.introduced_id = at)
              THEN steps + 1 END END),
      min(CASE WHEN then_ok THEN CASE
            WHEN met AND NOT recent THEN steps
            WHEN NOT EXISTS (SELECT 1 FROM introduction i
                             WHERE i.introduced_id = at AND i.introduced_on < :cutoff_day)
              THEN steps + 1 END END)
    FROM walk GROUP BY start
  )
SELECT p.organization_id, p.is_decision_maker, e.relays, e.relays_then
FROM ends e JOIN person p ON p.id = e.start
WHERE p.status <> 'declined'
"""


@dataclass(frozen=True)
class _Distance:
    relays: int | None = None
    inside_met: bool = False


def _to_decision_maker(walks: list[tuple[bool, int | None]]) -> _Distance:
    """As ``targets.company_distance``: the nearest decision maker, or one more than the nearest
    person inside; ``walks`` holds (is a decision maker, relays) per person inside."""
    inside = [relays for _dm, relays in walks if relays is not None]
    deciders = [relays for dm, relays in walks if dm and relays is not None]
    if not inside:
        return _Distance()
    relays = min(deciders) if deciders else min(inside) + 1
    return _Distance(relays, relays > 0 and min(inside) == 0)


def _relays(session: Session, cutoff: dt.date) -> dict[int, tuple[_Distance, _Distance]]:
    """Relays to the decision maker of each target company with someone known inside (a person
    who declined is no way in): now, and at ``cutoff``."""
    sql = _RELAYS_SQL.format(
        met_start=_MET.format(who="p.id"), met_connector=_MET.format(who="i.connector_id")
    )
    parameters = {
        "cutoff": str(midnight(cutoff)),
        "cutoff_day": cutoff.isoformat(),
        "max_relays": MAX_RELAYS,
    }
    now: dict[int, list[tuple[bool, int | None]]] = {}
    then: dict[int, list[tuple[bool, int | None]]] = {}
    for org_id, decides, relays, relays_then in session.execute(text(sql), parameters):
        now.setdefault(org_id, []).append((bool(decides), _int(relays)))
        then.setdefault(org_id, []).append((bool(decides), _int(relays_then)))
    return {
        org_id: (_to_decision_maker(now[org_id]), _to_decision_maker(then[org_id]))
        for org_id in now
    }


def _int(value: Any) -> int | None:
    return None if value is None else int(value)


def _targets(session: Session, today: dt.date) -> tuple[TargetProgress, ...]:
    companies = session.execute(
        select(Organization.id, Organization.name, Organization.priority).where(
            Organization.is_target
        )
    ).all()
    if not companies:
        return ()
    relays = _relays(session, today + dt.timedelta(days=1) - dt.timedelta(days=TREND_DAYS))
    progress = []
    for org_id, name, priority in companies:
        now, then = relays.get(org_id, (_Distance(), _Distance()))
        progress.append(
            TargetProgress(
                org_id, name, priority, now.relays, then.relays, now.inside_met, then.inside_met
            )
        )
    progress.sort(
        key=lambda t: (
            t.relays is None,
            t.relays or 0,
            t.priority is None,
            t.priority or 0,
            t.name.casefold(),
        )
    )
    return tuple(progress)


def weekly_goal(session: Session) -> int:
    goal = session.scalar(select(Profile.weekly_goal).order_by(Profile.id).limit(1))
    return goal or DEFAULT_WEEKLY_GOAL


def new_people_this_week(session: Session, today: dt.date) -> int:
    """The dashboard's "new people" figure for the week holding ``today``, counted the same way
    (the Today page shows it against the goal)."""
    start = week_start(today)
    return _interaction_weeks(session, start, start + WEEK).get(0, [0])[0]


def _alongside(session: Session, work: Callable[[Session], T]) -> Callable[[], T]:
    """Start ``work`` on a second connection to the same file, in a thread; returns a function
    that waits for its result.

    SQLite readers never wait for each other and Python's sqlite3 lets go of the interpreter
    while a statement runs, so the two halves of the dashboard are counted at the same time on
    two processor cores. An in-memory database has no second connection: there the work runs at
    once, on the same session.
    """
    engine = session.get_bind()
    if not isinstance(engine, Engine) or engine.url.database in (None, "", ":memory:"):
        result = work(session)
        return lambda: result

    def run() -> T:
        with Session(engine) as other:
            return work(other)

    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="dashboard")
    future = executor.submit(run)
    executor.shutdown(wait=False)
    return future.result


def compute(session: Session, today: dt.date | None = None, weeks: int = WEEKS) -> Dashboard:
    """Every figure of the dashboard for the ``weeks`` weeks up to the one holding ``today``."""
    today = today or dt.date.today()
    first = week_start(today) - (weeks - 1) * WEEK
    end = week_start(today) + WEEK
    names_and_targets = _alongside(
        session, lambda other: (_names_weeks(other, first, end), _targets(other, today))
    )
    interaction_weeks = _interaction_weeks(session, first, end)
    goal = weekly_goal(session)
    names, target_progress = names_and_targets()
    series = []
    for index in range(weeks):
        values = interaction_weeks.get(index, [0] * _FIGURES)
        values[9] = names.get(index, 0)
        series.append(WeekFigures(first + index * WEEK, *values))
    return Dashboard(today, goal, tuple(series), target_progress)
