"""Dashboard benchmark on 100,000 people and 500,000 interactions.

- ``dashboard_compute``: every figure of the Dashboard page (``dashboard.compute``: twelve weeks of
  new people, calls, warm and cold meetings, names per meeting, and the relays to each target
  company now and four weeks before), on the day the generated data ends.

Measured against the same aggregates as raw SQL through plain ``sqlite3`` on the same file, in the
same run, one statement after the other on one connection. (``compute`` itself runs its two
halves on two connections at once; the ratio shows what that and SQLAlchemy cost or gain.)
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import statistics
import time
from collections.abc import Callable

from generate import REFERENCE_DAY, generate
from run import Context, Measurement, benchmark

PEOPLE = 100_000
INTERACTIONS = 500_000

_WEEK_OF = "CAST(julianday(substr({column}, 1, 10)) - julianday(:first) AS INTEGER) / 7"

RAW_INTERACTION_WEEKS = f"""
WITH window AS MATERIALIZED (
    SELECT person_id + 0 AS person_id, occurred_at, {_WEEK_OF.format(column="occurred_at")} AS week,
           kind, warmth, outcome
    FROM interaction WHERE occurred_at >= :start AND occurred_at < :end
)
SELECT week,
       total(kind IN ('call', 'video_call')),
       total(kind IN ('call', 'video_call') AND outcome IN ('meeting_obtained', 'helpful')),
       total(kind IN ('call', 'video_call') AND outcome = 'difficult'),
       total(kind IN ('call', 'video_call') AND warmth = 'warm'),
       total(kind IN ('call', 'video_call') AND warmth = 'warm' AND outcome = 'meeting_obtained'),
       total(kind IN ('call', 'video_call') AND warmth <> 'warm'),
       total(kind IN ('call', 'video_call') AND warmth <> 'warm'
             AND outcome = 'meeting_obtained'),
       total(kind = 'meeting'),
       0
FROM window GROUP BY week
UNION ALL
SELECT {_WEEK_OF.format(column="first")}, 0, 0, 0, 0, 0, 0, 0, 0, count(*)
FROM (SELECT person_id, min(occurred_at) AS first FROM window GROUP BY person_id) AS firsts
WHERE NOT EXISTS (SELECT 1 FROM interaction i
                  WHERE i.person_id = firsts.person_id AND i.occurred_at < :start)
GROUP BY 1
"""

RAW_NAMES_WEEKS = f"""
SELECT {_WEEK_OF.format(column="n.introduced_on")}, count(*)
FROM introduction n
WHERE n.introduced_on >= :first AND n.introduced_on < :end_day
  AND EXISTS (SELECT 1 FROM interaction m
              WHERE m.person_id = n.connector_id AND m.kind = 'meeting'
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


def _raw(connection: sqlite3.Connection) -> dict[str, object]:
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


@benchmark("dashboard_compute")
def dashboard_compute(ctx: Context) -> Measurement:
    """Every figure of the dashboard on 100,000 people and 500,000 interactions."""
    from carnet.db.store import open_database
    from carnet.domain import dashboard

    path = ctx.workdir / "carnet.sqlite3"
    counts = generate(path, people=PEOPLE, interactions=INTERACTIONS, seed=6)
    ctx.log(f"generated {counts}")
    database = open_database(path, ctx.workdir / "backups")
    connection = sqlite3.connect(path)
    try:

        def compute() -> dashboard.Dashboard:
            with database.reading() as session:
                return dashboard.compute(session, REFERENCE_DAY)

        board = compute()
        raw = _raw(connection)
        # both sides count the same things
        calls = sum(int(row[1]) for row in raw["weeks"])
        assert calls == sum(w.calls for w in board.weeks), (calls, board.weeks)
        new_people = sum(int(row[9]) for row in raw["weeks"])
        assert new_people == sum(w.new_people for w in board.weeks)
        assert sum(n for _w, n in raw["names"]) == board.names_per_meeting.obtained
        assert len(raw["targets"]) == len(board.targets)
        assert sum(w.calls for w in board.weeks) > 10_000 and new_people > 0

        ours = _median_ms(ctx.repeat, compute)
        baseline = _median_ms(ctx.repeat, lambda: _raw(connection))
    finally:
        connection.close()
        database.close()
    return Measurement(
        ours, "ms", "the same aggregates as raw SQL (sqlite3, one connection)", baseline
    )
