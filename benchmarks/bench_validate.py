"""Time diplokg.validate.validate on a large dataset: copies of tests/data/seed001.trig.

Each copy renames every individual (suffix ``-c<n>``), so the shapes see n times the nodes.
Goal: a 50k-triple dataset validates in a few seconds (SHACL Core only; one SPARQL-based
constraint made pyshacl take ~57 s on such a graph).
Run: python benchmarks/bench_validate.py [copies]   (default 40 copies, ~51k quads)
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import rdflib
from rdflib import URIRef

from diplokg.namespaces import DKI
from diplokg.validate import load_data_file, validate

SEED = Path(__file__).resolve().parents[1] / "tests" / "data" / "seed001.trig"


def renamed(term, n: int):
    if isinstance(term, URIRef) and term.startswith(str(DKI)) and not term.startswith(str(DKI["graph/"])):
        return URIRef(f"{term}-c{n}")
    return term


def main(copies: int = 40) -> None:
    seed = load_data_file(SEED)
    quads = list(seed.quads((None, None, None, None)))
    big = rdflib.Dataset()
    for n in range(copies):
        for s, p, o, g in quads:
            big.graph(renamed(g, n)).add((renamed(s, n), p, renamed(o, n)))
    total = len(list(big.quads((None, None, None, None))))
    started = time.perf_counter()
    report = validate(big)
    elapsed = time.perf_counter() - started
    print(f"{total} quads ({copies} copies of seed001), conforms={report.conforms}, "
          f"{len(report.results)} results, {elapsed:.2f} s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 40)
