"""Time every export format, ``kg stats`` and ``kg viz`` (page build + headless Chromium drawing)
on a graph of about 500 nodes: copies of tests/export/fixture.trig.

Each copy renames every individual except the countries (suffix ``-c<n>``), so the copies share
their country hubs as a real corpus does. Goal: each export in a few seconds; the viz page
drawn (layout included) within Chromium's 10 s virtual time budget at ~500 nodes.
Run: python benchmarks/bench_exports.py [copies]   (default 16 copies, ~510 nodes)
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import rdflib
from rdflib import URIRef

from diplokg.export import FORMATS, export
from diplokg.namespaces import DKI
from diplokg.stats import compute_stats
from diplokg.store import KGStore, write_store
from diplokg.viz import graph_data, render_html

FIXTURE = Path(__file__).resolve().parents[1] / "tests" / "export" / "fixture.trig"
KEEP = (str(DKI["graph/"]), str(DKI["country/"]))


def renamed(term, n: int):
    if isinstance(term, URIRef) and term.startswith(str(DKI)) and not term.startswith(KEEP):
        return URIRef(f"{term}-c{n}")
    return term


def timed(label: str, func):
    started = time.perf_counter()
    result = func()
    print(f"{label:<28} {time.perf_counter() - started:7.2f} s")
    return result


def main(copies: int = 16) -> None:
    seed = rdflib.Dataset()
    seed.parse(str(FIXTURE), format="trig")
    quads = list(seed.quads((None, None, None, None)))
    with tempfile.TemporaryDirectory(prefix="bench-exports-") as tmp:
        path = Path(tmp) / "kg-store"
        write_store(path, ((renamed(s, n), p, renamed(o, n), renamed(g, n)) for n in range(copies) for s, p, o, g in quads))
        store = KGStore.open(path)
        nodes = len(graph_data(store)["elements"]["nodes"])
        print(f"{len(store)} quads, {nodes} nodes in the full view ({copies} copies of the fixture)")
        for fmt in FORMATS:
            data = timed(f"export {fmt}", lambda fmt=fmt: export(store, fmt))
            print(f"{'':<28} {len(data):>9,} bytes")
        timed("export gexf --view people", lambda: export(store, "gexf", view="people"))
        timed("stats", lambda: compute_stats(store))
        page = Path(tmp) / "graph.html"
        timed("viz page", lambda: page.write_text(render_html(store), "utf-8"))
        chromium = shutil.which("chromium") or shutil.which("chromium-browser")
        if chromium:
            shot = Path(tmp) / "shot.png"
            args = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=10000",
                    "--disable-background-networking", "--disable-component-update", "--no-first-run",
                    "--disable-sync", f"--user-data-dir={tmp}/profile", "--window-size=1400,900",
                    f"--screenshot={shot}", page.as_uri()]
            timed("chromium draw + screenshot", lambda: subprocess.run(args, capture_output=True, timeout=300))
            print(f"{'':<28} screenshot {'written' if shot.is_file() else 'MISSING'}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 16)
