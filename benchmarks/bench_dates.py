"""Time diplokg.dates.find_date_expressions over the seed articles' sentences.

Goal: well under 1 ms per sentence (it runs on every sentence of every article). Reported:
- first pass: every phrase read by dateparser for the first time (its English data already
  loaded by a warm-up phrase, a one-off cost per process that is timed separately);
- repeated passes: phrases already read come from the cache of readings.
Run: python benchmarks/bench_dates.py [repeats]
"""

from __future__ import annotations

import re
import sys
import time
from datetime import date
from pathlib import Path

from diplokg.dates import find_date_expressions

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
HEADER = re.compile(r"\s*date (\d{4}-\d{2}-\d{2})")


def seed_sentences() -> list[tuple[str, date | None]]:
    sentences: list[tuple[str, date | None]] = []
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        header = HEADER.match(text)
        published = date.fromisoformat(header.group(1)) if header else None
        body = text[header.end() :] if header else text
        sentences += [(s, published) for s in re.split(r"(?<=[.!?])\s+", body) if s.strip()]
    return sentences


def main(repeats: int = 50) -> None:
    sentences = seed_sentences()
    started = time.perf_counter()
    find_date_expressions("signed on 1 January 2000", None)  # loads dateparser's English data
    warm_up_ms = (time.perf_counter() - started) * 1e3

    started = time.perf_counter()
    found = sum(len(find_date_expressions(s, p)) for s, p in sentences)
    first_pass_us = (time.perf_counter() - started) / len(sentences) * 1e6

    started = time.perf_counter()
    for _ in range(repeats):
        for sentence, published in sentences:
            find_date_expressions(sentence, published)
    repeated_us = (time.perf_counter() - started) / (repeats * len(sentences)) * 1e6
    print(
        f"{len(sentences)} sentences, {found} date expressions: first pass {first_pass_us:.1f} µs per sentence, "
        f"repeated {repeated_us:.1f} µs per sentence (one-off warm-up {warm_up_ms:.0f} ms)"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 50)
