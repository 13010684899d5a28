"""A visit noun that is the object or the time of its clause's subject's act ("X concluded a visit
to Y", "X returned home after a trip to Y") tells that X went to Y: Y is not X's country."""

from __future__ import annotations

from extract_helpers import extract_text, holdings


def test_concluded_visit_makes_the_subject_a_visitor(nlp):
    x = extract_text(nlp, "Prime Minister Lars Eklund wrapped up an official visit to Chile on Wednesday.")
    assert not any(country == "CHL" for _, _, country in holdings(x))


def test_journey_before_the_act_makes_the_subject_a_visitor(nlp):
    x = extract_text(nlp, "Prime Minister Lars Eklund returned home after a visit to Chile on Wednesday.")
    assert not any(country == "CHL" for _, _, country in holdings(x))


def test_own_possessive_journey_makes_the_subject_a_visitor(nlp):
    x = extract_text(nlp, "Prime Minister Lars Eklund ended his trip to Chile on Wednesday.")
    assert not any(country == "CHL" for _, _, country in holdings(x))


def test_home_official_hosting_a_visit_keeps_the_country(nlp):
    x = extract_text(nlp, "Chile and Peru agreed to deepen defence ties. Chilean Defence Minister Rosa Vidal hosted Peruvian "
                          "Defence Minister Jorge Valdivia in Santiago on Monday. President Andres Rojas met him during the visit.")
    assert ("Andres Rojas", "President", "CHL") in holdings(x)


def test_another_persons_visit_leaves_the_subject_at_home(nlp):
    x = extract_text(nlp, "Chilean Defence Minister Rosa Vidal received Peru's Defence Minister Jorge Valdivia in Santiago on "
                          "Monday.\n\nPresident Andres Rojas and Peruvian President Luis Soto agreed during Soto's visit to "
                          "Santiago in 2024 to expand cooperation.")
    assert ("Andres Rojas", "President", "CHL") in holdings(x)
