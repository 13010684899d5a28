"""Latency of `kg ask`: wall time from starting the command to its answer.

Goal: every answer within 1 s of the command starting (a fresh `kg` process each time, so the
time includes Python start-up and imports; `kg ask` must not import spaCy).
Builds the seeds' store once into a temporary folder unless --store PATH is given; --all-sets
builds it from every article under tests/ instead (~190 articles), with questions of every form
about the people and bodies those articles name most: a store where one fact has dozens of
pieces of evidence, so queries that join repeated statements show.
Run: python benchmarks/ask_latency.py [--store PATH | --all-sets] [--repeat N] [--timeout S]
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


# Questions of every form, about names the test sets use often (for --all-sets).
ALL_SETS_QUESTIONS = [
    "who did Rajnath Singh meet", "who met Singh", "when did Rajnath Singh meet Teodoro", "where did Rajnath Singh meet Marles",
    "did Doval meet Latheef", "what did Rajnath Singh and Marles discuss", "who is the Defence Minister of Japan",
    "who is Japan's defence minister", "who is NATO Secretary General", "what office does Rajnath Singh hold",
    "who is Rajnath Singh", "tell me about Rajnath Singh", "which countries are members of the Colombo Security Conclave",
    "which frameworks is India a member of", "which policies does India pursue", "which agreements has India signed with Vietnam",
    "what is the Colombo Security Conclave", "what does CSC stand for", "when did the Colombo Security Conclave meet",
    "who attended the Colombo Security Conclave", "which meetings took place in New Delhi", "which meetings took place in October 2025",
    "which meetings are planned", "who met whom in Colombo", "which countries did Rajnath Singh visit", "who visited India",
    "how is Rajnath Singh connected to Ajit Doval", "how many meetings did Rajnath Singh hold", "which Vietnamese officials did Rajnath Singh meet",
    "who did Rajnath Singh speak to by phone", "list all meetings", "which meetings did Rajnath Singh attend",
]


def kg_command() -> list[str]:
    exe = shutil.which("kg")
    return [exe] if exe else [sys.executable, "-c", "from diplokg.cli import main; main()"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path)
    parser.add_argument("--all-sets", action="store_true", help="build the store from every article under tests/")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds before a question counts as failed")
    args = parser.parse_args()
    workdir = None
    store = args.store
    asked = ALL_SETS_QUESTIONS if args.all_sets else questions()
    if store is None:
        workdir = Path(tempfile.mkdtemp(prefix="ask-latency-"))
        store = workdir / "kg-store"
        sources = sorted(ROOT.glob("tests/*/articles")) if args.all_sets else [ROOT / "seeds"]
        subprocess.run([*kg_command(), "build", *map(str, sources), "--store", str(store)], check=True, capture_output=True)
    env = dict(os.environ, KG_STORE=str(store))
    # Start-up alone: the floor under every answer.
    started = time.perf_counter()
    subprocess.run([*kg_command(), "--help"], env=env, capture_output=True, check=True)
    startup = time.perf_counter() - started
    timings: list[tuple[float, str, int]] = []
    for question in asked:
        for _ in range(args.repeat):
            started = time.perf_counter()
            try:
                code = subprocess.run([*kg_command(), "ask", question, "--format", "json"], env=env, capture_output=True, text=True, timeout=args.timeout).returncode
            except subprocess.TimeoutExpired:
                code = -1  # shown as "exit -1"
            timings.append((time.perf_counter() - started, question, code))
    spacy_check = subprocess.run(
        [sys.executable, "-c", "import sys, diplokg.cli, diplokg.ask, diplokg.show; print('spacy' in sys.modules)"],
        capture_output=True, text=True, env=env,
    )
    values = [t for t, _, _ in timings]
    print(f"kg --help (start-up)   {startup:.3f} s")
    print(f"questions              {len(asked)} x {args.repeat}")
    print(f"median / p90 / max     {statistics.median(values):.3f} / {sorted(values)[int(0.9 * (len(values) - 1))]:.3f} / {max(values):.3f} s")
    print(f"over 1 s               {sum(v > 1.0 for v in values)}")
    print(f"spaCy imported by CLI  {spacy_check.stdout.strip()}")
    for elapsed, question, code in sorted(timings, reverse=True)[:5]:
        print(f"  {elapsed:.3f} s  exit {code}  {question}")
    if workdir:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
