"""Latency of `kg ask` on the seeds' store: wall time from starting the command to its answer.

Goal: every answer within 1 s of the command starting (a fresh `kg` process each time, so the
time includes Python start-up and imports; `kg ask` must not import spaCy).
Builds the seeds' store once into a temporary folder unless --store PATH is given.
Run: python benchmarks/ask_latency.py [--store PATH] [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def questions() -> list[str]:
    found = []
    for path in sorted((ROOT / "tests" / "gold").glob("*.json")):
        found.extend(q["q"] for q in json.loads(path.read_text("utf-8")).get("questions", []))
    return found + [
        "how is Abdulla Khaleel connected to Rajnath Singh?",
        "which meetings took place in October 2025?",
        "who met Singh",
    ]


def kg_command() -> list[str]:
    exe = shutil.which("kg")
    return [exe] if exe else [sys.executable, "-c", "from diplokg.cli import main; main()"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    workdir = None
    store = args.store
    if store is None:
        workdir = Path(tempfile.mkdtemp(prefix="ask-latency-"))
        store = workdir / "kg-store"
        subprocess.run([*kg_command(), "build", str(ROOT / "seeds"), "--store", str(store)], check=True, capture_output=True)
    env = dict(os.environ, KG_STORE=str(store))
    # Start-up alone: the floor under every answer.
    started = time.perf_counter()
    subprocess.run([*kg_command(), "--help"], env=env, capture_output=True, check=True)
    startup = time.perf_counter() - started
    timings: list[tuple[float, str, int]] = []
    for question in questions():
        for _ in range(args.repeat):
            started = time.perf_counter()
            done = subprocess.run([*kg_command(), "ask", question, "--format", "json"], env=env, capture_output=True, text=True)
            elapsed = time.perf_counter() - started
            timings.append((elapsed, question, done.returncode))
    spacy_check = subprocess.run(
        [sys.executable, "-c", "import sys, diplokg.cli, diplokg.ask, diplokg.show; print('spacy' in sys.modules)"],
        capture_output=True, text=True, env=env,
    )
    values = [t for t, _, _ in timings]
    print(f"kg --help (start-up)   {startup:.3f} s")
    print(f"questions              {len(questions())} x {args.repeat}")
    print(f"median / p90 / max     {statistics.median(values):.3f} / {sorted(values)[int(0.9 * (len(values) - 1))]:.3f} / {max(values):.3f} s")
    print(f"over 1 s               {sum(v > 1.0 for v in values)}")
    print(f"spaCy imported by CLI  {spacy_check.stdout.strip()}")
    for elapsed, question, code in sorted(timings, reverse=True)[:5]:
        print(f"  {elapsed:.3f} s  exit {code}  {question}")
    if workdir:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
