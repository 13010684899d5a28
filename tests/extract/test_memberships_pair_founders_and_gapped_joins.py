"""A pair standing for its countries as founders ("Alongside C, the two countries form F") and a
second subject whose joining verb is left out ("A joined F in 2009 and B two years later"), on
invented sentences."""

from __future__ import annotations

from extract_helpers import members_stated

LEAD = "Lithuanian Defence Minister Rasa Vilkaite met her Latvian counterpart Andris Berzins in Vilnius on Monday. "


def test_the_two_countries_form_a_body_with_fellows(nlp):
    text = (LEAD + "Berzins will host Polish Minister Jan Nowak next week. Alongside Estonia and Finland, the two "
            "countries form the Baltic Defence Council, whose ministers met in Tallinn in May.")
    triples = members_stated(text, nlp)
    for iso in ("LTU", "LVA", "EST", "FIN"):
        assert (iso, "Baltic Defence Council", "member") in triples, triples


def test_no_pair_founders_of_a_planned_body(nlp):
    text = LEAD + "Berzins will host Polish Minister Jan Nowak next week. The two countries want to form the Baltic Defence Council."
    assert not members_stated(text, nlp)


def test_gapped_second_joiner(nlp):
    text = "Estonia joined the Nordic Defence Cooperation in 2009 and Latvia two years later."
    assert members_stated(text, nlp) == {("EST", "NORDEFCO", "member"), ("LVA", "NORDEFCO", "member")}


def test_no_gapped_joiner_when_another_verb_follows(nlp):
    for text in ("Estonia joined the Nordic Defence Cooperation in 2009 and signed a pact with Latvia two years later.",
                 "Estonia joined the Nordic Defence Cooperation in 2009 and Latvia did not."):
        assert ("LVA", "NORDEFCO", "member") not in members_stated(text, nlp), text


def test_fellows_after_a_description_of_the_body(nlp):
    text = ("Ghana and Togo are both members of the Gulf of Guinea Commission, the eight-member regional body, "
            "alongside Benin, Nigeria and Cameroon.")
    assert {iso for iso, _, _ in members_stated(text, nlp)} == {"GHA", "TGO", "BEN", "NGA", "CMR"}


def test_no_fellows_after_a_description_without_a_fellow_phrase(nlp):
    text = ("Ghana and Togo are both members of the Gulf of Guinea Commission, the eight-member regional body, "
            "while Benin is an observer.")
    assert ("BEN", "Gulf of Guinea Commission", "member") not in members_stated(text, nlp)
