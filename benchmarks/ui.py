"""The main window on a large database: start-up, search as you type, opening an
account, the agenda, memory.

    python -m benchmarks.ui --accounts 20000 --contacts 100000 --visits 300000 [--dir DIR]
    python -m benchmarks.ui --accounts 200 --contacts 1000 --visits 3000   # smoke run

The data set is made by ``kadesk demo`` in a child process (so generation does
not count towards this process's memory); with ``--dir`` it is kept and reused.
One more account with 50 contacts and 500 visits is added for the open-account
figure. Runs offscreen unless QT_QPA_PLATFORM says otherwise.

Targets: start to main window shown within 2x a bare PySide6 window shown in
the same run (the window's shell, drawn by Qt alone; the time until the list is
filled is reported beside it); keystroke to list updated median < 50 ms;
opening the 50-contact/500-visit account < 150 ms; agenda p95 < 50 ms; peak
memory < 400 MB; no GUI-thread stall over 50 ms (a watchdog measures the
longest of each step).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from time import perf_counter
from typing import Any

from pypinyin import Style, lazy_pinyin

from benchmarks.run import machine, publish, sized_parser, summary
from kadesk.domain.enums import Attitude, BuyingRole, VisitKind
from kadesk.domain.queries import AccountFilter
from kadesk.domain.records import AccountFields, ContactFields, VisitFields
from kadesk.paths import db_path
from kadesk.services.app import Kadesk

BIG_ACCOUNT = "基准测试大客户有限公司"
BIG_CONTACTS, BIG_VISITS = 50, 500
START_RUNS = 7
KEYSTROKE_QUERIES = 40
OPEN_RUNS = 15
AGENDA_RUNS = 15


def make_data(folder: Path, args: argparse.Namespace) -> str:
    """The demo database plus one big account; returns the big account's id."""
    if not db_path(folder).exists():
        subprocess.run([sys.executable, "-m", "kadesk", "--data-dir", str(folder), "demo",
                        "--accounts", str(args.accounts), "--contacts", str(args.contacts),
                        "--visits", str(args.visits), "--seed", str(args.seed)],
                       check=True, stderr=subprocess.DEVNULL)
    with Kadesk.open(db_path(folder)) as app:
        # Whose agenda: the rep with the most accounts (and no "who are you?" at start).
        owners = app.accounts.owners()
        app.settings.set(rep_name=max(owners, key=lambda o: app.accounts.count(
            AccountFilter(owners=frozenset({o})))) if owners else "")
        found = app.accounts.page(AccountFilter(text=BIG_ACCOUNT), limit=1)
        if found and found[0].name == BIG_ACCOUNT:
            return found[0].id
        account = app.accounts.create(AccountFields(name=BIG_ACCOUNT)).record
        rng = random.Random(args.seed)
        contacts: list[str] = []
        for i in range(BIG_CONTACTS):
            contacts.append(app.contacts.create(ContactFields(
                account_id=account.id, name=f"联系人{i:02d}", title="经理",
                buying_role=rng.choice(list(BuyingRole)), attitude=rng.choice(list(Attitude)),
                reports_to_id=contacts[rng.randrange(len(contacts))] if contacts else None,
            )).record.id)
        start = datetime.now(UTC) - timedelta(days=2 * 365)
        for i in range(BIG_VISITS):
            app.visits.create(VisitFields(
                account_id=account.id, kind=rng.choice(list(VisitKind)),
                occurred_at=start + timedelta(hours=35 * i), purpose=f"第{i}次拜访",
                contact_ids=tuple(rng.sample(contacts, 2))))
        return account.id


def time_start(folder: Path) -> dict[str, Any]:
    """Process start to window shown (and filled), kadesk against a bare window,
    alternating."""
    samples: dict[str, list[float]] = {"bare": [], "kadesk": []}
    filled: list[float] = []
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    for _ in range(START_RUNS):
        for mode, runs in samples.items():
            command = [sys.executable, "-m", "benchmarks.ui_start", mode, str(folder)]
            began = perf_counter()
            child = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env,
                                     stderr=subprocess.DEVNULL)
            assert child.stdout is not None
            line = child.stdout.readline()
            runs.append(perf_counter() - began)
            second = child.stdout.readline()
            if mode == "kadesk":
                filled.append(perf_counter() - began)
            child.wait()
            if (line.strip(), second.strip()) != ("shown", "filled"):
                raise SystemExit(f"{mode} start failed (exit {child.returncode})")
    bare, kadesk = (statistics.median(samples[m]) for m in ("bare", "kadesk"))
    return {"bare_ms": round(bare * 1000), "kadesk_ms": round(kadesk * 1000),
            "ratio": round(kadesk / bare, 2),
            "filled_ms": round(statistics.median(filled) * 1000)}


def keystrokes(app: Kadesk, rng: random.Random) -> list[str]:
    """What a rep types, one prefix per keystroke: Chinese, pinyin and initials."""
    names = [a.short_name or a.name for a in app.accounts.page(AccountFilter(), limit=5000)]
    typed: list[str] = []
    for i, name in enumerate(rng.sample(names, KEYSTROKE_QUERIES)):
        form = i % 3
        if form == 0:
            query = name[:3]
        elif form == 1:
            query = "".join(lazy_pinyin(name[:2]))
        else:
            query = "".join(lazy_pinyin(name[:4], style=Style.FIRST_LETTER))
        typed += [query[:n] for n in range(1, len(query) + 1)]
    return typed


def timed(action: Callable[[], object], settle: Callable[[], object]) -> float:
    began = perf_counter()
    action()
    settle()
    return perf_counter() - began


class Watchdog:
    """The GUI thread's longest stall in each step: a 5 ms timer on the GUI thread
    stamps the time whenever its event loop runs; a thread of its own samples how
    long ago the last stamp was, so a step that holds the GUI thread shows as a gap."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.beat = perf_counter()
        self.step = "idle"
        self.worst: dict[str, float] = {}
        self.timer = QTimer(interval=5)
        self.timer.timeout.connect(self._stamp)
        self.timer.start()
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()

    def _stamp(self) -> None:
        self.beat = perf_counter()

    def _watch(self) -> None:
        while not self._stopped.wait(0.002):
            gap = perf_counter() - self.beat
            if gap > self.worst.get(self.step, 0.0):
                self.worst[self.step] = gap

    def during(self, step: str) -> None:
        self._stamp()
        self.step = step

    def stop(self) -> dict[str, float]:
        self._stopped.set()
        self._thread.join()
        self.timer.stop()
        return {step: round(gap * 1000, 1) for step, gap in self.worst.items()
                if step != "idle"}


def time_window(folder: Path, big_id: str, seed: int) -> dict[str, Any]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from kadesk.ui import i18n
    from kadesk.ui.main_window import MainWindow

    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      tempfile.mkdtemp(prefix="kadesk-bench-"))
    i18n.install("zh_CN")
    results: dict[str, Any] = {}
    with Kadesk.open(db_path(folder)) as app:
        watchdog = Watchdog()
        watchdog.during("main window built and shown")
        window = MainWindow(app, "zh_CN")
        window.show()
        qt_app.processEvents()
        search = window.filters.search

        def keystroke(text: str) -> Callable[[], None]:
            def act() -> None:  # what a pause in typing runs: the list and the results
                search.setText(text)
                window.filters.flush()
                window.results.search(text)
            return act

        typed = keystrokes(app, random.Random(seed))
        watchdog.during("search as you type")
        samples = [timed(keystroke(t), qt_app.processEvents) for t in typed]
        results["keystroke"] = summary(samples)
        search.clear()
        window.filters.flush()

        other = window.model.account_id(0)
        for tab in ("profile", "contacts", "contact_map", "visits"):
            watchdog.during(f"open the big account, {tab} tab")
            window.workspace.tabs.setCurrentWidget(getattr(window.workspace, tab))
            samples = []
            for _ in range(OPEN_RUNS):
                window.open_account(other)
                qt_app.processEvents()
                samples.append(timed(lambda: window.open_account(big_id), qt_app.processEvents))
            results[f"open_account_{tab}"] = summary(samples)

        watchdog.during("agenda")
        window.show_agenda()
        qt_app.processEvents()
        results["agenda"] = summary([timed(window.agenda.refresh, qt_app.processEvents)
                                     for _ in range(AGENDA_RUNS)])
        watchdog.during("agenda: the whole team")
        window.agenda.team.setChecked(True)
        results["agenda_team"] = summary([timed(window.agenda.refresh, qt_app.processEvents)
                                          for _ in range(AGENDA_RUNS)])
        watchdog.during("first save of a contact (search keys)")
        app.contacts.create(ContactFields(account_id=big_id, name="看门狗测试联系人"))
        qt_app.processEvents()
        results["stalls_ms"] = watchdog.stop()
        window.close()
    results["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    return results


def report(r: dict[str, Any]) -> str:
    s = r["start"]

    def ms(key: str) -> str:
        return f"{r[key]['median_ms']:>7.1f} / {r[key]['p95_ms']:>6.1f}"

    rows = [
        ("start: bare PySide6 window shown, ms", f"{s['bare_ms']:>16,}"),
        ("start: kadesk main window shown, ms", f"{s['kadesk_ms']:>16,}"),
        ("start: ratio kadesk / bare  (target 2x)", f"{s['ratio']:>15.2f}x"),
        ("start: list and agenda filled, ms", f"{s['filled_ms']:>16,}"),
        ("keystroke to list updated: median / p95, ms", ms("keystroke")),
        ("open 50-contact/500-visit account, Profile tab", ms("open_account_profile")),
        ("  ... with the Contacts tab showing", ms("open_account_contacts")),
        ("  ... with the Contact map tab showing", ms("open_account_contact_map")),
        ("  ... with the Visits tab showing", ms("open_account_visits")),
        ("agenda refresh (mine): median / p95, ms", ms("agenda")),
        ("agenda refresh (whole team): median / p95, ms", ms("agenda_team")),
        ("peak RSS of the window process, MB", f"{r['window']['peak_rss_mb']:>16,}"),
        *((f"longest GUI-thread stall: {step}, ms", f"{gap:>16,.1f}")
          for step, gap in r["stalls_ms"].items()),
    ]
    width = max(len(label) for label, _ in rows)
    return "\n".join(f"{label:<{width}}  {value}" for label, value in rows)


def main(argv: list[str] | None = None) -> int:
    parser = sized_parser("python -m benchmarks.ui", __doc__)
    parser.add_argument("--dir", metavar="DIR", type=Path,
                        help="keep the database here and reuse it on the next run")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = args.dir or Path(tempfile.mkdtemp(prefix="kadesk-ui-bench-"))
    big_id = make_data(folder, args)
    results: dict[str, Any] = {"machine": machine(), "accounts": args.accounts,
                               "contacts": args.contacts, "visits": args.visits,
                               "start": time_start(folder)}
    # The window figures come from a child, so its peak memory is the window's alone.
    window = subprocess.run([sys.executable, "-m", "benchmarks.ui", "--window-child",
                             str(folder), big_id, str(args.seed)],
                            check=True, capture_output=True, text=True)
    results["window"] = json.loads(window.stdout.splitlines()[-1])
    results.update({k: v for k, v in results["window"].items() if k != "peak_rss_mb"})
    publish(report(results), results, args.json)
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--window-child":
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        print(json.dumps(time_window(Path(sys.argv[2]), sys.argv[3], int(sys.argv[4]))))
        raise SystemExit(0)
    raise SystemExit(main())
