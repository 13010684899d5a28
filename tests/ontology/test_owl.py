"""diplokg.owl.reasoner_safe: literals outside the OWL 2 datatype map are rewritten, nothing else."""

from __future__ import annotations

import rdflib
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS, XSD

from diplokg.namespaces import DK, DKI
from diplokg.owl import OWL2_DATATYPES, flatten, reasoner_safe

MEETING = DKI["meeting/abc"]


def one(graph: Graph, predicate: URIRef) -> Literal:
    values = list(graph.objects(MEETING, predicate))
    assert len(values) == 1
    return values[0]


def test_a_full_date_becomes_a_datetime_at_midnight():
    g = Graph()
    g.add((MEETING, DK.date, Literal("2025-10-07", datatype=XSD.date)))
    assert one(reasoner_safe(g), DK.date) == Literal("2025-10-07T00:00:00", datatype=XSD.dateTime)


def test_partial_dates_become_plain_strings_with_the_same_text():
    g = Graph()
    g.add((MEETING, DK.date, Literal("2025-09", datatype=XSD.gYearMonth)))
    g.add((MEETING, DK.endDate, Literal("2026", datatype=XSD.gYear)))
    safe = reasoner_safe(g)
    assert one(safe, DK.date) == Literal("2025-09")
    assert one(safe, DK.endDate) == Literal("2026")


def test_an_ill_formed_date_becomes_a_plain_string():
    g = Graph()
    g.add((MEETING, DK.date, Literal("last Tuesday", datatype=XSD.date)))
    assert one(reasoner_safe(g), DK.date) == Literal("last Tuesday")


def test_literals_in_the_datatype_map_and_iris_are_untouched():
    g = Graph()
    kept = [
        (MEETING, RDFS.label, Literal("Meeting")),
        (MEETING, RDFS.label, Literal("Réunion", lang="fr")),
        (MEETING, DK.edition, Literal(6)),
        (MEETING, DK.confidence, Literal("0.9", datatype=XSD.decimal)),
        (MEETING, DK.place, DKI["place/male"]),
        (MEETING, DK.date, Literal("2025-10-07T10:00:00", datatype=XSD.dateTime)),
    ]
    for triple in kept:
        g.add(triple)
    assert set(reasoner_safe(g)) == set(kept)


def test_the_input_graph_is_not_modified():
    g = Graph()
    original = (MEETING, DK.date, Literal("2025-10-07", datatype=XSD.date))
    g.add(original)
    reasoner_safe(g)
    assert set(g) == {original}


def test_a_dataset_is_flattened_across_named_graphs(data_dir):
    ds = rdflib.Dataset()
    ds.parse(data_dir / "seed001.trig", format="trig")
    quads = list(ds.quads((None, None, None, None)))
    distinct = {(s, p, o) for s, p, o, _ in quads}
    assert len(flatten(ds)) == len(distinct)
    safe = reasoner_safe(ds)
    assert len(safe) == len(distinct)
    datatypes = {o.datatype for o in safe.objects() if isinstance(o, Literal) and o.datatype is not None}
    assert datatypes <= OWL2_DATATYPES
    assert XSD.dateTime in datatypes  # the seed's full dates survive as points in time
