"""The dashboard's figures kept between two showings, recomputed only where a change touched them.

On 100,000 people the closed weeks and the target companies cost nearly all of ``compute``, and
a call logged today changes neither: this week's calls alone are counted again. What a change may
touch is read from the database's ``ChangeJournal`` (every insert, update or delete of the
columns the figures depend on); when the journal cannot tell (another process wrote, the file was
replaced, a large import), everything is computed again, so the figures are always those
``dashboard.compute`` would give.

What each cached part depends on (``current``: the Monday of the current week):

* this week's calls, meetings and new people: any interaction;
* the closed weeks' calls, meetings and new people: interactions dated before ``current``, and
  every meeting (a meeting logged today settles a call of an earlier week that obtained it);
* the closed weeks' names obtained: introductions dated before ``current``, and meetings (or
  calls that obtained one) dated before ``current``; this week's: any introduction, meeting or
  call that obtained one;
* the target companies: organisations, introductions (their people, date, or being met), the
  people's company, role, status (met, in relation, declined) and date added, every meeting, and
  the day (four weeks ago moves with it).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from carnet.db.change_journal import Change, ChangeJournal, Mark
from carnet.domain import dashboard
from carnet.domain.dashboard import Dashboard, TargetProgress, WeekFigures
from carnet.domain.enums import ContactStatus, InteractionKind, IntroductionStatus, Outcome
from carnet.domain.weeks import WEEK, midnight, week_start

_MEETING = InteractionKind.MEETING.value
_CALLS = {kind.value for kind in dashboard.CALLS}
_OBTAINED = Outcome.MEETING_OBTAINED.value
_MET = {ContactStatus.MET.value, ContactStatus.IN_RELATION.value}
_DECLINED = ContactStatus.DECLINED.value
_INTRODUCTION_MET = IntroductionStatus.MET.value


@dataclass(frozen=True)
class _Kept:
    first: dt.date
    today: dt.date
    mark: Mark
    weeks: dict[int, list[int]]
    weeks_now: list[int] | None
    names: dict[int, int]
    names_now: int
    targets: tuple[TargetProgress, ...]


@dataclass
class _Stale:
    weeks: bool = False
    weeks_now: bool = False
    names: bool = False
    names_now: bool = False
    targets: bool = False


def _stale(changes: Iterable[Change], current: dt.date) -> _Stale:
    """Which cached parts ``changes`` may touch (see the module's docstring)."""
    stale = _Stale()
    before = str(midnight(current))
    day_before = current.isoformat()
    for change in changes:
        rows = change.rows()
        if change.table == "interaction":
            stale.weeks_now = True
            for _person, kind, occurred_at, _warmth, outcome in rows:
                early = str(occurred_at) < before
                meeting = kind == _MEETING
                met = meeting or (kind in _CALLS and outcome == _OBTAINED)
                stale.weeks |= early or meeting
                stale.names |= early and met
                stale.names_now |= met
                stale.targets |= meeting
        elif change.table == "introduction":
            stale.names |= any(str(row[2]) < day_before for row in rows)
            stale.names_now = True
            stale.targets |= _moves_relays(change)
        elif change.table == "person":
            stale.targets |= _person_matters(change)
            if change.new is None:  # what went with them: their calls, their names
                stale.weeks = stale.weeks_now = stale.names = stale.names_now = True
        else:
            stale.targets = True
    return stale


def _moves_relays(change: Change) -> bool:
    """An introduction added or removed, moved, or met or no longer met."""
    if change.old is None or change.new is None:
        return True
    *old_ids, old_status = change.old
    *new_ids, new_status = change.new
    return old_ids != new_ids or (old_status == _INTRODUCTION_MET) != (
        new_status == _INTRODUCTION_MET
    )


def _person_matters(change: Change) -> bool:
    if change.old is None:
        return change.new is not None and change.new[0] is not None  # inside a company
    if change.new is None:
        return True
    old_organization, old_status, old_decides, old_added = change.old
    new_organization, new_status, new_decides, new_added = change.new
    return (
        (old_organization, old_decides, old_added) != (new_organization, new_decides, new_added)
        or (old_status in _MET) != (new_status in _MET)
        or (old_status == _DECLINED) != (new_status == _DECLINED)
    )


class DashboardCache:
    """``dashboard.compute`` for one database, keeping what the last changes did not touch."""

    def __init__(self, changes: ChangeJournal) -> None:
        self._changes = changes
        self._kept: _Kept | None = None

    def forget(self) -> None:
        self._kept = None

    def compute(self, session: Session, today: dt.date | None = None) -> Dashboard:
        today = today or dt.date.today()
        current = week_start(today)
        first = current - (dashboard.WEEKS - 1) * WEEK
        end = current + WEEK
        mark = self._changes.mark()  # before reading: what changes from now is seen next time
        kept = self._kept
        changes = None
        if kept is not None and kept.first == first:
            changes = self._changes.changes_since(kept.mark)
        if kept is None or changes is None:
            stale = _Stale(True, True, True, True, True)
        else:
            stale = _stale(changes, current)
            stale.targets |= kept.today != today
        if kept is None or stale.names or stale.targets:
            closed_targets = dashboard._alongside(
                session,
                lambda other: (
                    dashboard._names_weeks(other, first, current)
                    if kept is None or stale.names
                    else kept.names,
                    dashboard._targets(other, today)
                    if kept is None or stale.targets
                    else kept.targets,
                ),
            )
        else:
            closed_targets = lambda: (kept.names, kept.targets)  # noqa: E731
        weeks = (
            dashboard._interaction_weeks(session, first, current)
            if kept is None or stale.weeks
            else kept.weeks
        )
        this_week = (
            dashboard._interaction_weeks(session, current, end).get(0)
            if kept is None or stale.weeks_now
            else kept.weeks_now
        )
        names_now = (
            dashboard._names_weeks(session, current, end).get(0, 0)
            if kept is None or stale.names_now
            else kept.names_now
        )
        goal = dashboard.weekly_goal(session)
        names, targets = closed_targets()
        self._kept = _Kept(first, today, mark, weeks, this_week, names, names_now, targets)
        series = []
        for index in range(dashboard.WEEKS):
            figures = this_week if index == dashboard.WEEKS - 1 else weeks.get(index)
            values = list(figures or [0] * dashboard._FIGURES)
            values[9] = names_now if index == dashboard.WEEKS - 1 else names.get(index, 0)
            series.append(WeekFigures(first + index * WEEK, *values))
        return Dashboard(today, goal, tuple(series), targets)
