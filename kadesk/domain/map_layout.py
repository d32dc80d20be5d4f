"""Automatic layout of the contact map: a tidy top-down org tree by reports-to.

Each manager sits centred above the people reporting to them; sibling subtrees
take disjoint horizontal strips, so nothing overlaps. Two rules keep 60 people
readable instead of one very wide row:
- a manager's direct reports who manage nobody are stacked in a column (or a
  few columns) beside a vertical bus line, as printed org charts do;
- when a manager's subtrees together are wider than the wrap width, they wrap
  into bands below each other, joined by a trunk line on the left; a subtree in
  a band is laid out in the band's width, so the whole map keeps within the wrap
  width (unless one column of boxes is wider: not at any width a page gives).
The screen wraps at ``WRAP_WIDTH``; a printed map at its page's width.
People with no manager are roots; roots side by side, and lone people (no
manager, no reports) stacked into columns at the right. Children are ordered
by (key, id), so the same people give the same picture whatever their order.
Units are points; y grows downwards.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

H_GAP = 18.0  # between sibling subtrees
V_GAP = 34.0  # between a manager and their reports, and between bands
STACK_GAP = 10.0  # between people stacked in a column
BUS = 18.0  # room left of a stacked column for its bus line
TRUNK = 18.0  # room left of wrapped bands for their trunk line
MAX_STACK = 6  # people per stacked column
WRAP_WIDTH = 1100.0  # on screen


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

    def copy(self) -> _Item:
        twin = _Item(self.id, self.x, self.y)
        twin.gap_y, twin.band_y, twin.trunk_x, twin.bus_x = (self.gap_y, self.band_y,
                                                             self.trunk_x, self.bus_x)
        return twin

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

    def copy(self) -> _Block:
        items = [item.copy() for item in self.items]
        index = {id(old): new for old, new in zip(self.items, items, strict=True)}
        return _Block(self.width, self.height, items, [index[id(h)] for h in self.heads])


Part = Callable[[float], _Block]  # a subtree or column, laid out for a width


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


def layout(slots: Sequence[Slot], wrap: float = WRAP_WIDTH) -> dict[str, Placement]:
    """Where each person's box goes (top-left corner), the forest starting at (0, 0) and
    wrapping into bands so that it keeps within ``wrap`` points across."""
    if not slots:
        return {}
    by_id = {s.id: s for s in slots}
    parent = managers(slots)
    children: dict[str | None, list[str]] = {}
    for sid in sorted(by_id, key=lambda i: (by_id[i].key, i)):
        children.setdefault(parent[sid], []).append(sid)
    level = max(s.height for s in slots) + V_GAP
    # A subtree is laid out once per width it is offered (a wrapped band offers less),
    # else a deep tree that wraps at every level would take exponential time.
    done: dict[tuple[str, float], _Block] = {}

    def block(sid: str, limit: float) -> _Block:
        if (sid, limit) not in done:
            done[sid, limit] = fresh(sid, limit)
        return done[sid, limit].copy()

    def fresh(sid: str, limit: float) -> _Block:
        slot = by_id[sid]
        own = _Item(sid)
        kids = children.get(sid)
        if not kids:
            return _Block(slot.width, slot.height, [own], [own])
        inner = _arrange(parts(kids), top=level, limit=limit)
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

    def parts(kids: list[str]) -> list[Part]:
        """Each part laid out for a given width: a subtree, or a column of people who
        manage nobody (as wide whatever the width)."""
        leaves = [k for k in kids if k not in children]
        inner = [k for k in kids if k in children]
        if len(leaves) >= 3 or (inner and len(leaves) >= 2):
            columns = _columns([by_id[k] for k in leaves])
            subtrees: list[Part] = [functools.partial(block, k) for k in inner]
            return subtrees + [functools.partial(_same, c) for c in columns]
        if len(leaves) == 2 and not inner:  # side by side, or stacked where that is narrow
            row = _arrange([functools.partial(block, k) for k in leaves], 0.0, math.inf)
            return [functools.partial(_narrowest, [row, *_columns([by_id[k] for k in leaves])])]
        return [functools.partial(block, k) for k in kids]

    forest = _arrange(parts(children[None]), top=0.0, limit=wrap)
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


def _same(block: _Block, _limit: float) -> _Block:
    return block


def _narrowest(forms: list[_Block], limit: float) -> _Block:
    """The first of ``forms`` that fits ``limit``, else the last (the narrowest)."""
    return next((f for f in forms if f.width <= limit), forms[-1])


def _bands(parts: list[Part], blocks: list[_Block], limit: float) -> list[list[_Block]]:
    """Parts into bands no wider than ``limit``, tallest first (first-fit decreasing
    height): each into the first band with room; else, laid out anew for the room left
    in a band, into the band it makes least taller, if that costs less height than a
    band of its own. Within a band the parts keep their order."""
    order = sorted(range(len(blocks)), key=lambda i: -blocks[i].height)
    bands: list[dict[int, _Block]] = []
    for i in order:
        best: tuple[float, dict[int, _Block] | None, _Block] = (
            blocks[i].height + V_GAP, None, blocks[i])
        for band in bands:
            room = limit - sum(b.width + H_GAP for b in band.values())
            if blocks[i].width <= room:
                best = (0.0, band, blocks[i])
                break
            fitted = parts[i](room) if room > 0 else blocks[i]
            taller = fitted.height - max(b.height for b in band.values())
            if fitted.width <= room and max(0.0, taller) < best[0]:
                best = (max(0.0, taller), band, fitted)
        _cost, chosen, block = best
        if chosen is None:
            bands.append({i: block})
        else:
            chosen[i] = block
    return [[band[i] for i in sorted(band)] for band in bands]


def _arrange(parts: list[Part], top: float, limit: float) -> _Block:
    """Parts side by side from ``top`` down, within ``limit`` points: all in one band if
    they fit, else in bands indented for the trunk line, each part laid out anew for the
    band's width when it was wider."""
    blocks = [part(limit) for part in parts]
    indent = 0.0
    if sum(b.width for b in blocks) + H_GAP * (len(blocks) - 1) > limit:
        indent, limit = TRUNK, limit - TRUNK
        blocks = [part(limit) if b.width > limit else b for part, b in zip(parts, blocks,
                                                                             strict=True)]
    bands = _bands(parts, blocks, limit) if indent else [blocks]
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
