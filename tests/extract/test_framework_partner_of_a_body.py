"""A body a country is (or asks to become) a partner of, "a NATO global partner", "a partner of the
OSCE", stands in a relation the text states and is kept as a framework, though no membership is
told; a body merely named is still dropped (invented sentences)."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds, membership_triples

HEAD = "Ruritania seeks closer ties\n\n"


def test_a_body_a_country_asks_to_be_a_global_partner_of(nlp):
    x = extract_text(nlp, HEAD + "Ruritania asked to become a NATO global partner in 2024 but is not a member of the alliance.")
    assert framework_kinds(x).get("NATO") == "Organisation"
    assert not any(fw == "NATO" and role == "member" for _, fw, role in membership_triples(x))


def test_a_partner_of_the_body(nlp):
    x = extract_text(nlp, HEAD + "Chile became a partner of NATO in 2024.")
    assert framework_kinds(x).get("NATO") == "Organisation"


def test_a_body_merely_named_is_dropped(nlp):
    x = extract_text(nlp, HEAD + "Chile met its partners at NATO headquarters in Brussels in 2024.")
    assert "NATO" not in framework_kinds(x)


def test_the_bodys_partners_in_the_plural_are_no_stated_tie(nlp):
    # regression (seed 003 gained an extra ASEAN): "encouraged ASEAN partners to nominate experts"
    # names the body's partners in general, no country's tie to it
    x = extract_text(nlp, HEAD + "The minister encouraged NATO partners to nominate experts to the new forum in 2024.")
    assert "NATO" not in framework_kinds(x)
