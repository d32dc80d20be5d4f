"""Report rendering: the first report of a process (fonts loaded), then the brief,
visit summary, weekly report and a 200-item proposal with fonts already loaded, and
the brief and the proposal against a bare ReportLab document of the same content.

    python -m benchmarks.reports [--accounts 120] [--items 200] [--runs 10] [--seed 1]

Generates demo data of ``--accounts`` accounts (contacts, visits and proposals
by the demo's usual ratios) in a temp folder, picks the account with the most
contacts for the brief, and adds a proposal of ``--items`` line items. Each
figure covers reading the data through the services and writing the PDF.
Targets (issues 5 and 16): first report of a process < 1.5 s; brief < 0.5 s;
proposal of 200 items < 1 s; the brief and the proposal (layout and writing, the
data already read) within 1.5x of a bare ReportLab document of the same content,
measured in the same run: the same strings, fonts, column widths and drawing, laid
out by ReportLab alone (its own CJK wrapping, plain tables, no header or footer, no
fallback-font runs, figure cells or heading keeping). Prints median and p95 in ms.
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
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Table

from kadesk.domain.queries import AccountFilter, Period
from kadesk.domain.records import ProposalFields, ProposalItemFields
from kadesk.reports import fonts
from kadesk.reports.breaking import Text
from kadesk.reports.contact_map import MapPart
from kadesk.reports.style import Figure, Headed, table_style
from kadesk.services.app import Kadesk
from kadesk.services.demo import DemoSize, generate

TARGETS_MS = {"first report of a process": 1500, "brief": 500, "proposal": 1000}
RATIO_TARGET = 1.5

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


def bare(flowable: Flowable) -> Flowable:
    """``flowable`` as ReportLab alone would lay out the same content."""
    if isinstance(flowable, Text):
        return Paragraph(flowable.text, flowable.style)
    if isinstance(flowable, Figure):
        return Paragraph(flowable.value, ParagraphStyle("f", fontName=flowable.font,
                                                        fontSize=flowable.size))
    if isinstance(flowable, Headed):
        return KeepTogether([bare(flowable.head), bare(flowable.table)])
    if isinstance(flowable, Table):
        cells = [[[bare(f) for f in cell] if isinstance(cell, list)
                  else bare(cell) if isinstance(cell, Flowable) else cell for cell in row]
                 for row in flowable._cellvalues]
        table = Table(cells, colWidths=flowable._argW, repeatRows=flowable.repeatRows)
        table.setStyle(table_style())
        return table
    if isinstance(flowable, MapPart):  # the same drawing, at its scale or to fit the frame
        drawing = flowable.drawing
        scale = min(flowable.scale, BARE_FRAME[0] / drawing.width,
                    BARE_FRAME[1] / drawing.height)
        drawing.scale(scale, scale)
        drawing.width, drawing.height = drawing.width * scale, drawing.height * scale
        return drawing
    return flowable


BARE_FRAME = (439.0, 685.0)  # what SimpleDocTemplate's A4 frame holds


def write_bare(module: Any, data: Any, target: Path) -> None:
    story = [bare(f) for f in module.story(data, "zh_CN")]
    SimpleDocTemplate(str(target), pagesize=A4, initialFontName=fonts.REGULAR).build(story)


def ratio_line(name: str, ours: list[float], baseline: list[float]) -> None:
    ratio = statistics.median(ours) / statistics.median(baseline)
    print(f"{name:<28} ours {statistics.median(ours) * 1000:7.1f} ms / bare "
          f"{statistics.median(baseline) * 1000:7.1f} ms = {ratio:4.2f}x  target <= "
          f"{RATIO_TARGET}x: {'met' if ratio <= RATIO_TARGET else 'MISSED'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--accounts", type=int, default=120)
    parser.add_argument("--items", type=int, default=200)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    from kadesk.reports import brief, proposal, visit, week

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
            # Layout and writing only, ours and bare, interleaved so the machine's noise
            # falls on both alike.
            for name, module, data in (("brief vs bare ReportLab", brief,
                                        brief.gather(app, account)),
                                       ("proposal vs bare ReportLab", proposal,
                                        proposal.gather(app, big))):
                ours, baseline = [], []
                for _ in range(args.runs):
                    ours += timed(lambda module=module, data=data: render(module, data), 1)
                    baseline += timed(lambda module=module, data=data: write_bare(
                        module, data, out), 1)
                ratio_line(name, ours, baseline)


if __name__ == "__main__":
    main()
