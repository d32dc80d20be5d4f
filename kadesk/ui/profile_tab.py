"""The Profile tab: the account's fields with save and revert, and its sites."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kadesk.domain.changes import ChangeSet
from kadesk.domain.errors import KadeskError, ValidationError
from kadesk.domain.records import Account, Site, SiteFields
from kadesk.services.app import Kadesk
from kadesk.ui import undo
from kadesk.ui.account_form import AccountForm
from kadesk.ui.bus import ChangeBus
from kadesk.ui.forms import ERROR_STYLE
from kadesk.ui.labels import Formatter
from kadesk.ui.messages import error_message
from kadesk.ui.record_model import Column, RecordTableModel, record_table
from kadesk.ui.site_dialog import SiteDialog


class ProfileTab(QWidget):
    dirty_changed = Signal(bool)

    def __init__(self, app: Kadesk, fmt: Formatter, bus: ChangeBus, stack: QUndoStack) -> None:
        super().__init__()
        self.app, self.fmt, self.stack = app, fmt, stack
        self.account: Account | None = None
        self._dirty = False
        self.form = AccountForm(app, fmt)
        self.save_button = QPushButton(self.tr("&Save"))
        self.revert_button = QPushButton(self.tr("&Revert"))
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        sites_box = self._build_sites(fmt)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.form, 1)
        top_layout.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(sites_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(split)

        self.form.edited.connect(lambda: self._set_dirty(True))
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        bus.changed.connect(self._on_changes)
        self._set_dirty(False)

    # -- the account ---------------------------------------------------------
    def _build_sites(self, fmt: Formatter) -> QWidget:
        self.sites = RecordTableModel[Site]([
            Column(self.tr("Site"), lambda s: s.name, width=12),
            Column(self.tr("Kind"), lambda s: fmt.enum(s.kind), width=4),
            Column(self.tr("City"), lambda s: s.city),
            Column(self.tr("Address"), lambda s: s.address),
        ])
        self.sites_view = record_table(self.sites)
        add_site = QPushButton(self.tr("Add site…"))
        edit_site = QPushButton(self.tr("Edit site…"))
        delete_site = QPushButton(self.tr("Delete site"))
        site_buttons = QHBoxLayout()
        site_buttons.addWidget(QLabel(self.tr("Sites")), 1)
        for b in (add_site, edit_site, delete_site):
            site_buttons.addWidget(b)
        sites_box = QWidget()
        sites_layout = QVBoxLayout(sites_box)
        sites_layout.setContentsMargins(0, 0, 0, 0)
        sites_layout.addLayout(site_buttons)
        sites_layout.addWidget(self.sites_view)
        add_site.clicked.connect(lambda: self._edit_site(None))
        edit_site.clicked.connect(lambda: self._edit_site(self._selected_site()))
        self.sites_view.doubleClicked.connect(lambda _i: self._edit_site(self._selected_site()))
        delete_site.clicked.connect(self._delete_site)
        return sites_box

    def set_account(self, account: Account | None) -> None:
        self.account = account
        self.setEnabled(account is not None)
        if account is not None:
            self.form.set_fields(account)
            self.sites.set_records(self.app.accounts.sites(account.id))
        self.message.clear()
        self._set_dirty(False)

    def has_unsaved(self) -> bool:
        return self._dirty

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self.dirty_changed.emit(dirty)

    def save(self) -> bool:
        """Save the form; on refusal show why beside each field and keep the edits."""
        if self.account is None or not self._dirty:
            return True
        before = self.account
        try:
            after = self.form.fields()
            undo.update(self.stack, self.tr("Edit {name}").format(name=after.name),
                        self.app.accounts, before, undo.changed_fields(before, after),
                        report=self.message.setText)
        except ValidationError as error:
            self.message.setText(" ".join(self.form.show_errors(error))
                                 or self.tr("Please correct the fields marked in red."))
            return False
        except KadeskError as error:
            self.message.setText(error_message(error))
            return False
        self.message.clear()
        self.form.form.clear_errors()
        # As stored now: an import may have changed other fields while these were edited.
        self.set_account(self.app.accounts.get(before.id))
        return True

    def revert(self) -> None:
        self.set_account(self.account)

    def _on_changes(self, changes: ChangeSet, _initiator: object) -> None:
        if self.account is None:
            return
        if changes.affects("account", self.account.id) and not self._dirty:
            self.set_account(self.app.accounts.get(self.account.id))
        elif changes.touches("site"):
            self.sites.set_records(self.app.accounts.sites(self.account.id))

    # -- sites ---------------------------------------------------------------
    def _selected_site(self) -> Site | None:
        rows = self.sites_view.selectionModel().selectedRows()
        return self.sites.record(rows[0].row()) if rows else None

    def _edit_site(self, site: Site | None) -> None:
        if self.account is None:
            return
        account_id = self.account.id

        def save(fields: SiteFields) -> None:
            if site is None:
                undo.create(self.stack, self.tr("Add site {name}").format(name=fields.name),
                            self.app.sites, lambda: self.app.sites.create(fields))
            else:
                undo.update(self.stack, self.tr("Edit site {name}").format(name=fields.name),
                            self.app.sites, site, undo.changed_fields(site, fields))

        SiteDialog(self.fmt, account_id, site, save, self).exec()

    def _delete_site(self) -> None:
        site = self._selected_site()
        if site is None:
            return
        undo.trash(self.stack, self.tr("Delete site {name}").format(name=site.name),
                   self.app.sites, site.id)
