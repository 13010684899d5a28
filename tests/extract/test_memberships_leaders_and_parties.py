"""Membership lists read after a role word: a country written as the first half of "Peru-led",
"US-backed" qualifies the body and is not a member listed (the body may have it as a member, but
the sentence does not say so); "parties to the (tripartite) arrangement" are members of the agreement
the description refers to."""

from __future__ import annotations

from extract_helpers import members_stated


def test_country_leading_the_body_is_not_listed(nlp):
    for text, member, other in (
            ("Chile remains formally a member of the Peru-led Andean Defence Forum, although it froze its participation.",
             "CHL", "PER"),
            ("Ghana is a member of the Nigeria-backed Gulf Maritime Alliance.", "GHA", "NGA"),
            ("Nepal is still a member of the China-sponsored Himalayan Security Forum (HSF).", "NPL", "CHN")):
        stated = {(c, role) for c, _, role in members_stated(text, nlp)}
        assert (member, "member") in stated, text
        assert (other, "member") not in stated, text


def test_countries_listed_after_the_role_stay_members(nlp):
    stated = members_stated("Members of the Andean Defence Forum include Peru, Chile and Bolivia.", nlp)
    assert {c for c, _, _ in stated} >= {"PER", "CHL", "BOL"}


def test_parties_to_an_agreement_described_after_its_name(nlp):
    for text, name, parties in (
            ("It builds on the Tripartite Memorandum of Understanding on Fisheries Security, signed in 2011. "
             "Chile, Peru and Ecuador are parties to the tripartite arrangement.",
             "Tripartite Memorandum of Understanding on Fisheries Security", {"CHL", "PER", "ECU"}),
            ("Chile and Peru signed the Pacific Fisheries Agreement in 2019. Chile, Peru and Ecuador are parties to the agreement.",
             "Pacific Fisheries Agreement", {"CHL", "PER", "ECU"}),
            ("Ghana is a party to the Gulf of Guinea Maritime Security Pact.", "Gulf of Guinea Maritime Security Pact", {"GHA"})):
        stated = members_stated(text, nlp)
        assert {c for c, fw, role in stated if fw == name and role == "member"} == parties, (text, stated)


def test_description_naming_no_agreement_before_is_no_party(nlp):
    for text in ("Chile and Peru signed the Pacific Fisheries Agreement in 2019. Chile and Ecuador are parties to the bilateral arrangement.",
                 "Chile and Peru signed the Pacific Fisheries Agreement in 2019. Ecuador is a party to the dispute."):
        assert members_stated(text, nlp) == set(), text


def test_bare_agreement_does_not_reach_past_an_unnamed_one(nlp):
    """Review mend: "the agreement" after "a new pact" is that unnamed pact, not an older named one."""
    text = ("Kenya and Ghana signed the Volta Maritime Agreement in 2019. Last month, Togo and Benin signed a new "
            "defence pact. Niger and Mali are parties to the agreement.")
    stated = members_stated(text, nlp)
    assert not {mb for mb in stated if mb[0] in ("NER", "MLI")}, stated
    text = "Kenya and Ghana signed the Volta Maritime Agreement in 2019. Niger and Mali are parties to the agreement."
    assert {("NER", "Volta Maritime Agreement", "member"), ("MLI", "Volta Maritime Agreement", "member")} <= members_stated(text, nlp)
