"""Accuracy of the extractor on every bundled gold set, one row per set (not part of pytest).

Builds each set's articles into a fresh temporary store and scores it with ``kg eval``'s own
code (``diplokg.evaluate``): F1 per category over all the set's articles, the meetings' dates and
places right, and over the corpus the statuses and articles of the merged meetings, and the mean
answer F1 of corpus.json's questions asked with ``kg ask``. This is how the README's accuracy
table is made.

    python benchmarks/accuracy.py                      # every set under tests/ (and the seeds)
    python benchmarks/accuracy.py extra9 extra10       # some sets
    python benchmarks/accuracy.py --format markdown    # a table for the README
    python benchmarks/accuracy.py --exclude holdout6   # all but a held-out set

Sets are ``gold`` (the seeds, articles in ``seeds/``) and every ``tests/<name>/`` with ``articles/``
and ``gold/``. Held-out sets are meant to be scored, not read: this prints summary numbers only.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from diplokg.build import build
from diplokg.evaluate import CATEGORIES, EvalReport, Section, evaluate
from diplokg.store import KGStore

ROOT = Path(__file__).resolve().parents[1]


def gold_sets(root: Path = ROOT) -> dict[str, tuple[Path, Path]]:
    """Set name -> (articles folder, gold folder), the seeds first, then by name."""
    sets = {"gold": (root / "seeds", root / "tests" / "gold")}
    for folder in sorted((root / "tests").iterdir(), key=lambda f: [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", f.name)]):
        if (folder / "articles").is_dir() and (folder / "gold").is_dir():
            sets[folder.name] = (folder / "articles", folder / "gold")
    return sets


def score_set(articles: Path, gold: Path, *, model: str | None = None) -> EvalReport:
    """Build ``articles`` into a throw-away store and evaluate it against ``gold``."""
    with tempfile.TemporaryDirectory(prefix="diplokg-accuracy-") as tmp:
        store_path = Path(tmp) / "store"
        build([articles], store_path, model=model)
        return evaluate(KGStore.open(store_path), gold)


def summary(name: str, report: EvalReport) -> dict[str, Any]:
    """The numbers of one row: F1 per category, and dates/places (statuses/articles) right of known."""

    def numbers(section: Section) -> dict[str, Any]:
        out: dict[str, Any] = {c: round(section.scores[c].f1, 2) for c in CATEGORIES}
        out["memberships_precision"] = round(section.scores["memberships"].precision, 2)
        out["memberships_recall"] = round(section.scores["memberships"].recall, 2)
        out["dates"] = [section.dates.right, section.dates.known]
        out["places"] = [section.places.right, section.places.known]
        return out

    row = {"set": name, "articles": len(report.articles), "all_articles": numbers(report.micro)}
    if report.corpus:
        row["corpus"] = numbers(report.corpus)
        row["corpus"]["statuses"] = [report.corpus.statuses.right, report.corpus.statuses.known]
        row["corpus"]["same_articles"] = [report.corpus.merges.right, report.corpus.merges.known]
        if report.corpus.questions is not None:
            row["corpus"]["questions_f1"] = round(report.corpus.questions.mean_f1, 2)
    return row


def _fraction(pair: list[int]) -> str:
    return f"{pair[0]}/{pair[1]}"


def render(rows: list[dict[str, Any]], fmt: str) -> str:
    if fmt == "json":
        return json.dumps(rows, indent=2)
    head = ["set", "articles", *CATEGORIES, "memberships P / R", "dates", "places", "corpus meetings", "same articles", "questions F1"]
    body = []
    for r in rows:
        a, c = r["all_articles"], r.get("corpus") or {}
        body.append([
            r["set"], str(r["articles"]), *(f"{a[k]:.2f}" for k in CATEGORIES),
            f"{a['memberships_precision']:.2f} / {a['memberships_recall']:.2f}", _fraction(a["dates"]), _fraction(a["places"]),
            f"{c['meetings']:.2f}" if c else "-", _fraction(c["same_articles"]) if c else "-",
            f"{c['questions_f1']:.2f}" if "questions_f1" in c else "-",
        ])
    if fmt == "markdown":
        lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        lines += ["| " + " | ".join(cells) + " |" for cells in body]
        return "\n".join(lines)
    widths = [max(len(x) for x in col) for col in zip(head, *body)]
    return "\n".join("  ".join(cell.ljust(w) for cell, w in zip(cells, widths)) for cells in [head, *body])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sets", nargs="*", help="set names (default: all); 'gold' is the seeds")
    parser.add_argument("--exclude", action="append", default=[], metavar="SET", help="leave a set out (repeatable)")
    parser.add_argument("--model", help="spaCy model (default: as kg build)")
    parser.add_argument("--format", choices=("text", "markdown", "json"), default="text")
    args = parser.parse_args(argv)

    available = gold_sets()
    unknown = [s for s in [*args.sets, *args.exclude] if s not in available]
    if unknown:
        parser.error(f"unknown set(s): {', '.join(unknown)}; known: {', '.join(available)}")
    names = [s for s in (args.sets or list(available)) if s not in args.exclude]
    rows = []
    for name in names:
        started = time.perf_counter()
        articles, gold = available[name]
        rows.append(summary(name, score_set(articles, gold, model=args.model)))
        print(f"{name}: {time.perf_counter() - started:.1f} s", file=sys.stderr)
    print(render(rows, args.format))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
