"""The ontology file: parses, declares and documents every term, stays in OWL 2 DL, reasons."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import rdflib
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, XSD

from diplokg import resources
from diplokg.namespaces import DK, FOAF, ORG, PROV, SCHEMA, SEM
from diplokg.owl import OWL2_DATATYPES, is_consistent, load_ontology, reasoner_safe

SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")
PROPERTY_TYPES = {OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty}
TERM_TYPES = PROPERTY_TYPES | {OWL.Class, RDFS.Datatype}
# Terms every OWL 2 tool knows without a declaration.
BUILT_IN = {RDF.type, RDFS.label, RDFS.comment, RDFS.seeAlso, RDFS.isDefinedBy, OWL.versionInfo, OWL.Thing}


@pytest.fixture(scope="module")
def onto() -> Graph:
    return load_ontology()


@pytest.fixture(scope="module")
def seed_dataset(data_dir: Path) -> rdflib.Dataset:
    ds = rdflib.Dataset()
    ds.parse(data_dir / "seed001.trig", format="trig")
    return ds


def declared(onto: Graph) -> set[URIRef]:
    return {s for t in TERM_TYPES for s in onto.subjects(RDF.type, t) if isinstance(s, URIRef)}


def own_terms(onto: Graph) -> set[URIRef]:
    return {t for t in declared(onto) if t.startswith(str(DK))}


def test_ontology_file_parses_as_turtle_and_has_a_versioned_header():
    graph = Graph().parse(resources.ontology_path(), format="turtle")
    headers = list(graph.subjects(RDF.type, OWL.Ontology))
    assert len(headers) == 1
    header = headers[0]
    assert graph.value(header, OWL.versionInfo) is not None
    assert graph.value(header, RDFS.label) is not None
    assert graph.value(header, RDFS.comment) is not None


def test_every_own_term_has_one_owl_type_a_label_and_a_comment(onto):
    terms = own_terms(onto)
    assert len(terms) > 40
    missing = []
    for term in sorted(terms):
        kinds = set(onto.objects(term, RDF.type)) & TERM_TYPES
        if len(kinds) != 1:
            missing.append(f"{term}: OWL types {kinds}")
        for annotation in (RDFS.label, RDFS.comment):
            values = [v for v in onto.objects(term, annotation) if isinstance(v, Literal) and str(v).strip()]
            if not values:
                missing.append(f"{term}: no {annotation}")
    assert not missing, "\n".join(missing)


def test_every_dk_iri_used_in_the_ontology_is_declared(onto):
    used = {t for triple in onto for t in triple if isinstance(t, URIRef) and t.startswith(str(DK))}
    assert used - declared(onto) == set()


def test_own_object_and_datatype_properties_have_domain_and_range(onto):
    lacking = [
        p
        for kind in (OWL.ObjectProperty, OWL.DatatypeProperty)
        for p in onto.subjects(RDF.type, kind)
        if p.startswith(str(DK)) and (onto.value(p, RDFS.domain) is None or onto.value(p, RDFS.range) is None)
    ]
    assert lacking == []


def test_no_term_is_both_object_data_and_annotation_property(onto):
    # OWL 2 DL forbids punning between property kinds.
    for term in {s for t in PROPERTY_TYPES for s in onto.subjects(RDF.type, t)}:
        assert len(set(onto.objects(term, RDF.type)) & PROPERTY_TYPES) == 1, term


def test_sub_properties_keep_the_kind_of_their_super_property(onto):
    for sub, sup in onto.subject_objects(RDFS.subPropertyOf):
        sub_kind = set(onto.objects(sub, RDF.type)) & PROPERTY_TYPES
        sup_kind = set(onto.objects(sup, RDF.type)) & PROPERTY_TYPES
        assert sub_kind == sup_kind, f"{sub} {sub_kind} subPropertyOf {sup} {sup_kind}"


def test_ranges_stay_inside_the_owl2_datatype_map(onto):
    # HermiT rejects xsd:date & co; dates are enforced by SHACL instead.
    for prop in onto.subjects(RDF.type, OWL.DatatypeProperty):
        for rng in onto.objects(prop, RDFS.range):
            if isinstance(rng, URIRef):
                assert rng in OWL2_DATATYPES, f"{prop} has range {rng}"


def test_date_properties_document_the_datatypes_they_carry(onto):
    for prop in (DK.date, DK.endDate, DK.adopted):
        comment = str(onto.value(prop, RDFS.comment))
        assert "gYearMonth" in comment or "same datatypes as dk:date" in comment.lower(), prop


@pytest.mark.parametrize(
    "sub, sup",
    [
        (DK.Person, FOAF.Person),
        (DK.Person, SCHEMA.Person),
        (DK.Office, ORG.Post),
        (DK.Organisation, ORG.Organization),
        (DK.Event, SCHEMA.Event),
        (DK.Event, SEM.Event),
        (DK.Meeting, DK.Event),
        (DK.Country, SCHEMA.Country),
        (DK.Article, PROV.Entity),
        (DK.Assertion, PROV.Entity),
        (DK.BuildRun, PROV.Activity),
        (DK.Agreement, DK.Framework),
        (DK.Policy, DK.Framework),
        (DK.Forum, DK.Framework),
    ],
)
def test_classes_align_with_standard_vocabularies(onto, sub, sup):
    assert (sub, RDFS.subClassOf, sup) in onto


@pytest.mark.parametrize(
    "sub, sup",
    [
        (DK.holds, ORG.holds),
        (DK.memberOf, ORG.memberOf),
        (DK.participant, SCHEMA.attendee),
        (DK.place, SCHEMA.location),
        (DK.partOf, SCHEMA.superEvent),
    ],
)
def test_properties_align_with_standard_vocabularies(onto, sub, sup):
    assert (sub, RDFS.subPropertyOf, sup) in onto


def test_standard_vocabularies_are_not_imported(onto):
    assert list(onto.objects(None, OWL.imports)) == []


def test_every_own_term_is_documented_in_the_data_model(onto, root):
    doc = (root / "docs" / "data-model.md").read_text(encoding="utf-8")
    undocumented = [t for t in own_terms(onto) if not re.search(rf"(`|dk:){t[len(str(DK)):]}\b", doc)]
    assert undocumented == []


def _shape_terms(shapes: Graph) -> set[URIRef]:
    terms: set[URIRef] = set()
    for prop in (SH.path, SH.inversePath, SH["class"], SH.targetClass, SH.targetSubjectsOf, SH.lessThan):
        terms |= {o for o in shapes.objects(None, prop) if isinstance(o, URIRef)}
    return terms


def test_every_term_the_shapes_use_is_declared(onto):
    shapes = Graph()
    for path in resources.shape_paths():
        shapes.parse(path, format="turtle")
    unknown = _shape_terms(shapes) - declared(onto) - BUILT_IN
    assert unknown == set()


def _data_terms(data: rdflib.Dataset) -> set[URIRef]:
    terms = set()
    for _, p, o, _ in data.quads((None, None, None, None)):
        terms.add(p)
        if p == RDF.type:
            terms.add(o)
    return terms


def test_every_term_the_test_data_uses_is_declared(onto, data_dir):
    for path in sorted(data_dir.glob("*.trig")):
        ds = rdflib.Dataset()
        ds.parse(path, format="trig")
        unknown = _data_terms(ds) - declared(onto) - BUILT_IN
        assert unknown == set(), path.name


def test_seed_graph_uses_every_core_class(seed_dataset):
    used = {o for _, p, o, _ in seed_dataset.quads((None, RDF.type, None, None))}
    assert {DK.Person, DK.Office, DK.Country, DK.City, DK.Meeting, DK.Event, DK.Dialogue,
            DK.Article, DK.Assertion, DK.BuildRun} <= used


# -- reasoning (HermiT through owlready2; needs Java) ----------------------------------------------

owlready2 = pytest.importorskip("owlready2")


def _write_rdfxml(graph: Graph, path: Path) -> Path:
    graph.serialize(str(path), format="xml")
    return path


def test_owlready2_loads_the_ontology_from_rdfxml(onto, tmp_path):
    path = _write_rdfxml(onto, tmp_path / "diplokg.owl")
    world = owlready2.World()
    loaded = world.get_ontology(path.as_uri()).load()
    names = {c.iri for c in loaded.classes()}
    assert {str(DK.Person), str(DK.Meeting), str(DK.Office), str(DK.Country)} <= names
    assert str(DK.holds) in {p.iri for p in loaded.object_properties()}
    assert str(DK.date) in {p.iri for p in loaded.data_properties()}
    world.close()


def test_hermit_finds_the_ontology_and_the_seed_graph_consistent(seed_dataset):
    assert is_consistent(seed_dataset)


def test_hermit_rejects_raw_dates_which_reasoner_safe_rewrites(onto, seed_dataset, tmp_path):
    raw = Graph()
    for s, p, o, _ in seed_dataset.quads((None, None, None, None)):
        raw.add((s, p, o))
    assert any(isinstance(o, Literal) and o.datatype == XSD.date for o in raw.objects())
    for triple in onto:
        raw.add(triple)
    world = owlready2.World()
    loaded = world.get_ontology(_write_rdfxml(raw, tmp_path / "raw.owl").as_uri()).load()
    with pytest.raises(owlready2.OwlReadyJavaError, match="XMLSchema#date"):
        with loaded:
            owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
    world.close()
    assert not any(
        isinstance(o, Literal) and o.datatype is not None and o.datatype not in OWL2_DATATYPES
        for o in reasoner_safe(seed_dataset).objects()
    )


def test_hermit_finds_a_person_typed_as_a_meeting_inconsistent(seed_dataset):
    # The disjointness axioms catch an extractor that confuses kinds of things.
    graph = reasoner_safe(seed_dataset)
    person = next(s for s in graph.subjects(RDF.type, DK.Person))
    graph.add((person, RDF.type, DK.Meeting))
    assert not is_consistent(graph)


def test_hermit_finds_an_office_in_two_countries_inconsistent(seed_dataset):
    graph = reasoner_safe(seed_dataset)
    office = next(s for s in graph.subjects(RDF.type, DK.Office))
    countries = sorted(set(graph.subjects(RDF.type, DK.Country)))
    assert len(countries) >= 2
    for country in countries:
        graph.add((office, DK.officeOf, country))
    # officeOf is functional: the two countries would have to be one individual.
    graph.add((countries[0], OWL.differentFrom, countries[1]))
    assert not is_consistent(graph)


def test_hermit_finds_an_unknown_status_inconsistent(seed_dataset):
    graph = reasoner_safe(seed_dataset)
    meeting = next(s for s in graph.subjects(RDF.type, DK.Meeting))
    graph.set((meeting, DK.status, Literal("postponed")))
    assert not is_consistent(graph)


def test_hermit_finds_the_store_built_from_the_seeds_consistent(seed_store):
    assert is_consistent(seed_store.to_dataset())
