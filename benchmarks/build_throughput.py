"""Build throughput against bare spaCy on a ~200k-word corpus (not part of pytest).

The corpus is made from the seed (and extra) articles: each copy has every annotated person's
name tokens replaced by invented ones (so every copy is new text: no cache hits, and new
people for the resolver) and its publication date moved. It compares

* bare spaCy as it runs by default: ``spacy.load(model).pipe(texts)`` (``n_process=N`` with
  ``--jobs N``);
* bare spaCy with the build's batch size (``batch_size=diplokg.build.PIPE_BATCH_SIZE``): the
  like-for-like comparison, whose ratio is the cost of diplokg's own work; and
* ``diplokg.build.build(...)`` into a fresh store: reading, our pipeline components, extraction,
  resolution, RDF and writing the store,

and prints words/s for each and the build's ratio to both (target: build >= 85 % of bare spaCy).
Model loading (and, for the build, the extractor's reference data) is timed apart and left out of
all rates.

    python benchmarks/build_throughput.py                 # ~200k words, one process
    python benchmarks/build_throughput.py --jobs 2 --words 100000
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import shutil
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SYLLABLES = ["ka", "ran", "mo", "li", "sa", "vet", "du", "ner", "an", "to", "bi", "gor", "el", "ma", "shi", "ro", "ven", "ta"]


def _invented(token: str, variant: int) -> str:
    h = hashlib.sha1(f"{token}|{variant}".encode()).digest()
    word = "".join(SYLLABLES[b % len(SYLLABLES)] for b in h[: 2 + h[5] % 2])
    return word.capitalize()


def _name_tokens(gold_dirs: list[Path]) -> list[str]:
    tokens: set[str] = set()
    for d in gold_dirs:
        for f in d.glob("*.json"):
            data = json.loads(f.read_text("utf-8"))
            persons = data.get("persons", [])
            names = list(persons) if isinstance(persons, dict) else [p["name"] for p in persons]
            for p in persons if isinstance(persons, list) else []:
                names += p.get("aliases", [])
            for n in names:
                tokens |= {t for t in re.findall(r"[A-Z][a-z]+", n) if len(t) > 2}
    return sorted(tokens, key=len, reverse=True)


def make_corpus(target_words: int, out: Path) -> tuple[int, int]:
    sources = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "extra" / "articles").glob("*.txt"))
    texts = [s.read_text("utf-8") for s in sources]
    tokens = _name_tokens([ROOT / "tests" / "gold", ROOT / "tests" / "extra" / "gold"])
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, tokens)) + r")\b")
    words = docs = 0
    variant = 0
    while words < target_words:
        variant += 1
        for src, text in zip(sources, texts):
            new = pattern.sub(lambda m: _invented(m.group(1), variant), text)
            new = re.sub(
                r"^(\s*date\s+)(\d{4}-\d{2}-\d{2})",
                lambda m: m.group(1) + (date.fromisoformat(m.group(2)) + timedelta(days=variant)).isoformat(),
                new,
            )
            (out / f"{src.stem}-v{variant:03d}.txt").write_text(new, "utf-8")
            words += len(new.split())
            docs += 1
            if words >= target_words:
                break
    return docs, words


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--words", type=int, default=200_000)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--model", default=None)
    parser.add_argument("--repeat", type=int, default=2, help="runs of each; the best is kept")
    args = parser.parse_args()

    import spacy

    from diplokg import build as build_module
    from diplokg.build import PIPE_BATCH_SIZE, build, model_name
    from diplokg.read import read_inputs

    work = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    try:
        corpus = work / "corpus"
        corpus.mkdir()
        docs, words = make_corpus(args.words, corpus)
        print(f"corpus: {docs} articles, {words} words, {args.jobs} process(es), model {model_name(args.model)}")
        texts = [d.text for d in read_inputs([corpus]).documents]

        t0 = time.perf_counter()
        bare = spacy.load(model_name(args.model))
        bare_load = time.perf_counter() - t0

        # the build's own model load, timed apart (with --jobs on Linux the forked workers share it)
        loads: list[float] = []
        real_load = build_module._load_nlp

        def timed_load(model):
            t = time.perf_counter()
            nlp = real_load(model)
            loads.append(time.perf_counter() - t)
            return nlp

        build_module._load_nlp = timed_load
        # The machine is shared: alternate the three, several times, and keep each one's best.
        runs: dict[str, list[tuple[float, float]]] = {"bare": [], "bare_same": [], "build": []}

        def timed(key: str, job) -> Any:
            t0, c0 = time.perf_counter(), time.process_time()
            result = job()
            runs[key].append((time.perf_counter() - t0, time.process_time() - c0))
            return result

        for i in range(args.repeat):
            timed("bare", lambda: [None for _ in bare.pipe(texts, n_process=args.jobs)])
            timed("bare_same", lambda: [None for _ in bare.pipe(texts, n_process=args.jobs, batch_size=PIPE_BATCH_SIZE)])
            loads.clear()
            store = work / f"kg-store-{i}"
            report = timed("build", lambda: build([corpus], store, model=args.model, jobs=args.jobs))
            load = sum(loads)  # the main process's load: forked workers share its model (elsewhere they load their own, counted)
            wall, cpu = runs["build"][-1]
            runs["build"][-1] = (wall - load, cpu - load)
        best = {k: (min(w for w, _ in v), min(c for _, c in v)) for k, v in runs.items()}
        build_s, build_cpu = best["build"]
        print(f"bare spaCy, default batch size ({bare.batch_size}) : {best['bare'][0]:7.1f} s  {words / best['bare'][0]:7.0f} words/s   (model load {bare_load:.1f} s, not counted)")
        print(f"bare spaCy, batch size {PIPE_BATCH_SIZE} (as the build)  : {best['bare_same'][0]:7.1f} s  {words / best['bare_same'][0]:7.0f} words/s")
        print(f"kg build                              : {build_s:7.1f} s  {words / build_s:7.0f} words/s   (model load not counted)")
        for key, label in (("bare", "bare spaCy as it runs by default"), ("bare_same", f"bare spaCy at batch size {PIPE_BATCH_SIZE}")):
            line = f"ratio to {label:34s}: {best[key][0] / build_s:6.1%} wall clock"
            if args.jobs == 1:
                line += f", {best[key][1] / build_cpu:6.1%} CPU time ({best[key][1]:.1f} s vs {build_cpu:.1f} s)"
            print(line + "   (target >= 85%)")
        print(f"store        : {report.articles} articles, {report.persons} persons, {report.meetings} meetings, {report.quads} quads")
        from diplokg.store import read_manifest

        fingerprint = read_manifest(store).get("extractor")
        t0 = time.perf_counter()
        again = build([corpus], store, model=args.model, jobs=args.jobs)
        print(f"re-build     : {time.perf_counter() - t0:7.1f} s  ({again.cached} cached, {again.extracted} processed)")
        if read_manifest(store).get("extractor") != fingerprint:
            print("               (the extraction code changed during the run: the cache was rightly ignored)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
