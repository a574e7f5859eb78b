"""A tidy tree layout (Walker's algorithm in Buchheim, Jünger and Leipert's linear-time form).

Every node gets a *depth* (its generation) and a *breadth* (its position across the tree, in
units of one node plus the gap between two siblings). The result has the properties a reader of
a family tree expects: nodes of one generation never overlap, edges never cross, a parent sits
centred over its children, identical subtrees are drawn alike, and subtrees are packed as closely
as their outlines allow. The walks are iterative, so a chain of any length lays out.

Plain Python, no Qt: the map turns depth and breadth into scene coordinates.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(slots=True)
class Placed(Generic[T]):
    node: T
    depth: int
    breadth: float
    parent: int
    """Index of the parent in the returned list; -1 for the root."""


class _Node:
    __slots__ = (
        "item",
        "parent",
        "children",
        "number",
        "x",
        "mod",
        "thread",
        "ancestor",
        "change",
        "shift",
        "default_ancestor",
    )

    def __init__(self, item, parent: _Node | None, number: int) -> None:
        self.item = item
        self.parent = parent
        self.children: list[_Node] = []
        self.number = number  # position among its siblings, from 0
        self.x = 0.0
        self.mod = 0.0
        self.thread: _Node | None = None
        self.ancestor: _Node = self
        self.change = 0.0
        self.shift = 0.0
        self.default_ancestor: _Node = self

    def left(self) -> _Node | None:
        return self.thread or (self.children[0] if self.children else None)

    def right(self) -> _Node | None:
        return self.thread or (self.children[-1] if self.children else None)

    def left_brother(self) -> _Node | None:
        if self.parent is None or self.number == 0:
            return None
        return self.parent.children[self.number - 1]

    def leftmost_sibling(self) -> _Node | None:
        if self.parent is None or self.number == 0:
            return None
        return self.parent.children[0]


def tidy_tree(root: T, children: Callable[[T], Sequence[T]]) -> list[Placed[T]]:
    """Lay out the tree under ``root``; returns every node in pre-order, root first."""
    top = _build(root, children)
    _first_walk(top)
    placed: list[Placed[T]] = []
    stack: list[tuple[_Node, float, int, int]] = [(top, 0.0, 0, -1)]
    while stack:
        node, modsum, depth, parent = stack.pop()
        index = len(placed)
        placed.append(Placed(node.item, depth, node.x + modsum, parent))
        below = modsum + node.mod
        stack.extend((child, below, depth + 1, index) for child in reversed(node.children))
    smallest = min(p.breadth for p in placed)
    for p in placed:
        p.breadth -= smallest
    return placed


def _build(root, children) -> _Node:
    top = _Node(root, None, 0)
    stack = [top]
    while stack:
        node = stack.pop()
        node.children = [_Node(c, node, i) for i, c in enumerate(children(node.item))]
        stack.extend(node.children)
    return top


def _first_walk(top: _Node) -> None:
    """Walker's first walk, as the recursive original would run it, with an explicit stack."""
    stack: list[tuple[_Node, int]] = [(top, 0)]
    while stack:
        v, i = stack.pop()
        kids = v.children
        if not kids:
            brother = v.left_brother()
            v.x = brother.x + 1.0 if brother is not None else 0.0
            continue
        if i == 0:
            v.default_ancestor = kids[0]
        else:
            v.default_ancestor = _apportion(kids[i - 1], v.default_ancestor)
        if i < len(kids):
            stack.append((v, i + 1))
            stack.append((kids[i], 0))
            continue
        _execute_shifts(v)
        midpoint = (kids[0].x + kids[-1].x) / 2
        brother = v.left_brother()
        if brother is not None:
            v.x = brother.x + 1.0
            v.mod = v.x - midpoint
        else:
            v.x = midpoint


def _apportion(v: _Node, default_ancestor: _Node) -> _Node:
    """Push ``v``'s subtree right until its left outline clears its left siblings' subtrees."""
    w = v.left_brother()
    if w is None:
        return default_ancestor
    vir = vor = v
    vil = w
    vol = v.leftmost_sibling()
    assert vol is not None
    sir = sor = v.mod
    sil = vil.mod
    sol = vol.mod
    while True:
        next_vil, next_vir = vil.right(), vir.left()
        if next_vil is None or next_vir is None:
            break
        vil, vir = next_vil, next_vir
        next_vol, next_vor = vol.left(), vor.right()
        # The outer outlines reach as deep as the inner ones.
        assert next_vol is not None and next_vor is not None
        vol, vor = next_vol, next_vor
        vor.ancestor = v
        shift = (vil.x + sil) - (vir.x + sir) + 1.0
        if shift > 0:
            wl = vil.ancestor if vil.ancestor.parent is v.parent else default_ancestor
            _move_subtree(wl, v, shift)
            sir += shift
            sor += shift
        sil += vil.mod
        sir += vir.mod
        sol += vol.mod
        sor += vor.mod
    if vil.right() is not None and vor.right() is None:
        vor.thread = vil.right()
        vor.mod += sil - sor
    else:
        if vir.left() is not None and vol.left() is None:
            vol.thread = vir.left()
            vol.mod += sir - sol
        default_ancestor = v
    return default_ancestor


def _move_subtree(wl: _Node, wr: _Node, shift: float) -> None:
    subtrees = wr.number - wl.number
    wr.change -= shift / subtrees
    wr.shift += shift
    wl.change += shift / subtrees
    wr.x += shift
    wr.mod += shift


def _execute_shifts(v: _Node) -> None:
    shift = change = 0.0
    for w in reversed(v.children):
        w.x += shift
        w.mod += shift
        change += w.change
        shift += w.shift + change
