"""The Visits tab: the account's call reports, newest first; log, edit, move to trash."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QPushButton, QTextBrowser

from kadesk.domain.changes import ChangeSet
from kadesk.domain.enums import ListKind, VisitKind
from kadesk.domain.errors import KadeskError
from kadesk.domain.records import Visit, VisitFields
from kadesk.services.app import Kadesk
from kadesk.ui import undo
from kadesk.ui.bus import ChangeBus
from kadesk.ui.labels import DATE_SAMPLE, DATETIME_SAMPLE, Formatter
from kadesk.ui.messages import error_message
from kadesk.ui.record_model import Column, RecordTableModel
from kadesk.ui.record_tab import RecordTab
from kadesk.ui.visit_detail import visit_html
from kadesk.ui.visit_editor import VisitEditor

VISIT_TABLES = ("visit", "visit_contact", "visit_objection")


def visit_changes(before: Visit, after: VisitFields) -> dict[str, Any]:
    """The fields the editor changed, as keyword arguments for VisitService.update."""
    changes = undo.changed_fields(before, after)
    # Whom they met is a set; the editor lists people in its own order.
    if set(changes.get("contact_ids", before.contact_ids)) == set(before.contact_ids):
        changes.pop("contact_ids", None)
    return changes


class VisitsTab(RecordTab[Visit, VisitEditor]):
    def __init__(self, app: Kadesk, fmt: Formatter, bus: ChangeBus, stack: QUndoStack) -> None:
        super().__init__(app, fmt, stack)
        self._names: dict[str, str] = {}
        joiner = self.tr(", ", "between the names of contacts met")
        model = RecordTableModel[Visit]([
            Column(self.tr("When"), lambda v: fmt.datetime(v.occurred_at),
                   sample=DATETIME_SAMPLE),
            Column(self.tr("Kind"), lambda v: fmt.enum(v.kind), width=4,
                   sample=fmt.widest(VisitKind)),
            Column(self.tr("Contacts met"),  # three names side by side, as most visits
                   lambda v: joiner.join(self._names.get(c, "?") for c in v.contact_ids),
                   width=11),
            Column(self.tr("Purpose"), lambda v: v.purpose),
            Column(self.tr("Satisfaction"),
                   lambda v: "★" * v.satisfaction if v.satisfaction else "", width=5),
            Column(self.tr("Follow-up"), self._follow_up_text, warn=self._follow_up_overdue,
                   sample=DATE_SAMPLE + " ✓"),
        ])
        self.new_button = QPushButton(self.tr("&New visit…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Move to trash"))
        self.detail = QTextBrowser()  # the selected visit, read without opening its editor
        self._library = {i.id: i for i in app.lists.items(ListKind.OBJECTION, hidden=True)}
        self.build(model, (self.new_button, self.edit_button, self.delete_button),
                   stretch=3, detail=self.detail)  # the purpose takes the spare width

        self.new_button.clicked.connect(self.new_visit)
        self.edit_button.clicked.connect(self.edit_visit)
        self.delete_button.clicked.connect(self.delete_visit)
        self.view.doubleClicked.connect(lambda _i: self.edit_visit())
        self.view.selectionModel().selectionChanged.connect(self._sync_buttons)
        bus.changed.connect(self._on_changes)
        self.set_account(None)

    # -- what is shown -------------------------------------------------------
    def reload(self) -> None:
        selected = self.selected()
        if self.account_id is None:
            self._names = {}
            self.model.set_records([])
        else:
            # Trashed contacts too: a visit still names whom it met.
            self._names = {c.id: c.name for deleted in (False, True)
                           for c in self.app.contacts.of_account(self.account_id,
                                                                 deleted=deleted)}
            self.model.set_records(self.app.visits.of_account(self.account_id))
        if selected is not None:
            self.select(selected.id)
        self._sync_buttons()

    def _follow_up_text(self, v: Visit) -> str:
        if v.follow_up_date is None:
            return ""
        text = self.fmt.date(v.follow_up_date)
        return f"{text} ✓" if v.follow_up_done else text

    def _follow_up_overdue(self, v: Visit) -> bool:
        return (v.follow_up_date is not None and not v.follow_up_done
                and v.follow_up_date < self.app.today())

    def _sync_buttons(self) -> None:
        chosen = self.selected()
        self.edit_button.setEnabled(chosen is not None)
        self.delete_button.setEnabled(chosen is not None)
        self.detail.setHtml(visit_html(chosen, self.fmt, self._names, self._library)
                            if chosen is not None else "")

    def _on_changes(self, changes: ChangeSet, _initiator: object) -> None:
        if self.account_id is None:
            return
        if any(changes.touches(t) for t in VISIT_TABLES):
            touched = self.app.visits.accounts_touched(changes)
            if touched is None or self.account_id in touched:
                self.reload()
                return
        if any(changes.affects("contact", c) for c in self._names):  # a name shown edited
            self.reload()

    # -- commands ------------------------------------------------------------
    def new_visit(self) -> None:
        """Open the editor for a new visit to the current account (the New visit action)."""
        if self.account_id is None:
            return
        account_id = self.account_id
        editor: VisitEditor | None = None

        def save(fields: VisitFields) -> None:
            assert editor is not None
            # One undo step: the visit, the follow-ups it settles, the attitudes it changed.
            step = undo.Group(self.tr("Log visit of {date}").format(
                date=self.fmt.datetime(fields.occurred_at)))
            saved = undo.create(step, step.text(), self.app.visits,
                                lambda: self.app.visits.create(fields))  # refused: raises
            self._side_effects(step, editor, editor.settles())
            self.stack.push(step)
            self.select(saved.record.id)

        editor = VisitEditor(self.app, self.fmt, account_id, None, save, self)
        self.open_editor(editor)

    def _side_effects(self, step: undo.Group, editor: VisitEditor,
                      settled: list[Visit]) -> None:
        """What a visit's editor changes besides the visit: follow-ups it settles, and
        the attitude of the people met. The visit is saved by now: one of these
        refused (changed meanwhile by an import) is said, and the others go on."""
        failed: list[str] = []
        for earlier in settled:
            try:
                undo.update(step, "", self.app.visits, self.app.visits.get(earlier.id),
                            {"follow_up_done": True})
            except KadeskError as error:
                failed.append(error_message(error))
        for contact_id, attitude in editor.attitude_changes().items():
            try:
                undo.update(step, "", self.app.contacts, self.app.contacts.get(contact_id),
                            {"attitude": attitude})
            except KadeskError as error:
                failed.append(error_message(error))
        if failed:
            QMessageBox.warning(self, self.tr("Visit saved"), "\n".join(failed))

    def edit_visit(self) -> None:
        chosen = self.selected()
        if chosen is None or self.account_id is None:
            return
        before = self.app.visits.get(chosen.id)  # fresh: the row may be stale
        editor: VisitEditor | None = None

        def save(fields: VisitFields) -> None:
            assert editor is not None
            step = undo.Group(self.tr("Edit visit of {date}").format(
                date=self.fmt.datetime(fields.occurred_at)))
            undo.update(step, step.text(), self.app.visits, before,
                        visit_changes(before, fields))  # refused: raises
            self._side_effects(step, editor, [])
            if step.commands:
                self.stack.push(step)

        editor = VisitEditor(self.app, self.fmt, self.account_id, before, save, self)
        self.open_editor(editor)

    def delete_visit(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        undo.trash(self.stack, self.tr("Move visit of {date} to trash").format(
            date=self.fmt.datetime(chosen.occurred_at)), self.app.visits, chosen.id)
