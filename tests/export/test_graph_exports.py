"""Graph exports (GraphML, GEXF, DOT, Cytoscape.js JSON) in the full and the people view."""

from __future__ import annotations

import json
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections import Counter
from io import BytesIO
from itertools import combinations

import networkx as nx
import pytest

from diplokg.export import date_interval, export

GRAPHML_NS = "{http://graphml.graphdrawing.org/xmlns}"
ENTITY_GROUPS = {"Person", "Country", "Office", "Meeting", "Framework"}


def _entities(store) -> dict[str, str]:
    """IRI -> class local name of every typed entity except articles and provenance nodes."""
    rows = store.select(
        "SELECT DISTINCT ?s ?c WHERE { ?s a ?c . FILTER(?c NOT IN (dk:Article, dk:Assertion, dk:BuildRun)) }"
    )
    return {str(r["s"]): str(r["c"]).split("#")[-1] for r in rows}


def _meetings_per_pair(store) -> Counter:
    """Independent count: for each pair of persons, the number of meetings both took part in."""
    rows = store.select("SELECT DISTINCT ?m ?p WHERE { ?m a dk:Meeting ; dk:participant ?p . ?p a dk:Person }")
    by_meeting: dict[str, set[str]] = {}
    for r in rows:
        by_meeting.setdefault(str(r["m"]), set()).add(str(r["p"]))
    pairs: Counter = Counter()
    for people in by_meeting.values():
        for a, b in combinations(sorted(people), 2):
            pairs[(a, b)] += 1
    return pairs


def test_graphml_full_view_has_typed_labelled_nodes_and_labelled_edges(any_store):
    data = export(any_store, "graphml")
    graph = nx.read_graphml(BytesIO(data))
    entities = _entities(any_store)
    assert set(graph.nodes) == set(entities)
    groups = {attrs["group"] for _, attrs in graph.nodes(data=True)}
    assert ENTITY_GROUPS <= groups
    for node, attrs in graph.nodes(data=True):
        assert attrs["label"] and attrs["type"]
    assert graph.number_of_edges() > 0
    labels = {attrs["label"] for *_, attrs in graph.edges(data=True)}
    assert {"participant", "holds", "officeOf"} <= labels
    # Keys are named after the attributes, and every value is a string or a number.
    root = ET.fromstring(data)
    for key in root.iter(GRAPHML_NS + "key"):
        assert key.get("id") == key.get("attr.name")
        assert key.get("attr.type") in {"string", "int", "long", "float", "double", "boolean"}


def test_graphml_edges_match_the_store_relations(any_store):
    graph = nx.read_graphml(BytesIO(export(any_store, "graphml")))
    entities = _entities(any_store)
    rows = any_store.select("SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o . FILTER(isIRI(?o) && ?p != rdf:type) }")
    expected = {(str(r["s"]), str(r["p"]).split("#")[-1], str(r["o"])) for r in rows if str(r["s"]) in entities and str(r["o"]) in entities}
    got = {(u, a["label"], v) for u, v, a in graph.edges(data=True)}
    assert got == expected


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_people_view_weights_are_meeting_counts(any_store, fmt):
    data = export(any_store, fmt, view="people")
    graph = nx.read_graphml(BytesIO(data)) if fmt == "graphml" else nx.read_gexf(BytesIO(data))
    expected = _meetings_per_pair(any_store)
    assert expected, "the store has no meetings of two persons"
    got = {tuple(sorted((u, v))): float(a["weight"]) for u, v, a in graph.edges(data=True)}
    assert got == {pair: float(n) for pair, n in expected.items()}
    assert all(attrs["type"] == "Person" for _, attrs in graph.nodes(data=True))


def test_gexf_people_view_has_dated_edges_for_the_timeline(any_store):
    data = export(any_store, "gexf", view="people")
    root = ET.fromstring(data)
    ns = {"g": root.tag.split("}")[0].strip("{")}
    graph_el = root.find("g:graph", ns)
    assert graph_el.get("mode") == "dynamic" and graph_el.get("timeformat") == "date"
    dated = any_store.select(
        """SELECT DISTINCT ?a ?b ?d WHERE { ?m a dk:Meeting ; dk:participant ?a, ?b ; dk:date ?d .
           ?a a dk:Person . ?b a dk:Person . FILTER(STR(?a) < STR(?b)) }"""
    )
    assert dated
    spells: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for edge in root.iter(f"{{{ns['g']}}}edge"):
        key = tuple(sorted((edge.get("source"), edge.get("target"))))
        spells[key] = [(s.get("start"), s.get("end")) for s in edge.iter(f"{{{ns['g']}}}spell")]
        if edge.get("start"):  # one period: on the edge itself
            assert not spells[key]
            spells[key] = [(edge.get("start"), edge.get("end"))]
    for row in dated:
        start, end = date_interval(str(row["d"]))
        key = tuple(sorted((str(row["a"]), str(row["b"]))))
        assert any(s <= start and end <= e for s, e in spells[key]), (key, spells[key])


def test_date_intervals_cover_the_precision_of_the_date():
    assert date_interval("2025-10-07") == ("2025-10-07", "2025-10-07")
    assert date_interval("2024-02") == ("2024-02-01", "2024-02-29")
    assert date_interval("2025") == ("2025-01-01", "2025-12-31")
    assert date_interval("October") is None


def test_cytoscape_json_elements_reference_existing_nodes(any_store):
    doc = json.loads(export(any_store, "cytoscape"))
    nodes = {n["data"]["id"]: n["data"] for n in doc["elements"]["nodes"]}
    assert set(nodes) == set(_entities(any_store))
    ids = set()
    for edge in doc["elements"]["edges"]:
        d = edge["data"]
        assert d["source"] in nodes and d["target"] in nodes and d["label"]
        assert d["id"] not in ids
        ids.add(d["id"])
    # Evidence stays structured (a list of sentences with their articles) in JSON.
    person = next(d for d in nodes.values() if d["type"] == "Person")
    assert person["evidence"] and {"article", "sentence", "start", "end"} <= set(person["evidence"][0])


def _parse_dot(text: str) -> tuple[set[str], int]:
    """Node ids and the number of edge statements of our DOT output (one statement per line)."""
    nodes, edges = set(), 0
    for line in text.splitlines()[1:-1]:
        line = line.strip()
        if line.startswith('"') and (" -> " in line or " -- " in line):
            edges += 1
        elif line.startswith('"'):
            nodes.add(json.loads(line[: line.index('" [') + 1]))
    return nodes, edges


@pytest.mark.parametrize("view", ["full", "people"])
def test_dot_has_every_node_and_edge(any_store, view):
    text = export(any_store, "dot", view=view).decode("utf-8")
    graphml = nx.read_graphml(BytesIO(export(any_store, "graphml", view=view)))
    nodes, edges = _parse_dot(text)
    assert nodes == set(graphml.nodes)
    assert edges == graphml.number_of_edges()
    assert text.startswith("digraph" if view == "full" else "graph")
    if shutil.which("dot"):
        done = subprocess.run(["dot", "-Tsvg"], input=text.encode("utf-8"), capture_output=True, timeout=120)
        assert done.returncode == 0, done.stderr.decode()


def test_dot_escapes_quotes_and_backslashes():
    from diplokg.export import dot_text

    graph = nx.MultiDiGraph()
    graph.add_node('a"b', label='say "hi" \\ now', group="Person")
    graph.add_node("c", label="c", group="Country")
    graph.add_edge('a"b', "c", key="x", label="x")
    text = dot_text(graph)
    assert '"a\\"b" [label="say \\"hi\\" \\\\ now"' in text
    assert '"a\\"b" -> "c"' in text
