"""The contact map's drawing: what each person's box says and how it looks, the lines,
and the legend; the same description the screen and the PDF both paint."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from kadesk.domain import contact_map as cm
from kadesk.domain.enums import Attitude, BuyingRole, Influence, RelationKind
from kadesk.domain.records import Contact, ContactRelation

NOW = datetime(2026, 3, 16, 12, tzinfo=UTC)
STAMP = datetime(2026, 1, 1, tzinfo=UTC)


def person(id: str, name: str, manager: str | None = None, **kw: object) -> Contact:
    return Contact(id=id, created_at=STAMP, updated_at=STAMP, account_id="a", name=name,
                   reports_to_id=manager, **kw)  # type: ignore[arg-type]


def relation(a: str, b: str, kind: RelationKind) -> ContactRelation:
    return ContactRelation(id=f"{a}-{b}", created_at=STAMP, updated_at=STAMP, account_id="a",
                           from_contact_id=a, to_contact_id=b, kind=kind)


PEOPLE = [
    person("boss", "张伟", title="总经理", buying_role=BuyingRole.DECISION_MAKER,
           attitude=Attitude.SUPPORTER, influence=Influence.HIGH, strength=5,
           last_met_at=NOW - timedelta(days=10)),
    person("it", "李娜", "boss", title="IT 总监", buying_role=BuyingRole.TECHNICAL,
           attitude=Attitude.OPPONENT, influence=Influence.LOW,
           last_met_at=NOW - timedelta(days=91)),
    person("buyer", "王芳", "boss", title="采购经理", buying_role=BuyingRole.PURCHASER),
]


def texts(node: cm.MapNode) -> list[str]:
    return [s.text for s in node.shapes if isinstance(s, cm.Text)]


def frame(node: cm.MapNode) -> cm.Rect:
    first = node.shapes[0]
    assert isinstance(first, cm.Rect)
    return first


def test_each_box_names_the_person_their_title_and_role() -> None:
    drawing = cm.build_map(PEOPLE, [], now=NOW, language="zh_CN")
    nodes = {n.id: n for n in drawing.nodes}
    assert texts(nodes["boss"])[:3] == ["张伟", "总经理", "决策者"]
    assert "技术把关" in texts(nodes["it"])
    english = {n.id: n for n in cm.build_map(PEOPLE, [], now=NOW, language="en_US").nodes}
    assert "Decision maker" in texts(english["boss"])
    # Whole in the smallest box, on the bottom row beside the strength dots, so the name
    # above keeps the box's width.
    assert "Tech evaluator" in texts(english["it"])
    badge = next(s for s in english["it"].shapes if isinstance(s, cm.Text)
                 and s.text == "Tech evaluator")
    name = next(s for s in english["it"].shapes if isinstance(s, cm.Text) and s.bold)
    assert badge.y > name.y + 20 and not name.text.endswith("…")


def test_colour_by_attitude_and_weight_by_influence() -> None:
    nodes = {n.id: n for n in cm.build_map(PEOPLE, [], now=NOW, language="zh_CN").nodes}
    assert frame(nodes["boss"]).fill == cm.ATTITUDE_COLOURS[Attitude.SUPPORTER][0]
    assert frame(nodes["it"]).fill == cm.ATTITUDE_COLOURS[Attitude.OPPONENT][0]
    assert frame(nodes["buyer"]).fill == cm.ATTITUDE_COLOURS[Attitude.NEUTRAL][0]
    assert frame(nodes["boss"]).width > frame(nodes["buyer"]).width > frame(nodes["it"]).width
    assert nodes["boss"].box.w > nodes["buyer"].box.w > nodes["it"].box.w


def test_not_met_in_90_days_is_marked() -> None:
    nodes = {n.id: n for n in cm.build_map(PEOPLE, [], now=NOW, language="zh_CN").nodes}
    marked = {i for i, n in nodes.items() if "!" in texts(n)}
    assert marked == {"it", "buyer"}  # 91 days ago, and never


def test_saved_positions_win_and_the_rest_stay_automatic() -> None:
    auto = {n.id: n.box for n in cm.build_map(PEOPLE, [], now=NOW, language="zh_CN").nodes}
    moved = [replace(PEOPLE[0], map_x=900.0, map_y=700.0), *PEOPLE[1:]]
    nodes = {n.id: n for n in cm.build_map(moved, [], now=NOW, language="zh_CN").nodes}
    assert (nodes["boss"].box.x, nodes["boss"].box.y) == (900.0, 700.0)
    assert nodes["boss"].manual and not nodes["it"].manual
    assert nodes["it"].box == auto["it"]
    drawing = cm.build_map(moved, [], now=NOW, language="zh_CN")
    assert drawing.bounds.x + drawing.bounds.w >= 900 + nodes["boss"].box.w


def test_lines_reports_to_and_other_relations() -> None:
    relations = [relation("it", "buyer", RelationKind.INFLUENCES),
                 relation("buyer", "gone", RelationKind.FRIEND)]  # 'gone' is not on the map
    edges = cm.build_map(PEOPLE, relations, now=NOW, language="zh_CN").edges
    assert {(e.source, e.target, e.kind) for e in edges} == {
        ("boss", "it", None), ("boss", "buyer", None),
        ("it", "buyer", RelationKind.INFLUENCES)}
    tree = next(e for e in edges if e.kind is None).shapes[0]
    other = next(e for e in edges if e.kind is not None).shapes
    assert isinstance(tree, cm.Path) and tree.dash == ()
    assert isinstance(other[0], cm.Path) and other[0].dash != ()  # a different line style
    assert isinstance(other[1], cm.Path) and other[1].fill  # 'influences' has a direction


def test_highlight_picks_decision_makers_opponents_or_not_met() -> None:
    def picked(highlight: cm.Highlight) -> set[str]:
        return {c.id for c in PEOPLE if cm.highlighted(c, highlight, NOW)}

    assert picked(cm.Highlight.ALL) == {"boss", "it", "buyer"}
    assert picked(cm.Highlight.DECISION_MAKERS) == {"boss"}
    assert picked(cm.Highlight.OPPONENTS) == {"it"}
    assert picked(cm.Highlight.NOT_MET) == {"it", "buyer"}


def test_the_legend_explains_colours_marks_and_lines() -> None:
    words = {s.text for s in cm.legend_shapes("zh_CN") if isinstance(s, cm.Text)}
    assert {"支持", "中立", "反对", "高", "中", "低", "90 天未见", "汇报给", "影响", "朋友",
            "前同事"} <= words


def test_long_titles_are_cut_to_fit_their_box() -> None:
    long = person("x", "欧阳娜娜", title="华东区大客户事业部战略合作与渠道发展高级总监")
    (node,) = cm.build_map([long], [], now=NOW, language="zh_CN").nodes
    title = texts(node)[1]
    assert title.endswith("…")
    assert cm.text_width(title, 9.0) <= node.box.w - 14
