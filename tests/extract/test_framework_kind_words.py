"""Framework names before or after a kind word ("the X programme", "Exercise X"), on invented sentences."""

from __future__ import annotations

from datetime import date

from diplokg.facts import extract_document
from diplokg.model import Document


def _extract(nlp, text, published=date(2025, 3, 12)):
    full = f" date {published.isoformat()} \n{text}"
    doc = Document("t", full, published, body_start=len(f" date {published.isoformat()} \n"))
    return extract_document(doc, nlp)


def _frameworks(x):
    return {f.name: f.kind for f in x.frameworks}


def test_programme_at_sentence_start(nlp):
    x = _extract(nlp, "Chile and Peru signed a deal. The Skyhawk programme, run by a joint office, builds trainer jets.")
    assert _frameworks(x).get("Skyhawk") == "Initiative"


def test_policy_after_a_possessive(nlp):
    x = _extract(nlp, "Ghana is central to Nigeria's Good Neighbour policy, the minister said.")
    assert _frameworks(x).get("Good Neighbour") == "Policy"


def test_initiative_with_a_country_after_a_connector(nlp):
    x = _extract(nlp, "Polish firms invested under the Build in Poland initiative last year.")
    assert _frameworks(x).get("Build in Poland") == "Initiative"


def test_policy_named_by_a_place_alone_is_not_a_name(nlp):
    x = _extract(nlp, "The talks covered Brazil's Amazon policy and the Chinese initiative on ports.")
    assert not {"Amazon", "Chinese"} & set(_frameworks(x))


def test_exercise_name_read_as_a_person(nlp):
    x = _extract(nlp, "Their navies hold the Stella Maris exercise every year, and Chile also joined Exercise Rosa Blanca.")
    names = _frameworks(x)
    assert names.get("Stella Maris") == "Exercise"
    assert any(n in names for n in ("Rosa Blanca", "Exercise Rosa Blanca"))
