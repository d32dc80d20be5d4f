"""Search quality and latency: a labelled query set (query -> the record wanted) on a
large demo database, through the account list and the search box.

    python -m benchmarks.search --accounts 20000 --contacts 100000 --visits 30000
    python -m benchmarks.search --accounts 300 --contacts 1500 --visits 500   # smoke run

The database is generated (``--dir`` keeps it, and a kept one is reused), then the
real names of benchmarks/search_names.tsv are added: companies with their English
names and aliases, people under the first of them. Queries come from both:
- search_names.tsv: what a rep types for each real name (short names, aliases,
  acronyms, mixed, initials, traditional, tones);
- the demo data: for accounts and people whose name is its own (no other record has
  it), the forms people type: characters of the stem, the whole name's pinyin, the
  stem's initials, characters then initials, a syllable then initials, traditional
  characters, pinyin with tone marks; for people their name, pinyin, surname then
  initials. A form is kept only if no other record has the same form (pypinyin read
  independently of kadesk), so the label is the one right answer.

For each query: the rank of the wanted record in the account list (accounts only;
``AccountService.ids``, what the list runs) and in the search box (``app.search``, 20
hits); hit@1, hit@5, MRR (1/rank, 0 when missed); median and p95 latency. Targets:
hit@1 >= 0.85, hit@5 >= 0.97, median <= 5 ms, p95 <= 25 ms.
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from time import perf_counter
from typing import Any

import opencc
from pypinyin import Style, lazy_pinyin

from benchmarks.run import machine, publish, sized_parser, summary, work_folder
from kadesk.domain.keys import pinyin_stem
from kadesk.domain.queries import AccountFilter
from kadesk.domain.records import AccountFields, ContactFields
from kadesk.domain.text import compact
from kadesk.services.app import Kadesk
from kadesk.services.demo import DemoSize, generate
from kadesk.store import models as m

NAMES = Path(__file__).with_name("search_names.tsv")
TARGETS = {"hit@1": 0.85, "hit@5": 0.97, "median_ms": 5.0, "p95_ms": 25.0}
BOX_LIMIT = 20
DEMO_ACCOUNTS = 25  # accounts drawn from the demo data (up to 8 forms each)
DEMO_PEOPLE = 25  # people drawn (up to 4 forms each)
WARM_UP = 10
S2T = opencc.OpenCC("s2t")
Label = tuple[str, str, str, str]  # (query, kind, id, source form)


def add_real_names(app: Kadesk) -> list[Label]:
    """The companies and people of search_names.tsv (those already there given their
    other names), and their labelled queries."""
    labels: list[Label] = []
    with app.db.read() as session:
        existing = dict(session.query(m.Account.name, m.Account.id).all())
    owner = ""
    for line in NAMES.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        kind, name, short, english, aliases, queries = line.split("\t")
        if kind == "company":
            if name in existing:  # the demo's own 华为, 招商银行…: given their other names
                row_id = existing[name]
                app.accounts.update(row_id, short_name=short, english_name=english,
                                    aliases=aliases)
            else:
                row_id = app.accounts.create(AccountFields(
                    name=name, short_name=short, english_name=english,
                    aliases=aliases)).record.id
            owner = owner or row_id
            labels += [(q, "account", row_id, "real company") for q in queries.split("|")]
        else:
            known = {c.name: c.id for c in app.contacts.of_account(owner)}
            row_id = known.get(name) or app.contacts.create(
                ContactFields(account_id=owner, name=name)).record.id
            labels += [(q, "contact", row_id, "real person") for q in queries.split("|")]
    return labels


def _initials(text: str) -> str:
    return "".join(r[0] for r in lazy_pinyin(text) if r)


def _tones(text: str) -> str:
    return " ".join(lazy_pinyin(text, style=Style.TONE))


ACCOUNT_FORMS: dict[str, Callable[[str], str]] = {
    "characters of the stem": pinyin_stem,
    "whole name's pinyin": lambda n: "".join(lazy_pinyin(n)),
    "stem's initials": lambda n: _initials(pinyin_stem(n)),
    "two characters, then initials": lambda n: pinyin_stem(n)[:2] + _initials(
        pinyin_stem(n)[2:]),
    "a syllable, then initials": lambda n: lazy_pinyin(n)[0] + _initials(pinyin_stem(n)[1:]),
    "traditional characters": lambda n: S2T.convert(pinyin_stem(n)),
    "pinyin with tone marks": lambda n: _tones(pinyin_stem(n)),
}
PERSON_FORMS: dict[str, Callable[[str], str]] = {
    "a person's name": lambda n: n,
    "a person's pinyin": lambda n: "".join(lazy_pinyin(n)),
    "surname, then initials": lambda n: lazy_pinyin(n)[0] + _initials(n[1:]),
}


def demo_labels(app: Kadesk, rng: random.Random, taken: set[str]) -> list[Label]:
    """Labelled queries drawn from the demo data (see the module's doc)."""
    with app.db.read() as session:
        accounts = session.query(m.Account.id, m.Account.name).filter(
            m.Account.deleted.is_(False)).all()
        people = session.query(m.Contact.id, m.Contact.name).filter(
            m.Contact.deleted.is_(False)).all()
    names = Counter(compact(n) for _, n in [*accounts, *people])
    labels: list[Label] = []
    for rows, forms, kind, wanted in ((accounts, ACCOUNT_FORMS, "account", DEMO_ACCOUNTS),
                                      (people, PERSON_FORMS, "contact", DEMO_PEOPLE)):
        mine = [r for r in rows if names[compact(r[1])] == 1 and r[1] not in taken]
        picks = rng.sample(mine, min(wanted, len(mine)))
        for form, make in forms.items():
            # The form of every record whose form starts alike, to keep only queries that
            # name one record (a form's first letter is its first character's).
            typed = {row_id: make(name) for row_id, name in picks}
            lead = {c: compact(make(c))[:1] for c in {n[:1] for _, n in rows}}
            leads = {lead[name[:1]] for _, name in picks}
            seen = Counter(compact(make(n)) for _, n in rows if lead[n[:1]] in leads)
            for row_id, _ in picks:
                if seen[compact(typed[row_id])] == 1 and len(compact(typed[row_id])) >= 2:
                    labels.append((typed[row_id], kind, row_id, form))
    return labels


def measure(app: Kadesk, labels: list[Label]) -> dict[str, Any]:
    for query, *_ in labels[:WARM_UP]:  # the statement cache and the page cache
        app.accounts.ids(AccountFilter(text=query))
        app.search(query, limit=BOX_LIMIT)
    results: dict[str, Any] = {}
    list_rows: list[tuple[str, str, int, float]] = []
    box_rows: list[tuple[str, str, int, float]] = []
    for query, kind, row_id, form in labels:
        start = perf_counter()
        hits = app.search(query, limit=BOX_LIMIT)
        box_rows.append((query, form, _rank([(h.kind, h.id) for h in hits], (kind, row_id)),
                         perf_counter() - start))
        if kind == "account":
            start = perf_counter()
            ids = app.accounts.ids(AccountFilter(text=query))
            list_rows.append((query, form, _rank(ids, row_id), perf_counter() - start))
    for name, rows in (("box", box_rows), ("list", list_rows)):
        results[name] = {**quality([r[2] for r in rows]), **summary([r[3] for r in rows]),
                         "by_form": {f: quality([r[2] for r in rows if r[1] == f])
                                     for f in dict.fromkeys(r[1] for r in rows)},
                         "missed": [{"query": q, "form": f, "rank": r} for q, f, r, _ in rows
                                    if r != 1][:40],
                         "slowest": [{"query": q, "ms": round(t * 1000, 1)} for q, _, _, t
                                     in sorted(rows, key=lambda r: -r[3])[:8]]}
    return results


def _label(line: str) -> Label:
    query, kind, row_id, form = line.split("\t")
    return query, kind, row_id, form


def _rank(found: list[Any], wanted: Any) -> int:
    """1-based position of ``wanted`` in ``found``; 0 when it is not there."""
    return found.index(wanted) + 1 if wanted in found else 0


def quality(ranks: list[int]) -> dict[str, float]:
    n = len(ranks) or 1
    return {"queries": len(ranks),
            "hit@1": round(sum(r == 1 for r in ranks) / n, 3),
            "hit@5": round(sum(1 <= r <= 5 for r in ranks) / n, 3),
            "mrr": round(sum(1 / r for r in ranks if r) / n, 3)}


def report(r: dict[str, Any]) -> str:
    lines = [f"machine: {r['machine']['cpu']}, {r['machine']['cores']} cores, "
             f"Python {r['machine']['python']}, SQLite {r['machine']['sqlite']}",
             f"size: {r['size']} seed {r['seed']}; {r['queries']} labelled queries "
             f"({r['real']} for real names, {r['queries'] - r['real']} from the demo data)",
             "", f"{'':<34}{'queries':>8}{'hit@1':>8}{'hit@5':>8}{'MRR':>8}"
             f"{'median ms':>11}{'p95 ms':>9}"]
    for name, label in (("list", "account list (accounts)"), ("box", "search box (all kinds)")):
        x = r[name]
        lines.append(f"{label:<34}{x['queries']:>8}{x['hit@1']:>8.3f}{x['hit@5']:>8.3f}"
                     f"{x['mrr']:>8.3f}{x['median_ms']:>11.1f}{x['p95_ms']:>9.1f}")
    lines.append("")
    for form, x in r["box"]["by_form"].items():
        lines.append(f"  box, {form:<30}{x['queries']:>6}{x['hit@1']:>8.3f}{x['hit@5']:>8.3f}"
                     f"{x['mrr']:>8.3f}")
    for name in ("list", "box"):
        x = r[name]
        met = [k for k, target in TARGETS.items()
               if (x[k] >= target if k.startswith("hit") else x[k] <= target)]
        lines.append(f"targets ({name}): " + ", ".join(
            f"{k} {'met' if k in met else 'MISSED'}" for k in TARGETS))
        lines.append(f"  not first ({name}): " + "; ".join(
            f"{m_['query']!r} ({m_['form']}) {m_['rank'] or 'missed'}" for m_ in x["missed"]))
        lines.append(f"  slowest ({name}): " + "; ".join(
            f"{s['query']!r} {s['ms']} ms" for s in x["slowest"]))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = sized_parser("python -m benchmarks.search", __doc__)
    parser.add_argument("--dir", metavar="DIR", help="work here and keep the database; "
                        "a database already there (say from `kadesk demo`) is used as it is")
    args = parser.parse_args(argv)
    with work_folder(args.dir, "kadesk-search-") as folder:
        db, saved = folder / "kadesk.db", folder / "labels.tsv"
        fresh = not db.exists()
        with Kadesk.open(db) as app:
            if fresh:
                print("  generating...", file=sys.stderr)
                generate(app, DemoSize(accounts=args.accounts, contacts=args.contacts,
                                       visits=args.visits), seed=args.seed)
            if not saved.exists():  # a fresh database, or one made by `kadesk demo`
                real = add_real_names(app)
                saved.write_text("\n".join("\t".join(label) for label in real),
                                 encoding="utf-8")
            else:
                real = [_label(line) for line in saved.read_text(encoding="utf-8").splitlines()]
            taken = {line.split("\t")[1] for line in NAMES.read_text(encoding="utf-8")
                     .splitlines() if line and not line.startswith("#")}
            labels = real + demo_labels(app, random.Random(args.seed), taken)
            print(f"  {len(labels)} labelled queries; timing...", file=sys.stderr)
            results = {"machine": machine(), "size": {"accounts": args.accounts,
                                                      "contacts": args.contacts,
                                                      "visits": args.visits},
                       "seed": args.seed, "queries": len(labels), "real": len(real),
                       **measure(app, labels)}
    publish(report(results), results, args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
