"""The contact map on screen: a QGraphicsScene that paints the domain's drawing.

Every node, line and legend entry is painted from the shapes of
kadesk/domain/contact_map.py, the same ones the PDF renderer draws; this module
only adds what a screen needs: dragging, dropping one person onto another,
dimming, selection, and export to PNG and SVG.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QObject, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPen,
    QPolygonF,
)
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from kadesk.domain import contact_map as cm

DIMMED = 0.18  # opacity of people the filter does not pick


def _pen(colour: str | None, width: float, dash: tuple[float, ...] = ()) -> QPen:
    if colour is None:
        return QPen(Qt.PenStyle.NoPen)
    pen = QPen(QColor(colour), width)
    if dash:  # Qt counts dashes in pen widths, the drawing in points
        pen.setDashPattern([d / width for d in dash])
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _brush(colour: str | None) -> QBrush:
    return QBrush(QColor(colour)) if colour else QBrush(Qt.BrushStyle.NoBrush)


def paint_shapes(painter: QPainter, shapes: Iterable[cm.Shape]) -> None:
    """Paint domain shapes in scene coordinates (points)."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for shape in shapes:
        if isinstance(shape, cm.Rect):
            painter.setPen(_pen(shape.stroke, shape.width))
            painter.setBrush(_brush(shape.fill))
            b = shape.box
            painter.drawRoundedRect(QRectF(b.x, b.y, b.w, b.h), shape.radius, shape.radius)
        elif isinstance(shape, cm.Circle):
            painter.setPen(_pen(shape.stroke, shape.width))
            painter.setBrush(_brush(shape.fill))
            painter.drawEllipse(QPointF(shape.cx, shape.cy), shape.r, shape.r)
        elif isinstance(shape, cm.Path):
            points = [QPointF(x, y) for x, y in shape.points]
            painter.setPen(_pen(shape.stroke, shape.width, shape.dash))
            if shape.fill:
                painter.setBrush(_brush(shape.fill))
                painter.drawPolygon(QPolygonF(points))
            else:
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPolyline(QPolygonF(points))
        else:
            _paint_text(painter, shape)


def _paint_text(painter: QPainter, text: cm.Text) -> None:
    font = QFont(painter.font())
    font.setPixelSize(max(1, round(text.size)))
    font.setBold(text.bold)
    painter.setFont(font)
    painter.setPen(QColor(text.colour))
    width = QFontMetricsF(font).horizontalAdvance(text.text)
    x = {"start": text.x, "middle": text.x - width / 2}.get(text.anchor, text.x - width)
    painter.drawText(QPointF(x, text.y), text.text)


def _rect(box: cm.Box) -> QRectF:
    return QRectF(box.x, box.y, box.w, box.h)


class ShapesItem(QGraphicsItem):
    """Painted domain shapes: a line between two people, or the legend."""

    def __init__(self, shapes: tuple[cm.Shape, ...]) -> None:
        super().__init__()
        self.set_shapes(shapes)

    def set_shapes(self, shapes: tuple[cm.Shape, ...]) -> None:
        self.prepareGeometryChange()
        self.shapes = shapes
        rect = QRectF()
        for shape in shapes:
            rect = rect.united(_rect(cm.shape_box(shape)))
        self._bounds = rect.adjusted(-3, -3, 3, 3)

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._bounds

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem,
              _widget: QWidget | None = None) -> None:
        paint_shapes(painter, self.shapes)


class EdgeItem(ShapesItem):
    def __init__(self, edge: cm.MapEdge) -> None:
        super().__init__(edge.shapes)
        self.edge = edge
        self.setZValue(0)


class NodeItem(QGraphicsItem):
    """One contact, painted at its box and dragged by the user."""

    def __init__(self, node: cm.MapNode, scene: MapScene) -> None:
        super().__init__()
        self.node, self.map = node, scene
        self.setPos(node.box.x, node.box.y)  # before the flags: placing is not a move
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsMovable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges)
        self.setZValue(2)
        rect = QRectF()
        for shape in node.shapes:
            rect = rect.united(_rect(cm.shape_box(shape)))
        self._bounds = rect.translated(-node.box.x, -node.box.y).adjusted(-4, -4, 4, 4)
        self.setToolTip(node.name)
        self.pressed_at: QPointF | None = None

    @property
    def box(self) -> cm.Box:
        b = self.node.box
        return cm.Box(self.pos().x(), self.pos().y(), b.w, b.h)

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._bounds

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem,
              _widget: QWidget | None = None) -> None:
        painter.translate(-self.node.box.x, -self.node.box.y)
        paint_shapes(painter, self.node.shapes)
        if self.isSelected():
            painter.setPen(QPen(QColor("#1565c0"), 1.5, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(_rect(self.node.box).adjusted(-3, -3, 3, 3), 8, 8)

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object  # noqa: N802
                   ) -> object:
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            self.map.node_moved(self)
        return super().itemChange(change, value)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        self.pressed_at = self.pos()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        if self.pressed_at is not None and self.pos() != self.pressed_at:
            self.map.node_released(self, event.scenePos())
        self.pressed_at = None


class MapScene(QGraphicsScene):
    # (contact id -> (x, y)) placed by dragging
    moved = Signal(object)
    # (contact id, new manager id): one person dropped onto another
    dropped = Signal(str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.nodes: dict[str, NodeItem] = {}
        self.edges: list[EdgeItem] = []
        self.drawing: cm.MapDrawing | None = None
        self.setBackgroundBrush(QColor("#ffffff"))

    def show_drawing(self, drawing: cm.MapDrawing) -> None:
        self.clear()
        self.drawing = drawing
        self.addItem(ShapesItem(drawing.legend))
        self.edges = [EdgeItem(edge) for edge in drawing.edges]
        for edge in self.edges:
            self.addItem(edge)
        self.nodes = {}
        for node in drawing.nodes:
            self.nodes[node.id] = item = NodeItem(node, self)
            self.addItem(item)
        self.setSceneRect(_rect(drawing.bounds))

    def highlight(self, picked: Callable[[str], bool]) -> None:
        """Bring forward the people ``picked`` chooses; dim everyone else and their lines."""
        for contact_id, item in self.nodes.items():
            item.setOpacity(1.0 if picked(contact_id) else DIMMED)
        for edge in self.edges:
            both = picked(edge.edge.source) and picked(edge.edge.target)
            edge.setOpacity(1.0 if both else DIMMED)

    def node_moved(self, item: NodeItem) -> None:
        """Lines follow a dragged person; once moved by hand a line runs straight."""
        for edge in self.edges:
            e = edge.edge
            if item.node.id not in (e.source, e.target):
                continue
            source, target = self.nodes[e.source], self.nodes[e.target]
            if e.kind is None:
                manual = [cm.MapNode(n.node.id, n.node.name, n.box, (), True, None)
                          for n in (source, target)]
                edge.set_shapes(cm.tree_line(*manual))
            else:
                edge.set_shapes(cm.relation_line(e.kind, source.box, target.box))

    def node_released(self, item: NodeItem, where: QPointF) -> None:
        target = next((n for n in self.nodes.values()
                       if n is not item and not n.isSelected()
                       and n.box.contains(where.x(), where.y())), None)
        if target is not None:
            item.setPos(item.pressed_at or item.pos())  # a drop, not a move: go back
            self.dropped.emit(item.node.id, target.node.id)
            return
        moved = [n for n in self.nodes.values() if n.isSelected() or n is item]
        self.moved.emit({n.node.id: (n.pos().x(), n.pos().y()) for n in moved})

    def content_rect(self) -> QRectF:
        return self.itemsBoundingRect().adjusted(-cm.MARGIN, -cm.MARGIN, cm.MARGIN, cm.MARGIN)

    def _render(self, painter: QPainter, target: QRectF, source: QRectF) -> None:
        selected = self.selectedItems()
        self.clearSelection()  # the export shows the map, not what is selected
        self.render(painter, target, source)
        for item in selected:
            item.setSelected(True)

    def export_png(self, path: Path, scale: float = 2.0) -> QSize:
        """Write the map as a PNG of ``scale`` pixels per point; returns its size."""
        source = self.content_rect()
        size = QSize(math.ceil(source.width() * scale), math.ceil(source.height() * scale))
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.fill(QColor("#ffffff"))
        painter = QPainter(image)
        self._render(painter, QRectF(0, 0, size.width(), size.height()), source)
        painter.end()
        if not image.save(str(path)):  # PNG by the suffix
            raise OSError(f"could not write {path}")
        return size

    def export_svg(self, path: Path, title: str) -> QSize:
        """Write the map as SVG (vector, text as text), one unit per point."""
        source = self.content_rect()
        size = QSize(math.ceil(source.width()), math.ceil(source.height()))
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(size)
        generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
        generator.setTitle(title)
        painter = QPainter(generator)
        self._render(painter, QRectF(0, 0, size.width(), size.height()), source)
        painter.end()
        return size

