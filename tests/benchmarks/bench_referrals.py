"""Referral tree benchmarks on 5,000 people in chains up to 12 relays deep.

- ``referral_tree_model``: read the tree (``referrals.referral_tree``) and load it into the Qt
  item model the tree view shows.
- ``referral_map_layout``: lay the same tree out as a tidy tree and build the map's scene.

Both are measured against a raw recursive CTE over the introductions (plain ``sqlite3``, same file,
same run): the least any tree needs, one SQL walk down the primary introductions.
"""

from __future__ import annotations

import os
import random
import sqlite3
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from generate import generate
from run import Context, Measurement, benchmark

PEOPLE = 5000
MAX_DEPTH = 12

RAW_TREE_CTE = """
WITH RECURSIVE tree(id, connector_id, depth) AS (
    SELECT p.id, NULL, 0 FROM person p
    WHERE NOT EXISTS (
        SELECT 1 FROM introduction i WHERE i.introduced_id = p.id AND i.is_primary
    )
    UNION ALL
    SELECT i.introduced_id, i.connector_id, t.depth + 1
    FROM introduction i JOIN tree t ON i.connector_id = t.id
    WHERE i.is_primary
)
SELECT t.id, t.connector_id, t.depth, p.first_name, p.last_name
FROM tree t JOIN person p ON p.id = t.id
"""


def make_chained_network(path: Path, seed: int = 4) -> dict[str, int]:
    """5,000 people from ``generate`` (no introductions), then chains of our own.

    A few hundred people are known directly; everyone else is introduced by someone placed
    before them and less than 12 relays deep, favouring the deepest, so that many chains reach
    12. One person in twenty also has a second connector (placed earlier: never a loop).
    """
    generate(path, people=PEOPLE, seed=seed, introduced_share=0.0, overwrite=True)
    rng = random.Random(seed)
    order = list(range(1, PEOPLE + 1))
    rng.shuffle(order)
    depth: dict[int, int] = {}
    rows = []
    placed: list[int] = []
    for position, person in enumerate(order):
        if position < 400 or not placed:
            depth[person] = 0
        else:
            if rng.random() < 0.5:
                candidates = placed[-60:]
            else:
                candidates = [placed[rng.randrange(len(placed))] for _ in range(3)]
            candidates = [c for c in candidates if depth[c] < MAX_DEPTH] or placed[:400]
            connector = max(candidates, key=lambda c: (depth[c], rng.random()))
            depth[person] = depth[connector] + 1
            rows.append((connector, person, 1))
            if rng.random() < 0.05 and len(placed) > 1:
                second = placed[rng.randrange(len(placed))]
                if second != connector:
                    rows.append((second, person, 0))
        placed.append(person)
    permissions, statuses = ("yes", "no", "not_asked"), ("suggested", "contacted", "met")
    connection = sqlite3.connect(path)
    with connection:
        connection.executemany(
            "INSERT INTO introduction (connector_id, introduced_id, is_primary, introduced_on,"
            " permission, status, context) VALUES (?, ?, ?, '2025-06-01', ?, ?, '')",
            [(c, i, p, rng.choice(permissions), rng.choice(statuses)) for c, i, p in rows],
        )
    connection.close()
    return {"introductions": len(rows), "max_depth": max(depth.values())}


def _median_ms(repeat: int, work: Callable[[], object]) -> float:
    work()  # warm-up: caches, imports, first query plan
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def _raw_cte_ms(ctx: Context, path: Path) -> float:
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute(RAW_TREE_CTE).fetchall()
        assert len(rows) == PEOPLE, f"the CTE walked {len(rows)} people"
        return _median_ms(ctx.repeat, lambda: connection.execute(RAW_TREE_CTE).fetchall())
    finally:
        connection.close()


def _setup(ctx: Context):
    os.environ["QT_QPA_PLATFORM"] = ctx.platform
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    path = ctx.workdir / "carnet.sqlite3"
    facts = make_chained_network(path)
    ctx.log(f"chained network: {facts}")
    assert facts["max_depth"] == MAX_DEPTH
    from carnet.db.store import open_database

    database = open_database(path, ctx.workdir / "backups")
    return app, path, database


@benchmark("referral_tree_model")
def referral_tree_model(ctx: Context) -> Measurement:
    """Read the referral tree of 5,000 people and load it into the tree view's model."""
    from carnet.domain import referrals
    from carnet.ui.models.referral_tree_model import ReferralTreeModel

    _app, path, database = _setup(ctx)
    model = ReferralTreeModel()

    def build() -> None:
        with database.reading() as session:
            roots = referrals.referral_tree(session)
            me = referrals.user_name(session)
        model.set_tree(roots, me)

    try:
        build()
        assert len(model.people()) == PEOPLE
        ours = _median_ms(ctx.repeat, build)
        raw = _raw_cte_ms(ctx, path)
    finally:
        database.close()
    return Measurement(ours, "ms", "raw recursive CTE over the introductions (sqlite3)", raw)


@benchmark("referral_map_layout")
def referral_map_layout(ctx: Context) -> Measurement:
    """Lay out the map of 5,000 people (tidy tree) and build its scene."""
    from carnet.domain import referrals
    from carnet.ui.models.tree_layout import tidy_tree
    from carnet.ui.views.referral_map import ReferralMap

    _app, path, database = _setup(ctx)
    try:
        with database.reading() as session:
            roots = referrals.referral_tree(session)
    finally:
        database.close()
    referral_map = ReferralMap()
    referral_map.resize(900, 600)

    def lay_out() -> None:
        referral_map.set_tree(roots, "Camille Benchmark")
        referral_map.layout_now()

    lay_out()
    boxes = [item for item in referral_map.scene.items() if hasattr(item, "person_id")]
    assert len(boxes) == PEOPLE + 1
    depth = max(p.depth for p in tidy_tree(_Root(roots), lambda n: n.children))
    assert depth == MAX_DEPTH + 1, depth  # the user, then up to 13 generations of people
    ours = _median_ms(ctx.repeat, lay_out)
    raw = _raw_cte_ms(ctx, path)
    return Measurement(ours, "ms", "raw recursive CTE over the introductions (sqlite3)", raw)


class _Root:
    def __init__(self, roots) -> None:
        self.children = roots
