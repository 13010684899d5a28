"""Resolved graph -> quads: one named graph per assertion, provenance that points at the text."""

from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD

from diplokg.namespaces import DK, DKI, PROVENANCE_GRAPH
from diplokg.rdf import RunInfo, date_literal, to_quads
from diplokg.resolve import resolve
from diplokg.store import KGStore

RUN = RunInfo("0.1.0", "test_model 1.0", "2025-01-01T00:00:00+00:00")


def _corpus(article):
    a = article("000", " date 2025-10-08 Rajesh Kumar Singh called on Abdulla Khaleel in Male on October 6-7, 2025.", "2025-10-08")
    a.meeting(a.person("Rajesh Kumar Singh", "IND", None), a.person("Abdulla Khaleel", "MDV"),
              "Rajesh Kumar Singh called on Abdulla Khaleel in Male on October 6-7, 2025.",
              date="2025-10-06", end="2025-10-07", place="Male", kind="call-on")
    b = article("001", "Defence Secretary Rajesh Kumar Singh met Foreign Affairs Minister Abdulla Khalil in Male in October 2025.")
    b.meeting(b.person("Rajesh Kumar Singh", "IND", "Defence Secretary"), b.person("Abdulla Khalil", "MDV", "Foreign Affairs Minister"),
              "Defence Secretary Rajesh Kumar Singh met Foreign Affairs Minister Abdulla Khalil in Male in October 2025.",
              date="2025-10", place="Male")
    return [a.x, b.x]


def _by_graph(quads):
    facts, prov = {}, {}
    for s, p, o, g in quads:
        if g == PROVENANCE_GRAPH:
            prov.setdefault(s, {}).setdefault(p, []).append(o)
        else:
            facts.setdefault(g, []).append((s, p, o))
    return facts, prov


def test_every_assertion_graph_has_one_triple_and_evidence_that_matches_the_text(article):
    extractions = _corpus(article)
    texts = {x.doc.doc_id: x.doc.text for x in extractions}
    quads = to_quads(resolve(extractions), RUN)
    facts, prov = _by_graph(quads)
    assert facts, "no facts"
    for g, triples in facts.items():
        assert len(triples) == 1  # one assertion per named graph
        about = prov[g]
        assert about[RDF.type] == [DK.Assertion]
        (article_iri,) = about[PROV.wasDerivedFrom]
        doc_id = str(article_iri).rsplit("/", 1)[1]
        (start,), (end,), (text,) = about[DK.start], about[DK.end], about[DK.evidenceText]
        assert texts[doc_id][start.toPython() : end.toPython()] == str(text)
        assert start.datatype == XSD.integer and about[DK.confidence][0].datatype == XSD.decimal
        assert about[PROV.wasGeneratedBy] == [RUN.iri] and about[DK.rule]
    # articles and the run are described
    a = DKI["article/000"]
    assert prov[a][DK.published] == [Literal("2025-10-08", datatype=XSD.date)]
    assert prov[a][DK.sourceFile] == [Literal("000.txt")]
    assert str(prov[a][DK.contentHash][0]).startswith("sha256:")
    assert prov[RUN.iri][DK.model] == [Literal("test_model 1.0")]


def test_meeting_statements_dates_and_labels(article):
    quads = to_quads(resolve(_corpus(article)), RUN)
    triples = {(s, p, o) for s, p, o, g in quads if g != PROVENANCE_GRAPH}
    meetings = {s for s, p, o in triples if p == RDF.type and o == DK.Meeting}
    assert len(meetings) == 1
    (m,) = meetings
    dates = {o for s, p, o in triples if s == m and p == DK.date}
    assert dates == {Literal("2025-10-06", datatype=XSD.date)}  # the range beats the month
    assert {o for s, p, o in triples if s == m and p == DK.endDate} == {Literal("2025-10-07", datatype=XSD.date)}
    assert (m, DK.status, Literal("held")) in triples
    assert (m, DK.place, DKI["place/male"]) in triples
    khaleel = DKI["person/abdulla-khaleel"]
    assert (khaleel, RDFS.label, Literal("Abdulla Khaleel")) in triples
    assert (khaleel, SKOS.altLabel, Literal("Abdulla Khalil")) in triples
    assert (khaleel, DK.nationality, DKI["country/mdv"]) in triples
    assert (DKI["country/mdv"], RDFS.label, Literal("Maldives")) in triples
    assert (m, DK.participant, khaleel) in triples


def test_same_input_gives_the_same_quads_and_loads_into_the_store(article):
    first = to_quads(resolve(_corpus(article)), RUN)
    second = to_quads(resolve(list(reversed(_corpus(article)))), RUN)
    assert first == second
    store = KGStore.in_memory(first)
    assert len(store) == len(set(first))
    rows = store.select("SELECT DISTINCT ?m WHERE { ?m a dk:Meeting ; dk:participant ?p . ?p rdfs:label 'Abdulla Khaleel' }")
    assert len(rows) == 1


def test_date_literals():
    assert date_literal("2025").datatype == XSD.gYear
    assert date_literal("2025-05").datatype == XSD.gYearMonth
    assert date_literal("2025-05-26").datatype == XSD.date


def test_assertion_graph_names_follow_the_data_model(article):
    from diplokg.rdf import assertion_iri

    extractions = _corpus(article)
    graph = resolve(extractions)
    quads = to_quads(graph, RUN)
    node = graph.nodes["person/abdulla-khaleel"]
    (ev,) = node.statements[("altLabel", ("string", "Abdulla Khalil"))]
    s, p, o = DKI["person/abdulla-khaleel"], SKOS.altLabel, Literal("Abdulla Khalil")
    assert (s, p, o, assertion_iri(s, p, o, ev)) in quads


def test_article_nodes_carry_url_and_title_when_known():
    from diplokg.namespaces import SCHEMA
    from diplokg.rdf import article_quads
    from diplokg.read import make_document

    doc = make_document("feed-3", "Text.", source="news/feed.jsonl:3", url="https://example.org/a?id=3", title="A title")
    quads = set(article_quads(doc))
    a = DKI["article/feed-3"]
    assert (a, SCHEMA.url, URIRef("https://example.org/a?id=3"), PROVENANCE_GRAPH) in quads
    assert (a, DK.sourceFile, Literal("feed.jsonl"), PROVENANCE_GRAPH) in quads
    assert (a, RDFS.label, Literal("A title"), PROVENANCE_GRAPH) in quads
    broken = make_document("x", "Text.", url="not a url with spaces")
    assert not any(p == SCHEMA.url for _, p, _, _ in article_quads(broken))
