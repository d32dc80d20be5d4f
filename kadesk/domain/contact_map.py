"""The contact map as a renderer-neutral drawing: boxes, lines and text in points.

The Qt scene (kadesk/ui/map_scene.py) and the PDF renderer (kadesk/reports/
contact_map.py) both paint these same shapes, so the map on screen, in an
exported SVG and in the printed brief are one picture. Coordinates are points
with y growing downwards; a renderer with y upwards flips them.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from kadesk.domain.enums import (
    Attitude,
    BuyingRole,
    Influence,
    Labelled,
    RelationKind,
    is_chinese,
)
from kadesk.domain.map_layout import Placement, Route, Slot, layout
from kadesk.domain.records import Contact, ContactRelation

# Contacts not met for this long are marked: reps ask "whom have we not met in 90 days".
NOT_MET_DAYS = 90
MARGIN = 16.0
LEGEND_HEIGHT = 44.0  # two rows; the map starts below it

# Size and border weight by influence: the people who weigh most look heaviest.
NODE_SIZE = {Influence.HIGH: (156.0, 62.0), Influence.MEDIUM: (140.0, 56.0),
             Influence.LOW: (128.0, 50.0)}
BORDER = {Influence.HIGH: 3.0, Influence.MEDIUM: 1.75, Influence.LOW: 0.9}
NAME_SIZE = {Influence.HIGH: 13.0, Influence.MEDIUM: 12.0, Influence.LOW: 11.0}
# (fill, border) by attitude: green for us, grey neutral, red against us.
ATTITUDE_COLOURS = {Attitude.SUPPORTER: ("#e2f3df", "#2e7d32"),
                    Attitude.NEUTRAL: ("#f0f0f0", "#757575"),
                    Attitude.OPPONENT: ("#fbe0e0", "#c62828")}
ROLE_COLOURS = {BuyingRole.DECISION_MAKER: "#5b2c83", BuyingRole.INFLUENCER: "#1f5f99",
                BuyingRole.USER: "#4f6d7a", BuyingRole.TECHNICAL: "#00796b",
                BuyingRole.PURCHASER: "#a85d00", BuyingRole.GATEKEEPER: "#6d4c41",
                BuyingRole.COACH: "#2e7d32"}
# (colour, dash pattern) of the other relations; reports-to is a solid dark line.
RELATION_STYLE = {RelationKind.INFLUENCES: ("#7b3fa0", (6.0, 3.0)),
                  RelationKind.FRIEND: ("#2f8f5b", (1.5, 2.5)),
                  RelationKind.FORMER_COLLEAGUE: ("#8a6d3b", (7.0, 2.5, 1.5, 2.5))}
TREE_COLOUR, TEXT_COLOUR, MUTED_TEXT = "#5a5a5a", "#1a1a1a", "#555555"
MARK_COLOUR = "#e68a00"


class MapMark(Labelled):
    """Legend words that are not one of the vocabularies."""

    REPORTS_TO = "reports_to", "汇报给", "Reports to"
    INFLUENCE = "influence", "影响力：", "Influence:"
    NOT_MET = "not_met", f"{NOT_MET_DAYS} 天未见", f"Not met in {NOT_MET_DAYS} days"


class Highlight(StrEnum):
    """What the map's filter brings forward; everyone else is dimmed."""

    ALL = "all"
    DECISION_MAKERS = "decision_makers"
    OPPONENTS = "opponents"
    NOT_MET = "not_met"


# -- shapes ---------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Box:
    x: float
    y: float
    w: float
    h: float

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x <= self.x + self.w and self.y <= y <= self.y + self.h


@dataclass(frozen=True, slots=True)
class Rect:
    box: Box
    fill: str | None
    stroke: str | None = None
    width: float = 1.0
    radius: float = 0.0


@dataclass(frozen=True, slots=True)
class Path:
    points: tuple[tuple[float, float], ...]
    stroke: str | None
    width: float = 1.0
    dash: tuple[float, ...] = ()  # on/off lengths in points; () = solid
    fill: str | None = None  # set: a closed, filled polygon (arrow heads)


@dataclass(frozen=True, slots=True)
class Circle:
    cx: float
    cy: float
    r: float
    fill: str | None
    stroke: str | None = None
    width: float = 1.0


@dataclass(frozen=True, slots=True)
class Text:
    x: float
    y: float  # baseline
    text: str
    size: float
    colour: str = TEXT_COLOUR
    bold: bool = False
    anchor: str = "start"  # "start", "middle" or "end"


Shape = Rect | Path | Circle | Text


@dataclass(frozen=True, slots=True)
class MapNode:
    id: str
    name: str
    box: Box
    shapes: tuple[Shape, ...]
    manual: bool  # placed by the user, not by the automatic layout
    route: Route | None  # how the reports-to line reaches it in the automatic layout


@dataclass(frozen=True, slots=True)
class MapEdge:
    source: str  # the manager, or the relation's "from"
    target: str
    kind: RelationKind | None  # None: the reports-to line
    relation_id: str | None
    shapes: tuple[Shape, ...]


@dataclass(frozen=True, slots=True)
class MapDrawing:
    nodes: tuple[MapNode, ...]
    edges: tuple[MapEdge, ...]
    legend: tuple[Shape, ...]
    bounds: Box


# -- facts ------------------------------------------------------------------------

def not_met_lately(contact: Contact, now: datetime) -> bool:
    return contact.last_met_at is None or contact.last_met_at < now - timedelta(
        days=NOT_MET_DAYS)


def highlighted(contact: Contact, highlight: Highlight, now: datetime) -> bool:
    if highlight == Highlight.DECISION_MAKERS:
        return contact.buying_role == BuyingRole.DECISION_MAKER
    if highlight == Highlight.OPPONENTS:
        return contact.attitude == Attitude.OPPONENT
    if highlight == Highlight.NOT_MET:
        return not_met_lately(contact, now)
    return True


def text_width(text: str, size: float) -> float:
    """An estimate both renderers can share: CJK and full-width glyphs are one em."""
    return sum(size if ord(ch) > 0x2E80 else size * 0.56 for ch in text)


def fit(text: str, size: float, width: float) -> str:
    """``text`` cut with an ellipsis to fit ``width`` (estimated)."""
    if text_width(text, size) <= width:
        return text
    while text and text_width(text + "…", size) > width:
        text = text[:-1]
    return text + "…"


# -- building ---------------------------------------------------------------------

def node_size(contact: Contact) -> tuple[float, float]:
    return NODE_SIZE[contact.influence]


def map_origin() -> tuple[float, float]:
    """Where the automatic layout starts: below the legend."""
    return MARGIN, MARGIN + LEGEND_HEIGHT + 12.0


def auto_layout(contacts: Sequence[Contact]) -> dict[str, Placement]:
    """The automatic layout in map coordinates (what 're-layout' returns to)."""
    ox, oy = map_origin()
    placed = layout([Slot(c.id, c.reports_to_id, *node_size(c), key=c.name) for c in contacts])
    return {k: Placement(p.x + ox, p.y + oy, _moved(p.route, ox, oy)) for k, p in placed.items()}


def _moved(route: Route | None, dx: float, dy: float) -> Route | None:
    if route is None:
        return None
    return Route(route.gap_y + dy, route.band_y + dy,
                 None if route.trunk_x is None else route.trunk_x + dx,
                 None if route.bus_x is None else route.bus_x + dx)


def build_map(contacts: Sequence[Contact], relations: Sequence[ContactRelation], *,
              now: datetime, language: str) -> MapDrawing:
    """The whole map: saved positions where the user placed someone, the automatic
    layout for everyone else; reports-to lines, other relations, the legend."""
    auto = auto_layout(contacts)
    nodes: list[MapNode] = []
    for c in contacts:
        spot = auto[c.id]
        manual = c.map_x is not None and c.map_y is not None
        x = c.map_x if c.map_x is not None and c.map_y is not None else spot.x
        y = c.map_y if c.map_x is not None and c.map_y is not None else spot.y
        box = Box(x, y, *node_size(c))
        nodes.append(MapNode(c.id, c.name, box, node_shapes(c, box, now, language), manual,
                             None if manual else spot.route))
    by_id = {n.id: n for n in nodes}
    edges = [MapEdge(c.reports_to_id, c.id, None, None,
                     tree_line(by_id[c.reports_to_id], by_id[c.id]))
             for c in contacts if c.reports_to_id in by_id and auto[c.id].route is not None]
    edges += [MapEdge(r.from_contact_id, r.to_contact_id, r.kind, r.id,
                      relation_line(r.kind, by_id[r.from_contact_id].box,
                                    by_id[r.to_contact_id].box))
              for r in relations if r.from_contact_id in by_id and r.to_contact_id in by_id]
    legend = legend_shapes(language)
    return MapDrawing(tuple(nodes), tuple(edges), legend,
                      bounds(nodes, [s for e in edges for s in e.shapes], legend))


BADGE_SIZE = 8.5
# The one role whose English name outgrows the smallest box's badge.
_BADGE_EN = {BuyingRole.TECHNICAL: "Tech evaluator"}


def badge_label(role: BuyingRole, language: str) -> str:
    return role.zh if is_chinese(language) else _BADGE_EN.get(role, role.en)


def node_shapes(c: Contact, box: Box, now: datetime, language: str) -> tuple[Shape, ...]:
    fill, stroke = ATTITUDE_COLOURS[c.attitude]
    x, y, w, h = box.x, box.y, box.w, box.h
    shapes: list[Shape] = [Rect(box, fill, stroke, BORDER[c.influence], 6.0)]
    size = NAME_SIZE[c.influence]
    shapes.append(Text(x + 7, y + 7 + size, fit(c.name, size, w - 14), size, bold=True))
    if c.title:
        shapes.append(Text(x + 7, y + 21 + size, fit(c.title, 9.0, w - 14), 9.0, MUTED_TEXT))
    if c.buying_role is not None:  # bottom right, beside the dots: the name keeps its width
        label = badge_label(c.buying_role, language)
        bw = min(text_width(label, BADGE_SIZE) + 6.0, w - 54.0)
        shapes += [Rect(Box(x + w - 6 - bw, y + h - 17, bw, 13.0), ROLE_COLOURS[c.buying_role],
                        radius=3.0),
                   Text(x + w - 6 - bw / 2, y + h - 7.5, fit(label, BADGE_SIZE, bw - 3),
                        BADGE_SIZE, "#ffffff", anchor="middle")]
    for i in range(5):  # relationship strength 1-5 as dots
        shapes.append(Circle(x + 10 + i * 8, y + h - 8, 2.6,
                             stroke if i < c.strength else None, stroke, 0.8))
    if not_met_lately(c, now):
        shapes += [Circle(x + 1, y + 1, 7.0, MARK_COLOUR, "#ffffff", 1.2),
                   Text(x + 1, y + 5, "!", 10.0, "#ffffff", bold=True, anchor="middle")]
    return tuple(shapes)


def tree_line(manager: MapNode, report: MapNode) -> tuple[Shape, ...]:
    """The reports-to line: orthogonal along the automatic layout's route, straight
    between centres once either end was placed by hand."""
    a, b = manager.box, report.box
    top = (a.x + a.w / 2, a.y + a.h)
    route = report.route
    if route is None or manager.manual:
        return (Path((top, (b.x + b.w / 2, b.y)), TREE_COLOUR, 1.2),)
    points = [top, (top[0], route.gap_y)]
    if route.trunk_x is not None:
        points += [(route.trunk_x, route.gap_y), (route.trunk_x, route.band_y)]
    if route.bus_x is not None:
        cy = b.y + b.h / 2
        points += [(route.bus_x, route.band_y), (route.bus_x, cy), (b.x, cy)]
    else:
        points += [(b.x + b.w / 2, route.band_y), (b.x + b.w / 2, b.y)]
    return (Path(tuple(points), TREE_COLOUR, 1.2),)


def _border_point(box: Box, toward: tuple[float, float]) -> tuple[float, float]:
    """Where the line from ``box``'s centre toward a point leaves the box."""
    cx, cy = box.x + box.w / 2, box.y + box.h / 2
    dx, dy = toward[0] - cx, toward[1] - cy
    if dx == 0 and dy == 0:
        return cx, cy
    scale = min(box.w / 2 / abs(dx) if dx else math.inf, box.h / 2 / abs(dy) if dy else math.inf)
    return cx + dx * scale, cy + dy * scale


def relation_line(kind: RelationKind, a: Box, b: Box) -> tuple[Shape, ...]:
    """A dashed line between the two boxes; 'influences' gets an arrow head."""
    colour, dash = RELATION_STYLE[kind]
    start = _border_point(a, (b.x + b.w / 2, b.y + b.h / 2))
    end = _border_point(b, (a.x + a.w / 2, a.y + a.h / 2))
    shapes: list[Shape] = [Path((start, end), colour, 1.4, dash)]
    if kind == RelationKind.INFLUENCES:
        shapes.append(_arrow(start, end, colour))
    return tuple(shapes)


def _arrow(start: tuple[float, float], end: tuple[float, float], colour: str) -> Path:
    angle = math.atan2(end[1] - start[1], end[0] - start[0])
    wing = [(end[0] - 9 * math.cos(angle + s), end[1] - 9 * math.sin(angle + s))
            for s in (0.4, -0.4)]
    return Path((end, wing[0], wing[1]), colour, 1.0, fill=colour)


def legend_shapes(language: str) -> tuple[Shape, ...]:
    """Two rows at the top left: what the colours, marks and lines mean."""
    shapes: list[Shape] = []
    x, y = MARGIN, MARGIN
    for attitude, (fill, stroke) in ATTITUDE_COLOURS.items():
        shapes.append(Rect(Box(x, y, 16, 11), fill, stroke, 1.2, 2.0))
        x = _legend_text(shapes, x + 21, y, attitude.label(language))
    x = _legend_text(shapes, x, y, MapMark.INFLUENCE.label(language)) - 10
    for influence in Influence:
        shapes.append(Rect(Box(x, y, 16, 11), "#ffffff", TREE_COLOUR, BORDER[influence], 2.0))
        x = _legend_text(shapes, x + 21, y, influence.label(language))
    shapes += [Circle(x + 6, y + 5.5, 6.0, MARK_COLOUR),
               Text(x + 6, y + 9.5, "!", 9.0, "#ffffff", bold=True, anchor="middle")]
    _legend_text(shapes, x + 17, y, MapMark.NOT_MET.label(language))
    x, y = MARGIN, MARGIN + 20
    shapes.append(Path(((x, y + 5.5), (x + 24, y + 5.5)), TREE_COLOUR, 1.2))
    x = _legend_text(shapes, x + 29, y, MapMark.REPORTS_TO.label(language))
    for kind, (colour, dash) in RELATION_STYLE.items():
        line = ((x, y + 5.5), (x + 24, y + 5.5))
        shapes.append(Path(line, colour, 1.4, dash))
        if kind == RelationKind.INFLUENCES:
            shapes.append(_arrow(*line, colour))
        x = _legend_text(shapes, x + 29, y, kind.label(language))
    return tuple(shapes)


def _legend_text(shapes: list[Shape], x: float, y: float, label: str) -> float:
    shapes.append(Text(x, y + 9.5, label, 9.5, MUTED_TEXT))
    return x + text_width(label, 9.5) + 16


def shape_box(shape: Shape) -> Box:
    if isinstance(shape, Rect):
        return shape.box
    if isinstance(shape, Circle):
        return Box(shape.cx - shape.r, shape.cy - shape.r, 2 * shape.r, 2 * shape.r)
    if isinstance(shape, Path):
        xs, ys = [p[0] for p in shape.points], [p[1] for p in shape.points]
        return Box(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
    w = text_width(shape.text, shape.size)
    left = {"start": shape.x, "middle": shape.x - w / 2}.get(shape.anchor, shape.x - w)
    return Box(left, shape.y - shape.size, w, shape.size * 1.3)


def bounds(nodes: Sequence[MapNode], edge_shapes: Sequence[Shape],
           legend: Sequence[Shape]) -> Box:
    """Everything drawn, plus a margin: the page or image the map needs."""
    boxes = [n.box for n in nodes] + [shape_box(s) for s in (*edge_shapes, *legend)]
    boxes += [shape_box(s) for n in nodes for s in n.shapes if isinstance(s, Circle)]
    left = min(b.x for b in boxes) - MARGIN
    top = min(b.y for b in boxes) - MARGIN
    right = max(b.x + b.w for b in boxes) + MARGIN
    bottom = max(b.y + b.h for b in boxes) + MARGIN
    return Box(min(left, 0.0), min(top, 0.0), right - min(left, 0.0), bottom - min(top, 0.0))
