"""The filter bar above the account list: search text, lists, and two flags."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLineEdit, QWidget

from kadesk.domain.enums import AccountType, Labelled, ListKind, Region, RelationshipStage, Tier
from kadesk.domain.queries import AccountFilter
from kadesk.services.app import Kadesk
from kadesk.ui.labels import Formatter

# Typing pauses shorter than this are one search: keeps the list calm while typing.
SEARCH_DELAY_MS = 120


class FilterBar(QWidget):
    changed = Signal(object)  # AccountFilter
    searched = Signal(str)  # the search text, once typing pauses (or on Enter)
    entered = Signal()  # Enter in the search box

    def __init__(self, app: Kadesk, fmt: Formatter) -> None:
        super().__init__()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr(
            "Search (Ctrl+K): name, pinyin, initials, phone, proposal number…"))
        self.search.setClearButtonEnabled(True)
        self.tier = self._combo(self.tr("All tiers"), Tier, fmt)
        self.type = self._combo(self.tr("All types"), AccountType, fmt)
        self.region = self._combo(self.tr("All regions"), Region, fmt)
        self.stage = self._combo(self.tr("All stages"), RelationshipStage, fmt)
        self.industry = QComboBox()
        self.industry.addItem(self.tr("All industries"), None)
        for item in app.lists.items(ListKind.INDUSTRY):
            self.industry.addItem(item.label(fmt.language), item.id)
        self.owner = QComboBox()
        self.owner.addItem(self.tr("All reps"), None)
        for owner in app.accounts.owners():
            self.owner.addItem(owner, owner)
        self.overdue = QCheckBox(self.tr("Overdue for a visit"))
        self.follow_up = QCheckBox(self.tr("Follow-up due"))

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.search, 0, 0, 1, 3)
        for i, widget in enumerate((self.tier, self.type, self.region,
                                    self.industry, self.stage, self.owner)):
            grid.addWidget(widget, 1 + i // 3, i % 3)
        grid.addWidget(self.overdue, 3, 0, 1, 2)
        grid.addWidget(self.follow_up, 3, 2)

        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._searched)
        self.search.returnPressed.connect(self._entered)
        self.search.textChanged.connect(self._debounce.start)
        for combo in (self.tier, self.type, self.region, self.industry, self.stage, self.owner):
            combo.currentIndexChanged.connect(self.flush)
        self.overdue.toggled.connect(self.flush)
        self.follow_up.toggled.connect(self.flush)

    @staticmethod
    def _combo(everything: str, enum: type[Labelled], fmt: Formatter) -> QComboBox:
        combo = QComboBox()
        combo.addItem(everything, None)
        for member in enum:
            combo.addItem(fmt.enum(member), member)
        return combo

    def value(self) -> AccountFilter:
        def chosen(combo: QComboBox) -> frozenset:
            data = combo.currentData()
            return frozenset() if data is None else frozenset({data})

        return AccountFilter(
            text=self.search.text(), tiers=chosen(self.tier), types=chosen(self.type),
            regions=chosen(self.region), industry_ids=chosen(self.industry),
            stages=chosen(self.stage), owners=chosen(self.owner),
            overdue=self.overdue.isChecked(), follow_up_due=self.follow_up.isChecked())

    def flush(self) -> None:
        """Apply the filter now rather than when typing pauses."""
        self._debounce.stop()
        self.changed.emit(self.value())

    def _searched(self) -> None:
        self.flush()
        self.searched.emit(self.search.text())

    def _entered(self) -> None:
        """Enter: search now, then on to the results."""
        self._searched()
        self.entered.emit()
