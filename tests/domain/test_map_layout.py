"""The contact map's automatic layout, over random org forests: everyone placed, no
two boxes overlapping, managers above their reports, lines clear of other boxes,
and the same people always drawn the same way."""

from __future__ import annotations

import itertools
import random

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from kadesk.domain.map_layout import BUS, TRUNK, Placement, Slot, layout, managers

SIZES = [(156.0, 62.0), (140.0, 56.0), (128.0, 50.0)]


@st.composite
def forests(draw: st.DrawFn, max_size: int = 60) -> list[Slot]:
    """1..60 people; each reports to an earlier one or to nobody (so no loops), in
    shuffled order: several roots, lone people, deep chains and wide fans all occur."""
    n = draw(st.integers(1, max_size))
    alone = draw(st.floats(0.0, 1.0))  # how likely someone has no manager
    slots = []
    for i in range(n):
        parent = None
        if i and draw(st.floats(0.0, 1.0)) >= alone:
            # Favour recent people (chains) or early ones (wide fans), as drawn.
            parent = draw(st.integers(max(0, i - draw(st.integers(1, i))), i - 1))
        w, h = draw(st.sampled_from(SIZES))
        key = draw(st.sampled_from(["张伟", "李娜", "王芳", "刘洋", ""]))
        slots.append(Slot(f"c{i:02d}", None if parent is None else f"c{parent:02d}", w, h,
                          key))
    return draw(st.permutations(slots))


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]
             ) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


def boxes(slots: list[Slot], placed: dict[str, Placement]
          ) -> dict[str, tuple[float, float, float, float]]:
    return {s.id: (placed[s.id].x, placed[s.id].y, s.width, s.height) for s in slots}


@settings(max_examples=150, deadline=None)
@given(forests())
def test_everyone_placed_without_overlap_and_managers_above(slots: list[Slot]) -> None:
    placed = layout(slots)
    assert set(placed) == {s.id for s in slots}
    box = boxes(slots, placed)
    ids = sorted(box)
    for i, a in enumerate(ids):
        assert box[a][0] >= 0 and box[a][1] >= 0
        for b in ids[i + 1:]:
            assert not _overlap(box[a], box[b]), (a, b)
    for s in slots:
        if s.parent_id is not None:
            manager = box[s.parent_id]
            assert box[s.id][1] >= manager[1] + manager[3] + 10, s.id
            assert placed[s.id].route is not None
        else:
            assert placed[s.id].route is None


@settings(max_examples=80, deadline=None)
@given(forests(), st.randoms(use_true_random=False))
def test_same_people_same_picture_whatever_their_order(slots: list[Slot],
                                                       rnd: random.Random) -> None:
    first = layout(slots)
    shuffled = list(slots)
    rnd.shuffle(shuffled)
    assert layout(shuffled) == first
    assert layout(slots) == first


@settings(max_examples=80, deadline=None)
@given(forests())
def test_reports_to_lines_pass_no_other_box(slots: list[Slot]) -> None:
    from kadesk.domain.contact_map import Box, MapNode, tree_line

    placed = layout(slots)
    nodes = {s.id: MapNode(s.id, s.id, Box(placed[s.id].x, placed[s.id].y, s.width, s.height),
                           (), False, placed[s.id].route) for s in slots}
    for s in slots:
        if s.parent_id is None:
            continue
        (line,) = tree_line(nodes[s.parent_id], nodes[s.id])
        points = line.points  # type: ignore[union-attr]
        for (x0, y0), (x1, y1) in itertools.pairwise(points):
            segment = (min(x0, x1), min(y0, y1), abs(x1 - x0) or 0.01, abs(y1 - y0) or 0.01)
            for other, node in nodes.items():
                if other in (s.id, s.parent_id):
                    continue
                b = node.box
                inner = (b.x + 0.5, b.y + 0.5, b.w - 1, b.h - 1)
                assert not _overlap(segment, inner), (s.id, other)


def test_a_wide_organisation_wraps_into_bands() -> None:
    # One boss, 30 heads, each with two staff: one row would be ~9,000 points wide.
    slots = [Slot("boss", None, 156, 62)]
    for h in range(30):
        slots.append(Slot(f"h{h:02d}", "boss", 140, 56))
        slots += [Slot(f"s{h:02d}{k}", f"h{h:02d}", 128, 50) for k in range(2)]
    placed = layout(slots)
    width = max(p.x for p in placed.values()) + 156
    assert width < 1300
    assert any(p.route is not None and p.route.trunk_x is not None for p in placed.values())


def test_many_lone_people_stack_into_columns() -> None:
    placed = layout([Slot(f"c{i:02d}", None, 140, 56) for i in range(20)])
    assert len({p.x for p in placed.values()}) == 4  # 20 people, at most 6 a column
    assert len({p.y for p in placed.values()}) == 5


def test_loops_from_merged_edits_are_cut_and_everyone_still_placed() -> None:
    # Two devices each set a manager: a -> b and b -> a. Plus a self-loop and a stranger.
    slots = [Slot("a", "b", 140, 56, "1"), Slot("b", "a", 140, 56, "2"),
             Slot("c", "c", 140, 56), Slot("d", "nobody", 140, 56), Slot("e", "a", 140, 56)]
    assert managers(slots) == {"a": None, "b": "a", "c": None, "d": None, "e": "a"}
    placed = layout(slots)
    assert set(placed) == {"a", "b", "c", "d", "e"}
    assert placed["b"].y > placed["a"].y


def test_nobody_to_place() -> None:
    assert layout([]) == {}


def depth(slots: list[Slot]) -> int:
    """The longest chain of managers above anyone."""
    parent = managers(slots)

    def above(sid: str) -> int:
        boss = parent[sid]
        return 0 if boss is None else 1 + above(boss)

    return max(above(s.id) for s in slots)


@settings(max_examples=150, deadline=None)
@given(forests(), st.sampled_from([585.0, 880.0, 1100.0]))
def test_the_layout_keeps_within_the_width_it_is_given(slots: list[Slot], wrap: float) -> None:
    """The width a printed page gives (upright, landscape) or the screen's: each level
    that wraps indents its bands for the trunk line, so the promise holds while that
    leaves room for a column of boxes (a chain of 22 managers at the narrowest)."""
    assume(wrap - depth(slots) * TRUNK >= BUS + max(s.width for s in slots))
    placed = layout(slots, wrap)
    assert max(placed[s.id].x + s.width for s in slots) <= wrap


def test_short_subtrees_share_a_band() -> None:
    """A boss over four managers: two with long columns, two with one report each. At a
    page's width two of them fit a band; the short two go together below the long two,
    not one band each."""
    slots = [Slot("boss", None, 140, 56)]
    for m, reports in (("a", 5), ("b", 1), ("c", 5), ("d", 1)):
        slots.append(Slot(m, "boss", 140, 56))
        slots += [Slot(f"{m}{k}", m, 140, 56) for k in range(reports)]
    placed = layout(slots, 400)
    tops = {m: placed[m].y for m in "abcd"}
    assert tops["a"] == tops["c"] < tops["b"] == tops["d"]
