"""The Contact map tab, driven as a rep would: read the map, edit people from it, drag
them around, link them, filter, export; the contacts table and the store follow."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMenu, QMessageBox

from kadesk.domain.enums import AccountType, Attitude, BuyingRole, Influence, RelationKind, Tier
from kadesk.domain.records import AccountFields, ContactFields, VisitFields
from kadesk.services.app import Kadesk
from kadesk.ui.contact_dialog import ContactDialog
from kadesk.ui.main_window import MainWindow
from kadesk.ui.map_menus import node_menu
from kadesk.ui.map_scene import DIMMED
from kadesk.ui.map_tab import ContactMapTab
from tests.ui.dialogs import answer_dialog

pytestmark = pytest.mark.gui


@pytest.fixture
def people(app: Kadesk) -> dict[str, str]:
    account = app.accounts.create(AccountFields(name="华为技术有限公司", tier=Tier.A,
                                                account_type=AccountType.STRATEGIC)).record.id
    made = {"account": account}

    def add(name: str, manager: str | None = None, **kw: object) -> None:
        made[name] = app.contacts.create(ContactFields(
            account_id=account, name=name, reports_to_id=made.get(manager or ""),
            **kw)).record.id  # type: ignore[arg-type]

    add("张伟", title="总经理", buying_role=BuyingRole.DECISION_MAKER, influence=Influence.HIGH)
    add("李娜", "张伟", title="IT 总监", attitude=Attitude.OPPONENT)
    add("王芳", "张伟", title="采购经理", buying_role=BuyingRole.PURCHASER)
    add("刘洋", "李娜", title="工程师")
    app.visits.create(VisitFields(account_id=account, occurred_at=datetime.now(UTC)
                                  - timedelta(days=3), contact_ids=(made["张伟"],)))
    return made


@pytest.fixture
def window(qtbot, app: Kadesk, people: dict[str, str]) -> MainWindow:
    shown = MainWindow(app, "en_US")
    qtbot.addWidget(shown)
    shown.resize(1200, 800)
    shown.show()
    shown.open_account(people["account"])
    shown.workspace.tabs.setCurrentWidget(shown.workspace.contact_map)
    return shown


def tab(window: MainWindow) -> ContactMapTab:
    return window.workspace.contact_map


def table_row(window: MainWindow, name: str) -> list[str]:
    model = window.workspace.contacts.model
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == name:
            return [model.index(row, c).data() for c in range(model.columnCount())]
    raise AssertionError(name)


def trigger(menu: QMenu, *path: str) -> None:
    """Click a menu entry by its path of titles, as a user would through submenus."""
    for action in menu.actions():
        if action.text() != path[0]:
            continue
        if len(path) == 1:
            action.trigger()
            return
        trigger(action.menu(), *path[1:])  # type: ignore[arg-type]
        return
    raise AssertionError(f"no {path[0]!r} in {[a.text() for a in menu.actions()]}")


def test_the_tab_sits_between_contacts_and_visits(window: MainWindow) -> None:
    tabs = window.workspace.tabs
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert titles.index("Contact map") == titles.index("Contacts") + 1
    assert titles.index("Visits") == titles.index("Contact map") + 1


def test_one_box_per_contact_with_the_tree_and_not_met_marks(window: MainWindow,
                                                            people: dict[str, str]) -> None:
    scene = tab(window).scene
    assert {item.node.name for item in scene.nodes.values()} == {"张伟", "李娜", "王芳", "刘洋"}
    lines = {(e.edge.source, e.edge.target) for e in scene.edges}
    assert lines == {(people["张伟"], people["李娜"]), (people["张伟"], people["王芳"]),
                     (people["李娜"], people["刘洋"])}
    boss, it = scene.nodes[people["张伟"]], scene.nodes[people["李娜"]]
    assert boss.pos().y() < it.pos().y()

    def marked(contact: str) -> bool:
        return any(getattr(s, "text", "") == "!" for s in scene.nodes[people[contact]].node.shapes)

    assert not marked("张伟") and marked("李娜")  # met 3 days ago / never


def test_change_attitude_from_the_menu_updates_store_and_table_and_undoes(
        window: MainWindow, app: Kadesk, people: dict[str, str]) -> None:
    trigger(node_menu(tab(window), people["王芳"]), "Attitude", "Supporter")
    assert app.contacts.get(people["王芳"]).attitude == Attitude.SUPPORTER
    assert table_row(window, "王芳")[3] == "Supporter"
    trigger(node_menu(tab(window), people["王芳"]), "Buying role", "Coach")
    trigger(node_menu(tab(window), people["王芳"]), "Influence", "High")
    trigger(node_menu(tab(window), people["王芳"]), "Relationship strength", "5")
    again = app.contacts.get(people["王芳"])
    assert (again.buying_role, again.influence, again.strength) == (
        BuyingRole.COACH, Influence.HIGH, 5)
    assert "Coach" in [getattr(s, "text", "") for s in
                          tab(window).scene.nodes[people["王芳"]].node.shapes]
    for _ in range(4):
        window.stack.undo()
    assert app.contacts.get(people["王芳"]).attitude == Attitude.NEUTRAL
    assert table_row(window, "王芳")[3] == "Neutral"


def test_table_edits_show_on_the_map(window: MainWindow, app: Kadesk,
                                     people: dict[str, str]) -> None:
    app.contacts.update(people["刘洋"], name="刘洋洋", reports_to_id=people["王芳"])
    scene = tab(window).scene
    assert scene.nodes[people["刘洋"]].node.name == "刘洋洋"
    assert (people["王芳"], people["刘洋"]) in {(e.edge.source, e.edge.target)
                                              for e in scene.edges}



def test_edits_made_while_the_map_is_hidden_show_when_it_is_opened(
        window: MainWindow, app: Kadesk, people: dict[str, str]) -> None:
    window.workspace.tabs.setCurrentWidget(window.workspace.contacts)
    app.contacts.update(people["刘洋"], name="刘洋洋")
    window.workspace.tabs.setCurrentWidget(window.workspace.contact_map)
    assert tab(window).scene.nodes[people["刘洋"]].node.name == "刘洋洋"

def drop(qtbot, window: MainWindow, who: str, onto: str) -> None:
    scene = tab(window).scene
    item, target = scene.nodes[who], scene.nodes[onto]
    item.pressed_at = item.pos()
    centre = target.box.x + target.box.w / 2, target.box.y + target.box.h / 2
    item.setPos(centre[0] - 10, centre[1] - 10)
    scene.node_released(item, QPointF(*centre))


def test_drop_onto_a_manager_sets_reports_to(qtbot, window: MainWindow, app: Kadesk,
                                             people: dict[str, str]) -> None:
    drop(qtbot, window, people["刘洋"], people["王芳"])
    qtbot.waitUntil(lambda: app.contacts.get(people["刘洋"]).reports_to_id == people["王芳"])
    assert table_row(window, "刘洋")[9] == "王芳"  # reports to
    assert app.contacts.get(people["刘洋"]).map_x is None  # a drop is not a move
    window.stack.undo()
    assert app.contacts.get(people["刘洋"]).reports_to_id == people["李娜"]


def test_a_loop_is_refused_with_a_message(qtbot, window: MainWindow, app: Kadesk,
                                          people: dict[str, str]) -> None:
    asked: list[str] = []

    def refuse(box: QMessageBox) -> None:
        asked.append(box.text())
        box.accept()

    answer_dialog(lambda: tab(window).set_manager(people["张伟"], people["刘洋"]), refuse)
    assert "刘洋" in asked[0] and "loop" in asked[0]
    assert app.contacts.get(people["张伟"]).reports_to_id is None
    assert window.stack.count() == 0


def test_moved_boxes_stay_put_after_reopening_and_relayout_restores(
        qtbot, window: MainWindow, app: Kadesk, people: dict[str, str]) -> None:
    scene = tab(window).scene
    item = scene.nodes[people["王芳"]]
    auto = (item.pos().x(), item.pos().y())
    item.pressed_at = item.pos()
    item.setPos(700, 500)
    scene.node_released(item, QPointF(705, 505))
    qtbot.waitUntil(lambda: app.contacts.get(people["王芳"]).map_x == 700.0)
    window.workspace.set_account(None)
    window.open_account(people["account"])
    assert tab(window).scene.nodes[people["王芳"]].pos() == QPointF(700, 500)
    tab(window).relayout()
    moved_back = tab(window).scene.nodes[people["王芳"]].pos()
    assert (moved_back.x(), moved_back.y()) == auto
    assert app.contacts.get(people["王芳"]).map_x is None
    window.stack.undo()
    assert tab(window).scene.nodes[people["王芳"]].pos() == QPointF(700, 500)


def test_relations_added_and_removed_from_the_map(window: MainWindow, app: Kadesk,
                                                  people: dict[str, str]) -> None:
    trigger(node_menu(tab(window), people["李娜"]), "Add relation", "Influences", "王芳")
    (tie,) = app.relations.of_account(people["account"])
    assert (tie.from_contact_id, tie.to_contact_id, tie.kind) == (
        people["李娜"], people["王芳"], RelationKind.INFLUENCES)
    assert RelationKind.INFLUENCES in {e.edge.kind for e in tab(window).scene.edges}
    trigger(node_menu(tab(window), people["王芳"]), "Remove relation", "Influences: 李娜")
    assert app.relations.of_account(people["account"]) == []
    assert {e.edge.kind for e in tab(window).scene.edges} == {None}
    window.stack.undo()
    assert len(app.relations.of_account(people["account"])) == 1


def test_add_and_open_contacts_from_the_map(qtbot, window: MainWindow, app: Kadesk,
                                            people: dict[str, str]) -> None:
    def fill(dialog: ContactDialog) -> None:
        dialog.name.setText("赵磊")
        dialog.reports_to.setCurrentIndex(dialog.reports_to.findData(people["王芳"]))
        dialog.try_save()

    answer_dialog(tab(window).add_contact, fill)
    names = {item.node.name for item in tab(window).scene.nodes.values()}
    assert "赵磊" in names and table_row(window, "赵磊")[9] == "王芳"

    def rename(dialog: ContactDialog) -> None:
        assert dialog.name.text() == "李娜"
        dialog.title.setText("CIO")
        dialog.try_save()

    answer_dialog(lambda: trigger(node_menu(tab(window), people["李娜"]), "Edit contact…"),
                  rename)
    assert app.contacts.get(people["李娜"]).title == "CIO"


def test_the_filter_dims_everyone_else(window: MainWindow, people: dict[str, str]) -> None:
    t = tab(window)
    t.highlight.setCurrentIndex(t.highlight.findText("Opponents"))
    opacity = {item.node.name: item.opacity() for item in t.scene.nodes.values()}
    assert opacity == {"李娜": 1.0, "张伟": DIMMED, "王芳": DIMMED, "刘洋": DIMMED}
    t.highlight.setCurrentIndex(t.highlight.findText("Decision makers"))
    assert t.scene.nodes[people["张伟"]].opacity() == 1.0
    assert t.scene.nodes[people["李娜"]].opacity() == DIMMED


def test_zoom_and_fit(qtbot, window: MainWindow) -> None:
    window.show()
    qtbot.waitExposed(window)
    t = tab(window)
    before = t.view.scale_factor()
    t.zoom_in_button.click()
    assert t.view.scale_factor() == pytest.approx(before * 1.25)
    t.fit_button.click()
    visible = t.view.mapToScene(t.view.viewport().rect()).boundingRect()
    assert visible.contains(t.scene.content_rect().adjusted(1, 1, -1, -1))


def test_export_png_and_svg(window: MainWindow, tmp_path: Path) -> None:
    t = tab(window)
    rect = t.scene.content_rect()
    t.export_to(tmp_path / "map.png")
    image = QImage(str(tmp_path / "map.png"))
    assert (image.width(), image.height()) == (round(rect.width() * 2 + 0.49),
                                               round(rect.height() * 2 + 0.49))
    colours = {image.pixel(x, y) for x in range(0, image.width(), 8)
               for y in range(0, image.height(), 8)}
    assert len(colours) > 10  # drawn, not blank
    t.export_to(tmp_path / "map.svg")
    svg = (tmp_path / "map.svg").read_text(encoding="utf-8")
    box = re.search(r'viewBox="0 0 ([\d.]+) ([\d.]+)"', svg)  # one unit per point
    assert box is not None
    assert float(box.group(1)) == pytest.approx(rect.width(), abs=1)
    assert float(box.group(2)) == pytest.approx(rect.height(), abs=1)
    for name in ("张伟", "李娜", "王芳", "刘洋", "Decision maker"):
        assert name in svg
