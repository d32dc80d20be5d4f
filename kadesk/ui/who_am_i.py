"""Who the rep at this computer is: picked from the team's reps (the owners named on
accounts and visits) or typed. A local setting: it decides whose agenda shows first
and signs new visits; it is also the name on printed reports."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kadesk.services.app import Kadesk


def team_reps(app: Kadesk) -> list[str]:
    """Every rep the data names: owners of accounts and of visits."""
    return sorted(set(app.accounts.owners()) | set(app.visits.owners()))


def rep_picker(app: Kadesk, current: str) -> QComboBox:
    """An editable list of the team's reps: pick one, or type a name."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.addItems(team_reps(app))
    combo.setCurrentText(current)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    return combo


class WhoAmIDialog(QDialog):
    def __init__(self, app: Kadesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.setWindowTitle(self.tr("Who are you?"))
        self.rep = rep_picker(app, str(app.settings.get("rep_name")))
        if not self.rep.currentText():
            self.rep.setCurrentIndex(-1)
        explain = QLabel(self.tr(
            "Your name as the team's accounts and visits give it. Your agenda then shows "
            "your own follow-ups and accounts first, and new visits are signed with it. "
            "Change it later in File → Preferences."))
        explain.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.rep)
        layout.addWidget(buttons)
        self.rep.setFocus()

    def accept(self) -> None:
        name = self.rep.currentText().strip()
        if name:
            self.app.settings.set(rep_name=name)
        super().accept()
