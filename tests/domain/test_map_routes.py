"""Ties other than reports-to on a printed map: each on a route that cuts through no
box and hides behind none, long enough to be seen, or handed back to be told in words."""

from __future__ import annotations

import itertools
import math

from hypothesis import given, settings
from hypothesis import strategies as st

from kadesk.domain import contact_map as cm
from kadesk.domain.enums import Influence, RelationKind
from kadesk.domain.map_routes import routed
from kadesk.domain.records import Contact, ContactRelation
from tests.domain.test_contact_map import NOW, person, relation

PAGE = 730.0  # about what an upright A4 page gives a map at its smallest legible scale


@st.composite
def buying_centres(draw: st.DrawFn) -> tuple[list[Contact], list[ContactRelation]]:
    """1..60 people, each reporting to an earlier one or to nobody, every box size; up to
    20 ties of every kind between any two of them."""
    n = draw(st.integers(2, 60))
    people = []
    for i in range(n):
        boss = draw(st.one_of(st.none(), st.integers(0, i - 1))) if i else None
        people.append(person(f"c{i:02d}", f"联系人{i}", None if boss is None else f"c{boss:02d}",
                             title="采购总监", influence=draw(st.sampled_from(list(Influence)))))
    pairs = st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)).filter(lambda p: p[0] != p[1])
    ties = draw(st.lists(st.tuples(pairs, st.sampled_from(list(RelationKind))), max_size=20,
                         unique_by=lambda t: t[0]))
    return people, [relation(f"c{a:02d}", f"c{b:02d}", kind) for (a, b), kind in ties]


def covers(node: cm.MapNode) -> cm.Box:
    """The box and everything drawn on or beside it (the not-met mark reaches out)."""
    boxes = [node.box, *(cm.shape_box(s) for s in node.shapes)]
    left, top = min(b.x for b in boxes), min(b.y for b in boxes)
    return cm.Box(left, top, max(b.x + b.w for b in boxes) - left,
                  max(b.y + b.h for b in boxes) - top)


def inside(box: cm.Box, x: float, y: float, by: float) -> bool:
    """Whether (x, y) lies more than ``by`` inside ``box`` (a negative ``by``: near it)."""
    return box.x + by < x < box.x + box.w - by and box.y + by < y < box.y + box.h - by


def samples(p: tuple[float, float], q: tuple[float, float]) -> list[tuple[float, float]]:
    """A point every half unit along p-q."""
    steps = max(1, math.ceil(math.dist(p, q) * 2))
    return [(p[0] + (q[0] - p[0]) * k / steps, p[1] + (q[1] - p[1]) * k / steps)
            for k in range(steps + 1)]


def near(box: cm.Box, p: tuple[float, float], q: tuple[float, float]) -> bool:
    """Whether p-q's bounding box comes within a unit of ``box`` (else no need to look)."""
    return (min(p[0], q[0]) < box.x + box.w + 1 and box.x - 1 < max(p[0], q[0])
            and min(p[1], q[1]) < box.y + box.h + 1 and box.y - 1 < max(p[1], q[1]))


def tie_line(edge: cm.MapEdge) -> tuple[tuple[float, float], ...]:
    line = edge.shapes[0]
    assert isinstance(line, cm.Path) and line.dash
    return line.points


def check(drawing: cm.MapDrawing, relations: list[ContactRelation]) -> list[cm.MapEdge]:
    """Route ``drawing``'s ties and check every drawn one; the ties left to words."""
    done, unrouted = routed(drawing)
    drawn = [e for e in done.edges if e.kind is not None]
    assert sorted(e.relation_id or "" for e in (*drawn, *unrouted)) == sorted(
        r.id for r in relations)
    assert [e for e in done.edges if e.kind is None] == [
        e for e in drawing.edges if e.kind is None]  # reports-to lines as they were
    nodes = {n.id: n for n in drawing.nodes}
    cover = {n.id: covers(n) for n in drawing.nodes}
    legend = [cm.shape_box(s) for s in drawing.legend]
    tree = [(p, q) for e in drawing.edges if e.kind is None for s in e.shapes
            if isinstance(s, cm.Path) for p, q in itertools.pairwise(s.points)]
    for edge in drawn:
        points = tie_line(edge)
        assert sum(math.dist(p, q) for p, q in itertools.pairwise(points)) >= 20  # no speck
        ends = (edge.source, edge.target)
        for p, q in itertools.pairwise(points):
            for node in drawing.nodes:
                # Its own people's boxes: touched, never entered; anyone else's: kept off.
                box, by = (node.box, 0.5) if node.id in ends else (cover[node.id], -1.0)
                if near(box, p, q):
                    assert not any(inside(box, x, y, by) for x, y in samples(p, q)), (
                        edge.relation_id, node.id)
            for b in legend:
                if near(b, p, q):
                    assert not any(inside(b, x, y, 0.0) for x, y in samples(p, q))
        # It starts and ends on its people's boxes.
        assert inside(nodes[edge.source].box, *points[0], -0.01)
        assert inside(nodes[edge.target].box, *points[-1], -0.01)
        for (p, q), (r, s) in itertools.product(itertools.pairwise(points), tree):
            for axis in (0, 1):  # never along a reports-to line, where the two would merge
                if p[1 - axis] == q[1 - axis] and r[1 - axis] == s[1 - axis] and \
                        abs(p[1 - axis] - r[1 - axis]) < 2:
                    overlap = (min(max(p[axis], q[axis]), max(r[axis], s[axis]))
                               - max(min(p[axis], q[axis]), min(r[axis], s[axis])))
                    assert overlap <= 3, edge.relation_id
    return unrouted


@settings(max_examples=60, deadline=None)
@given(buying_centres(), st.sampled_from([PAGE, cm.SCREEN_WIDTH]))
def test_every_tie_is_drawn_clear_of_the_boxes_or_handed_back(
        centre: tuple[list[Contact], list[ContactRelation]], width: float) -> None:
    people, relations = centre
    drawing = cm.build_map(people, relations, now=NOW, language="zh_CN", width=width)
    unrouted = check(drawing, relations)
    # The automatic layout leaves gaps between all boxes: every tie finds a way.
    assert unrouted == []


def placed(id: str, x: float, y: float, manager: str | None = None) -> Contact:
    from dataclasses import replace

    return replace(person(id, id, manager), map_x=x, map_y=y)


def test_a_tie_goes_around_a_box_in_its_way() -> None:
    """A friend of someone across the row: the straight line would cross the name of
    the one between; the tie goes round."""
    people = [placed("a", 20, 200), placed("b", 220, 200), placed("c", 420, 200)]
    ties = [relation("a", "c", RelationKind.FRIEND)]
    drawing = cm.build_map(people, ties, now=NOW, language="en_US")
    [straight] = [e for e in drawing.edges if e.kind]
    assert len(tie_line(straight)) == 2  # on screen: the straight line, through b
    assert check(drawing, ties) == []
    [tie] = [e for e in routed(drawing)[0].edges if e.kind]
    assert len(tie_line(tie)) > 2


def test_close_neighbours_get_a_tie_that_can_be_seen() -> None:
    """Two boxes 10 points apart: a line across the gap would print as a dot or two."""
    people = [placed("a", 20, 200), placed("b", 20, 266)]  # boxes 56 high
    ties = [relation("a", "b", RelationKind.FRIEND)]
    assert check(cm.build_map(people, ties, now=NOW, language="zh_CN"), ties) == []


def test_a_tie_with_no_way_through_is_handed_back() -> None:
    """Someone walled in by others placed by hand (boxes touching): no line can reach
    them without crossing a box."""
    ring = [placed(f"w{i}", 20 + 140 * (i % 3), 200 + 56 * (i // 3)) for i in range(9)
            if i != 4]
    people = [*ring, placed("in", 160, 256), placed("out", 700, 256)]
    ties = [relation("out", "in", RelationKind.INFLUENCES),
            relation("out", "w0", RelationKind.FRIEND)]
    unrouted = check(cm.build_map(people, ties, now=NOW, language="zh_CN"), ties)
    assert [e.relation_id for e in unrouted] == ["out-in"]
