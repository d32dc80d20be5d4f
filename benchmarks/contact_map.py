"""Contact map: automatic layout + drawing + Qt scene build, on generated org charts.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.contact_map \
        [--contacts 60] [--charts 50] [--runs 20] [--seed 1]

Generates ``--charts`` random buying centres of ``--contacts`` people each
(random reports-to forests: a few roots, chains and wide fans, lone people;
mixed roles, attitudes and influence; a few other relations), then times, per
chart, what opening the map tab costs after the data is read: the layout
alone, the whole drawing description (layout, boxes, text, lines, legend), and
the drawing plus building the QGraphicsScene, plus one paint of the view into
an image (what the first show costs). Prints median and p95 in ms.
"""

from __future__ import annotations

import argparse
import statistics
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from random import Random
from time import perf_counter

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication

from kadesk.domain.contact_map import auto_layout, build_map
from kadesk.domain.enums import Attitude, BuyingRole, Influence, RelationKind
from kadesk.domain.records import Contact, ContactRelation
from kadesk.ui.map_scene import MapScene

NOW = datetime(2026, 11, 20, tzinfo=UTC)
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟"]
TITLES = ["总经理", "IT 总监", "采购经理", "物流总监", "财务经理", "工程师", "行政经理"]


def chart(rng: Random, n: int) -> tuple[list[Contact], list[ContactRelation]]:
    people: list[Contact] = []
    for i in range(n):
        manager = None
        if i and rng.random() > 0.08:  # a few lone people and extra roots
            manager = people[rng.randrange(max(0, i - rng.randint(1, i)), i)].id
        met = None if rng.random() < 0.4 else NOW - timedelta(days=rng.randint(1, 300))
        people.append(Contact(
            id=f"c{i:03d}", created_at=NOW, updated_at=NOW, account_id="a",
            name=rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(["", *GIVEN]),
            title=rng.choice(TITLES), reports_to_id=manager,
            buying_role=rng.choice([None, *BuyingRole]), attitude=rng.choice(list(Attitude)),
            influence=rng.choice(list(Influence)), strength=rng.randint(1, 5),
            last_met_at=met))
    relations = [ContactRelation(id=f"r{k}", created_at=NOW, updated_at=NOW, account_id="a",
                                 from_contact_id=a.id, to_contact_id=b.id,
                                 kind=rng.choice(list(RelationKind)))
                 for k, (a, b) in enumerate(rng.sample(people, 2) for _ in range(n // 10))]
    return people, relations


def timed(action: Callable[[], object], runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        start = perf_counter()
        action()
        out.append((perf_counter() - start) * 1000)
    return out


def figures(samples: list[float]) -> str:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"{statistics.median(ordered):8.2f} / {p95:8.2f}"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=60)
    parser.add_argument("--charts", type=int, default=50)
    parser.add_argument("--runs", type=int, default=20, help="timings per chart")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    QApplication([])
    rng = Random(args.seed)
    charts = [chart(rng, args.contacts) for _ in range(args.charts)]
    scene = MapScene()

    def build(people: list[Contact], relations: list[ContactRelation]) -> None:
        scene.show_drawing(build_map(people, relations, now=NOW, language="zh_CN"))

    def first_paint(people: list[Contact], relations: list[ContactRelation]) -> None:
        build(people, relations)
        rect = scene.content_rect()
        image = QImage(int(rect.width()), int(rect.height()), QImage.Format.Format_RGB32)
        painter = QPainter(image)
        scene.render(painter, QRectF(image.rect()), rect)
        painter.end()

    rows = {"layout only": [], "drawing description": [], "drawing + scene build": [],
            "drawing + scene + first paint": []}  # type: dict[str, list[float]]
    for people, relations in charts:
        rows["layout only"] += timed(lambda p=people: auto_layout(p, top=0.0), args.runs)
        rows["drawing description"] += timed(
            lambda p=people, r=relations: build_map(p, r, now=NOW, language="zh_CN"), args.runs)
        rows["drawing + scene build"] += timed(lambda p=people, r=relations: build(p, r),
                                               args.runs)
        rows["drawing + scene + first paint"] += timed(
            lambda p=people, r=relations: first_paint(p, r), max(1, args.runs // 4))
    print(f"{args.charts} charts of {args.contacts} contacts (seed {args.seed}), "
          f"{args.runs} runs each")
    print(f"{'figure':40} {'median / p95, ms':>20}")
    for name, samples in rows.items():
        print(f"{name:40} {figures(samples):>20}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
