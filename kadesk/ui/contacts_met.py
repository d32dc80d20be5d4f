"""Whom the rep met at a visit, ticked from the account's people, and how each of them
stands towards us now (the attitude on the contact map), both from the keyboard:
Space ticks, Right then F2 (or typing) changes the attitude."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from kadesk.domain.enums import Attitude
from kadesk.domain.records import Contact
from kadesk.ui.forms import EnumCombo
from kadesk.ui.labels import Formatter

Index = QModelIndex | QPersistentModelIndex
WHO, ATTITUDE = 0, 1


class ContactsMetModel(QAbstractTableModel):
    """The account's live contacts: ticked when met at this visit; attitude editable."""

    def __init__(self, contacts: list[Contact], fmt: Formatter, met: tuple[str, ...]) -> None:
        super().__init__()
        self.contacts = contacts
        self.fmt = fmt
        self._met = set(met)
        self._attitudes: dict[str, Attitude] = {}  # changed here, by contact id

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.contacts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Met") if section == WHO else self.tr("Attitude to us now")
        return None

    def attitude(self, row: int) -> Attitude:
        contact = self.contacts[row]
        return self._attitudes.get(contact.id, contact.attitude)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        c = self.contacts[index.row()]
        if index.column() == ATTITUDE:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.fmt.enum(self.attitude(index.row()))
            if role == Qt.ItemDataRole.EditRole:
                return self.attitude(index.row())
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return " · ".join(p for p in (c.name, c.title, self.fmt.enum(c.buying_role)) if p)
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if c.id in self._met else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return c.department
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)
        if index.column() == ATTITUDE:
            return base | Qt.ItemFlag.ItemIsEditable
        return base | Qt.ItemFlag.ItemIsUserCheckable

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        contact = self.contacts[index.row()]
        if index.column() == ATTITUDE and role == Qt.ItemDataRole.EditRole:
            attitude = next((a for a in Attitude if a == value), None)  # Qt hands back a str
            if attitude is None:
                return False
            if attitude == contact.attitude:
                self._attitudes.pop(contact.id, None)
            else:
                self._attitudes[contact.id] = attitude
        elif index.column() == WHO and role == Qt.ItemDataRole.CheckStateRole:
            if Qt.CheckState(value) == Qt.CheckState.Checked:
                self._met.add(contact.id)
            else:
                self._met.discard(contact.id)
        else:
            return False
        self.dataChanged.emit(index, index, [role])
        return True

    def met_ids(self) -> tuple[str, ...]:
        # Someone met and moved to the trash since is not listed, yet was met: keep them.
        listed = {c.id for c in self.contacts}
        return (tuple(c.id for c in self.contacts if c.id in self._met)
                + tuple(sorted(self._met - listed)))

    def attitude_changes(self) -> dict[str, Attitude]:
        """Contact id -> the attitude chosen here, for those changed."""
        return dict(self._attitudes)


class AttitudeDelegate(QStyledItemDelegate):
    def __init__(self, fmt: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fmt = fmt

    def createEditor(self, parent: QWidget, _option: QStyleOptionViewItem,  # noqa: N802
                     _index: Index) -> QWidget:
        return EnumCombo(Attitude, self.fmt, parent=parent)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, EnumCombo)
        editor.set_value(index.data(Qt.ItemDataRole.EditRole))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, EnumCombo)
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


def contacts_met_view(model: ContactsMetModel, fmt: Formatter) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setItemDelegateForColumn(ATTITUDE, AttitudeDelegate(fmt, view))
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                         | QAbstractItemView.EditTrigger.EditKeyPressed
                         | QAbstractItemView.EditTrigger.AnyKeyPressed)
    view.setTabKeyNavigation(False)  # Tab leaves the list for the next field
    view.verticalHeader().hide()
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(WHO, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(ATTITUDE, QHeaderView.ResizeMode.ResizeToContents)
    if model.rowCount():
        view.setCurrentIndex(model.index(0, WHO))  # Space ticks the first at once
    return view
