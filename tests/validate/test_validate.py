"""diplokg.validate: the seed graph conforms, each broken variant fails on its own shape."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
import rdflib
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from diplokg.errors import InputError
from diplokg.namespaces import DK, DKI, PROVENANCE_GRAPH
from diplokg.validate import (
    DEFAULT_GRAPH_NODE,
    DKS,
    ValidationReport,
    load_data_file,
    render_text,
    validate,
    validation_view,
)

ARTICLE = DKI["article/001_9fc2457ebedf823b"]


@pytest.fixture(scope="module")
def seed(data_dir: Path) -> rdflib.Dataset:
    return load_data_file(data_dir / "seed001.trig")


def fresh_seed(data_dir: Path) -> rdflib.Dataset:
    return load_data_file(data_dir / "seed001.trig")


def test_the_seed_graph_conforms(seed):
    report = validate(seed)
    assert report.conforms, render_text(report)
    assert report.results == []
    assert report.triples == len(list(seed.quads((None, None, None, None))))


# (file, shape, path, class of the focus node or None for an assertion graph)
BROKEN = [
    ("broken-meeting-one-participant.trig", DKS.MeetingShape, DK.participant, DK.Meeting),
    ("broken-date-free-text.trig", DKS.EventShape, DK.date, DK.Meeting),
    ("broken-status-unknown.trig", DKS.EventShape, DK.status, DK.Meeting),
    # neither a country's office (dk:officeOf) nor an organisation's post (dk:postIn): a node-level result
    ("broken-office-without-country.trig", DKS.OfficeShape, None, DK.Office),
    ("broken-fact-without-provenance.trig", DKS.AssertionShape, rdflib.PROV.wasDerivedFrom, None),
    ("broken-default-graph.trig", DKS.AssertionShape, rdflib.PROV.wasDerivedFrom, None),
]


@pytest.mark.parametrize("name, shape, path, focus_class", BROKEN, ids=[b[0] for b in BROKEN])
def test_each_broken_variant_fails_on_the_expected_shape_only(data_dir, name, shape, path, focus_class):
    data = load_data_file(data_dir / name)
    report = validate(data)
    assert not report.conforms
    assert {(v.shape, v.path) for v in report.violations} == {(shape, path)}
    union = validation_view(data)
    for violation in report.violations:
        if focus_class is not None:
            assert (violation.focus, RDF.type, focus_class) in union
            # traced back to the article and the sentence that produced the node
            assert violation.source == ARTICLE
            assert violation.sentence and violation.start is not None
        else:
            assert (violation.focus, RDF.type, DK.Assertion) in union
            assert violation.statements, "the unprovenanced triples are quoted"


def test_the_free_text_date_is_named_as_the_offending_value(data_dir):
    report = validate(load_data_file(data_dir / "broken-date-free-text.trig"))
    assert [v.value for v in report.violations] == [Literal("last Tuesday")]


def test_a_fact_without_provenance_is_reported_once_per_graph_and_quoted(data_dir):
    data = load_data_file(data_dir / "broken-fact-without-provenance.trig")
    described = set(data.graph(PROVENANCE_GRAPH).subjects(RDF.type, DK.Assertion))
    graphs = {g for *_, g in data.quads((None, None, None, None))} - {PROVENANCE_GRAPH}
    undescribed = graphs - described
    report = validate(data)
    assert {v.focus for v in report.violations} == undescribed
    assert len(report.violations) == len(undescribed)
    for v in report.violations:
        (s, p, o), = data.graph(v.focus)
        assert any("dk:participant" in line for line in v.statements)


def test_default_graph_triples_are_facts_without_provenance(data_dir):
    report = validate(load_data_file(data_dir / "broken-default-graph.trig"))
    (violation,) = report.violations
    assert violation.focus == DEFAULT_GRAPH_NODE
    assert violation.statements == ("dki:person/ibrahim-hilmy dk:holds dki:office/mdv/chief-of-defence-forces",)


def test_a_plain_graph_is_all_default_graph(seed):
    flat = rdflib.Graph()
    for s, p, o, _ in seed.quads((None, None, None, None)):
        flat.add((s, p, o))
    report = validate(flat)
    assert [v.focus for v in report.violations] == [DEFAULT_GRAPH_NODE]


def test_incomplete_provenance_names_the_missing_offsets(data_dir):
    data = fresh_seed(data_dir)
    prov = data.graph(PROVENANCE_GRAPH)
    graph = sorted(prov.subjects(RDF.type, DK.Assertion))[0]
    prov.remove((graph, DK.start, None))
    prov.set((graph, DK.confidence, Literal("1.5", datatype=XSD.decimal)))
    report = validate(data)
    assert {(v.focus, v.shape, v.path) for v in report.violations} == {
        (graph, DKS.EvidenceShape, DK.start),
        (graph, DKS.EvidenceShape, DK.confidence),
    }


def test_offsets_must_be_in_order(data_dir):
    data = fresh_seed(data_dir)
    prov = data.graph(PROVENANCE_GRAPH)
    graph = sorted(prov.subjects(RDF.type, DK.Assertion))[0]
    prov.set((graph, DK.start, Literal(int(prov.value(graph, DK.end)) + 5)))
    report = validate(data)
    assert [(v.focus, v.path) for v in report.violations] == [(graph, DK.start)]


def _assert_in_new_graph(data: rdflib.Dataset, triple, like: URIRef) -> URIRef:
    """Add ``triple`` in a new assertion graph that copies the provenance of graph ``like``."""
    graph = URIRef(str(like) + "-copy")
    data.graph(graph).add(triple)
    prov = data.graph(PROVENANCE_GRAPH)
    for p, o in list(prov.predicate_objects(like)):
        prov.add((graph, p, o))
    return graph


def _graph_of(data: rdflib.Dataset, s, p) -> URIRef:
    return next(g for *_, g in data.quads((s, p, None, None)) if g != PROVENANCE_GRAPH)


@pytest.mark.parametrize(
    "value",
    [Literal("last Tuesday", datatype=XSD.date), Literal("2025-13", datatype=XSD.gYearMonth), Literal("2025"),
     Literal(2025)],
    ids=["ill-typed date", "impossible month", "untyped year", "integer"],
)
def test_a_date_must_be_a_well_formed_date_literal(data_dir, value, caplog):
    data = fresh_seed(data_dir)
    meeting = next(s for s, _, _, _ in data.quads((None, DK.date, None, None)))
    graph = _graph_of(data, meeting, DK.date)
    data.remove((meeting, DK.date, None, graph))
    data.graph(graph).add((meeting, DK.date, value))
    with caplog.at_level(logging.WARNING):
        report = validate(data)
    assert [(v.focus, v.path, v.value) for v in report.violations] == [(meeting, DK.date, value)]
    assert report.violations[0].source == ARTICLE


def test_partial_dates_conform(data_dir):
    data = fresh_seed(data_dir)
    meeting = next(s for s, _, _, _ in data.quads((None, DK.date, None, None)))
    graph = _graph_of(data, meeting, DK.date)
    data.remove((meeting, DK.date, None, graph))
    data.graph(graph).add((meeting, DK.date, Literal("2025", datatype=XSD.gYear)))
    assert validate(data).conforms


def test_a_participant_who_is_not_a_person_is_reported(data_dir):
    data = fresh_seed(data_dir)
    meeting = next(s for s, _, _, _ in data.quads((None, RDF.type, DK.Meeting, None)))
    country = next(s for s, _, _, _ in data.quads((None, RDF.type, DK.Country, None)))
    like = _graph_of(data, meeting, DK.participant)
    _assert_in_new_graph(data, (meeting, DK.participant, country), like)
    report = validate(data)
    assert {(v.focus, v.path, v.value) for v in report.violations} == {(meeting, DK.participant, country)}


def test_a_country_is_a_place_for_the_place_of_a_meeting(data_dir):
    # sh:class sees the ontology's class hierarchy: dk:Country rdfs:subClassOf dk:Place
    data = fresh_seed(data_dir)
    meeting = next(s for s, _, _, _ in data.quads((None, DK.place, None, None)))
    country = next(s for s, _, _, _ in data.quads((None, RDF.type, DK.Country, None)))
    like = _graph_of(data, meeting, DK.place)
    data.remove((meeting, DK.place, None, like))
    data.graph(like).add((meeting, DK.place, country))
    assert validate(data).conforms


def test_a_person_with_two_preferred_names_is_reported(data_dir):
    data = fresh_seed(data_dir)
    person = next(s for s, _, _, _ in data.quads((None, RDF.type, DK.Person, None)))
    like = _graph_of(data, person, RDFS.label)
    _assert_in_new_graph(data, (person, RDFS.label, Literal("Another Name")), like)
    report = validate(data)
    assert [(v.focus, v.shape, v.path) for v in report.violations] == [(person, DKS.PersonLabel, RDFS.label)]


def test_render_text_names_node_shape_message_and_sentence(data_dir):
    report = validate(load_data_file(data_dir / "broken-meeting-one-participant.trig"))
    text = render_text(report)
    violation = report.violations[0]
    assert text.startswith("Does not conform")
    assert "dki:meeting/" in text and "dks:MeetingShape" in text and "dk:participant" in text
    assert violation.message in text
    assert "dki:article/001_9fc2457ebedf823b" in text
    assert violation.sentence[:60] in text


def test_render_text_limits_long_reports():
    from diplokg.validate import Violation

    results = [Violation(DKI[f"person/p{i}"], DKS.PersonShape, RDFS.label, None, "m", "Violation") for i in range(7)]
    text = render_text(ValidationReport(False, results, 10), limit=3)
    assert text.count("Violation: dki:person/") == 3
    assert "4 more" in text


def test_report_to_dict_is_json_ready(data_dir):
    import json

    report = validate(load_data_file(data_dir / "broken-office-without-country.trig"))
    data = json.loads(json.dumps(report.to_dict()))
    assert data["conforms"] is False
    (result,) = data["results"]
    assert result["focus"].endswith("office/mdv/chief-of-defence-forces")
    assert result["shape"] == str(DKS.OfficeShape)
    assert result["source"] == str(ARTICLE)
    assert result["sentence"] == "Chief of Defence Forces"


# -- reading files ---------------------------------------------------------------------------------


def test_load_data_file_reads_trig_turtle_and_nquads(tmp_path, seed):
    trig = tmp_path / "seed.nq"
    seed.serialize(str(trig), format="nquads")
    assert len(list(load_data_file(trig).quads((None, None, None, None)))) == len(list(seed.quads((None, None, None, None))))
    ttl = tmp_path / "one.ttl"
    ttl.write_text('<https://x/a> <http://www.w3.org/2000/01/rdf-schema#label> "a" .\n', encoding="utf-8")
    assert len(list(load_data_file(ttl).quads((None, None, None, None)))) == 1


@pytest.mark.parametrize(
    "name, content, reason",
    [
        ("missing.trig", None, "no such file"),
        ("empty.trig", b"", "is empty"),
        ("blank.ttl", b"  \n\n", "is empty"),
        ("comments.trig", b"# nothing here\n@prefix dk: <https://w3id.org/diplokg/ontology#> .\n", "no triples"),
        ("bad.trig", b"<a> <b> .\n", "cannot parse"),
        ("bad.jsonld", b'{"@id": ', "cannot parse"),
        ("latin1.ttl", '"caf\u00e9"'.encode("latin-1"), "not UTF-8"),
    ],
)
def test_load_data_file_rejects_bad_input_with_one_line(tmp_path, name, content, reason):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(InputError) as info:
        load_data_file(path)
    message = str(info.value)
    assert reason in message
    assert name in message
    assert "\n" not in message


def test_load_data_file_rejects_a_directory(tmp_path):
    with pytest.raises(InputError, match="directory"):
        load_data_file(tmp_path)


def test_ill_typed_literals_do_not_spill_rdflib_tracebacks(tmp_path, capsys):
    path = tmp_path / "typed.ttl"
    path.write_text('<https://x/m> <https://w3id.org/diplokg/ontology#date> "last Tuesday"^^'
                    '<http://www.w3.org/2001/XMLSchema#date> .\n', encoding="utf-8")
    load_data_file(path)
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err + captured.out


def test_the_store_built_from_the_seeds_conforms(seed_store):
    # The pipeline's output meets the contract the shapes encode (docs/data-model.md).
    report = validate(seed_store.to_dataset())
    assert report.conforms, render_text(report, limit=10)
    assert report.triples == len(seed_store)
