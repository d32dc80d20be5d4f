"""The Contact map tab: the account's buying centre as an org chart, edited in place.

Every edit goes through the services as an undoable command; the change bus
then redraws the map and the contacts table alike, so the two never disagree.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPainter, QShowEvent, QUndoStack, QWheelEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGraphicsView,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kadesk.domain import contact_map as cm
from kadesk.domain.changes import ChangeSet
from kadesk.domain.enums import RelationKind
from kadesk.domain.errors import KadeskError
from kadesk.domain.records import Contact, ContactRelation, ContactRelationFields
from kadesk.services.app import Kadesk
from kadesk.ui import undo
from kadesk.ui.bus import ChangeBus
from kadesk.ui.contacts_tab import edit_contact
from kadesk.ui.labels import Formatter
from kadesk.ui.map_menus import background_menu, node_menu
from kadesk.ui.map_scene import MapScene, NodeItem
from kadesk.ui.messages import error_message

ZOOM_STEP = 1.25
ZOOM_RANGE = (0.15, 4.0)
# Opening an account shows the whole map if it stays readable at this scale or more.
READABLE_SCALE = 0.65


class MapView(QGraphicsView):
    """Pans by dragging the background; Ctrl+wheel zooms."""

    def __init__(self, scene: MapScene) -> None:
        super().__init__(scene)
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def scale_factor(self) -> float:
        return self.transform().m11()

    def zoom(self, factor: float) -> None:
        low, high = ZOOM_RANGE
        factor = max(low, min(high, self.scale_factor() * factor)) / self.scale_factor()
        self.scale(factor, factor)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP)
            event.accept()
            return
        super().wheelEvent(event)


class ContactMapTab(QWidget):
    def __init__(self, app: Kadesk, fmt: Formatter, bus: ChangeBus, stack: QUndoStack) -> None:
        super().__init__()
        self.app, self.fmt, self.stack = app, fmt, stack
        self.account_id: str | None = None
        self._stale = False  # changed while hidden: redrawn when next shown
        self._fit_when_shown = False
        self.contacts: dict[str, Contact] = {}
        self.relations: list[ContactRelation] = []
        self.scene = MapScene(self)  # owned by the tab: deleted with it, before the app
        self.view = MapView(self.scene)
        self.add_button = QPushButton(self.tr("&Add contact…"))
        self.relayout_button = QPushButton(self.tr("Re-layout"))
        self.relayout_button.setToolTip(self.tr("Put everyone back in the automatic layout"))
        self.zoom_in_button = QPushButton(self.tr("Zoom in"))
        self.zoom_out_button = QPushButton(self.tr("Zoom out"))
        self.fit_button = QPushButton(self.tr("Fit to window"))
        self.highlight = QComboBox()
        for text, value in ((self.tr("Everyone"), cm.Highlight.ALL),
                            (self.tr("Decision makers"), cm.Highlight.DECISION_MAKERS),
                            (self.tr("Opponents"), cm.Highlight.OPPONENTS),
                            (self.tr("Not met in 90 days"), cm.Highlight.NOT_MET)):
            self.highlight.addItem(text, value)
        self.highlight.setToolTip(self.tr("Highlight only these people"))
        self.export_button = QPushButton(self.tr("Export…"))
        row = QHBoxLayout()
        for widget in (self.add_button, self.relayout_button, self.zoom_in_button,
                       self.zoom_out_button, self.fit_button):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.highlight)
        row.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)

        self.add_button.clicked.connect(self.add_contact)
        self.relayout_button.clicked.connect(self.relayout)
        self.zoom_in_button.clicked.connect(lambda: self.view.zoom(ZOOM_STEP))
        self.zoom_out_button.clicked.connect(lambda: self.view.zoom(1 / ZOOM_STEP))
        self.fit_button.clicked.connect(lambda _checked=False: self.fit())
        self.highlight.currentIndexChanged.connect(lambda _i: self._apply_highlight())
        self.export_button.clicked.connect(self.export)
        self.view.customContextMenuRequested.connect(self._context_menu)
        # Queued: a drag's write redraws the scene, which must not happen inside the
        # mouse handler of the item being redrawn.
        self.scene.moved.connect(self.place, Qt.ConnectionType.QueuedConnection)
        self.scene.dropped.connect(self.set_manager, Qt.ConnectionType.QueuedConnection)
        bus.changed.connect(self._on_changes)

    # -- showing -------------------------------------------------------------
    def set_account(self, account_id: str | None) -> None:
        self.account_id = account_id
        self.setEnabled(account_id is not None)
        self._refresh(fit=True)

    def _refresh(self, *, fit: bool = False) -> None:
        """Redraw now if the map is on screen; otherwise when it is next shown (opening
        an account should not pay for a tab nobody is looking at)."""
        if not self.isVisible():
            self._stale, self._fit_when_shown = True, fit or (self._stale and self._fit_when_shown)
            return
        self._stale = False
        self.reload()
        if fit:
            self.fit(READABLE_SCALE)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self._refresh(fit=self._fit_when_shown)

    def reload(self) -> None:
        if self.account_id is None:
            self.contacts, self.relations = {}, []
        else:
            self.contacts = {c.id: c for c in self.app.contacts.of_account(self.account_id)}
            self.relations = self.app.relations.of_account(self.account_id)
        drawn = (self.app.contacts.as_drawn(self.account_id, list(self.contacts.values()))
                 if self.account_id else [])
        self.scene.show_drawing(cm.build_map(drawn, self.relations,
                                             now=datetime.now(UTC),
                                             language=self.fmt.language))
        self._apply_highlight()

    def _on_changes(self, changes: ChangeSet, _initiator: object) -> None:
        if self.account_id and any(changes.touches(t) for t in
                                   ("contact", "contact_relation", "visit", "visit_contact")):
            self._refresh()

    def _apply_highlight(self) -> None:
        chosen = self.highlight.currentData() or cm.Highlight.ALL
        now = datetime.now(UTC)
        self.scene.highlight(lambda cid: cm.highlighted(self.contacts[cid], chosen, now))

    def fit(self, least: float | None = None) -> None:
        """Show the whole map, never enlarged past 100 %; with ``least``, never shrunk
        below it either (then the top left shows, and the rest is a pan away)."""
        self.view.resetTransform()
        rect = self.scene.content_rect()
        viewport = self.view.viewport().rect()
        scale = min(1.0, viewport.width() / max(1.0, rect.width()),
                    viewport.height() / max(1.0, rect.height()))
        if least is not None:
            scale = max(scale, least)
        self.view.scale(scale, scale)
        self.view.centerOn(rect.center())
        if least is not None:
            self.view.ensureVisible(rect.left(), rect.top(), 1, 1, 0, 0)

    def _context_menu(self, pos: QPoint) -> None:
        item = self.view.itemAt(pos)
        menu = (node_menu(self, item.node.id) if isinstance(item, NodeItem)
                else background_menu(self))
        menu.exec(self.view.viewport().mapToGlobal(pos))

    # -- editing (each an undoable service call) -----------------------------
    def _guard(self, action: Any) -> bool:
        try:
            action()
        except KadeskError as error:
            self.reload()  # put a refused drag back where it was
            self.warn(error_message(error))
            return False
        return True

    def warn(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Contact map"), text)

    def update_contact(self, contact_id: str, **changes: Any) -> bool:
        contact = self.contacts[contact_id]
        return self._guard(lambda: undo.update(
            self.stack, self.tr("Edit {name}").format(name=contact.name), self.app.contacts,
            contact, {k: v for k, v in changes.items() if getattr(contact, k) != v},
            report=self.warn))

    def set_manager(self, contact_id: str, manager_id: str | None) -> bool:
        """Dropping someone onto a manager; a loop is refused with the services' message."""
        return self.update_contact(contact_id, reports_to_id=manager_id)

    def place(self, positions: dict[str, tuple[float, float] | None]) -> bool:
        before = {cid: (None if c.map_x is None or c.map_y is None else (c.map_x, c.map_y))
                  for cid, c in self.contacts.items() if cid in positions}
        if all(before[cid] == spot for cid, spot in positions.items()):
            return True
        text = self.tr("Move {name}").format(name=self.contacts[next(iter(positions))].name)
        return self._guard(lambda: undo.run(self.stack, text,
                                            lambda: self.app.contacts.place(positions),
                                            lambda _r: self.app.contacts.place(before)))

    def relayout(self) -> bool:
        """Everyone back to the automatic layout (one step to undo)."""
        placed = [cid for cid, c in self.contacts.items() if c.map_x is not None]
        if not placed:
            return True
        before = {cid: (self.contacts[cid].map_x or 0.0, self.contacts[cid].map_y or 0.0)
                  for cid in placed}
        return self._guard(lambda: undo.run(
            self.stack, self.tr("Re-layout the contact map"),
            lambda: self.app.contacts.place(dict.fromkeys(placed)),
            lambda _r: self.app.contacts.place(before)))

    def add_relation(self, from_id: str, to_id: str, kind: RelationKind) -> bool:
        assert self.account_id is not None
        fields = ContactRelationFields(account_id=self.account_id, from_contact_id=from_id,
                                       to_contact_id=to_id, kind=kind)
        return self._guard(lambda: undo.create(
            self.stack, self.tr("Link {a} and {b}").format(
                a=self.contacts[from_id].name, b=self.contacts[to_id].name),
            self.app.relations, lambda: self.app.relations.create(fields)))

    def remove_relation(self, relation_id: str) -> bool:
        return self._guard(lambda: undo.trash(self.stack, self.tr("Remove a relation"),
                                              self.app.relations, relation_id))

    def add_contact(self) -> None:
        if self.account_id is not None:
            edit_contact(self, self.app, self.fmt, self.stack, account_id=self.account_id,
                         contact=None)

    def edit_contact(self, contact_id: str) -> None:
        if self.account_id is not None:
            edit_contact(self, self.app, self.fmt, self.stack, account_id=self.account_id,
                         contact=self.contacts[contact_id])

    # -- export --------------------------------------------------------------
    def export(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export the contact map"), self.tr("contact-map"),
            self.tr("PNG image (*.png);;SVG drawing (*.svg)"))
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".png", ".svg"):
            target = target.with_suffix(".svg" if "svg" in chosen.lower() else ".png")
        try:
            self.export_to(target)
        except OSError as error:
            self.warn(str(error))

    def export_to(self, path: Path) -> None:
        """PNG or SVG by the file's suffix."""
        if path.suffix.lower() == ".svg":
            self.scene.export_svg(path, self.tr("Contact map"))
        else:
            self.scene.export_png(path)
