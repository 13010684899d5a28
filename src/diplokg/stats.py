"""``kg stats``: what the graph holds, who is most connected, which countries meet, and when.

* counts of individuals by class (and of articles, assertions, quads);
* the most connected people in the person-to-person meeting network (the ``people`` view of
  :mod:`diplokg.export`): degree = distinct people met, betweenness centrality (normalised);
* meetings per pair of countries (the participants' countries; a meeting whose participants all
  come from one country counts for the pair of that country with itself);
* meetings per month (``YYYY-MM``; a meeting known only to the year counts under ``YYYY``,
  one without a date under ``undated``), held and planned.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import combinations
from typing import Any

import networkx as nx

from .export import compact_iri, meetings, people_graph, person_countries
from .store import KGStore


def compute_stats(store: KGStore, *, top: int = 10) -> dict[str, Any]:
    """All statistics as plain JSON-ready data; ``top`` limits the people list."""
    classes = {
        compact_iri(r["c"]): int(r["n"])  # type: ignore[arg-type]
        for r in store.select("SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c")
    }
    assertions = int(store.select("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { ?g a dk:Assertion }")[0]["n"])  # type: ignore[arg-type]

    people = people_graph(store)
    betweenness = nx.betweenness_centrality(people, normalized=True) if people.number_of_nodes() > 2 else {n: 0.0 for n in people}
    all_meetings = meetings(store)
    meeting_count = Counter(p for m in all_meetings for p in m["participants"])
    ranked = sorted(
        people.nodes(data=True),
        key=lambda nd: (-people.degree(nd[0]), -betweenness.get(nd[0], 0.0), -meeting_count[nd[0]], nd[1]["label"]),
    )
    top_people = [
        {
            "person": attrs["label"],
            "iri": node,
            "country": attrs.get("country", ""),
            "degree": people.degree(node),
            "meetings": meeting_count[node],
            "betweenness": round(betweenness.get(node, 0.0), 4),
        }
        for node, attrs in ranked[: max(top, 0)]
    ]

    countries = person_countries(store)
    pairs: Counter[tuple[str, str]] = Counter()
    for m in all_meetings:
        present = sorted({c for p in m["participants"] for c in countries.get(p, [])})
        if len(present) == 1 and all(countries.get(p) for p in m["participants"]):
            pairs[(present[0], present[0])] += 1
        for pair in combinations(present, 2):
            pairs[pair] += 1
    country_pairs = [
        {"countries": list(pair), "meetings": n}
        for pair, n in sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0]))
    ]

    months: dict[str, Counter[str]] = defaultdict(Counter)
    for m in all_meetings:
        date = m["date"] or ""
        key = date[:7] if len(date) >= 7 else (date[:4] if len(date) >= 4 else "undated")
        months[key][m["status"] or "unknown"] += 1
    per_month = [
        {"month": key, "meetings": sum(c.values()), "held": c.get("held", 0), "planned": c.get("planned", 0)}
        for key, c in sorted(months.items(), key=lambda kv: (kv[0] == "undated", kv[0]))
    ]

    return {
        "totals": {
            "quads": len(store),
            "assertion_graphs": assertions,
            "articles": classes.get("dk:Article", 0),
            "meetings": len(all_meetings),
            "people": people.number_of_nodes(),
        },
        "classes": dict(sorted(classes.items(), key=lambda kv: (-kv[1], kv[0]))),
        "most_connected_people": top_people,
        "meetings_per_country_pair": country_pairs,
        "meetings_per_month": per_month,
    }


def _table(headers: list[str], rows: list[list[Any]], numeric: set[int] | None = None) -> list[str]:
    numeric = numeric or set()
    cells = [[str(c) for c in r] for r in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]

    def line(values: list[str]) -> str:
        return "  ".join(v.rjust(widths[i]) if i in numeric else v.ljust(widths[i]) for i, v in enumerate(values)).rstrip()

    return [line(headers), line(["-" * w for w in widths])] + [line(r) for r in cells]


def render_text(stats: dict[str, Any]) -> str:
    """The statistics as aligned plain-text tables."""
    t = stats["totals"]
    out = [
        f"{t['articles']} articles, {t['assertion_graphs']} assertions, {t['quads']} quads; "
        f"{t['people']} people, {t['meetings']} meetings",
        "",
        "Individuals by class",
    ]
    out += _table(["class", "count"], [[c, n] for c, n in stats["classes"].items()], {1})
    out += ["", "Most connected people (meeting network)"]
    out += _table(
        ["person", "country", "people met", "meetings", "betweenness"],
        [[p["person"], p["country"], p["degree"], p["meetings"], f"{p['betweenness']:.3f}"] for p in stats["most_connected_people"]],
        {2, 3, 4},
    )
    out += ["", "Meetings per country pair"]
    out += _table(["countries", "meetings"], [[" – ".join(p["countries"]), p["meetings"]] for p in stats["meetings_per_country_pair"]], {1})
    out += ["", "Meetings per month"]
    out += _table(["month", "meetings", "held", "planned"], [[m["month"], m["meetings"], m["held"], m["planned"]] for m in stats["meetings_per_month"]], {1, 2, 3})
    return "\n".join(out) + "\n"
