"""Importing a 20,000-row workbook (accounts with a contact on each row) with duplicate
detection on, into a database of demo data.

    python -m benchmarks.import_table [--rows 20000] [--accounts 2000] [--policy fill]

Builds the database (``--accounts`` demo accounts with their contacts, visits and
proposals), then writes a workbook of ``--rows`` rows with openpyxl: two rows
(two contacts) per account, ``--existing`` of the accounts named as demo
accounts already in the database (a tenth of those in traditional characters),
the rest new; industry, city, tier, revenue with ￥ and commas, payment terms,
a start date typed as text, contact name, title, mobile and e-mail. The import
runs once through ImportService.run (read, check and match every row, write in
one transaction); figures are wall-clock seconds per stage. Target (issue 8):
the whole import under 20 s.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path
from time import perf_counter
from typing import Any

import opencc
import openpyxl

from benchmarks.run import publish, work_folder
from kadesk.interchange.table_reader import read_table
from kadesk.services.app import Kadesk
from kadesk.services.demo import DemoSize, generate
from kadesk.services.imports import ImportRequest, Policy

TARGET_S = 20.0
HEADERS = ["客户名称", "行业", "总部城市", "等级", "年营收", "账期", "合作开始", "联系人", "职务",
           "手机", "邮箱"]
INDUSTRIES = ["电子", "银行", "保险", "通信", "服装", "IT", "制造业", "医药", "电商"]
CITIES = ["北京", "上海", "广州", "深圳", "杭州", "成都", "武汉", "南京"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = ["伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛"]
TITLES = ["采购总监", "物流经理", "财务主管", "总经理", "IT 经理", "行政专员"]


def write_workbook(path: Path, rows: int, existing: list[str], share: float,
                   rng: random.Random) -> int:
    """The workbook; returns how many of its accounts are already in the database."""
    to_traditional = opencc.OpenCC("s2t").convert
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("客户清单")
    sheet.append(HEADERS)
    accounts = rows // 2
    known = min(int(accounts * share), len(existing))
    names = [to_traditional(n) if i % 10 == 0 else n
             for i, n in enumerate(rng.sample(existing, known))]
    names += [f"{rng.choice(CITIES)}测试{i:05d}科技有限公司" for i in range(accounts - known)]
    rng.shuffle(names)
    for i in range(rows):
        name = names[i // 2]
        sheet.append([name, rng.choice(INDUSTRIES), rng.choice(CITIES), rng.choice("ABC"),
                      f"￥{rng.randrange(10_000, 50_000_000):,}", f"{rng.choice((30, 60, 90))}天",
                      f"20{rng.randrange(15, 25)}年{rng.randrange(1, 13)}月"
                      f"{rng.randrange(1, 28)}日",
                      rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN),
                      rng.choice(TITLES), f"13{rng.randrange(10**9):09d}",
                      f"user{i}@example.cn"])
    book.save(path)
    return known


def run(args: argparse.Namespace, folder: Path) -> dict[str, Any]:
    rng = random.Random(args.seed)
    results: dict[str, Any] = {"rows": args.rows, "policy": args.policy}
    with Kadesk.open(folder / "kadesk.db") as app:
        start = perf_counter()
        stats = generate(app, DemoSize(accounts=args.accounts), seed=args.seed)
        results["database"] = {"accounts": stats.accounts, "contacts": stats.contacts,
                               "visits": stats.visits, "seconds": round(perf_counter() - start, 1)}
        existing = [a.name for a in app.accounts.page(limit=args.accounts)]
        path = folder / "导入.xlsx"
        start = perf_counter()
        results["existing_accounts_in_file"] = write_workbook(path, args.rows, existing,
                                                              args.existing, rng)
        results["write_workbook_s"] = round(perf_counter() - start, 2)
        start = perf_counter()
        read_table(path)
        results["read_s"] = round(perf_counter() - start, 2)
        stages: dict[str, float] = {}

        def progress(stage: str, _done: int, _total: int) -> None:
            stages.setdefault(stage, perf_counter())

        start = perf_counter()
        summary = app.imports.run(ImportRequest(path, policy=Policy(args.policy)), progress)
        end = perf_counter()
        results["import_s"] = round(end - start, 2)
        results["read_and_map_s"] = round(stages["checking"] - start, 2)
        results["check_and_match_s"] = round(stages["writing"] - stages["checking"], 2)
        results["write_and_commit_s"] = round(end - stages["writing"], 2)
        results["accounts"] = vars(summary.accounts)
        results["contacts"] = vars(summary.contacts)
        results["rejected_rows"] = summary.rejected_rows
        start = perf_counter()
        app.imports.undo(summary.import_id)
        results["undo_s"] = round(perf_counter() - start, 2)
    return results


def report(r: dict[str, Any]) -> str:
    db = r["database"]
    verdict = "ok" if r["import_s"] < TARGET_S else "OVER TARGET"
    return "\n".join([
        f"Database: {db['accounts']:,} accounts, {db['contacts']:,} contacts, "
        f"{db['visits']:,} visits (demo, made in {db['seconds']} s)",
        f"Workbook: {r['rows']:,} rows, {r['rows'] // 2:,} accounts of which "
        f"{r['existing_accounts_in_file']:,} already in the database (policy {r['policy']})",
        f"  reading the sheet alone      {r['read_s']:6.2f} s",
        f"  import: read and map         {r['read_and_map_s']:6.2f} s",
        f"          check and match      {r['check_and_match_s']:6.2f} s",
        f"          write and commit     {r['write_and_commit_s']:6.2f} s",
        f"          total                {r['import_s']:6.2f} s  (target < {TARGET_S:.0f} s: "
        f"{verdict})",
        f"  undo of the whole import     {r['undo_s']:6.2f} s",
        f"Accounts {r['accounts']}, contacts {r['contacts']}, rejected rows "
        f"{r['rejected_rows']}",
    ])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.import_table", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--accounts", type=int, default=2_000, help="demo accounts in the "
                        "database (contacts, visits, proposals by the demo's ratios)")
    parser.add_argument("--existing", type=float, default=0.1,
                        help="share of the file's accounts already in the database")
    parser.add_argument("--policy", choices=[p.value for p in Policy], default="fill")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--dir", metavar="DIR", help="work here and keep the files")
    parser.add_argument("--json", metavar="FILE", help="also save the figures as JSON")
    args = parser.parse_args(argv)
    with work_folder(args.dir, "kadesk-import-") as folder:
        results = run(args, folder)
    publish(report(results), results, args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
