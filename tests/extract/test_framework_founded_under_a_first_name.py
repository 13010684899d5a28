""""A, B and C founded the organization in 2009 as the Council of X-Speaking States": the name after
"as" of a founding verb whose object is the body is that body's first name, one framework with it, so
a later "D and E hold observer status" still finds a single body before it (invented sentences)."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds, membership_triples

LEAD = ("The first meeting of the defence ministers of the member states of the Organization of Andean States (OANS) "
        "was held in Lima on Friday. ")


def test_a_first_name_is_one_body_with_the_organization(nlp):
    x = extract_text(nlp, LEAD + "Peru, Chile and Bolivia founded the organization in 2009 as the Cooperation "
                                 "Council of Andean-Speaking States, and Ecuador joined in 2019. Ghana and Kenya "
                                 "hold observer status.")
    kinds = framework_kinds(x)
    assert "Cooperation Council of Andean-Speaking States" not in kinds, kinds
    fw = next(f for f in x.frameworks if f.name == "Organization of Andean States")
    assert "Cooperation Council of Andean-Speaking States" in fw.aliases
    got = membership_triples(x)
    assert {(iso, "Organization of Andean States", "observer") for iso in ("GHA", "KEN")} <= got, got


def test_a_body_founded_as_a_member_of_another_stays_apart(nlp):
    x = extract_text(nlp, "Peru and Chile held talks in Lima on Friday. Peru joined the organization in 2009 as "
                          "the Andean Security Forum grew.")
    assert "Andean Security Forum" in framework_kinds(x)


def test_the_organization_far_from_its_name_is_the_leads_body(nlp):
    # the body named only in the lead (after an agency dateline), two sentences of officials between
    text = ("Lima, March 20, ANDINA\n\n" + LEAD + "Ministers of Peru and Chile took part, while Ghana was "
            "represented by officials. The OANS Secretary General Ana Rivas addressed the session.\n\n"
            "Peru, Chile and Bolivia founded the organization in 2009 as the Cooperation Council of "
            "Andean-Speaking States. Ghana and Kenya hold observer status.")
    x = extract_text(nlp, text)
    assert "Cooperation Council of Andean-Speaking States" not in framework_kinds(x)
    got = membership_triples(x)
    assert {(iso, "Organization of Andean States", "observer") for iso in ("GHA", "KEN")} <= got, got
