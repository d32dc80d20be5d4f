"""Demo-data generation against raw sqlite3, and list/search latency on a large database.

    python -m benchmarks.run --accounts 20000 --contacts 100000 --visits 300000
    python -m benchmarks.run --accounts 200 --contacts 1000 --visits 3000   # smoke run

Prints a table of figures; ``--json FILE`` saves them too. Targets: generation
within 3x of raw executemany of the same rows; account search (one list page of
50 per keystroke) median < 30 ms and p95 < 60 ms on 20k accounts.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import sqlite3
import statistics
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from time import perf_counter
from typing import Any

import opencc

from kadesk.domain.enums import AccountType, Region, Tier
from kadesk.domain.keys import pinyin_keys
from kadesk.domain.queries import AccountFilter, AccountSort
from kadesk.domain.text import compact
from kadesk.services.app import Kadesk
from kadesk.services.demo import TABLES, DemoSize, generate
from kadesk.store import models as m

SEARCH_TARGET_MS = (30.0, 60.0)  # median, p95
RATIO_TARGET = 3.0
QUERIES_PER_FORM = 25
FETCH = 50_000


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def summary(samples: list[float]) -> dict[str, float]:
    return {"median_ms": round(statistics.median(samples) * 1000, 2),
            "p95_ms": round(percentile(samples, 0.95) * 1000, 2),
            "max_ms": round(max(samples) * 1000, 2), "n": len(samples)}


@contextmanager
def timed_derive() -> Iterator[list[float]]:
    """Time spent deriving search keys (Model.derive) while the block runs."""
    spent = [0.0]
    originals = {model: model.__dict__["derive"] for model in m.SYNCED_MODELS
                 if "derive" in model.__dict__}

    def wrap(original: Callable[[dict[str, Any]], dict[str, Any]]) -> Any:
        def derive(cls: type, values: dict[str, Any]) -> dict[str, Any]:
            start = perf_counter()
            try:
                return original(values)
            finally:
                spent[0] += perf_counter() - start
        return classmethod(derive)

    for model, original in originals.items():
        model.derive = wrap(original.__get__(None, model))  # type: ignore[method-assign]
    try:
        yield spent
    finally:
        for model, original in originals.items():
            model.derive = original  # type: ignore[method-assign]


# -- the raw baseline ---------------------------------------------------------------

def schema(db: Path) -> dict[str, list[str]]:
    """The generated database's schema split into plain tables, indexes and derived parts."""
    with sqlite3.connect(db) as con:
        entries = con.execute("SELECT type, name, tbl_name, sql FROM sqlite_master "
                              "WHERE sql IS NOT NULL ORDER BY rowid").fetchall()
    virtual = [n for t, n, _, sql in entries if t == "table" and sql.startswith("CREATE VIRTUAL")]

    def shadow(name: str) -> bool:  # FTS5 keeps its index in tables named after it
        return any(name.startswith(f"{v}_") for v in virtual)

    tables = [sql for t, n, _, sql in entries
              if t == "table" and n not in virtual and not shadow(n) and n != "alembic_version"]
    plain = {n for t, n, _, _ in entries if t == "table" and n not in virtual and not shadow(n)}
    return {
        "tables": tables,
        "indexes": [sql for t, _, tbl, sql in entries if t == "index" and tbl in plain],
        "derived": [sql for t, n, _, sql in entries if t == "table" and n in virtual]
        + [sql for t, _, _, sql in entries if t == "trigger"],
    }


def raw_insert(source: Path, target: Path, statements: list[str], tables: list[str]) -> float:
    """Seconds to executemany the rows of ``tables`` from ``source`` into ``target`` (made
    by ``statements``, kadesk's pragmas) in one transaction. The built-in list entries a
    new database already holds are copied first and not timed."""
    dst = sqlite3.connect(target, isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON"):
        dst.execute(f"PRAGMA {pragma}")
    for sql in statements:
        dst.execute(sql)
    src = sqlite3.connect(source)

    def copy(table: str, where: str = "") -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
        columns = [r[1] for r in src.execute(f"PRAGMA table_info({table})")]
        insert = (f"INSERT INTO {table} ({', '.join(columns)}) "
                  f"VALUES ({', '.join('?' * len(columns))})")
        cursor = src.execute(f"SELECT {', '.join(columns)} FROM {table} {where} ORDER BY rowid")
        while batch := cursor.fetchmany(FETCH):
            yield insert, batch

    for insert, batch in copy("list_item", "WHERE row_seq = 0"):
        dst.executemany(insert, batch)
    elapsed = 0.0
    start = perf_counter()
    dst.execute("BEGIN")
    elapsed += perf_counter() - start
    for table in tables:
        where = "WHERE row_seq > 0" if table == "list_item" else ""
        for insert, batch in copy(table, where):  # reading is not timed
            start = perf_counter()
            dst.executemany(insert, batch)
            elapsed += perf_counter() - start
    start = perf_counter()
    dst.execute("COMMIT")
    elapsed += perf_counter() - start
    src.close()
    dst.close()
    return elapsed


# -- latency -------------------------------------------------------------------------

def search_queries(app: Kadesk, rng: random.Random) -> list[tuple[str, str]]:
    """(form, query) pairs picked from the data, the way people type them."""
    with app.db.read() as session:
        names = session.execute(m.Account.__table__.select().with_only_columns(
            m.Account.name, m.Account.short_name)).all()
    to_traditional = opencc.OpenCC("s2t").convert
    picks = [names[rng.randrange(len(names))] for _ in range(QUERIES_PER_FORM)]
    queries: list[tuple[str, str]] = []
    for name, short in picks:
        short_key = compact(short)
        keys = pinyin_keys(short)
        start = rng.randrange(max(1, len(name) - 6))  # mostly before 有限公司
        full = keys[0] if keys else short_key
        queries += [
            ("short name", short),
            ("name fragment", name[start:start + rng.randint(3, 6)]),
            ("traditional", to_traditional(short)),
            ("pinyin", full[: rng.randint(min(4, len(full)), len(full))]),
            ("initials 3-4", (keys[1] if len(keys) > 1 else short_key)[:4]),
            ("initials 2", (keys[1] if len(keys) > 1 else short_key)[:2]),
            ("2 characters", short_key[:2]),
            ("1 character", short_key[:1]),
        ]
    rng.shuffle(queries)
    return queries


def time_search(app: Kadesk, queries: list[tuple[str, str]]) -> dict[str, Any]:
    for _, query in queries[:10]:  # warm the statement cache and the page cache
        app.accounts.page(AccountFilter(text=query), limit=50)
    samples: list[tuple[str, str, float, int]] = []
    for form, query in queries:
        start = perf_counter()
        page = app.accounts.page(AccountFilter(text=query), limit=50)
        samples.append((form, query, perf_counter() - start, len(page)))
    by_form = {form: summary([s[2] for s in samples if s[0] == form])
               for form in dict.fromkeys(s[0] for s in samples)}
    slowest = sorted(samples, key=lambda s: -s[2])[:5]
    return {"all": summary([s[2] for s in samples]), "by_form": by_form,
            "slowest": [{"form": f, "query": q, "ms": round(t * 1000, 1), "rows": n}
                        for f, q, t, n in slowest]}


def time_filters(app: Kadesk) -> dict[str, Any]:
    owner = (app.accounts.owners() or [""])[0]
    filters = {
        "all": AccountFilter(), "tier A": AccountFilter(tiers=frozenset({Tier.A})),
        "east": AccountFilter(regions=frozenset({Region.EAST})),
        "overdue": AccountFilter(overdue=True), "follow-up due": AccountFilter(follow_up_due=True),
        "C + overdue": AccountFilter(tiers=frozenset({Tier.C}), overdue=True),
        "south + B": AccountFilter(regions=frozenset({Region.SOUTH}), tiers=frozenset({Tier.B})),
        "owner": AccountFilter(owners=frozenset({owner})),
        "prospects": AccountFilter(types=frozenset({AccountType.PROSPECT})),
    }
    sorts = [(AccountSort.NAME, False), (AccountSort.LAST_VISIT, False),
             (AccountSort.NEXT_FOLLOW_UP, False), (AccountSort.REVENUE, True),
             (AccountSort.INDUSTRY, False), (AccountSort.TIER, False)]
    pages: list[tuple[str, float]] = []
    counts: list[float] = []
    for _ in range(2):
        for label, f in filters.items():
            start = perf_counter()
            app.accounts.count(f)
            counts.append(perf_counter() - start)
            for sort, descending in sorts:
                start = perf_counter()
                app.accounts.page(f, sort, descending, limit=100)
                pages.append((f"{label} by {sort.value}", perf_counter() - start))
    slowest = sorted(pages, key=lambda p: -p[1])[:5]
    return {"page": summary([t for _, t in pages]), "count": summary(counts),
            "slowest": [{"query": q, "ms": round(t * 1000, 1)} for q, t in slowest]}


# -- report --------------------------------------------------------------------------

def machine() -> dict[str, Any]:
    cpu, ram_gb = platform.processor(), 0.0
    if Path("/proc/cpuinfo").exists():  # Linux: the model name and MemTotal (kB)
        cpu = next(line.split(":", 1)[1].strip() for line in
                   Path("/proc/cpuinfo").read_text().splitlines() if line.startswith("model name"))
        ram_gb = int(Path("/proc/meminfo").read_text().split()[1]) / 2**20
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return {"cpu": cpu, "cores": cores, "ram_gb": round(ram_gb, 1),
            "python": platform.python_version(), "sqlite": sqlite3.sqlite_version,
            "platform": platform.platform()}


def run(args: argparse.Namespace, folder: Path) -> dict[str, Any]:
    size = DemoSize(accounts=args.accounts, contacts=args.contacts, visits=args.visits,
                    proposals=args.proposals)
    db = folder / "kadesk.db"
    results: dict[str, Any] = {"machine": machine(), "size": asdict(size), "seed": args.seed}

    def progress(stage: str, done: int, total: int) -> None:
        print(f"\r  generating: {stage} {done:,}/{total:,}", end="", file=sys.stderr, flush=True)

    with Kadesk.open(db) as app:
        with timed_derive() as derive:
            stats = generate(app, size, seed=args.seed, progress=progress)
        print(file=sys.stderr)
        results["generation"] = {
            **{k: v for k, v in asdict(stats).items() if not k.endswith("seconds")},
            "rows": stats.rows, "seconds": round(stats.seconds, 2),
            "row_building_seconds": round(stats.seconds - stats.write_seconds, 2),
            "write_seconds": round(stats.write_seconds, 2),
            "search_key_seconds": round(derive[0], 2),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        }
        print("  timing search and lists...", file=sys.stderr)
        results["search"] = time_search(app, search_queries(app, random.Random(args.seed)))
        results["filtered_page"] = time_filters(app)
    results["db_mb"] = round(sum(p.stat().st_size for p in folder.glob("kadesk.db*")) / 2**20, 1)
    with sqlite3.connect(db) as con:
        results["row_counts"] = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                                 for t in [*(mdl.__tablename__ for mdl in TABLES),
                                           "account_activity"]}
    parts = schema(db)
    raw: dict[str, float] = {}
    for label, statements in (
        ("tables + indexes", parts["tables"] + parts["indexes"]),
        ("tables only", parts["tables"]),
        ("full schema (FTS, triggers)", parts["tables"] + parts["indexes"] + parts["derived"]),
    ):
        print(f"  raw executemany: {label}...", file=sys.stderr)
        target = folder / f"raw-{len(raw)}.db"
        raw[label] = round(raw_insert(db, target, statements,
                                     [mdl.__tablename__ for mdl in TABLES]), 2)
        for path in folder.glob(f"{target.name}*"):
            path.unlink()
    results["raw_seconds"] = raw
    results["ratio"] = {k: round(stats.seconds / s, 2) for k, s in raw.items()}
    return results


def report(r: dict[str, Any]) -> str:
    g, s, f = r["generation"], r["search"], r["filtered_page"]
    primary = r["ratio"]["tables + indexes"]
    lines = [
        f"machine: {r['machine']['cpu']}, {r['machine']['cores']} cores, "
        f"{r['machine']['ram_gb']} GB, Python {r['machine']['python']}, "
        f"SQLite {r['machine']['sqlite']}",
        f"size: {r['size']} seed {r['seed']}",
        "",
        f"{'figure':<52}{'value':>14}",
        f"{'rows written':<52}{g['rows']:>14,}",
        f"{'generate() total, s':<52}{g['seconds']:>14.2f}",
        f"{'  building rows in Python (demo.py), s':<52}{g['row_building_seconds']:>14.2f}",
        f"{'  insert_rows + commits, s':<52}{g['write_seconds']:>14.2f}",
        f"{'    of which search keys (Model.derive), s':<52}{g['search_key_seconds']:>14.2f}",
        f"{'peak RSS after generation, MB':<52}{g['peak_rss_mb']:>14}",
    ]
    for label, seconds in r["raw_seconds"].items():
        lines.append(f"{'raw executemany, ' + label + ', s':<52}{seconds:>14.2f}")
    for label, ratio in r["ratio"].items():
        lines.append(f"{'ratio generate/raw, ' + label:<52}{ratio:>13.2f}x")
    lines += [
        f"{'search page(50): median / p95, ms':<52}"
        f"{s['all']['median_ms']:>6.1f} / {s['all']['p95_ms']:>5.1f}",
        *(f"{'  ' + form + ': median / p95, ms':<52}{x['median_ms']:>6.1f} / {x['p95_ms']:>5.1f}"
          for form, x in s["by_form"].items()),
        f"{'filtered page(100): median / p95, ms':<52}"
        f"{f['page']['median_ms']:>6.1f} / {f['page']['p95_ms']:>5.1f}",
        f"{'filtered count: median / p95, ms':<52}"
        f"{f['count']['median_ms']:>6.1f} / {f['count']['p95_ms']:>5.1f}",
        f"{'database on disk, MB':<52}{r['db_mb']:>14.1f}",
        *(f"{'  rows: ' + t:<52}{n:>14,}" for t, n in r["row_counts"].items()),
        "",
        "slowest searches: " + "; ".join(f"{x['query']!r} ({x['form']}) {x['ms']} ms "
                                          f"{x['rows']} rows" for x in s["slowest"]),
        "slowest pages: " + "; ".join(f"{x['query']} {x['ms']} ms" for x in f["slowest"]),
        "",
        f"target generation within {RATIO_TARGET:g}x raw: "
        f"{'met' if primary <= RATIO_TARGET else 'MISSED'} ({primary:.2f}x)",
        f"target search median < {SEARCH_TARGET_MS[0]:g} ms, p95 < {SEARCH_TARGET_MS[1]:g} ms: "
        + ("met" if s["all"]["median_ms"] < SEARCH_TARGET_MS[0]
           and s["all"]["p95_ms"] < SEARCH_TARGET_MS[1] else "MISSED"),
    ]
    return "\n".join(lines)


def sized_parser(prog: str, doc: str | None) -> argparse.ArgumentParser:
    """The options every large-data benchmark takes: the data set's size and seed,
    and where to save the figures."""
    parser = argparse.ArgumentParser(prog=prog, description=doc,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--accounts", type=int, default=20_000)
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--visits", type=int, default=300_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", metavar="FILE", help="also save the figures as JSON")
    return parser


@contextmanager
def work_folder(kept: str | Path | None, prefix: str) -> Iterator[Path]:
    """``kept`` (made if missing, left afterwards), else a temporary folder removed after."""
    if kept:
        folder = Path(kept)
        folder.mkdir(parents=True, exist_ok=True)
        yield folder
    else:
        with tempfile.TemporaryDirectory(prefix=prefix) as tmp:
            yield Path(tmp)


def publish(text: str, results: dict[str, Any], json_path: str | None) -> None:
    print(text)
    if json_path:
        Path(json_path).write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = sized_parser("python -m benchmarks.run", __doc__)
    parser.add_argument("--proposals", type=int, default=None, help="default 0-3 an account")
    parser.add_argument("--dir", metavar="DIR", help="work here and keep the database "
                        "(default: a temporary folder, removed afterwards)")
    args = parser.parse_args(argv)
    with work_folder(args.dir, "kadesk-bench-") as folder:
        results = run(args, folder)
    publish(report(results), results, args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
