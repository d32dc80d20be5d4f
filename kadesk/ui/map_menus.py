"""Context menus of the contact map: what a right-click on a person, or on the
background, offers. Each action calls the tab's undoable edit."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from kadesk.domain.enums import Attitude, BuyingRole, Influence, Labelled, RelationKind

if TYPE_CHECKING:
    from kadesk.ui.map_tab import ContactMapTab

translate = QCoreApplication.translate  # lupdate reads translate("ContactMapTab", ...) calls


def _choices(menu: QMenu, title: str, options: Iterable[tuple[str, object]], current: object,
             choose: Callable[[object], object]) -> None:
    sub = menu.addMenu(title)
    for text, value in options:
        action = sub.addAction(text)
        action.setCheckable(True)
        action.setChecked(value == current)
        action.triggered.connect(partial(_chosen, choose, value))


def _chosen(choose: Callable[[object], object], value: object, _checked: bool = False) -> None:
    choose(value)


def _labelled(tab: ContactMapTab, members: Iterable[Labelled]) -> list[tuple[str, object]]:
    return [(tab.fmt.enum(m), m) for m in members]


def node_menu(tab: ContactMapTab, contact_id: str) -> QMenu:
    contact = tab.contacts[contact_id]
    menu = QMenu(tab)
    menu.addAction(translate("ContactMapTab", "Edit contact…"),
                   lambda: tab.edit_contact(contact_id))
    menu.addSeparator()

    def setter(name: str) -> Callable[[object], object]:
        return lambda value: tab.update_contact(contact_id, **{name: value})

    _choices(menu, translate("ContactMapTab", "Buying role"),
             [("—", None), *_labelled(tab, BuyingRole)], contact.buying_role,
             setter("buying_role"))
    _choices(menu, translate("ContactMapTab", "Attitude"), _labelled(tab, Attitude),
             contact.attitude, setter("attitude"))
    _choices(menu, translate("ContactMapTab", "Influence"), _labelled(tab, Influence),
             contact.influence, setter("influence"))
    _choices(menu, translate("ContactMapTab", "Relationship strength"),
             [(str(n), n) for n in range(1, 6)], contact.strength, setter("strength"))
    nobody = menu.addAction(translate("ContactMapTab", "Reports to nobody"),
                            lambda: tab.set_manager(contact_id, None))
    nobody.setEnabled(contact.reports_to_id is not None)
    menu.addSeparator()
    others = [c for c in tab.contacts.values() if c.id != contact_id]
    link = menu.addMenu(translate("ContactMapTab", "Add relation"))
    link.setEnabled(bool(others))
    for kind in RelationKind:
        sub = link.addMenu(tab.fmt.enum(kind))
        for other in others:
            sub.addAction(other.name, partial(tab.add_relation, contact_id, other.id, kind))
    mine = [r for r in tab.relations if contact_id in (r.from_contact_id, r.to_contact_id)]
    unlink = menu.addMenu(translate("ContactMapTab", "Remove relation"))
    unlink.setEnabled(bool(mine))
    for relation in mine:
        other_id = (relation.to_contact_id if relation.from_contact_id == contact_id
                    else relation.from_contact_id)
        unlink.addAction(f"{tab.fmt.enum(relation.kind)}: {tab.contacts[other_id].name}",
                         partial(tab.remove_relation, relation.id))
    menu.addSeparator()
    _common(tab, menu)
    return menu


def background_menu(tab: ContactMapTab) -> QMenu:
    menu = QMenu(tab)
    _common(tab, menu)
    menu.addAction(translate("ContactMapTab", "Fit to window"), partial(tab.fit))
    return menu


def _common(tab: ContactMapTab, menu: QMenu) -> None:
    menu.addAction(translate("ContactMapTab", "Add contact…"), tab.add_contact)
    menu.addAction(translate("ContactMapTab", "Re-layout"), tab.relayout)
