"""Automatic layout of the contact map: a tidy top-down org tree by reports-to.

Each manager sits centred above the people reporting to them; sibling subtrees
take disjoint horizontal strips, so nothing overlaps. Two rules keep 60 people
readable instead of one very wide row:
- a manager's direct reports who manage nobody are stacked in a column (or a
  few columns) beside a vertical bus line, as printed org charts do;
- when a manager's subtrees together are wider than ``WRAP_WIDTH``, they wrap
  into bands below each other, joined by a trunk line on the left.
People with no manager are roots; roots side by side, and lone people (no
manager, no reports) stacked into columns at the right. Children are ordered
by (key, id), so the same people give the same picture whatever their order.
Units are points; y grows downwards.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

H_GAP = 18.0  # between sibling subtrees
V_GAP = 34.0  # between a manager and their reports, and between bands
STACK_GAP = 10.0  # between people stacked in a column
BUS = 18.0  # room left of a stacked column for its bus line
TRUNK = 18.0  # room left of wrapped bands for their trunk line
MAX_STACK = 6  # people per stacked column
WRAP_WIDTH = 1100.0


@dataclass(frozen=True, slots=True)
class Slot:
    """One person to place: box size, manager (None, unknown or looping = a root)."""

    id: str
    parent_id: str | None
    width: float
    height: float
    key: str = ""


@dataclass(frozen=True, slots=True)
class Route:
    """How the reports-to line reaches a placed person in the automatic layout:
    down from the manager to ``gap_y``; along the trunk at ``trunk_x`` down to
    ``band_y`` when the person is in a wrapped band; then down into the box, or,
    when stacked, down the bus at ``bus_x`` and into the box's left side."""

    gap_y: float
    band_y: float
    trunk_x: float | None = None
    bus_x: float | None = None


@dataclass(frozen=True, slots=True)
class Placement:
    x: float
    y: float
    route: Route | None  # None for a root


class _Item:
    """A placed person in block-relative coordinates, moved as blocks are composed."""

    __slots__ = ("band_y", "bus_x", "gap_y", "id", "trunk_x", "x", "y")

    def __init__(self, id: str, x: float = 0.0, y: float = 0.0) -> None:
        self.id, self.x, self.y = id, x, y
        self.gap_y: float | None = None
        self.band_y: float | None = None
        self.trunk_x: float | None = None
        self.bus_x: float | None = None

    def shift(self, dx: float, dy: float) -> None:
        self.x += dx
        self.y += dy
        if self.gap_y is not None:
            self.gap_y += dy
        if self.band_y is not None:
            self.band_y += dy
        if self.trunk_x is not None:
            self.trunk_x += dx
        if self.bus_x is not None:
            self.bus_x += dx


@dataclass
class _Block:
    width: float
    height: float
    items: list[_Item]
    heads: list[_Item]  # the items a parent's reports-to lines reach

    def shift(self, dx: float, dy: float) -> None:
        for item in self.items:
            item.shift(dx, dy)


def managers(slots: Iterable[Slot]) -> dict[str, str | None]:
    """Each person's manager within ``slots``: unknown managers dropped, and every
    loop (possible after merging two devices' edits) cut at its smallest (key, id)."""
    by_id = {s.id: s for s in slots}
    parent = {s.id: (s.parent_id if s.parent_id in by_id and s.parent_id != s.id else None)
              for s in by_id.values()}
    done: set[str] = set()
    for start in sorted(by_id):
        path: list[str] = []
        on_path: set[str] = set()
        node: str | None = start
        while node is not None and node not in done and node not in on_path:
            path.append(node)
            on_path.add(node)
            node = parent[node]
        if node is not None and node in on_path:  # a loop: cut it deterministically
            loop = path[path.index(node):]
            cut = min(loop, key=lambda i: (by_id[i].key, i))
            parent[cut] = None
        done.update(path)
    return parent


def layout(slots: Sequence[Slot]) -> dict[str, Placement]:
    """Where each person's box goes (top-left corner), the forest starting at (0, 0)."""
    if not slots:
        return {}
    by_id = {s.id: s for s in slots}
    parent = managers(slots)
    children: dict[str | None, list[str]] = {}
    for sid in sorted(by_id, key=lambda i: (by_id[i].key, i)):
        children.setdefault(parent[sid], []).append(sid)
    level = max(s.height for s in slots) + V_GAP

    def block(sid: str) -> _Block:
        slot = by_id[sid]
        own = _Item(sid)
        kids = children.get(sid)
        if not kids:
            return _Block(slot.width, slot.height, [own], [own])
        inner = _arrange(parts(kids), top=level)
        shift = max(0.0, (slot.width - inner.width) / 2)
        inner.shift(shift, 0.0)
        for head in inner.heads:
            head.gap_y = level - V_GAP / 2
        first = inner.heads[0]  # centre the manager over the first band
        band0 = [h for h in inner.heads if h.band_y == first.band_y]
        left = min(h.x for h in band0)
        right = max(h.x + by_id[h.id].width for h in band0)
        width = max(slot.width, inner.width + shift)
        own.x = min(max(0.0, (left + right - slot.width) / 2), width - slot.width)
        return _Block(width, max(slot.height, inner.height), [own, *inner.items], [own])

    def parts(kids: list[str]) -> list[_Block]:
        leaves = [k for k in kids if k not in children]
        inner = [k for k in kids if k in children]
        if len(leaves) >= 3 or (inner and len(leaves) >= 2):
            return [block(k) for k in inner] + _columns([by_id[k] for k in leaves])
        return [block(k) for k in kids]

    forest = _arrange(parts(children[None]), top=0.0)
    for item in forest.items:
        if parent[item.id] is None:
            item.gap_y = item.band_y = item.trunk_x = item.bus_x = None
    return {i.id: Placement(i.x, i.y, _route(i)) for i in forest.items}


def _route(item: _Item) -> Route | None:
    if item.gap_y is None or item.band_y is None:
        return None
    return Route(item.gap_y, item.band_y, item.trunk_x, item.bus_x)


def _columns(leaves: list[Slot]) -> list[_Block]:
    """People who manage nobody, stacked in balanced columns beside a bus line."""
    count = math.ceil(len(leaves) / MAX_STACK)
    per = math.ceil(len(leaves) / count)
    out: list[_Block] = []
    for start in range(0, len(leaves), per):
        chunk = leaves[start:start + per]
        step = max(s.height for s in chunk) + STACK_GAP
        items = [_Item(s.id, BUS, i * step) for i, s in enumerate(chunk)]
        for item in items:
            item.bus_x = BUS / 2
        out.append(_Block(BUS + max(s.width for s in chunk),
                          (len(chunk) - 1) * step + chunk[-1].height, items, items))
    return out


def _arrange(parts: list[_Block], top: float) -> _Block:
    """Parts side by side from ``top`` down, wrapping into bands past WRAP_WIDTH."""
    bands: list[list[_Block]] = [[]]
    width = 0.0
    for part in parts:
        if bands[-1] and width + H_GAP + part.width > WRAP_WIDTH:
            bands.append([])
            width = 0.0
        width += (H_GAP if bands[-1] else 0.0) + part.width
        bands[-1].append(part)
    indent = TRUNK if len(bands) > 1 else 0.0
    items: list[_Item] = []
    heads: list[_Item] = []
    y, widest = top, 0.0
    for number, band in enumerate(bands):
        x = indent
        for part in band:
            part.shift(x, y)
            for head in part.heads:
                head.band_y = y - V_GAP / 2
                head.trunk_x = TRUNK / 2 if number else None
            items += part.items
            heads += part.heads
            x += part.width + H_GAP
        widest = max(widest, x - H_GAP)
        y += max(p.height for p in band) + V_GAP
    return _Block(widest, y - V_GAP, items, heads)
