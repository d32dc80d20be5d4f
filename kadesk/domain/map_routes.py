"""Where a printed map draws its ties other than reports-to.

On screen a tie is a straight line between two boxes, redrawn as the user drags them;
on paper a straight line may cut through the boxes between (and their names). Here a
tie takes a route that crosses no box, no mark and no legend, and does not run along a
reports-to line: the straight line where that is clear, else the shortest route of
horizontal and vertical runs (few bends) through the gaps between the boxes, found on
a grid of the lines just outside every box (A*). Ties keep off each other's runs where
they can. A tie with no clear route is left for the caller to list in words.
"""

from __future__ import annotations

import bisect
import heapq
import itertools
import math
from collections.abc import Sequence
from dataclasses import replace

from kadesk.domain.contact_map import (
    Box,
    MapDrawing,
    MapEdge,
    Path,
    border_point,
    shape_box,
    tie_shapes,
)

PAD = 3.0  # kept clear around everything drawn on a box
GAP = 3.0  # a run passes this far outside that
ALONG = 4.5  # a run this near a reports-to line and parallel to it would read as one
BEND = 12.0  # a bend costs this much length: a straighter route wins a near tie
SHARED = 30.0  # a run over one another tie already takes costs this much more
GREEDY = 2.0  # how much A* trusts its estimate of the distance left
SEEN = 24.0  # a route shorter than this (boxes stacked close) would read as a speck

Point = tuple[float, float]
Segment = tuple[Point, Point]
Rect = tuple[float, float, float, float]  # left, top, right, bottom
Node = tuple[int, int]  # indices into the grid's xs and ys
STEPS = ((1, 0), (-1, 0), (0, 1), (0, -1))


def routed(drawing: MapDrawing) -> tuple[MapDrawing, list[MapEdge]]:
    """``drawing`` with each tie other than reports-to on a clear route, and the ties
    that have none (left out of the drawing)."""
    nodes = {n.id: n for n in drawing.nodes}
    covers = {n.id: _extent([n.box, *(shape_box(s) for s in n.shapes)], PAD)
              for n in drawing.nodes}
    legend = [_extent([shape_box(s) for s in drawing.legend], PAD)] if drawing.legend else []
    tree = [(p, q) for e in drawing.edges if e.kind is None for s in e.shapes
            if isinstance(s, Path) for p, q in zip(s.points, s.points[1:], strict=False)]
    grid = _Grid([n.box for n in drawing.nodes], [*covers.values(), *legend], tree)
    edges: list[MapEdge] = []
    unrouted: list[MapEdge] = []
    for edge in drawing.edges:
        if edge.kind is None:
            edges.append(edge)
            continue
        a, b = nodes[edge.source].box, nodes[edge.target].box
        # The ends' own boxes: a line may touch their borders, never go inside.
        blocked = [r for i, r in covers.items() if i not in (edge.source, edge.target)]
        blocked += [*legend, _extent([a], -0.5), _extent([b], -0.5)]
        line = (border_point(a, _centre(b)), border_point(b, _centre(a)))
        way = line if math.dist(*line) >= SEEN and _clear(line, blocked, tree) else grid.route(
            a, covers[edge.source], b, covers[edge.target])
        if way is None:
            unrouted.append(edge)
        else:
            edges.append(replace(edge, shapes=tie_shapes(edge.kind, way)))
    return replace(drawing, edges=tuple(edges)), unrouted


def _centre(box: Box) -> Point:
    return box.x + box.w / 2, box.y + box.h / 2


class _Grid:
    """Lines just outside every rectangle, and through every box's centre; a route
    runs along them from node to neighbouring node, never into a rectangle."""

    def __init__(self, boxes: Sequence[Box], rects: Sequence[Rect], tree: Sequence[Segment]
                 ) -> None:
        xs = {x for b in boxes for x in (b.x + b.w / 2,)}
        ys = {y for b in boxes for y in (b.y + b.h / 2,)}
        for left, top, right, bottom in rects:
            xs |= {left - GAP, right + GAP, (left + right) / 2}
            ys |= {top - GAP, bottom + GAP, (top + bottom) / 2}
        self.xs, self.ys, self.tree = sorted(xs), sorted(ys), tree
        self.blocked: set[Node] = set()
        for left, top, right, bottom in rects:
            for i in self._within(self.xs, left, right):
                self.blocked.update((i, j) for j in self._within(self.ys, top, bottom))
        # Runs along a reports-to line: (node, step) pairs that may not be taken.
        self.along: set[tuple[Node, int]] = set()
        for p, q in tree:
            for axis in (0, 1):
                if p[1 - axis] != q[1 - axis]:
                    continue
                lines, across = (self.xs, self.ys) if axis == 0 else (self.ys, self.xs)
                low, high = sorted((p[axis], q[axis]))
                at = p[1 - axis]
                for k in self._within(across, at - ALONG + 0.01, at + ALONG - 0.01):
                    for i in range(bisect.bisect_left(lines, low) - 1,
                                   bisect.bisect_right(lines, high)):
                        node = (i, k) if axis == 0 else (k, i)
                        self.along.add((node, STEPS.index((1, 0) if axis == 0 else (0, 1))))
                        ahead = (i + 1, k) if axis == 0 else (k, i + 1)
                        self.along.add((ahead, STEPS.index((-1, 0) if axis == 0 else (0, -1))))
        self.used: set[tuple[Node, int]] = set()

    @staticmethod
    def _within(lines: list[float], low: float, high: float) -> range:
        return range(bisect.bisect_left(lines, low), bisect.bisect_right(lines, high))

    def _ports(self, box: Box, cover: Rect) -> dict[Node, tuple[Point, int]]:
        """Where a route may leave (or reach) ``box``: the node just outside its cover
        straight out from the middle of each side, with that side's point and the step
        outward."""
        cx, cy = _centre(box)
        left, top, right, bottom = cover
        out: dict[Node, tuple[Point, int]] = {}
        for point, end, step in (((box.x, cy), (left - GAP, cy), 1),
                                 ((box.x + box.w, cy), (right + GAP, cy), 0),
                                 ((cx, box.y), (cx, top - GAP), 3),
                                 ((cx, box.y + box.h), (cx, bottom + GAP), 2)):
            node = (bisect.bisect_left(self.xs, end[0]), bisect.bisect_left(self.ys, end[1]))
            # Not where a reports-to line comes in (the left side of a stacked column's).
            if node not in self.blocked and not any(_along(point, end, t) for t in self.tree):
                out[node] = (point, step)
        return out

    def _point(self, node: Node) -> Point:
        return self.xs[node[0]], self.ys[node[1]]

    def route(self, a: Box, cover_a: Rect, b: Box, cover_b: Rect
              ) -> tuple[Point, ...] | None:
        """The cheapest route (length, bends, runs shared with other ties) from a side
        of ``a`` to a side of ``b``, at least SEEN long; None if there is none."""
        starts, goals = self._ports(a, cover_a), self._ports(b, cover_b)
        if not starts or not goals:
            return None
        xs, ys, blocked, along, used = self.xs, self.ys, self.blocked, self.along, self.used
        bx, by = _centre(b)
        reach_x, reach_y = b.w / 2 + PAD + GAP, b.h / 2 + PAD + GAP

        def guess(node: Node) -> float:
            """Roughly how far from ``b``: weighted past a true lower bound (A* then
            looks at far fewer nodes, for a route a little longer at worst)."""
            return GREEDY * (max(0.0, abs(xs[node[0]] - bx) - reach_x)
                             + max(0.0, abs(ys[node[1]] - by) - reach_y))

        heap: list[tuple[float, float, Node, int]] = []
        came: dict[tuple[Node, int], tuple[Node, int] | None] = {}
        best: dict[tuple[Node, int], float] = {}
        for node, (point, step) in starts.items():
            cost = math.dist(point, self._point(node))
            best[node, step] = cost
            came[node, step] = None
            heapq.heappush(heap, (cost + guess(node), cost, node, step))
        while heap:
            _f, cost, node, step = heapq.heappop(heap)
            if cost > best.get((node, step), math.inf):
                continue
            if node in goals:
                end, _outward = goals[node]
                points = self._path(came, (node, step), starts, end)
                if _length(points) >= SEEN:
                    used.update(self._runs(came, (node, step)))
                    return points
            i, j = node
            for turn, (dx, dy) in enumerate(STEPS):
                ahead = (i + dx, j + dy)
                if turn == step ^ 1 or not (0 <= ahead[0] < len(xs) and 0 <= ahead[1] < len(ys)) \
                        or ahead in blocked or (node, turn) in along:
                    continue  # never straight back, off the grid, into a box or along a line
                more = cost + abs(xs[ahead[0]] - xs[i]) + abs(ys[ahead[1]] - ys[j])
                if turn != step:
                    more += BEND
                if (node, turn) in used:
                    more += SHARED
                if more < best.get((ahead, turn), math.inf):
                    best[ahead, turn] = more
                    came[ahead, turn] = (node, step)
                    heapq.heappush(heap, (more + guess(ahead), more, ahead, turn))
        return None

    def _runs(self, came: dict[tuple[Node, int], tuple[Node, int] | None],
              state: tuple[Node, int]) -> list[tuple[Node, int]]:
        """Each step of the route ending in ``state``, both ways."""
        out = []
        now: tuple[Node, int] | None = state
        while now is not None and came[now] is not None:
            before = came[now]
            assert before is not None
            out += [(before[0], now[1]), (now[0], now[1] ^ 1)]
            now = before
        return out

    def _path(self, came: dict[tuple[Node, int], tuple[Node, int] | None],
              state: tuple[Node, int], starts: dict[Node, tuple[Point, int]], end: Point
              ) -> tuple[Point, ...]:
        nodes = []
        now: tuple[Node, int] | None = state
        while now is not None:
            nodes.append(now[0])
            now = came[now]
        nodes.reverse()
        points = [starts[nodes[0]][0], *(self._point(n) for n in nodes), end]
        # Only the corners: drop points in line with their neighbours.
        kept = [points[0]]
        for here, after in itertools.pairwise(points[1:]):
            before = kept[-1]
            if (here[0] - before[0]) * (after[1] - here[1]) != \
                    (here[1] - before[1]) * (after[0] - here[0]):
                kept.append(here)
        return (*kept, points[-1])


def _length(points: Sequence[Point]) -> float:
    return sum(math.dist(p, q) for p, q in itertools.pairwise(points))


def _clear(points: Sequence[Point], blocked: Sequence[Rect], tree: Sequence[Segment]) -> bool:
    """No run of the route goes through a blocked rectangle or runs along a
    reports-to line."""
    runs = list(itertools.pairwise(points))
    return not any(_crosses(p, q, rect) for p, q in runs for rect in blocked) and not any(
        _along(p, q, t) for p, q in runs for t in tree)


def _crosses(p: Point, q: Point, rect: Rect) -> bool:
    """Whether the segment p-q passes through the inside of ``rect`` (Liang-Barsky)."""
    left, top, right, bottom = rect
    if max(p[0], q[0]) <= left or min(p[0], q[0]) >= right or \
            max(p[1], q[1]) <= top or min(p[1], q[1]) >= bottom:
        return False
    low, high = 0.0, 1.0
    dx, dy = q[0] - p[0], q[1] - p[1]
    for step, room in ((-dx, p[0] - left), (dx, right - p[0]), (-dy, p[1] - top),
                       (dy, bottom - p[1])):
        if step == 0:
            if room <= 0:
                return False
            continue
        t = room / step
        if step < 0:
            low = max(low, t)
        else:
            high = min(high, t)
        if low >= high:
            return False
    return True


def _along(p: Point, q: Point, line: Segment) -> bool:
    """Whether p-q and ``line`` are both level (or both upright), within ALONG of each
    other and overlap for more than a crossing's worth."""
    r, s = line
    for axis in (0, 1):  # axis 0: both level, at a height; axis 1: both upright
        other = 1 - axis
        if p[other] == q[other] and r[other] == s[other] and abs(p[other] - r[other]) < ALONG:
            overlap = (min(max(p[axis], q[axis]), max(r[axis], s[axis]))
                       - max(min(p[axis], q[axis]), min(r[axis], s[axis])))
            if overlap > ALONG:
                return True
    return False


def _extent(boxes: Sequence[Box], pad: float) -> Rect:
    return (min(b.x for b in boxes) - pad, min(b.y for b in boxes) - pad,
            max(b.x + b.w for b in boxes) + pad, max(b.y + b.h for b in boxes) + pad)
