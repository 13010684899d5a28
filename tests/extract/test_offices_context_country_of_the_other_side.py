"""A title with no country of its own takes none from the context when the same sentence gives
that country's same post to someone else by its own words ("X met Spanish Defence Minister Y in
Madrid": a country has one defence minister, so X is not Spain's)."""

from __future__ import annotations

from extract_helpers import extract_text, holdings


def test_the_other_sides_country_is_not_lent_to_a_countryless_same_post(nlp):
    text = ("Defence Minister Arjun Mehta met Spanish Defence Minister Ana Ruiz in Madrid on Monday. "
            "India and Spain agreed to deepen defence ties.")
    held = holdings(extract_text(nlp, text))
    assert ("Ana Ruiz", "Defence Minister", "ESP") in held
    assert ("Arjun Mehta", "Defence Minister", "ESP") not in held


def test_a_host_of_the_same_post_from_another_country_keeps_the_place_country(nlp):
    text = "The Defence Minister, Pablo Ortega, hosted Dutch Defence Minister Pieter de Wit in Madrid on Monday."
    held = holdings(extract_text(nlp, text))
    assert ("Pablo Ortega", "Defence Minister", "ESP") in held
    assert ("Pieter de Wit", "Defence Minister", "NLD") in held


def test_one_beside_the_other_sides_same_post_is_of_the_home_side(nlp):
    # the story is told from Britain: the Chief of the Defence Staff set beside the French one is Britain's
    text = ("Britain and France will review their nuclear co-ordination next month, Britain's defence ministry said. "
            "Britain will host the review. Talks in Paris on Tuesday brought together General Sir Tom Ashby, the "
            "Chief of the Defence Staff, and General Luc Marchand, the French chief of the defence staff.")
    held = holdings(extract_text(nlp, text))
    assert ("Tom Ashby", "Chief of Defence Staff", "GBR") in held
    assert ("Luc Marchand", "Chief of Defence Staff", "FRA") in held


def test_one_beside_the_same_post_of_the_home_side_gets_no_country(nlp):
    # the story is told from France: the home side's post is the other holder's, so none is lent
    text = ("France will host a review of nuclear co-ordination next month, France's defence ministry said. "
            "France and Britain agreed the plan in Paris. Talks in Paris on Tuesday brought together General Tom "
            "Ashby, the Chief of the Defence Staff, and General Luc Marchand, the French chief of the defence staff.")
    held = holdings(extract_text(nlp, text))
    assert not any(name == "Tom Ashby" and country == "FRA" for name, _, country in held)
