"""Bodies countries co-chair: "the Standing Conference on X is co-chaired by A and B" names a body
(a "Conference" with a topic is no meeting here), and a second clause that leaves out its verb
(", and the Standing Conference on Y by C and D") names another one with its own co-chairs."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds, membership_triples


def test_a_titled_conference_countries_co_chair_is_a_body(nlp):
    x = extract_text(nlp, "For this term, the Standing Conference on River Security is co-chaired by Peru and Ecuador.")
    assert framework_kinds(x) == {"Standing Conference on River Security": "Forum"}
    assert membership_triples(x) == {("PER", "Standing Conference on River Security", "co-chair"),
                                     ("ECU", "Standing Conference on River Security", "co-chair")}


def test_a_gapped_second_clause_names_a_second_body_and_its_co_chairs(nlp):
    x = extract_text(nlp, "For this term, the Standing Conference on River Security is co-chaired by Peru and Ecuador, "
                          "and the Standing Conference on Coastal Rescue by Ghana and Kenya.")
    assert framework_kinds(x) == {"Standing Conference on River Security": "Forum",
                                  "Standing Conference on Coastal Rescue": "Forum"}
    assert ("GHA", "Standing Conference on Coastal Rescue", "co-chair") in membership_triples(x)
    assert ("KEN", "Standing Conference on Coastal Rescue", "co-chair") in membership_triples(x)


def test_a_named_committee_in_a_gapped_clause_gets_its_co_chairs(nlp):
    x = extract_text(nlp, "The Joint Committee on Border Safety is co-chaired by Peru and Ecuador, and the Joint "
                          "Committee on Mine Clearance by Ghana and Kenya.")
    assert {("GHA", "Joint Committee on Mine Clearance", "co-chair"),
            ("KEN", "Joint Committee on Mine Clearance", "co-chair")} <= membership_triples(x)


def test_no_body_when_people_co_chair_or_the_clause_says_something_else(nlp):
    x = extract_text(nlp, "The Harbour Conference on Trade is co-chaired by Peru's minister Ana Soto and Ecuador's Luis Vera.")
    assert "Harbour Conference on Trade" not in framework_kinds(x)
    x = extract_text(nlp, "The Joint Committee on Border Safety is co-chaired by Peru and Ecuador, and the talks were "
                          "attended by Ghana and Kenya.")
    assert not {mb for mb in membership_triples(x) if mb[0] in ("GHA", "KEN")}
