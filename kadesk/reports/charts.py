"""The period report's charts, drawn with reportlab.graphics in the report font.

Every label names the TrueType font explicitly: a chart's default is Helvetica,
which would be named in the PDF without being embedded. The category labels of a
ranked chart are the team's own words (an objection typed with a rare character or
an emoji): kadesk draws them itself, each run in the font that has its glyphs.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.colors import HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth

from kadesk.reports import fonts
from kadesk.reports.style import INK, MUTED, RULE, fit

BAR = HexColor("#3e7cb1")
HEIGHT = 130.0
LABEL_SIZE = 7


def _scale(values: Sequence[int]) -> tuple[int, int]:
    """Axis top and step in whole units: an all-zero chart still gets an axis to 1."""
    top = max([1, *values])
    step = max(1, -(-top // 5))
    return -(-top // step) * step, step


def weekly_bars(labels: Sequence[str], counts: Sequence[int], width: float) -> Drawing:
    """Visits per week, oldest week on the left."""
    regular, _bold = fonts.register()
    drawing = Drawing(width, HEIGHT, initialFontName=regular)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 28, 22, width - 36, HEIGHT - 34
    chart.data = [list(counts)]
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    chart.categoryAxis.categoryNames = list(labels)
    top, step = _scale(counts)
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, top, step
    _style_axes(chart, regular)
    chart.barLabelFormat = lambda v: str(int(v)) if v else ""
    chart.barLabels.fontName, chart.barLabels.fontSize = regular, 7
    chart.barLabels.nudge = 6
    drawing.add(chart)
    return drawing


def ranked_bars(labels: Sequence[str], counts: Sequence[int], width: float) -> Drawing:
    """Counts by category, the largest at the top (ReportLab draws the first at the bottom)."""
    regular, _bold = fonts.register()
    height = 18.0 * len(labels) + 30  # bars of a steady thickness, however many
    drawing = Drawing(width, height, initialFontName=regular)
    # Room for the longest label, up to 40% of the width; longer ones end in "…".
    room = min(width * 0.4, max(fonts.width(label, regular, LABEL_SIZE) for label in labels))
    labels = [fit(label, regular, LABEL_SIZE, room) for label in labels]
    chart = HorizontalBarChart()
    chart.x, chart.y = room + 8, 18
    chart.width, chart.height = width - room - 20, height - 26
    chart.data = [list(reversed(counts))]
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    top, step = _scale(counts)
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, top, step
    _style_axes(chart, regular)
    chart.categoryAxis.visibleLabels = False
    drawing.add(chart)
    band = chart.height / len(labels)
    for row, label in enumerate(reversed(labels)):  # right-aligned beside its bar
        x = chart.x - 4 - fonts.width(label, regular, LABEL_SIZE)
        y = chart.y + (row + 0.5) * band - LABEL_SIZE * 0.35
        for font, piece in fonts.runs(label, regular):
            drawing.add(String(x, y, piece, fontName=font, fontSize=LABEL_SIZE, fillColor=MUTED))
            x += stringWidth(piece, font, LABEL_SIZE)
    return drawing


def _style_axes(chart: VerticalBarChart | HorizontalBarChart, font: str) -> None:
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName, axis.labels.fontSize = font, LABEL_SIZE
        axis.labels.fillColor = INK
        axis.strokeColor = RULE
    chart.valueAxis.labelTextFormat = "%d"
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.25
    chart.categoryAxis.labels.fillColor = MUTED

