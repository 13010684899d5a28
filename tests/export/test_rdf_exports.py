"""RDF exports: TriG / N-Quads round trips, JSON-LD with short names, the OWL file for Protégé."""

from __future__ import annotations

import json
import shutil
from collections import defaultdict

import pytest
import rdflib
from rdflib import BNode, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, RDF, XSD

from diplokg.errors import UsageError
from diplokg.export import EVIDENCE_ANNOTATIONS, export, format_from_path, owl_graph
from diplokg.namespaces import DK, PROVENANCE_GRAPH
from diplokg.owl import is_consistent
from diplokg.store import KGStore


def _graphs(ds: rdflib.Dataset) -> dict:
    """Named graph IRI -> rdflib.Graph of its triples (the default graph is left out)."""
    out: dict = defaultdict(rdflib.Graph)
    for s, p, o, g in ds.quads((None, None, None, None)):
        if g is not None and g != rdflib.graph.DATASET_DEFAULT_GRAPH_ID:
            out[g].add((s, p, o))
    return out


def _assert_same_dataset(store: KGStore, reloaded: rdflib.Dataset) -> None:
    original = _graphs(store.to_dataset())
    again = _graphs(reloaded)
    assert set(again) == set(original)
    for name, graph in original.items():
        assert isomorphic(graph, again[name]), f"named graph {name} differs after the round trip"


@pytest.mark.parametrize("fmt,parser", [("trig", "trig"), ("nq", "nquads")])
def test_dataset_export_reloads_isomorphic_with_every_named_graph(any_store, fmt, parser):
    data = export(any_store, fmt)
    reloaded = rdflib.Dataset()
    reloaded.parse(data=data.decode("utf-8"), format=parser)
    _assert_same_dataset(any_store, reloaded)
    assert len(_graphs(reloaded)) > 1  # one graph per assertion plus the provenance graph
    assert PROVENANCE_GRAPH in _graphs(reloaded)


def test_jsonld_reloads_isomorphic_and_uses_short_names(any_store):
    text = export(any_store, "jsonld").decode("utf-8")
    doc = json.loads(text)
    context = doc["@context"]
    # The ontology's terms have short names; object properties compact their values to IRIs.
    assert context["participant"] == {"@id": "dk:participant", "@type": "@id"}
    assert context["Meeting"] == "dk:Meeting"
    assert context["label"] == "rdfs:label"
    body = json.dumps(doc["@graph"])
    assert '"participant"' in body and "dk:participant" not in body
    reloaded = rdflib.Dataset()
    reloaded.parse(data=text, format="json-ld")
    _assert_same_dataset(any_store, reloaded)


# -- the OWL file ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def owl_turtle(any_store) -> tuple[KGStore, rdflib.Graph]:
    text = export(any_store, "ttl").decode("utf-8")
    return any_store, rdflib.Graph().parse(data=text, format="turtle")


def _axioms(graph: rdflib.Graph) -> dict[tuple, list]:
    out: dict[tuple, list] = defaultdict(list)
    for ax in graph.subjects(RDF.type, OWL.Axiom):
        key = (graph.value(ax, OWL.annotatedSource), graph.value(ax, OWL.annotatedProperty), graph.value(ax, OWL.annotatedTarget))
        out[key].append(ax)
    return out


@pytest.mark.parametrize("prop", ["participant", "holds"])
def test_every_participation_and_holding_has_its_evidence_axiom(owl_turtle, prop):
    store, graph = owl_turtle
    axioms = _axioms(graph)
    facts = list(graph.triples((None, DK[prop], None)))
    assert facts, f"no dk:{prop} facts in the export"
    assert len(facts) == len({(r["s"], r["o"]) for r in store.select(f"SELECT ?s ?o WHERE {{ ?s dk:{prop} ?o }}")})
    for s, p, o in facts:
        assert axioms.get((s, p, o)), f"no axiom annotation on {s} {p} {o}"
        for ax in axioms[(s, p, o)]:
            article = graph.value(ax, DK.evidenceArticle)
            sentence = graph.value(ax, DK.evidenceSentence)
            start, end = graph.value(ax, DK.evidenceStart), graph.value(ax, DK.evidenceEnd)
            assert (article, RDF.type, DK.Article) in graph
            assert str(sentence) and int(end) - int(start) == len(str(sentence))
            assert 0 < float(graph.value(ax, DK.evidenceConfidence)) <= 1


def test_axioms_match_the_assertion_graphs_of_the_store(owl_turtle):
    """One axiom per (fact, assertion graph): the same fact read in two articles has two."""
    store, graph = owl_turtle
    rows = store.select("SELECT ?s ?o (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s dk:participant ?o } } GROUP BY ?s ?o")
    axioms = _axioms(graph)
    for row in rows:
        assert len(axioms[(row["s"], DK.participant, row["o"])]) == int(row["n"])


def test_owl_export_is_dl_safe(owl_turtle):
    _, graph = owl_turtle
    kinds = {t: set(graph.subjects(RDF.type, t)) for t in (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)}
    assert not kinds[OWL.ObjectProperty] & kinds[OWL.AnnotationProperty]
    assert not kinds[OWL.DatatypeProperty] & kinds[OWL.AnnotationProperty]
    assert not kinds[OWL.ObjectProperty] & kinds[OWL.DatatypeProperty]
    for name in EVIDENCE_ANNOTATIONS:
        assert DK[name] in kinds[OWL.AnnotationProperty]
    declared = set().union(*kinds.values())
    builtin = (str(RDF), str(rdflib.RDFS), str(OWL))
    used = {p for _, p, _ in graph if not str(p).startswith(builtin)}
    assert used <= declared, f"undeclared properties: {sorted(used - declared)}"
    # Every entity is a named individual; no assertion graph or build run leaks in as one.
    for person in graph.subjects(RDF.type, DK.Person):
        assert (person, RDF.type, OWL.NamedIndividual) in graph
    assert not set(graph.subjects(RDF.type, DK.Assertion))
    # Dates only in datatypes of the OWL 2 datatype map.
    bad = {o.datatype for o in graph.objects() if isinstance(o, Literal)} & {XSD.date, XSD.gYearMonth, XSD.gYear}
    assert not bad


def test_owl_export_dates_survive_as_datetime_or_text(owl_turtle):
    store, graph = owl_turtle
    rows = store.select("SELECT ?m ?d WHERE { ?m a dk:Meeting ; dk:date ?d }")
    assert rows
    for row in rows:
        values = {str(v) for v in graph.objects(row["m"], DK.date)}
        assert any(v.startswith(str(row["d"])) for v in values)


def _hermit_consistent(graph: rdflib.Graph, tmp_path) -> bool:
    pytest.importorskip("owlready2")
    if shutil.which("java") is None:
        pytest.skip("Java is not installed: HermiT cannot run")
    # The export already holds the ontology, so nothing is added to it.
    return is_consistent(graph, ontology=rdflib.Graph())


def test_owl_export_is_consistent_for_hermit(owl_turtle, tmp_path):
    _, graph = owl_turtle
    assert _hermit_consistent(graph, tmp_path)


def test_hermit_check_catches_an_inconsistent_export(fixture_store, tmp_path):
    """The consistency check can fail: a meeting with two different (functional) dates."""
    graph = owl_graph(fixture_store)
    meeting = next(graph.subjects(RDF.type, DK.Meeting))
    prop = DK.edition  # functional, xsd:integer
    graph.add((meeting, prop, Literal(1)))
    graph.add((meeting, prop, Literal(2)))
    assert not _hermit_consistent(graph, tmp_path)


def test_annotation_axioms_are_blank_nodes_with_one_article(owl_turtle):
    _, graph = owl_turtle
    for ax in graph.subjects(RDF.type, OWL.Axiom):
        assert isinstance(ax, BNode)
        assert len(list(graph.objects(ax, DK.evidenceArticle))) == 1
        assert isinstance(graph.value(ax, DK.evidenceArticle), URIRef)


@pytest.mark.parametrize(
    "name,fmt",
    [("kg.ttl", "ttl"), ("out/KG.TRIG", "trig"), ("a.nq", "nq"), ("a.jsonld", "jsonld"), ("g.graphml", "graphml"),
     ("g.gexf", "gexf"), ("g.dot", "dot"), ("g.gv", "dot"), ("g.cyjs", "cytoscape")],
)
def test_format_is_inferred_from_the_extension(name, fmt):
    assert format_from_path(name) == fmt


@pytest.mark.parametrize("name", ["kg.json", "kg", "kg.txt"])
def test_unknown_extension_is_a_usage_error(name):
    with pytest.raises(UsageError, match="--format"):
        format_from_path(name)


def test_unknown_format_and_misplaced_view_are_usage_errors(fixture_store):
    with pytest.raises(UsageError, match="unknown export format"):
        export(fixture_store, "xlsx")
    with pytest.raises(UsageError, match="--view people"):
        export(fixture_store, "trig", view="people")
