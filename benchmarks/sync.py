"""Sync by file (issue 6): full export and import against raw sqlite3, incremental
exchanges of 100 changed records, and peak memory of export and import.

    python -m benchmarks.sync --accounts 20000 --contacts 100000 --visits 300000
    python -m benchmarks.sync --accounts 200 --contacts 1000 --visits 3000   # smoke run

Generates demo data (as benchmarks/run.py does) into database A, then:
- full export of A, in a child process (its time and peak RSS), against raw
  sqlite3 SELECTing the same rows and clocks in this process;
- set-up of an empty database B from that package, in a child process,
  against raw executemany of the same rows into an empty copy of the schema;
- the first export back (B for A: B holds nothing A lacks, so it should be
  empty), then 100 edits on A exported for B and imported there, and 100 on B
  exported for A (without the echo of what A sent); each import writes its
  undo journal as it merges (its size is reported); then the undo of the last
  import on A and the same import again.
- the same full export and set-up once more for a secured team (issue 15): a
  copy of A secures its team, a fresh B admitted by it sets up from its sealed,
  signed package; the difference is the cost of signing, verifying, sealing and
  opening, against the plain figures of the same run. Then 100 changed records
  each way between them, sealed.
Targets: full export and import within 5x raw; incremental export and import
of 100 changed records < 0.5 s each (plain and sealed); peak RSS of export and
import < 500 MB; crypto <= 10% of the plain full export and import.
Prints figures; no assertions. ``--dir DIR`` keeps A there and reuses it.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from time import perf_counter
from typing import Any

from benchmarks.run import publish, raw_insert, schema, sized_parser, work_folder
from kadesk.domain.records import VisitFields
from kadesk.domain.syncspec import PLACEHOLDER_DEVICE
from kadesk.services.app import Kadesk
from kadesk.services.demo import DemoSize, generate
from kadesk.store.sync_schema import table_specs

RATIO_TARGET = 5.0
CRYPTO_TARGET = 0.10
INCREMENTAL_TARGET_S = 0.5
RSS_TARGET_MB = 500
FETCH = 2000
CHANGED = 100  # records per incremental exchange: 40 accounts, 40 contacts, 20 new visits


def peak_rss_mb() -> int:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)  # Linux: kB


# -- the child processes: one export or one set-up, its time and memory --------------

def child(action: str, db: Path, package: Path) -> None:
    with Kadesk.open(db) as app:
        start = perf_counter()
        if action == "export":
            rows = app.sync.export_full(package).rows
        else:
            summary = app.sync.set_up_from(package)
            rows = summary.created
        seconds = perf_counter() - start
    print(json.dumps({"seconds": seconds, "rows": rows, "peak_rss_mb": peak_rss_mb()}))


def in_child(action: str, db: Path, package: Path) -> dict[str, Any]:
    done = subprocess.run([sys.executable, "-m", "benchmarks.sync", "--child", action,
                           str(db), str(package)], check=False, capture_output=True,
                          text=True)
    if done.returncode:
        raise SystemExit(f"the {action} child failed:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    return result


# -- raw baselines -------------------------------------------------------------------

def raw_read(db: Path) -> tuple[float, int]:
    """Seconds to SELECT what a full export reads: every synced row's id, stamp and
    synced columns, and every field clock, fetched in batches and dropped."""
    con = sqlite3.connect(db)
    rows = 0
    start = perf_counter()
    for table, spec in table_specs().items():
        cursor = con.execute(
            f"SELECT id, row_hlc, row_device, {', '.join(spec.columns)} FROM {table} "
            "WHERE row_seq > 0 AND row_device != ?", (PLACEHOLDER_DEVICE,))
        while batch := cursor.fetchmany(FETCH):
            rows += len(batch)
    cursor = con.execute("SELECT tbl, row_id, grp, hlc, device FROM field_clock")
    while cursor.fetchmany(FETCH):
        pass
    elapsed = perf_counter() - start
    con.close()
    return elapsed, rows


# -- incremental exchanges -----------------------------------------------------------

def edit(app: Kadesk, rng: random.Random, who: str) -> None:
    """CHANGED changed records: 40 account notes, 40 contact titles, 20 new visits; the
    time in each value, so a run on a reused database (--dir) changes them again."""
    who = f"{who} {datetime.now(UTC):%H:%M:%S.%f}"
    with sqlite3.connect(app.db.path) as con:
        accounts = [r[0] for r in con.execute("SELECT id FROM account WHERE NOT deleted")]
        contacts = [r[0] for r in con.execute("SELECT id FROM contact WHERE NOT deleted")]
    for account in rng.sample(accounts, 40):
        app.accounts.update(account, notes=f"{who}：按成本中心对账，账期90天")
    for contact in rng.sample(contacts, 40):
        app.contacts.update(contact, title=f"{who}确认的采购总监")
    for account in rng.sample(accounts, 20):
        app.visits.create(VisitFields(account_id=account, occurred_at=datetime.now(UTC),
                                      purpose=f"{who}：季度业务回顾"))


def exchange(source: Kadesk, target: Kadesk, peer: str, package: Path) -> dict[str, Any]:
    start = perf_counter()
    exported = source.sync.export_for(peer, package)
    export_s = perf_counter() - start
    start = perf_counter()
    summary = target.sync.import_package(package)
    import_s = perf_counter() - start
    journal = summary.backup.stat().st_size / 1024 if summary.backup else 0.0
    return {"rows": exported.rows, "export_s": round(export_s, 3),
            "import_s": round(import_s, 3), "created": summary.created,
            "updated": summary.updated, "unchanged": summary.unchanged,
            "journal_kb": round(journal, 1)}


def undo_and_again(app: Kadesk, package: Path) -> dict[str, float]:
    """Undo the last import from its journal (written during the import, so part of
    its time), then import the package again."""
    start = perf_counter()
    app.sync.undo_import()
    undo_s = perf_counter() - start
    start = perf_counter()
    app.sync.import_package(package)
    return {"undo_s": round(undo_s, 3), "again_s": round(perf_counter() - start, 3)}


# -- run and report ------------------------------------------------------------------

def run(args: argparse.Namespace, folder: Path) -> dict[str, Any]:
    size = DemoSize(accounts=args.accounts, contacts=args.contacts, visits=args.visits)
    a_db, b_db = folder / "a" / "kadesk.db", folder / "b" / "kadesk.db"
    full = folder / "full.kadesk-sync"
    results: dict[str, Any] = {"size": asdict(size), "seed": args.seed}
    if a_db.exists():
        print(f"  reusing {a_db}", file=sys.stderr)
    else:
        print("  generating demo data...", file=sys.stderr)
        with Kadesk.open(a_db) as app:
            generate(app, size, seed=args.seed)
    shutil.rmtree(b_db.parent, ignore_errors=True)
    full.unlink(missing_ok=True)

    print("  full export (child) and raw read...", file=sys.stderr)
    read_s, rows = raw_read(a_db)
    exported = in_child("export", a_db, full)
    read_again, _ = raw_read(a_db)  # the slower machine of the two moments
    results["export"] = {**exported, "raw_read_s": max(read_s, read_again), "rows": rows,
                         "package_mb": full.stat().st_size / 2**20}
    results["export"]["ratio"] = exported["seconds"] / results["export"]["raw_read_s"]

    print("  set-up from the package (child) and raw executemany...", file=sys.stderr)
    imported = in_child("setup", b_db, full)
    raw: dict[str, float] = {}
    parts = schema(a_db)
    written = [*table_specs(), "field_clock"]  # what a set-up writes
    for label, derived in (("tables + indexes", []), ("full schema (FTS, triggers)",
                                                      parts["derived"])):
        target = folder / "raw.db"
        raw[label] = raw_insert(a_db, target, parts["tables"] + parts["indexes"] + derived,
                                written)
        for path in folder.glob("raw.db*"):
            path.unlink()
    results["import"] = {**imported, "raw_insert_s": raw,
                         "ratio": {k: imported["seconds"] / s for k, s in raw.items()},
                         "db_mb": b_db.stat().st_size / 2**20}

    print("  incremental exchanges...", file=sys.stderr)
    rng = random.Random(args.seed)
    with Kadesk.open(a_db) as a, Kadesk.open(b_db) as b:
        results.update(both_ways(a, b, folder, rng, "plain"))
        results["undo"] = undo_and_again(a, folder / "plain-b-a.kadesk-sync")
    results["sealed"] = sealed(a_db, folder, rng)
    return results


def both_ways(a: Kadesk, b: Kadesk, folder: Path, rng: random.Random, tag: str
              ) -> dict[str, Any]:
    """B's first export for A (B holds only what A sent: A's known vector covers all
    of it, so it should be empty), then CHANGED edits each way."""
    a_id, b_id = a.sync.status().device_id, b.sync.status().device_id
    out = {"first_back": exchange(b, a, a_id, folder / f"{tag}-back.kadesk-sync")}
    edit(a, rng, "甲")
    out["a_to_b"] = exchange(a, b, b_id, folder / f"{tag}-a-b.kadesk-sync")
    edit(b, rng, "乙")
    out["b_to_a"] = exchange(b, a, a_id, folder / f"{tag}-b-a.kadesk-sync")
    return out


def sealed(a_db: Path, folder: Path, rng: random.Random) -> dict[str, Any]:
    """The full export, set-up and incremental exchanges again, for a secured team."""
    print("  the same, sealed and signed (a secured copy of A)...", file=sys.stderr)
    s_db, t_db = folder / "s" / "kadesk.db", folder / "t" / "kadesk.db"
    for stale in (s_db.parent, t_db.parent):
        shutil.rmtree(stale, ignore_errors=True)
    s_db.parent.mkdir()
    with closing(sqlite3.connect(a_db)) as source, closing(sqlite3.connect(s_db)) as copy:
        source.backup(copy)
    with Kadesk.open(s_db) as s, Kadesk.open(t_db) as t:
        s.team.secure()
        s.team.admit(t.team.write_request(folder / "t.kadesk-admission"))
    package = folder / "sealed.kadesk-sync"
    package.unlink(missing_ok=True)
    out: dict[str, Any] = {"export": in_child("export", s_db, package),
                           "package_mb": package.stat().st_size / 2**20}
    out["import"] = in_child("setup", t_db, package)
    with Kadesk.open(s_db) as s, Kadesk.open(t_db) as t:
        out.update(both_ways(s, t, folder, rng, "sealed"))
    return out


def report(r: dict[str, Any]) -> str:
    e, i = r["export"], r["import"]
    primary = i["ratio"]["tables + indexes"]
    lines = [
        f"size: {r['size']} seed {r['seed']}",
        "",
        f"{'figure':<56}{'value':>12}",
        f"{'synced rows':<56}{e['rows']:>12,}",
        f"{'package size, MB':<56}{e['package_mb']:>12.1f}",
        f"{'full export (child process), s':<56}{e['seconds']:>12.2f}",
        f"{'raw sqlite3 SELECT of the same rows and clocks, s':<56}{e['raw_read_s']:>12.2f}",
        f"{'ratio export / raw read':<56}{e['ratio']:>11.2f}x",
        f"{'peak RSS of the export process, MB':<56}{e['peak_rss_mb']:>12}",
        f"{'set-up of an empty database from it (child), s':<56}{i['seconds']:>12.2f}",
        *(f"{'raw executemany, ' + k + ', s':<56}{s:>12.2f}"
          for k, s in i["raw_insert_s"].items()),
        *(f"{'ratio import / raw, ' + k:<56}{x:>11.2f}x" for k, x in i["ratio"].items()),
        f"{'peak RSS of the import process, MB':<56}{i['peak_rss_mb']:>12}",
        f"{'imported database on disk, MB':<56}{i['db_mb']:>12.1f}",
    ]
    for key, label in (("first_back", "first export back (B for A), nothing new on B"),
                       ("a_to_b", f"A to B, {CHANGED} changed records"),
                       ("b_to_a", f"B to A, {CHANGED} changed records")):
        x = r[key]
        lines += [f"{label + ': rows in package':<56}{x['rows']:>12,}",
                  f"{'  export, s':<56}{x['export_s']:>12.3f}",
                  f"{'  import, s':<56}{x['import_s']:>12.3f}",
                  f"{'  its undo journal, KB':<56}{x['journal_kb']:>12.1f}"]
    lines += [f"{'  undo of that import, s':<56}{r['undo']['undo_s']:>12.3f}",
              f"{'  the same import again after the undo, s':<56}{r['undo']['again_s']:>12.3f}"]
    z = r["sealed"]
    crypto_export = z["export"]["seconds"] / e["seconds"] - 1
    crypto_import = z["import"]["seconds"] / i["seconds"] - 1
    lines += [
        "",
        "secured team (sealed for the team, signed), same data, same run:",
        f"{'full export, plain (above) / sealed, s':<56}"
        f"{e['seconds']:>6.2f} / {z['export']['seconds']:.2f}",
        f"{'set-up, plain (above) / sealed, s':<56}"
        f"{i['seconds']:>6.2f} / {z['import']['seconds']:.2f}",
        f"{'sealed package size, MB':<56}{z['package_mb']:>12.1f}",
        f"{'peak RSS sealed export / set-up, MB':<56}"
        f"{z['export']['peak_rss_mb']:>6} / {z['import']['peak_rss_mb']}",
    ]
    for key, label in (("first_back", "sealed: first export back"),
                       ("a_to_b", f"sealed: A to B, {CHANGED} changed records"),
                       ("b_to_a", f"sealed: B to A, {CHANGED} changed records")):
        x = z[key]
        lines += [f"{label + ': rows / export s / import s':<56}"
                  f"{x['rows']:>5} / {x['export_s']:.3f} / {x['import_s']:.3f}"]
    incremental = max(x[k][s] for x in (r, z) for k in ("a_to_b", "b_to_a")
                      for s in ("export_s", "import_s"))
    rss = max(e["peak_rss_mb"], i["peak_rss_mb"])
    lines += [
        "",
        f"target full export within {RATIO_TARGET:g}x raw read: "
        f"{'met' if e['ratio'] <= RATIO_TARGET else 'MISSED'} ({e['ratio']:.2f}x)",
        f"target full import within {RATIO_TARGET:g}x raw executemany (tables + indexes): "
        f"{'met' if primary <= RATIO_TARGET else 'MISSED'} ({primary:.2f}x)",
        f"target incremental export and import < {INCREMENTAL_TARGET_S:g} s: "
        f"{'met' if incremental < INCREMENTAL_TARGET_S else 'MISSED'} "
        f"(slowest {incremental:.3f} s)",
        f"target peak RSS < {RSS_TARGET_MB} MB: "
        f"{'met' if rss < RSS_TARGET_MB else 'MISSED'} ({rss} MB)",
        f"target crypto <= {CRYPTO_TARGET:.0%} of the plain full export: "
        f"{'met' if crypto_export <= CRYPTO_TARGET else 'MISSED'} ({crypto_export:+.1%})",
        f"target crypto <= {CRYPTO_TARGET:.0%} of the plain set-up: "
        f"{'met' if crypto_import <= CRYPTO_TARGET else 'MISSED'} ({crypto_import:+.1%})",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = sized_parser("python -m benchmarks.sync", __doc__)
    parser.add_argument("--dir", metavar="DIR", help="work here, keep database A and reuse "
                        "it next time (default: a temporary folder, removed afterwards)")
    parser.add_argument("--child", nargs=3, metavar=("ACTION", "DB", "PACKAGE"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        action, db, package = args.child
        child(action, Path(db), Path(package))
        return 0
    with work_folder(args.dir, "kadesk-sync-bench-") as folder:
        results = run(args, folder)
    publish(report(results), results, args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
