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
