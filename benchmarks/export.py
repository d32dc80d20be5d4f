"""The visit log of a year exported as .xlsx against .csv, in one run (issue 18: the
xlsx export of 116,000 rows within 5x the CSV's time).

    python -m benchmarks.export --accounts 20000 --contacts 100000 --visits 300000 [--dir DIR]
    python -m benchmarks.export --accounts 200 --contacts 1000 --visits 3000   # smoke run

The demo data set comes from ``kadesk demo`` in a child process (kept and reused with
``--dir``). Both exports go through ExportService.export_visits, as the window and
``kadesk export visits`` do; each format is timed RUNS times, alternating, and the
medians compared.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
from datetime import timedelta
from pathlib import Path
from time import perf_counter
from typing import Any

from benchmarks.run import machine, publish, sized_parser
from kadesk.domain.queries import Period
from kadesk.paths import db_path
from kadesk.services.app import Kadesk

RUNS = 3
TARGET_RATIO = 5.0


def main(argv: list[str] | None = None) -> int:
    parser = sized_parser("python -m benchmarks.export", __doc__)
    parser.add_argument("--dir", metavar="DIR", type=Path,
                        help="keep the database here and reuse it on the next run")
    args = parser.parse_args(argv)
    folder = args.dir or Path(tempfile.mkdtemp(prefix="kadesk-export-bench-"))
    if not db_path(folder).exists():
        subprocess.run([sys.executable, "-m", "kadesk", "--data-dir", str(folder), "demo",
                        "--accounts", str(args.accounts), "--contacts", str(args.contacts),
                        "--visits", str(args.visits), "--seed", str(args.seed), "--quiet"],
                       check=True)
    out = Path(tempfile.mkdtemp(prefix="kadesk-export-out-"))
    times: dict[str, list[float]] = {".csv": [], ".xlsx": []}
    with Kadesk.open(db_path(folder)) as app:
        today = app.today()
        year = Period(start=today - timedelta(days=365), end=today)
        rows = app.visits.count_in_period(year)
        for _ in range(RUNS):
            for suffix, runs in times.items():
                began = perf_counter()
                app.exports.export_visits(out / f"visits{suffix}", year)
                runs.append(perf_counter() - began)
    csv_s, xlsx_s = (statistics.median(times[s]) for s in (".csv", ".xlsx"))
    results: dict[str, Any] = {
        "machine": machine(), "rows": rows, "csv_s": round(csv_s, 2),
        "xlsx_s": round(xlsx_s, 2), "ratio": round(xlsx_s / csv_s, 2),
        "xlsx_mb": round((out / "visits.xlsx").stat().st_size / 2**20, 1)}
    text = "\n".join((
        f"visit log of a year: {rows:,} rows",
        f"  .csv export, median of {RUNS}, s        {csv_s:8.2f}",
        f"  .xlsx export, median of {RUNS}, s       {xlsx_s:8.2f}",
        f"  ratio xlsx / csv (target {TARGET_RATIO:g}x)      {xlsx_s / csv_s:7.2f}x",
        f"  .xlsx file, MB                      {results['xlsx_mb']:8.1f}"))
    publish(text, results, args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
