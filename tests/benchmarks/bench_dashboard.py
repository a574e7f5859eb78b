"""Dashboard benchmarks on 100,000 people and 500,000 interactions (generated once per run, seed 6).

- ``dashboard_compute``: every figure of the Dashboard page computed again after a call is
  logged this week, which is when the page recomputes them (it reloads on a change), through
  the page's ``DashboardCache``: twelve weeks of new people, calls, warm, cold and known calls,
  meetings, names per meeting, and the relays to each target company now and four weeks
  before, on the day the generated data ends. Budget: 150 ms and 0.5× the baseline.
- ``dashboard_first_compute``: the same figures the first time (``dashboard.compute``, nothing
  kept), as when the page is first shown.

Baseline of both: the same figures from scratch as plain SQL through ``sqlite3`` on the same file,
in the same run, one statement after the other on one connection, on the same data (after the
same call). Both sides are checked to count the same things, week by week.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from generate import REFERENCE_DAY, generate
from run import Context, Measurement, benchmark

PEOPLE = 100_000
INTERACTIONS = 500_000

_WEEK_OF = "CAST(julianday(substr({column}, 1, 10)) - julianday(:first) AS INTEGER) / 7"
_CALL = "kind IN ('call', 'video_call')"
_OBTAINED = "outcome = 'meeting_obtained'"

# Per week, in WeekFigures' order after ``start`` (names_obtained counted apart, 0 here). A call
# that obtained a meeting counts as a meeting until a meeting with that person is logged since.
RAW_INTERACTION_WEEKS = f"""
WITH window AS MATERIALIZED (
    SELECT person_id + 0 AS person_id, occurred_at, {_WEEK_OF.format(column="occurred_at")} AS week,
           kind, coalesce(warmth, '') AS warmth, outcome, {_CALL} AS is_call,
           CASE WHEN {_CALL} AND {_OBTAINED} THEN EXISTS (
               SELECT 1 FROM interaction m
               WHERE m.person_id = interaction.person_id AND m.kind = 'meeting'
                 AND m.occurred_at >= interaction.occurred_at AND m.id <> interaction.id)
           END AS met_since
    FROM interaction WHERE occurred_at >= :start AND occurred_at < :end
)
SELECT week, 0,
       total(is_call),
       total(is_call AND outcome IN ('meeting_obtained', 'helpful')),
       total(is_call AND outcome = 'difficult'),
       total(is_call AND warmth = 'warm'),
       total(is_call AND warmth = 'warm' AND {_OBTAINED}),
       total(is_call AND warmth NOT IN ('warm', 'known')),
       total(is_call AND warmth NOT IN ('warm', 'known') AND {_OBTAINED}),
       total(kind = 'meeting') + total(is_call AND {_OBTAINED} AND NOT met_since),
       0,
       total(is_call AND warmth = 'known'),
       total(is_call AND warmth = 'known' AND {_OBTAINED})
FROM window GROUP BY week
UNION ALL
SELECT {_WEEK_OF.format(column="first")}, count(*), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
FROM (SELECT person_id, min(occurred_at) AS first FROM window GROUP BY person_id) AS firsts
WHERE NOT EXISTS (SELECT 1 FROM interaction i
                  WHERE i.person_id = firsts.person_id AND i.occurred_at < :start)
GROUP BY 1
"""

# Names given by someone met by then: a meeting, or a call that obtained one, on or before.
RAW_NAMES_WEEKS = f"""
SELECT {_WEEK_OF.format(column="n.introduced_on")}, count(*)
FROM introduction n
WHERE n.introduced_on >= :first AND n.introduced_on < :end_day
  AND EXISTS (SELECT 1 FROM interaction m
              WHERE m.person_id = n.connector_id
                AND (m.kind = 'meeting' OR (m.{_CALL} AND m.{_OBTAINED}))
                AND m.occurred_at < date(n.introduced_on, '+1 day'))
GROUP BY 1
"""


def _median_ms(repeat: int, work: Callable[[], object]) -> float:
    work()  # warm-up: caches, imports, first query plans
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def _raw(connection: sqlite3.Connection) -> dict[str, Any]:
    from carnet.domain import dashboard
    from carnet.domain.weeks import WEEK, midnight, week_start

    today = REFERENCE_DAY
    first = week_start(today) - (dashboard.WEEKS - 1) * WEEK
    end = week_start(today) + WEEK
    window = {
        "first": first.isoformat(),
        "start": str(midnight(first)) + ".000000",
        "end": str(midnight(end)) + ".000000",
        "end_day": end.isoformat(),
    }
    cutoff = today + dt.timedelta(days=1) - dt.timedelta(days=dashboard.TREND_DAYS)
    relays_sql = dashboard._RELAYS_SQL.format(
        met_start=dashboard._MET.format(who="p.id"),
        met_connector=dashboard._MET.format(who="i.connector_id"),
    )
    return {
        "weeks": connection.execute(RAW_INTERACTION_WEEKS, window).fetchall(),
        "names": connection.execute(RAW_NAMES_WEEKS, window).fetchall(),
        "goal": connection.execute("SELECT weekly_goal FROM profile LIMIT 1").fetchone(),
        "targets": connection.execute(
            "SELECT id, name, priority FROM organization WHERE is_target"
        ).fetchall(),
        "relays": connection.execute(
            relays_sql,
            {
                "cutoff": str(midnight(cutoff)),
                "cutoff_day": cutoff.isoformat(),
                "max_relays": dashboard.MAX_RELAYS,
            },
        ).fetchall(),
    }


def _raw_weeks(raw: dict[str, Any]) -> list[tuple[int, ...]]:
    """The raw figures as WeekFigures' counts, oldest week first."""
    from carnet.domain import dashboard

    weeks = [[0] * 12 for _ in range(dashboard.WEEKS)]
    for week, *counts in raw["weeks"]:
        weeks[int(week)] = [a + int(b) for a, b in zip(weeks[int(week)], counts, strict=True)]
    for week, names in raw["names"]:
        weeks[int(week)][9] = int(names)
    return [tuple(week) for week in weeks]


def _ours_weeks(board) -> list[tuple[int, ...]]:
    from dataclasses import astuple

    return [astuple(week)[1:] for week in board.weeks]


def _dashboard_file(ctx: Context) -> Path:
    """A copy of the generated file, shared by the benchmarks of one run, for this one to write."""
    source = ctx.workdir.parent / "dashboard-data" / "carnet.sqlite3"
    if not source.exists():
        counts = generate(source, people=PEOPLE, interactions=INTERACTIONS, seed=6)
        ctx.log(f"generated {counts}")
    path = ctx.workdir / "carnet.sqlite3"
    shutil.copy(source, path)
    return path


def _people_to_call(connection: sqlite3.Connection, count: int) -> list[int]:
    return [
        row[0]
        for row in connection.execute(
            "SELECT id FROM person WHERE status = 'to_contact' ORDER BY id LIMIT ?", (count,)
        )
    ]


def _log_call(database, person_id: int, minute: int) -> None:
    """A warm call logged today that went well, as the call log writes it."""
    from carnet.domain import interactions
    from carnet.domain.enums import InteractionKind, Outcome, Warmth

    draft = interactions.InteractionDraft(
        person_id=person_id,
        kind=InteractionKind.CALL,
        occurred_at=dt.datetime.combine(REFERENCE_DAY, dt.time(9)) + dt.timedelta(minutes=minute),
        warmth=Warmth.WARM,
        outcome=Outcome.HELPFUL,
    )
    with database.transaction() as session:
        interactions.log_interaction(session, draft)


@benchmark("dashboard_compute")
def dashboard_compute(ctx: Context) -> Measurement:
    """The dashboard's figures computed again after a call is logged, on 100,000 people."""
    from carnet.db.store import open_database
    from carnet.domain import dashboard
    from carnet.domain.dashboard_cache import DashboardCache

    path = _dashboard_file(ctx)
    database = open_database(path, ctx.workdir / "backups")
    connection = sqlite3.connect(path)
    cache = DashboardCache(database.changes)
    ours: list[float] = []
    raw: list[float] = []
    try:

        def compute() -> dashboard.Dashboard:
            with database.reading() as session:
                return cache.compute(session, REFERENCE_DAY)

        board = compute()  # the page shown once: what it keeps
        for minute, person_id in enumerate(_people_to_call(connection, ctx.repeat + 1)):
            _log_call(database, person_id, minute)
            started = time.perf_counter()
            board = compute()
            ours.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            figures = _raw(connection)
            raw.append((time.perf_counter() - started) * 1000)
        # both sides count the same things, and so does a computation from scratch
        assert _ours_weeks(board) == _raw_weeks(figures), (_ours_weeks(board), _raw_weeks(figures))
        assert len(figures["targets"]) == len(board.targets)
        with database.reading() as session:
            assert board == dashboard.compute(session, REFERENCE_DAY)
        assert board.this_week.calls > 0 and sum(w.calls for w in board.weeks) > 10_000
    finally:
        connection.close()
        database.close()
    ctx.log(f"after a call (ms): {[round(t) for t in ours]}; raw SQL: {[round(t) for t in raw]}")
    return Measurement(
        statistics.median(ours[1:]),  # the first warms the caches of both sides
        "ms",
        "the same figures from scratch as raw SQL (sqlite3, one connection)",
        statistics.median(raw[1:]),
    )


@benchmark("dashboard_first_compute")
def dashboard_first_compute(ctx: Context) -> Measurement:
    """The dashboard's figures the first time they are computed, on 100,000 people."""
    from carnet.db.store import open_database
    from carnet.domain import dashboard

    path = _dashboard_file(ctx)
    database = open_database(path, ctx.workdir / "backups")
    connection = sqlite3.connect(path)
    try:

        def compute() -> dashboard.Dashboard:
            with database.reading() as session:
                return dashboard.compute(session, REFERENCE_DAY)

        assert _ours_weeks(compute()) == _raw_weeks(_raw(connection))
        ours = _median_ms(ctx.repeat, compute)
        baseline = _median_ms(ctx.repeat, lambda: _raw(connection))
    finally:
        connection.close()
        database.close()
    return Measurement(
        ours, "ms", "the same figures from scratch as raw SQL (sqlite3, one connection)", baseline
    )
