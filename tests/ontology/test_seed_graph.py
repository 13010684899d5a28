"""tests/data/seed001.trig: provenance invariants and agreement with the gold reading of seed 001."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
import rdflib
from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS

from diplokg.namespaces import DK, PROVENANCE_GRAPH

SEED = "001_9fc2457ebedf823b"


@pytest.fixture(scope="module")
def seed(data_dir: Path) -> rdflib.Dataset:
    ds = rdflib.Dataset()
    ds.parse(data_dir / "seed001.trig", format="trig")
    return ds


@pytest.fixture(scope="module")
def union(seed: rdflib.Dataset) -> rdflib.Graph:
    graph = rdflib.Graph()
    for s, p, o, _ in seed.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def assertion_graphs(seed: rdflib.Dataset) -> set[URIRef]:
    return {g for *_, g in seed.quads((None, None, None, None))} - {PROVENANCE_GRAPH}


def test_every_assertion_graph_holds_one_triple_and_has_provenance(seed):
    prov = seed.graph(PROVENANCE_GRAPH)
    graphs = assertion_graphs(seed)
    assert len(graphs) > 100
    for g in graphs:
        assert len(seed.graph(g)) == 1, g
        assert (g, RDF.type, DK.Assertion) in prov
        assert prov.value(g, PROV.wasDerivedFrom) is not None, g


def test_evidence_text_is_the_article_text_between_the_offsets(seed, seeds_dir):
    prov = seed.graph(PROVENANCE_GRAPH)
    checked = 0
    for g in prov.subjects(RDF.type, DK.Assertion):
        article = prov.value(g, PROV.wasDerivedFrom)
        source = prov.value(article, DK.sourceFile)
        text = (seeds_dir / str(source)).read_text(encoding="utf-8")
        start, end = int(prov.value(g, DK.start)), int(prov.value(g, DK.end))
        assert 0 <= start < end <= len(text)
        assert text[start:end] == str(prov.value(g, DK.evidenceText)), g
        checked += 1
    assert checked == len(assertion_graphs(seed))


def test_article_content_hash_matches_the_seed_file(seed, seeds_dir):
    import hashlib

    prov = seed.graph(PROVENANCE_GRAPH)
    article = next(prov.subjects(RDF.type, DK.Article))
    text = (seeds_dir / str(prov.value(article, DK.sourceFile))).read_text(encoding="utf-8")
    assert str(prov.value(article, DK.contentHash)) == "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


@pytest.fixture(scope="module")
def gold(gold_dir: Path) -> dict:
    return json.loads((gold_dir / f"{SEED}.json").read_text(encoding="utf-8"))


def label_of(graph: rdflib.Graph, node) -> str:
    return str(graph.value(node, RDFS.label))


def test_persons_and_their_offices_match_the_gold(union, gold):
    found = {}
    for person in union.subjects(RDF.type, DK.Person):
        offices = set()
        for office in union.objects(person, DK.holds):
            country = union.value(office, DK.officeOf)
            offices.add((str(union.value(office, DK.title)), label_of(union, country)))
        found[label_of(union, person)] = offices
    expected = {p["name"]: {(o["title"], o["country"]) for o in p["offices"]} for p in gold["persons"]}
    assert found == expected


def test_gold_aliases_are_alternative_labels(union, gold):
    names = {label_of(union, p): p for p in union.subjects(RDF.type, DK.Person)}
    for person in gold["persons"]:
        node = names[person["name"]]
        alts = {str(a).replace(".", "") for a in union.objects(node, URIRef("http://www.w3.org/2004/02/skos/core#altLabel"))}
        # "Shri", "Dr", "Maj Gen" forms; every gold alias but the bare surname must be known
        multiword = {a.replace(".", "") for a in person["aliases"] if " " in a}
        assert multiword <= alts | {person["name"]}, person["name"]


def test_meetings_match_the_gold(union, gold):
    found = set()
    for meeting in union.subjects(RDF.type, DK.Meeting):
        people = frozenset(label_of(union, p) for p in union.objects(meeting, DK.participant))
        place = union.value(meeting, DK.place)
        found.add((people, label_of(union, place) if place else None, str(union.value(meeting, DK.status))))
    expected = {(frozenset(m["participants"]), m["place"], m["status"]) for m in gold["meetings"]}
    assert found == expected


def test_meeting_dates_match_the_gold_where_it_gives_one(union, gold):
    dates = {}
    for meeting in union.subjects(RDF.type, DK.Meeting):
        people = frozenset(label_of(union, p) for p in union.objects(meeting, DK.participant))
        value = union.value(meeting, DK.date)
        dates[people] = value
    for m in gold["meetings"]:
        value = dates[frozenset(m["participants"])]
        if m["date"]:
            assert value == Literal(m["date"], datatype=rdflib.XSD.date)
        elif "September 2025" in m.get("date_note", ""):
            assert value == Literal("2025-09", datatype=rdflib.XSD.gYearMonth)  # a partial date
        else:
            assert value is None


def test_the_dialogue_framework_involves_both_countries(union, gold):
    for framework in gold["frameworks"]:
        nodes = [n for n in union.subjects(RDFS.label, Literal(framework["name"]))]
        assert len(nodes) == 1
        node = nodes[0]
        assert (node, RDF.type, DK[framework["kind"]]) in union
        assert {label_of(union, c) for c in union.objects(node, DK.involves)} == set(framework["countries"])
        assert any(union.subjects(DK.underFramework, node))


def test_the_file_is_what_its_generator_writes(data_dir, root):
    """The TriG is generated from tests/ontology/build_seed001.py: hand edits would drift."""
    spec = importlib.util.spec_from_file_location("build_seed001", root / "tests" / "ontology" / "build_seed001.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    title = f"Seed article {SEED} encoded by hand, as the extractor should produce it."
    assert module.render(module.FACTS, title) == (data_dir / "seed001.trig").read_text(encoding="utf-8")
