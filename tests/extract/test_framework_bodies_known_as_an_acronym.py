"""A body named before ", known as ACR, whose (three) members are A, B and C" is a body with those
members (invented sentences)."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds, membership_triples


def test_a_body_known_as_an_acronym_whose_counted_members_follow(nlp):
    x = extract_text(nlp, "The programme is managed by the Andean Defence Organisation, known as ADO, whose three members "
                          "are Chile, Peru and Spain.")
    assert framework_kinds(x).get("Andean Defence Organisation") == "Organisation", framework_kinds(x)
    assert {c for c, name, _ in membership_triples(x) if name == "Andean Defence Organisation"} == {"CHL", "PER", "ESP"}


def test_a_company_known_as_an_acronym_is_no_body(nlp):
    x = extract_text(nlp, "The plant is run by the Andean Steel Company, known as ASC, whose three owners are Chile, Peru "
                          "and Spain.")
    assert framework_kinds(x) == {}
