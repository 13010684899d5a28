"""The post of an international body ("OSCE Secretary General X"): an office of the organisation,
not of a country, through resolve, RDF, the shapes and kg eval (hand-built extractions)."""

from __future__ import annotations

import json

import rdflib

from diplokg.evaluate import evaluate
from diplokg.model import Holding, OfficeMention
from diplokg.namespaces import DK, DKI
from diplokg.rdf import RunInfo, to_quads
from diplokg.resolve import resolve
from diplokg.store import KGStore
from diplokg.validate import validate

RUN = RunInfo("0.1.0", "test_model 1.0")
TEXT = "OSCE Secretary General Helga Brandt met Defence Minister Jonas Vik in Vienna."


def _article(article):
    """Brandt holds the OSCE's post; Vik a country's office."""
    a = article("020_x", TEXT, "2025-05-02")
    osce = a.framework("OSCE", "Organisation")
    brandt = a.person("Helga Brandt")
    office = OfficeMention("office:org:osce:secretary-general", "Secretary-General", "", ["OSCE Secretary General"],
                           [a.ev("OSCE Secretary General", "office.organisation-post")], organisation=osce)
    a.x.offices.append(office)
    a.x.holdings.append(Holding(brandt, office.key, a.ev("OSCE Secretary General Helga Brandt", "office.organisation-post")))
    a.person("Jonas Vik", "NOR", "Defence Minister")
    return a


def _office_node(graph):
    return next(n for n in graph.nodes.values() if n.cls == "Office" and n.iri.startswith("office/org/"))


def test_the_post_is_the_organisations_under_a_deterministic_iri(article):
    graph = resolve([_article(article).x])
    node = _office_node(graph)
    assert node.iri == "office/org/osce/secretary-general"
    assert node.label == "Secretary-General of OSCE"
    predicates = {p for p, _ in node.statements}
    assert ("postIn", ("node", "framework/osce")) in node.statements
    assert "officeOf" not in predicates
    brandt = next(n for n in graph.persons if n.label == "Helga Brandt")
    assert not any(p == "nationality" for p, _ in brandt.statements)  # the post gives no country


def test_a_country_office_stays_a_country_office(article):
    graph = resolve([_article(article).x])
    vik_office = graph.nodes["office/nor/defence-minister"]
    assert ("officeOf", ("node", "country/nor")) in vik_office.statements
    assert not any(p == "postIn" for p, _ in vik_office.statements)


def _dataset(article) -> rdflib.Dataset:
    data = rdflib.Dataset()
    for s, p, o, g in to_quads(resolve([_article(article).x]), RUN):
        data.add((s, p, o, g))
    return data


def test_the_shapes_accept_a_post_in_an_organisation(article):
    report = validate(_dataset(article))
    assert report.conforms, report.results


def test_the_shapes_reject_an_office_of_both_a_country_and_an_organisation(article):
    data = _dataset(article)
    office = DKI["office/org/osce/secretary-general"]
    graph = next(g for g in data.graphs() if (office, DK.postIn, None) in g)
    graph.add((office, DK.officeOf, DKI["country/nor"]))
    report = validate(data)
    assert not report.conforms
    assert any(v.focus == office for v in report.violations)


def _gold(tmp_path, office: dict) -> None:
    gold = {"doc": "020_x.txt",
            "persons": [{"name": "Helga Brandt", "aliases": [], "country": "Germany", "offices": [office]}],
            "meetings": [], "frameworks": [], "memberships": []}
    (tmp_path / "020_x.json").write_text(json.dumps(gold), "utf-8")


def _office_score(article, tmp_path, office: dict):
    _gold(tmp_path, office)
    (section,) = evaluate(KGStore.in_memory(to_quads(resolve([_article(article).x]), RUN)), tmp_path).articles
    score = section.scores["offices"]
    return score.tp, score.fn


def test_eval_scores_an_organisation_post_against_a_null_country(article, tmp_path):
    # the gold's "country": null is the organisation's post, whatever the holder's nationality
    assert _office_score(article, tmp_path, {"title": "OSCE Secretary General", "country": None}) == (1, 0)
    assert _office_score(article, tmp_path, {"title": "Secretary-General of the OSCE", "country": None}) == (1, 0)


def test_eval_does_not_take_a_country_office_for_an_organisation_post(article, tmp_path):
    gold = {"doc": "020_x.txt",
            "persons": [{"name": "Jonas Vik", "aliases": [], "country": "Norway", "offices": [{"title": "Defence Minister", "country": None}]}],
            "meetings": [], "frameworks": [], "memberships": []}
    (tmp_path / "020_x.json").write_text(json.dumps(gold), "utf-8")
    (section,) = evaluate(KGStore.in_memory(to_quads(resolve([_article(article).x]), RUN)), tmp_path).articles
    assert (section.scores["offices"].tp, section.scores["offices"].fn) == (0, 1)


def test_eval_reads_the_corpus_form_title_of_organisation(article, tmp_path):
    _gold(tmp_path, {"title": "OSCE Secretary General", "country": None})
    corpus = {"persons": {"Helga Brandt": {"offices": ["Secretary-General of the OSCE"]}}, "meetings": []}
    (tmp_path / "corpus.json").write_text(json.dumps(corpus), "utf-8")
    report = evaluate(KGStore.in_memory(to_quads(resolve([_article(article).x]), RUN)), tmp_path)
    assert report.corpus.scores["offices"].tp == 1


def test_eval_drops_a_trailing_note_of_the_corpus_form(article, tmp_path):
    _gold(tmp_path, {"title": "OSCE Secretary General", "country": None})
    corpus = {"persons": {"Helga Brandt": {"offices": ["Secretary-General of the OSCE (a post of the organisation)"]}}, "meetings": []}
    (tmp_path / "corpus.json").write_text(json.dumps(corpus), "utf-8")
    report = evaluate(KGStore.in_memory(to_quads(resolve([_article(article).x]), RUN)), tmp_path)
    assert report.corpus.scores["offices"].tp == 1
