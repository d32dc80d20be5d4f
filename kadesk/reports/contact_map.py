"""The contact map as a ReportLab drawing (vector shapes, real text), for the
pre-visit brief: the same shapes as the screen (kadesk/domain/contact_map.py).

The caller registers the fonts (a TTF that covers Chinese) and passes their
names; the drawing only refers to them. PDF space has y upwards: every y is
flipped about the map's bounds.

On paper the map must stay legible: ``printed_map`` lays it out for the page and never
sets its smallest text below ``MIN_PRINTED`` points; a map too large for one page at
that size is cut between rows of boxes into parts, each on a page of its own
("continued").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import (
    Circle,
    Drawing,
    Group,
    Line,
    Polygon,
    PolyLine,
    Rect,
    Shape,
    String,
)
from reportlab.lib.colors import HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import FILL_EVEN_ODD
from reportlab.platypus import Flowable

from kadesk.domain import contact_map as cm
from kadesk.domain.contact_map import build_map
from kadesk.domain.map_routes import routed
from kadesk.domain.records import Contact, ContactRelation
from kadesk.reports import fonts


def map_drawing(drawing: cm.MapDrawing, font: str, *, bold_font: str | None = None,
                max_width: float | None = None) -> Drawing:
    """A Drawing of ``drawing``, scaled down (never up) to fit ``max_width`` points."""
    b = drawing.bounds
    scale = min(1.0, max_width / b.w) if max_width else 1.0
    out = Drawing(b.w * scale, b.h * scale)
    group = Group()
    group.transform = (scale, 0, 0, scale, 0, 0)

    def flip(y: float) -> float:
        return b.y + b.h - y

    # Reports-to lines under the boxes, other ties over them: a dotted "friend" line
    # between two boxes must not vanish behind them.
    shapes: list[cm.Shape] = list(drawing.legend)
    for edge in drawing.edges:
        if edge.kind is None:
            shapes += edge.shapes
    for node in drawing.nodes:
        shapes += node.shapes
    for edge in drawing.edges:
        if edge.kind is not None:
            shapes += edge.shapes
    for shape in shapes:
        group.add(_shape(shape, flip, b.x, font, bold_font or font))
    out.add(group)
    return out


def _colour(value: str | None) -> object:
    return HexColor(value) if value else None


def _shape(shape: cm.Shape, fy: Callable[[float], float], left: float, font: str, bold: str
           ) -> Shape:
    if isinstance(shape, cm.Rect):
        r = shape.box
        return Rect(r.x - left, fy(r.y + r.h), r.w, r.h, rx=shape.radius, ry=shape.radius,
                    fillColor=_colour(shape.fill), strokeColor=_colour(shape.stroke),
                    strokeWidth=shape.width if shape.stroke else 0)
    if isinstance(shape, cm.Circle):
        return Circle(shape.cx - left, fy(shape.cy), shape.r, fillColor=_colour(shape.fill),
                      strokeColor=_colour(shape.stroke),
                      strokeWidth=shape.width if shape.stroke else 0)
    if isinstance(shape, cm.Path):
        points = [v for x, y in shape.points for v in (x - left, fy(y))]
        if shape.fill:
            return Polygon(points, fillColor=_colour(shape.fill),
                           strokeColor=_colour(shape.stroke), strokeWidth=shape.width)
        style = {"strokeColor": _colour(shape.stroke), "strokeWidth": shape.width,
                 "strokeDashArray": list(shape.dash) or None, "strokeLineJoin": 1}
        if len(points) == 4:
            return Line(*points, **style)
        return PolyLine(points, **style)
    anchor = {"start": "start", "middle": "middle"}.get(shape.anchor, "end")
    name = bold if shape.bold else font
    # One String per run of one font: 𠮷 and emoji come from the fallback fonts.
    x = shape.x - left
    if anchor != "start":
        x -= fonts.width(shape.text, name, shape.size) / (2 if anchor == "middle" else 1)
    group = Group()
    for run_font, piece in fonts.runs(shape.text, name):
        group.add(String(x, fy(shape.y), piece, fontName=run_font, fontSize=shape.size,
                         fillColor=_colour(shape.colour)))
        x += stringWidth(piece, run_font, shape.size)
    return group


MIN_PRINTED = 7.0  # points: the smallest text of the map on paper
LEGIBLE = MIN_PRINTED / cm.SMALLEST_TEXT  # the smallest scale a printed map takes
MAX_SCALE = 1.4  # a small map drawn larger, to use the width
PRINT_MARGIN = 4.0  # map units kept around what is drawn: the page has its own margins
_TRIM = cm.MARGIN - PRINT_MARGIN  # of the screen's margin, what paper does without
ROOM = 2.0  # map units kept clear around a box: its border and mark are drawn whole
FILLED = 0.6  # a part of a map ends between rows of boxes if that leaves it this full

Span = tuple[float, float]
Extent = tuple[float, float, float, float]  # left, top, right, bottom in map units


def printed_map(contacts: Sequence[Contact], relations: Sequence[ContactRelation], *,
                now: datetime, language: str, width: float, height: float
                ) -> tuple[list[MapPart], list[cm.MapEdge]]:
    """The contact map for pages of ``width`` x ``height`` points, its smallest text at
    least MIN_PRINTED points: one part when it fits one page, else parts of at most a
    page each, cut between rows of boxes (and between columns, when a map placed by
    hand is wider than the page), left to right, then top to bottom.

    The automatic layout is made for the page: it wraps at the width the page gives at
    the smallest legible scale. Once anyone was placed by hand on screen, the map
    prints as the screen shows it (everyone keeps their place relative to the others),
    scaled to fit a page when its text stays legible, else cut as above.

    Ties other than reports-to take a route clear of every box (map_routes); those
    with none, or whose people print on different pages, are returned, to be told in
    words."""
    manual = any(c.map_x is not None and c.map_y is not None for c in contacts)
    drawing = build_map(contacts, relations, now=now, language=language,
                        **({} if manual else {"width": width / LEGIBLE + 2 * _TRIM}))
    return map_pages(drawing, width=width, height=height)


def map_pages(drawing: cm.MapDrawing, *, width: float, height: float
              ) -> tuple[list[MapPart], list[cm.MapEdge]]:
    """``drawing`` across ``width`` (a small one drawn up to MAX_SCALE), at least at the
    LEGIBLE scale: one part, or parts of at most ``width`` x ``height`` each. No box is
    cut: a part ends in the gap between rows (or columns) of boxes; where a page has no
    such gap, the boxes its edge would cut are left out of it (a blank in their place)
    and drawn whole in the next part. Each part draws only its own boxes, so a name is
    found on one page only. Ties are routed (map_routes) within a part; those with no
    route, or between people in different parts, are returned."""
    b = drawing.bounds
    content = (b.x + _TRIM, b.y + _TRIM, b.x + b.w - _TRIM, b.y + b.h - _TRIM)
    fitted = min(MAX_SCALE, width / (content[2] - content[0]),
                 height / (content[3] - content[1]))
    if fitted >= LEGIBLE:
        drawing, untold = routed(drawing)
        return [MapPart(_pdf_drawing(drawing), b, fitted, content, least=LEGIBLE)], untold
    items = [_extent(n.box, n.shapes) for n in drawing.nodes]
    items.append(_extent(None, drawing.legend))
    legend = len(items) - 1
    tree = [(p, q) for e in drawing.edges if e.kind is None for shape in e.shapes
            if isinstance(shape, cm.Path) for p, q in zip(shape.points, shape.points[1:],
                                                          strict=False)]
    rows = _windows([(e[1], e[3]) for e in items], content[1], content[3], height / LEGIBLE,
                    [(min(p[1], q[1]), max(p[1], q[1])) for p, q in tree])
    owned: set[int] = set()
    cuts: list[tuple[Extent, set[int]]] = []  # each part's window and whose boxes it draws
    for top, bottom in rows:
        mine = [i for i, e in enumerate(items)
                if i not in owned and top <= e[1] and e[3] <= bottom]
        owned.update(mine)
        columns = _windows([(items[i][0], items[i][2]) for i in mine], content[0], content[2],
                           width / LEGIBLE, [(min(p[0], q[0]), max(p[0], q[0])) for p, q in tree])
        for left, right in columns:
            whole = {i for i in mine if left <= items[i][0] and items[i][2] <= right}
            mine = [i for i in mine if i not in whole]
            if whole:  # else a corner of a lopsided map with nobody in it
                cuts.append(((left, top, right, bottom), whole))
    page = {drawing.nodes[i].id: n for n, (_w, whole) in enumerate(cuts) for i in whole
            if i != legend}
    apart = [e for e in drawing.edges if e.kind is not None and page[e.source] != page[e.target]]
    drawing, untold = routed(replace(drawing, edges=tuple(e for e in drawing.edges
                                                          if e not in apart)))
    # A route that strays out of its part's window would be cut off at the page's edge.
    apart += [e for e in drawing.edges if e.kind is not None
              and not _inside(cuts[page[e.source]][0], e.shapes)]
    drawing = replace(drawing, edges=tuple(e for e in drawing.edges if e not in apart))
    parts: list[MapPart] = []
    for window, whole in cuts:
        own = replace(drawing, nodes=tuple(node for i, node in enumerate(drawing.nodes)
                                           if i in whole),
                      legend=drawing.legend if legend in whole else ())
        hidden = [e for i, e in enumerate(items) if i not in whole and _overlap(e, window)]
        parts.append(MapPart(_pdf_drawing(own), b, LEGIBLE, window, hidden=hidden))
    untold += apart
    return parts, untold


def _pdf_drawing(drawing: cm.MapDrawing) -> Drawing:
    regular, bold = fonts.register()
    out = map_drawing(drawing, regular, bold_font=bold)
    out.initialFontName = regular  # else the drawing names an unembedded Helvetica
    return out


def _extent(box: cm.Box | None, shapes: Sequence[cm.Shape]) -> Extent:
    """What a box (or the legend) covers with everything drawn on it, and room around."""
    boxes = [cm.shape_box(s) for s in shapes] + ([box] if box else [])
    return (min(x.x for x in boxes) - ROOM, min(x.y for x in boxes) - ROOM,
            max(x.x + x.w for x in boxes) + ROOM, max(x.y + x.h for x in boxes) + ROOM)


def _windows(spans: Sequence[Span], start: float, end: float, step: float,
             lines: Sequence[Span]) -> list[Span]:
    """``start``..``end`` cut into windows of at most ``step``. A window ends in a gap
    between ``spans`` (in its middle) that leaves it at least FILLED full: the one
    fewest reports-to ``lines`` cross (a manager stays with the people under them), the
    last of those. With no such gap it ends at ``step``, and the next window starts at
    the top of the spans that cut went through (they are hidden in the first, whole in
    the next: a cut in steps, not a sliver of a page)."""
    merged: list[list[float]] = []
    for s, e in sorted(spans):
        if merged and s < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    gaps = [(merged[i][1], merged[i + 1][0]) for i in range(len(merged) - 1)]
    out: list[Span] = []
    top = start
    while top + step < end:
        limit = top + step
        inside = [(g0 + min(g1, limit)) / 2 for g0, g1 in gaps
                  if top + FILLED * step <= g0 < limit]
        if inside:
            cut = following = min(inside, key=lambda c: (sum(s < c < e for s, e in lines), -c))
        else:
            cut = limit
            following = min((s for s, e in spans if top < s < cut < e), default=cut)
        out.append((top, cut))
        top = following
    return [*out, (top, end)]


def _inside(window: Extent, shapes: Sequence[cm.Shape]) -> bool:
    return all(window[0] <= x <= window[2] and window[1] <= y <= window[3]
               for shape in shapes if isinstance(shape, cm.Path) for x, y in shape.points)


def _overlap(a: Extent, b: Extent) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


class MapPart(Flowable):
    """A window of the map at ``scale``: the whole map, or one page's part of a large one.

    ``least`` (a whole map only): on a page with less room the map is drawn smaller, down
    to that scale, so that it can share the page with what comes before it. ``hidden``:
    boxes that reach into the window but are shown whole in another part."""

    def __init__(self, drawing: Drawing, bounds: cm.Box, scale: float, window: Extent, *,
                 least: float | None = None, hidden: Sequence[Extent] = ()) -> None:
        super().__init__()
        self.drawing, self.bounds, self.window, self.hidden = drawing, bounds, window, hidden
        self.most = self.scale = scale
        self.least = least or scale
        self.units = (window[2] - window[0], window[3] - window[1])
        self.width, self.height = self.units[0] * scale, self.units[1] * scale

    @property
    def least_height(self) -> float:
        return self.units[1] * self.least

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.scale = max(self.least, min(self.most, availHeight / self.units[1]))
        self.width, self.height = self.units[0] * self.scale, self.units[1] * self.scale
        # A part may reach into the frame's padding (map_pages is given its width).
        return min(self.width, availWidth), self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.scale(self.scale, self.scale)
        # The window's corner at the origin; the drawing's y runs up from the map's bottom.
        left, top, right, bottom = self.window
        canvas.translate(self.bounds.x - left, bottom - self.bounds.y - self.bounds.h)
        clip = canvas.beginPath()
        clip.rect(left - self.bounds.x, self.bounds.y + self.bounds.h - bottom,
                  right - left, bottom - top)
        canvas.clipPath(clip, stroke=0, fill=0)
        for e in self.hidden:  # every hidden box as a hole in the page's window
            hole = canvas.beginPath()
            hole.rect(left - self.bounds.x - 1, self.bounds.y + self.bounds.h - bottom - 1,
                      right - left + 2, bottom - top + 2)
            hole.rect(e[0] - self.bounds.x, self.bounds.y + self.bounds.h - e[3],
                      e[2] - e[0], e[3] - e[1])
            canvas.clipPath(hole, stroke=0, fill=0, fillMode=FILL_EVEN_ODD)
        renderPDF.draw(self.drawing, canvas, 0, 0)
        canvas.restoreState()
