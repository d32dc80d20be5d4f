"""Report rendering: the first report of a process (fonts loaded), then the brief,
visit summary, weekly report and a 200-item proposal with fonts already loaded.

    python -m benchmarks.reports [--accounts 120] [--items 200] [--runs 10] [--seed 1]

Generates demo data of ``--accounts`` accounts (contacts, visits and proposals
by the demo's usual ratios) in a temp folder, picks the account with the most
contacts for the brief, and adds a proposal of ``--items`` line items. Each
figure covers reading the data through the services and writing the PDF.
Targets (issue 5): first report of a process < 1.5 s; brief < 0.5 s; proposal
of 200 items < 1 s. Prints median and p95 in ms.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Callable
from pathlib import Path
from time import perf_counter

from kadesk.domain.queries import AccountFilter, Period
from kadesk.domain.records import ProposalFields, ProposalItemFields
from kadesk.services.app import Kadesk
from kadesk.services.demo import DemoSize, generate

TARGETS_MS = {"first report of a process": 1500, "brief": 500, "proposal": 1000}

# Run in a fresh interpreter: imports, font registration, gather, layout, write.
FIRST = textwrap.dedent("""
    import sys
    from time import perf_counter
    start = perf_counter()
    from pathlib import Path
    from kadesk.services.app import Kadesk
    from kadesk.reports import brief
    with Kadesk.open(Path(sys.argv[1])) as app:
        opened = perf_counter()
        data = brief.gather(app, sys.argv[2])
        brief.render(data, Path(sys.argv[3]))
    print(perf_counter() - start, perf_counter() - opened)
""")


def timed(work: Callable[[], object], runs: int) -> list[float]:
    samples = []
    for _ in range(runs):
        start = perf_counter()
        work()
        samples.append(perf_counter() - start)
    return samples


def line(name: str, samples: list[float]) -> None:
    ordered = sorted(samples)
    median = statistics.median(ordered) * 1000
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))] * 1000
    target = TARGETS_MS.get(name)
    verdict = f"  target < {target} ms: {'met' if p95 < target else 'MISSED'}" if target else ""
    print(f"{name:<28} median {median:7.1f} ms   p95 {p95:7.1f} ms{verdict}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--accounts", type=int, default=120)
    parser.add_argument("--items", type=int, default=200)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    from kadesk.reports import brief, fonts, proposal, visit, week

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "kadesk.db"
        out = Path(folder) / "out.pdf"
        with Kadesk.open(path) as app:
            stats = generate(app, DemoSize(accounts=args.accounts), seed=args.seed)
            print(f"Data: {stats}")
            app.letterhead.update(company_name="远航物流有限公司")
            app.settings.set(rep_name="张伟", rep_phone="13800138000")
            accounts = app.accounts.page(AccountFilter(), limit=args.accounts)
            account = max(accounts, key=lambda a: len(app.contacts.of_account(a.id))).id
            contacts = len(app.contacts.of_account(account))
            visits = app.visits.of_account(account)
            big = app.proposals.create(ProposalFields(
                account_id=account, title="全国仓配一体化方案", items=tuple(
                    ProposalItemFields(description=f"第{n + 1}项 干线运输 line-haul",
                                       quantity_milli=1500 + n, unit="车次",
                                       unit_price_cents=98_765 + n)
                    for n in range(args.items)))).record.id
        # The child opens the database itself: close ours first (one instance per file).
        first = [subprocess.run([sys.executable, "-c", FIRST, str(path), account, str(out)],
                                capture_output=True, text=True, check=True).stdout.split()
                 for _ in range(3)]
        print(f"Brief account: {contacts} contacts, {len(visits)} visits; "
              f"proposal: {args.items} items")
        line("first report of a process", [float(total) for total, _ in first])
        print(f"{'  of which after open':<28} median "
              f"{statistics.median(float(after) for _, after in first) * 1000:7.1f} ms")

        with Kadesk.open(path) as app:
            start = perf_counter()
            fonts.register()
            print(f"{'font registration (once)':<28} {(perf_counter() - start) * 1000:7.1f} ms")
            week_of = Period.week_of(visits[0].occurred_at.date())

            def render(module: object, data: object) -> None:
                module.render(data, out)  # type: ignore[attr-defined]

            line("brief", timed(lambda: render(brief, brief.gather(app, account)), args.runs))
            line("visit summary", timed(lambda: render(visit, visit.gather(app, visits[0].id)),
                                        args.runs))
            line("weekly report (all reps)", timed(
                lambda: render(week, week.gather(app, week_of)), args.runs))
            line("proposal", timed(lambda: render(proposal, proposal.gather(app, big)),
                                   args.runs))


if __name__ == "__main__":
    main()
