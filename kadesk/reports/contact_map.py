"""The contact map as a ReportLab drawing (vector shapes, real text), for the
pre-visit brief: the same shapes as the screen (kadesk/domain/contact_map.py).

The caller registers the fonts (a TTF that covers Chinese) and passes their
names; the drawing only refers to them. PDF space has y upwards: every y is
flipped about the map's bounds.
"""

from __future__ import annotations

from collections.abc import Callable

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

    shapes: list[cm.Shape] = list(drawing.legend)
    for edge in drawing.edges:
        shapes += edge.shapes
    for node in drawing.nodes:
        shapes += node.shapes
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
