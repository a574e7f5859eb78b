"""The map's tidy tree layout: no overlaps, no crossings, parents centred, subtrees packed."""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass, field

import pytest

from carnet.ui.models.tree_layout import Placed, tidy_tree


@dataclass
class N:
    name: str
    children: list[N] = field(default_factory=list)


def kids(node: N) -> list[N]:
    return node.children


def random_tree(rng: random.Random, size: int, max_depth: int) -> N:
    root = N("root")
    nodes = [(root, 0)]
    for i in range(size):
        parent, depth = rng.choice(nodes)
        if depth >= max_depth:
            continue
        child = N(f"n{i}")
        parent.children.append(child)
        nodes.append((child, depth + 1))
    return root


def assert_tidy(placed: list[Placed[N]]) -> None:
    by_depth: dict[int, list[Placed[N]]] = defaultdict(list)
    for p in placed:
        by_depth[p.depth].append(p)
    for row in by_depth.values():
        row.sort(key=lambda p: p.breadth)
        for a, b in zip(row, row[1:], strict=False):
            assert b.breadth - a.breadth >= 1 - 1e-9, f"{a.node.name} overlaps {b.node.name}"
            # edges from the generation above never cross: parents keep their children's order
            assert placed[a.parent].breadth <= placed[b.parent].breadth + 1e-9
    for index, p in enumerate(placed):
        children = [c for c in placed if c.parent == index]
        if children:
            middle = (children[0].breadth + children[-1].breadth) / 2
            assert p.breadth == pytest.approx(middle)
        assert [c.node for c in children] == p.node.children, "siblings keep their order"
    assert min(p.breadth for p in placed) == 0


def test_a_chain_is_a_straight_line():
    root = N("me")
    node = root
    for i in range(2000):  # far deeper than Python's recursion limit
        node.children.append(N(f"relay {i}"))
        node = node.children[0]

    placed = tidy_tree(root, kids)

    assert len(placed) == 2001
    assert {p.breadth for p in placed} == {0}
    assert placed[-1].depth == 2000


def test_small_subtrees_tuck_in_between_big_ones():
    """Reingold–Tilford packing: a leaf between two deep subtrees sits next to them."""
    root = N(
        "me",
        [
            N("a", [N("a1", [N("a11"), N("a12")])]),
            N("b"),
            N("c", [N("c1", [N("c11"), N("c12")])]),
        ],
    )

    placed = {p.node.name: p for p in tidy_tree(root, kids)}

    assert [placed[n].breadth for n in ("a", "b", "c")] == [0.5, 1.5, 2.5]
    assert placed["c11"].breadth - placed["a12"].breadth == 1


@pytest.mark.parametrize("seed", range(40))
def test_random_trees_are_tidy(seed):
    rng = random.Random(seed)
    root = random_tree(rng, size=rng.randint(1, 300), max_depth=rng.randint(1, 12))

    assert_tidy(tidy_tree(root, kids))
