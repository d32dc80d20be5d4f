"""The contact map as a ReportLab drawing (vector shapes, real text), for the
pre-visit brief: the same shapes as the screen (kadesk/domain/contact_map.py).

The caller registers the fonts (a TTF that covers Chinese) and passes their
names; the drawing only refers to them. PDF space has y upwards: every y is
flipped about the map's bounds.

On paper the map must stay legible: ``map_pages`` never sets its smallest text below
``MIN_PRINTED`` points. It takes the full width, and a map too large for one page at
that size is cut into parts, each on a page of its own ("continued").
"""

from __future__ import annotations

from collections.abc import Callable
from math import ceil

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
from reportlab.platypus import Flowable

from kadesk.domain import contact_map as cm
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
MAX_SCALE = 1.4  # a small map drawn larger, to use the width


class MapPart(Flowable):
    """A window of a map drawing, at ``scale``: one page's part of a large map."""

    def __init__(self, drawing: Drawing, scale: float, window: tuple[float, float, float, float]
                 ) -> None:
        super().__init__()
        self.drawing, self.scale = drawing, scale
        self.x0, self.y0, w, h = window  # drawing units, y up from the drawing's bottom
        self.width, self.height = w * scale, h * scale

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        # A part may reach into the frame's padding (map_pages is given its width).
        return min(self.width, availWidth), self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        path = canvas.beginPath()
        path.rect(0, 0, self.width, self.height)
        canvas.clipPath(path, stroke=0, fill=0)
        canvas.scale(self.scale, self.scale)
        canvas.translate(-self.x0, -self.y0)
        renderPDF.draw(self.drawing, canvas, 0, 0)
        canvas.restoreState()


def smallest_text(drawing: cm.MapDrawing) -> float:
    sizes = [shape.size for shape in (*drawing.legend, *(s for n in drawing.nodes
                                                         for s in n.shapes))
             if isinstance(shape, cm.Text)]
    return min(sizes, default=MIN_PRINTED)


def map_pages(drawing: cm.MapDrawing, font: str, bold_font: str, *, width: float,
              height: float) -> list[Flowable]:
    """The map across ``width`` (a small one drawn up to MAX_SCALE), its smallest text at
    least MIN_PRINTED points: one flowable, or parts of at most ``width`` x ``height``
    each, left to right, then top to bottom."""
    b = drawing.bounds
    full = map_drawing(drawing, font, bold_font=bold_font)
    full.initialFontName = font  # else the drawing names an unembedded Helvetica
    legible = MIN_PRINTED / smallest_text(drawing)
    scale = max(legible, min(MAX_SCALE, width / b.w, height / b.h))
    if b.w * scale <= width + 0.5 and b.h * scale <= height + 0.5:
        return [MapPart(full, scale, (0, 0, b.w, b.h))]
    part_w, part_h = width / scale, height / scale
    parts: list[Flowable] = []
    for row in range(ceil(b.h / part_h)):
        top = row * part_h  # map coordinates: y down from the map's top
        h = min(part_h, b.h - top)
        for column in range(ceil(b.w / part_w)):
            left = column * part_w
            w = min(part_w, b.w - left)
            # A part with nobody in it (a corner of a lopsided tree) is left out.
            if any(_overlap(n.box, b.x + left, b.y + top, w, h) for n in drawing.nodes):
                parts.append(MapPart(full, scale, (left, b.h - top - h, w, h)))
    return parts


def _overlap(box: cm.Box, x: float, y: float, w: float, h: float) -> bool:
    return box.x < x + w and x < box.x + box.w and box.y < y + h and y < box.y + box.h
