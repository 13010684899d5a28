"""Members told around a founding: "A and B launched the Multinational X Fleet in 2016, and C joined in
2017" (a fleet several states pool is a body; an objectless "joined" after a founding verb joins the
body founded), and "A and B, together with C, form F, and both are members of G" ("both": the two
countries of the main clause's subject, past the "together with" aside)."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds, membership_triples

FLEET = "Multinational Tanker Fleet"


def test_a_multinational_fleet_is_a_body_its_founders_and_joiners_are_members_of(nlp):
    x = extract_text(nlp, f"Peru and Chile launched the {FLEET} in 2016, and Bolivia joined in 2017.")
    assert framework_kinds(x).get(FLEET) == "Organisation"
    assert {("PER", FLEET, "member"), ("CHL", FLEET, "member"), ("BOL", FLEET, "member")} <= membership_triples(x)


def test_a_national_fleet_is_no_body(nlp):
    x = extract_text(nlp, "Peru's Pacific Fleet hosted Chilean ships in 2016.")
    assert "Pacific Fleet" not in framework_kinds(x)


def test_both_after_a_together_with_aside_is_the_subject_pair(nlp):
    x = extract_text(nlp, "Peru and Chile, together with Bolivia, form the Andean Union, and both are founding "
                          "members of the Coral Reef Forum.")
    triples = membership_triples(x)
    assert {("PER", "Coral Reef Forum", "member"), ("CHL", "Coral Reef Forum", "member")} <= triples
    assert ("BOL", "Coral Reef Forum", "member") not in triples


def test_both_after_officials_of_countries_is_no_one(nlp):
    x = extract_text(nlp, "The ministers of Peru and Chile, together with Bolivia, signed the Andean Accord, and both are "
                          "founding members of the Coral Reef Forum.")
    assert not {mb for mb in membership_triples(x) if mb[1] == "Coral Reef Forum"}
