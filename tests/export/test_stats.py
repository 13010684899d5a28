"""``kg stats``: counts, most connected people, meetings per country pair and per month."""

from __future__ import annotations

from collections import Counter

from diplokg.stats import compute_stats, render_text


def _co_participants(store) -> dict[str, set[str]]:
    rows = store.select(
        """SELECT DISTINCT ?a ?b WHERE { ?m a dk:Meeting ; dk:participant ?a, ?b .
           ?a a dk:Person . ?b a dk:Person . FILTER(?a != ?b) }"""
    )
    met: dict[str, set[str]] = {}
    for r in rows:
        met.setdefault(str(r["a"]), set()).add(str(r["b"]))
    return met


def test_counts_by_class_match_the_store(any_store):
    stats = compute_stats(any_store)
    for name, count in stats["classes"].items():
        prefix, local = name.split(":", 1)
        n = any_store.select(f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s a {prefix}:{local} }}")[0]["n"]
        assert int(n) == count, name
    assert stats["classes"]["dk:Person"] == stats["totals"]["people"]
    assert stats["totals"]["quads"] == len(any_store)


def test_most_connected_people_are_ranked_by_people_met(any_store):
    stats = compute_stats(any_store, top=1000)
    people = stats["most_connected_people"]
    met = _co_participants(any_store)
    assert people
    for p in people:
        assert p["degree"] == len(met.get(p["iri"], ()))
        assert 0.0 <= p["betweenness"] <= 1.0
    degrees = [p["degree"] for p in people]
    assert degrees == sorted(degrees, reverse=True)
    # In a path a - b - c, only b lies between others: betweenness picks out brokers.
    brokers = [p for p in people if p["betweenness"] > 0]
    for p in brokers:
        assert p["degree"] >= 2


def test_top_limits_the_people_list(fixture_store):
    assert len(compute_stats(fixture_store, top=2)["most_connected_people"]) == 2
    assert compute_stats(fixture_store, top=0)["most_connected_people"] == []


def test_meetings_per_month_add_up_to_all_meetings(any_store):
    stats = compute_stats(any_store)
    months = stats["meetings_per_month"]
    assert sum(m["meetings"] for m in months) == stats["totals"]["meetings"]
    rows = any_store.select("SELECT ?m (MIN(STR(?d)) AS ?date) WHERE { ?m a dk:Meeting ; dk:participant ?p . OPTIONAL { ?m dk:date ?d } } GROUP BY ?m")
    expected = Counter((r["date"] and str(r["date"])[:7]) or "undated" for r in rows)
    assert {m["month"]: m["meetings"] for m in months} == dict(expected)
    for m in months:
        assert m["held"] + m["planned"] <= m["meetings"]


def test_meetings_per_country_pair_counts_meetings_across_countries(fixture_store):
    stats = compute_stats(fixture_store)
    pairs = {tuple(p["countries"]): p["meetings"] for p in stats["meetings_per_country_pair"]}
    rows = fixture_store.select(
        """SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE {
             ?m a dk:Meeting ; dk:participant ?a, ?b .
             ?a dk:holds/dk:officeOf/rdfs:label "India" .
             { ?b dk:nationality/rdfs:label "Maldives" } UNION { ?b dk:holds/dk:officeOf/rdfs:label "Maldives" } }"""
    )
    assert pairs[("India", "Maldives")] == int(rows[0]["n"])
    assert all(a <= b for a, b in pairs)  # each pair once, in order


def test_text_rendering_lists_every_section(fixture_store):
    stats = compute_stats(fixture_store, top=3)
    text = render_text(stats)
    for heading in ("Individuals by class", "Most connected people", "Meetings per country pair", "Meetings per month"):
        assert heading in text
    for p in stats["most_connected_people"]:
        assert p["person"] in text
