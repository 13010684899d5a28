"""The embedded store: atomic replacement, bindings as RDF terms, clear errors."""

from __future__ import annotations

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDFS, XSD

from diplokg.errors import StoreError
from diplokg.store import KGStore, load_rdf_file, to_ox, write_store

G1 = URIRef("https://example.org/g1")
G2 = URIRef("https://example.org/g2")
A = URIRef("https://example.org/a")
B = URIRef("https://example.org/b")


def test_written_quads_read_back_with_datatypes_and_graphs(tmp_path):
    quads = [
        (A, RDFS.label, Literal('Line one\nline "two"'), G1),
        (A, URIRef("https://example.org/date"), Literal("2025-10", datatype=XSD.gYearMonth), G2),
    ]
    write_store(tmp_path / "s", quads, manifest={"articles": 1})
    store = KGStore.open(tmp_path / "s")
    assert sorted(store.quads()) == sorted(quads)
    assert store.manifest() == {"articles": 1}


def test_queries_see_the_union_of_named_graphs(tmp_path):
    write_store(tmp_path / "s", [(A, RDFS.label, Literal("a"), G1), (A, RDFS.seeAlso, B, G2)])
    rows = KGStore.open(tmp_path / "s").select("SELECT ?l ?o WHERE { ?s rdfs:label ?l ; rdfs:seeAlso ?o }")
    assert rows == [{"l": Literal("a"), "o": B}]


def test_bindings_are_rdf_terms_not_query_text():
    hostile = Literal('x" } ; DROP ALL ; SELECT * { "')
    store = KGStore.in_memory([(A, RDFS.label, hostile, G1), (B, RDFS.label, Literal("x"), G1)])
    rows = store.select("SELECT ?s WHERE { ?s rdfs:label ?name } ORDER BY ?s LIMIT 10", {"name": hostile})
    assert rows == [{"s": A}]


def test_a_failed_build_leaves_the_previous_store_usable(tmp_path):
    write_store(tmp_path / "s", [(A, RDFS.label, Literal("old"), G1)])

    def exploding():
        yield (B, RDFS.label, Literal("new"), G1)
        raise RuntimeError("crash half-way")

    with pytest.raises(RuntimeError):
        write_store(tmp_path / "s", exploding())
    store = KGStore.open(tmp_path / "s")
    assert [q[2] for q in store.quads()] == [Literal("old")]
    assert [p.name for p in tmp_path.iterdir()] == ["s"]  # no half-written leftovers


def test_missing_store_says_how_to_make_one(tmp_path):
    with pytest.raises(StoreError, match="kg build"):
        KGStore.open(tmp_path / "nowhere")


def test_refuses_to_overwrite_a_folder_that_is_not_a_store(tmp_path):
    target = tmp_path / "documents"
    target.mkdir()
    (target / "thesis.txt").write_text("precious")
    with pytest.raises(StoreError, match="not a diplokg store"):
        write_store(target, [(A, RDFS.label, Literal("a"), G1)])
    assert (target / "thesis.txt").read_text() == "precious"


def test_trig_file_loads_into_a_store(tmp_path):
    trig = tmp_path / "d.trig"
    trig.write_text(
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        "<https://example.org/g1> { <https://example.org/a> rdfs:label \"a\" . }\n"
    )
    load_rdf_file(trig, tmp_path / "s")
    assert list(KGStore.open(tmp_path / "s").quads()) == [(A, RDFS.label, Literal("a"), G1)]


def test_default_graph_triples_stay_in_the_default_graph(tmp_path):
    trig = tmp_path / "d.trig"
    trig.write_text('@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n<https://example.org/a> rdfs:label "a" .\n')
    load_rdf_file(trig, tmp_path / "s")
    assert list(KGStore.open(tmp_path / "s").quads()) == [(A, RDFS.label, Literal("a"), None)]


def test_nquads_lines_stream_into_the_store_with_escapes_and_non_ascii_text(tmp_path):
    """The build's way in: N-Quads lines read as a byte stream (several buffers' worth here, so
    multi-byte characters fall across buffer boundaries)."""
    tricky = Literal('Dr. Abdulla Khaleel said "शांति" — and\nleft')
    line = f"<{A}> <{RDFS.label}> {to_ox(tricky)} <{G1}> .\n"  # N-Triples as pyoxigraph writes it
    many = [f"<https://example.org/n{i}> <{RDFS.label}> \"Ré{i} — मालदीव\" <{G2}> .\n" for i in range(40_000)]
    write_store(tmp_path / "s", nquads=[line, *many])
    store = KGStore.open(tmp_path / "s")
    assert len(store) == 40_001
    assert (A, RDFS.label, tricky, G1) in set(store.quads())
    assert (URIRef("https://example.org/n39999"), RDFS.label, Literal("Ré39999 — मालदीव"), G2) in set(store.quads())


def test_a_failed_load_fails_the_write_and_keeps_the_old_store(tmp_path):
    """A line the bulk loader cannot parse fails the whole write."""
    write_store(tmp_path / "s", [(A, RDFS.label, Literal("old"), G1)])
    good = f"<{A}> <{RDFS.label}> \"new\" <{G1}> .\n"
    with pytest.raises(SyntaxError):
        write_store(tmp_path / "s", nquads=[good, "<broken"], cache={"h": {"x": 1}})
    assert list(KGStore.open(tmp_path / "s").quads()) == [(A, RDFS.label, Literal("old"), G1)]
